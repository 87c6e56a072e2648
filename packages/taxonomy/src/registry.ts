import { MIGRATION_FILES, VERSION_FILES, VERSION_IDS, type TermId, type VersionId } from './generated/taxonomy-data.js';
import type { Facet, Term, Version } from './model.js';
import { FACET_KINDS, type FacetId, type TermKind } from './schema.js';

interface VersionIndex {
  readonly version: Version;
  /** The version's own terms, in picker order. */
  readonly terms: readonly Term[];
  /** Own terms plus terms retired from earlier versions, by id. */
  readonly byId: ReadonlyMap<TermId, Term>;
}

/** Migration maps as lookups: from → to → (term → targets). */
function migrationSteps(): Map<VersionId, { to: VersionId; map: ReadonlyMap<TermId, readonly TermId[]> }> {
  return new Map(
    MIGRATION_FILES.map((m) => [
      m.from as VersionId,
      { to: m.to as VersionId, map: new Map(Object.entries(m.map) as [TermId, TermId[]][]) },
    ]),
  );
}

/**
 * Follows the migration maps forward from one version to another, one step at a time.
 * Returns undefined where no chain of maps leads there (e.g. backwards).
 */
export function migrationPath(from: VersionId, to: VersionId): ReadonlyMap<TermId, readonly TermId[]>[] | undefined {
  const steps = migrationSteps();
  const path: ReadonlyMap<TermId, readonly TermId[]>[] = [];
  let at = from;
  const visited = new Set<VersionId>();
  while (at !== to) {
    const step = steps.get(at);
    if (!step || visited.has(at)) return undefined;
    visited.add(at);
    path.push(step.map);
    at = step.to;
  }
  return path;
}

/** Sends terms through a chain of maps, keeping first-seen order and dropping duplicates. */
export function followPath(ids: readonly TermId[], path: readonly ReadonlyMap<TermId, readonly TermId[]>[]): TermId[] {
  let current = [...ids];
  for (const map of path) current = [...new Set(current.flatMap((id) => map.get(id) ?? []))];
  return current;
}

function buildIndex(): ReadonlyMap<VersionId, VersionIndex> {
  const latest = VERSION_IDS[VERSION_IDS.length - 1];
  const indexes = new Map<VersionId, VersionIndex>();
  for (const file of VERSION_FILES) {
    const id = file.version as VersionId;
    const version: Version = {
      id,
      title: file.title,
      published: file.published,
      source: file.source,
      provenance: file.provenance,
      isLatest: id === latest,
      facets: file.facets.map((f) => ({ ...f, kind: FACET_KINDS[f.id] })),
    };
    const terms: Term[] = file.terms.map((t) => ({ ...t, definedIn: id, version: id }) as Term);
    const byId = new Map<TermId, Term>(terms.map((t) => [t.id, t]));
    // Terms of earlier versions that this version dropped stay known here, as deprecated
    // pointers to their replacement, so an old id still resolves and never comes back with another meaning.
    for (const earlier of indexes.values()) {
      const path = migrationPath(earlier.version.id, id);
      if (!path) continue;
      for (const old of earlier.terms) {
        if (byId.has(old.id)) continue;
        const [replacement] = followPath([old.id], path);
        byId.set(old.id, { ...old, version: id, status: 'deprecated', ...(replacement ? { replacedBy: replacement } : {}) });
      }
    }
    indexes.set(id, { version, terms, byId });
  }
  return indexes;
}

let cachedIndex: ReadonlyMap<VersionId, VersionIndex> | undefined;
function index(): ReadonlyMap<VersionId, VersionIndex> {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

function versionIndex(version: VersionId): VersionIndex {
  const found = index().get(version);
  if (!found) throw new RangeError(`unknown taxonomy version '${String(version)}' (known: ${VERSION_IDS.join(', ')})`);
  return found;
}

export const LATEST_VERSION: VersionId = VERSION_IDS[VERSION_IDS.length - 1]!;

export function isVersionId(value: unknown): value is VersionId {
  return typeof value === 'string' && (VERSION_IDS as readonly string[]).includes(value);
}

export function isTermId(value: unknown): value is TermId {
  return typeof value === 'string' && [...index().values()].some((v) => v.byId.has(value as TermId));
}

/** All versions, oldest first. */
export function listVersions(): readonly Version[] {
  return [...index().values()].map((v) => v.version);
}

export function getVersion(version: VersionId): Version {
  return versionIndex(version).version;
}

export function listFacets(version: VersionId = LATEST_VERSION, kind?: TermKind): readonly Facet[] {
  return versionIndex(version).version.facets.filter((f) => kind === undefined || f.kind === kind);
}

/**
 * A term as `version` knows it (default: the newest version that defines it). A retired
 * term comes back deprecated, with its replacement; an unknown id gives undefined.
 */
export function getTerm(id: TermId | string, version?: VersionId): Term | undefined {
  if (version !== undefined) return versionIndex(version).byId.get(id as TermId);
  const versions = [...index().values()].reverse();
  return versions.map((v) => v.terms.find((t) => t.id === id)).find((t) => t !== undefined);
}

/** The versions whose own data defines a term id. */
export function versionsDefining(id: TermId | string): VersionId[] {
  return [...index().values()].filter((v) => v.terms.some((t) => t.id === id)).map((v) => v.version.id);
}

export interface ListTermsOptions {
  version?: VersionId;
  kind?: TermKind;
  facet?: FacetId;
  /** Also list deprecated terms and those retired from earlier versions. */
  includeDeprecated?: boolean;
}

/** Terms of one version (default: the latest) in picker order. */
export function listTerms(options: ListTermsOptions = {}): readonly Term[] {
  const { version = LATEST_VERSION, kind, facet, includeDeprecated = false } = options;
  const { terms, byId } = versionIndex(version);
  const pool = includeDeprecated ? [...terms, ...[...byId.values()].filter((t) => t.definedIn !== version)] : terms;
  return pool.filter(
    (t) =>
      (includeDeprecated || t.status === 'active') && (kind === undefined || t.kind === kind) && (facet === undefined || t.facet === facet),
  );
}

/** Direct children (sub-points) of a term within one version. */
export function listChildren(id: TermId, version: VersionId = LATEST_VERSION): readonly Term[] {
  return versionIndex(version).terms.filter((t) => t.parent === id);
}
