// Walks every term of every version and checks the rules the vocabulary lives by.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferenceProblems } from '../scripts/check-references.js';
import { readTaxonomyFiles } from '../scripts/read-taxonomy-files.js';
import { renderGeneratedModule } from '../scripts/render-generated-module.js';
import { GENERATED_MODULE } from '../scripts/generate.js';
import { getTerm, LATEST_VERSION, listTerms, listVersions, MIGRATION_FILES, VERSION_FILES, type Term } from '../src/index.js';
import { foldedSeed, squash, TAXONOMY_DIR } from './helpers.js';

const files = readTaxonomyFiles(TAXONOMY_DIR);
const allTerms = VERSION_FILES.flatMap((v) => v.terms.map((t) => ({ ...t, version: v.version })));

describe('the data files', () => {
  it('parse, and every reference between them resolves', () => {
    expect(files.versions.length).toBeGreaterThanOrEqual(2);
    expect(findReferenceProblems(files)).toEqual([]);
  });

  it('are what the generated module carries (run `pnpm --filter @vertelpunt/taxonomy generate` after editing)', () => {
    expect(readFileSync(GENERATED_MODULE, 'utf8')).toBe(renderGeneratedModule(files));
  });

  it('hold the two versions named in the brief, with 6 and 7 mission points', () => {
    const missionPoints = (version: string) =>
      VERSION_FILES.find((v) => v.version === version)!.terms.filter((t) => t.kind === 'mission-point' && t.parent === undefined);
    expect(missionPoints('brondocument-2024-08')).toHaveLength(6);
    expect(missionPoints('koers-v5-2024-09')).toHaveLength(7);
    expect(listTerms({ version: 'koers-v5-2024-09', facet: 'missie' }).filter((t) => t.parent === 'ks5-missie-1')).toHaveLength(4);
  });
});

describe.each(VERSION_FILES.map((v) => [v.version, v] as const))('every term of %s', (_, version) => {
  it('has a unique id', () => {
    const ids = version.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(version.terms.map((t) => [t.id, t] as const))('%s: labels and descriptions in nl and en, its quote found in the cited seed', (_, term) => {
    for (const lang of ['nl', 'en'] as const) {
      expect(term.label[lang].trim()).not.toBe('');
      expect(term.description[lang].trim().length).toBeGreaterThan(10);
    }
    const seed = foldedSeed(term.citation.seed);
    expect(seed, `quote of ${term.id} not in ${term.citation.seed}`).toContain(squash(term.citation.quote));
    expect(term.keywords.every((k) => k === k.toLowerCase())).toBe(true);
    expect(new Set(term.keywords).size).toBe(term.keywords.length);
  });
});

describe('across versions', () => {
  it('an id used in two versions means the same thing in both', () => {
    const byId = new Map<string, typeof allTerms>();
    for (const term of allTerms) byId.set(term.id, [...(byId.get(term.id) ?? []), term]);
    for (const [id, uses] of byId) {
      const [first, ...rest] = uses;
      for (const other of rest) {
        const meaning = (t: typeof first) => ({ kind: t!.kind, facet: t!.facet, label: t!.label, description: t!.description, parent: t!.parent, notation: t!.notation });
        expect(meaning(other), `${id} in ${other.version} vs ${first!.version}`).toEqual(meaning(first));
      }
    }
  });

  it('every replacement chain ends in an active term of the latest version', () => {
    const followChain = (start: Term): Term => {
      const seen = new Set<string>();
      let term = start;
      while (term.status === 'deprecated') {
        expect(seen.has(term.id), `replacement cycle at ${term.id}`).toBe(false);
        seen.add(term.id);
        expect(term.replacedBy, `${term.id} is deprecated without a replacement`).toBeDefined();
        const next = getTerm(term.replacedBy!, LATEST_VERSION);
        expect(next, `${term.id} → ${term.replacedBy} does not exist in ${LATEST_VERSION}`).toBeDefined();
        term = next!;
      }
      return term;
    };
    const known = new Set(allTerms.map((t) => t.id));
    for (const id of known) {
      const end = followChain(getTerm(id, LATEST_VERSION)!);
      expect(end.status).toBe('active');
      expect(end.version).toBe(LATEST_VERSION);
    }
  });

  it('the latest version still knows every id ever issued (ids are never deleted)', () => {
    for (const term of allTerms) expect(getTerm(term.id, LATEST_VERSION), term.id).toBeDefined();
  });

  it('each migration map is total over its source version and lands on terms of its target', () => {
    expect(MIGRATION_FILES.length).toBe(listVersions().length - 1);
    for (const migration of MIGRATION_FILES) {
      const from = VERSION_FILES.find((v) => v.version === migration.from)!.terms;
      expect(Object.keys(migration.map).sort()).toEqual(from.map((t) => t.id).sort());
      for (const targets of Object.values(migration.map)) {
        for (const target of targets) expect(getTerm(target, migration.to as never)?.status).toBe('active');
      }
    }
  });
});
