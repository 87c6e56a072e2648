import type { TaxonomyFiles } from './read-taxonomy-files.js';

/**
 * Cross-file checks the schema cannot make: every reference (parent, replacedBy, migration
 * source and target) names a term that exists where it should. Returns one line per problem.
 */
export function findReferenceProblems({ versions, migrations, changes, seeds }: TaxonomyFiles): string[] {
  const problems: string[] = [];
  const termsOf = new Map(versions.map((v) => [v.version, new Map(v.terms.map((t) => [t.id, t]))]));
  const seenVersions = new Set<string>();

  for (const version of versions) {
    const where = `taxonomy/${version.version}.yaml`;
    if (seenVersions.has(version.version)) problems.push(`${where}: version '${version.version}' is defined twice`);
    seenVersions.add(version.version);
    const terms = termsOf.get(version.version)!;
    if (terms.size !== version.terms.length) {
      const ids = version.terms.map((t) => t.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      problems.push(`${where}: term ids used twice: ${[...new Set(twice)].join(', ')}`);
    }
    const facetIds = new Set(version.facets.map((f) => f.id));
    for (const term of version.terms) {
      if (!facetIds.has(term.facet)) problems.push(`${where}: ${term.id}: facet '${term.facet}' is not in this file's facets`);
      if (term.parent !== undefined) {
        const parent = terms.get(term.parent);
        if (!parent) problems.push(`${where}: ${term.id}: parent '${term.parent}' is not a term of this version`);
        else if (parent.facet !== term.facet) problems.push(`${where}: ${term.id}: parent '${term.parent}' is in another facet`);
      }
      if (term.replacedBy !== undefined && !versions.some((v) => termsOf.get(v.version)!.has(term.replacedBy!))) {
        problems.push(`${where}: ${term.id}: replacedBy '${term.replacedBy}' is not a term of any version`);
      }
    }
  }

  const seedDates = new Map(seeds.map((s) => [s.file, s.date]));
  for (const version of versions) {
    const where = `taxonomy/${version.version}.yaml: provenance`;
    const terms = termsOf.get(version.version)!;
    const listed = new Map<string, number>();
    version.provenance.forEach((entry, index) => {
      const date = seedDates.get(entry.seed);
      if (date === undefined) problems.push(`${where}[${index}]: seed '${entry.seed}' is not in taxonomy/seeds/index.yaml`);
      // A seed dated in a later month than the version could not have been its source at the time.
      const later = date !== undefined && date.slice(0, 7) > version.published;
      if (later && !entry.retrospective)
        problems.push(
          `${where}[${index}]: seed '${entry.seed}' (${date}) is later than the version (${version.published}); mark the entry retrospective and say why`,
        );
      if (!later && entry.retrospective)
        problems.push(`${where}[${index}]: seed '${entry.seed}' is not later than the version; it is not retrospective`);
      for (const id of entry.terms) {
        listed.set(id, (listed.get(id) ?? 0) + 1);
        const term = terms.get(id);
        if (!term) problems.push(`${where}[${index}]: '${id}' is not a term of this version`);
        else if (term.citation.seed !== entry.seed)
          problems.push(`${where}[${index}]: '${id}' cites ${term.citation.seed}, not ${entry.seed}`);
      }
    });
    for (const id of terms.keys()) {
      const count = listed.get(id) ?? 0;
      if (count !== 1) problems.push(`${where}: term '${id}' is listed ${count} times (once is right)`);
    }
  }

  const known = new Set(versions.flatMap((v) => v.terms.map((t) => t.id)));
  for (const log of changes) {
    const where = `taxonomy/changes/${log.version}.yaml`;
    if (!termsOf.has(log.version)) problems.push(`${where}: version: no version '${log.version}'`);
    log.changes.forEach((change, index) => {
      for (const v of change.versions) if (!termsOf.has(v)) problems.push(`${where}: changes[${index}].versions: no version '${v}'`);
      for (const id of change.terms)
        if (!known.has(id)) problems.push(`${where}: changes[${index}].terms: '${id}' is not a term of any version`);
      if (!seedDates.has(change.citation.seed))
        problems.push(`${where}: changes[${index}].citation: seed '${change.citation.seed}' is not in taxonomy/seeds/index.yaml`);
    });
  }

  for (const migration of migrations) {
    const where = `taxonomy/migrations/${migration.from}__${migration.to}.yaml`;
    const from = termsOf.get(migration.from);
    const to = termsOf.get(migration.to);
    if (!from) problems.push(`${where}: from: no version '${migration.from}'`);
    if (!to) problems.push(`${where}: to: no version '${migration.to}'`);
    if (!from || !to) continue;
    for (const id of from.keys()) {
      if (!(id in migration.map)) problems.push(`${where}: map: term '${id}' of ${migration.from} has no mapping`);
    }
    for (const [id, targets] of Object.entries(migration.map)) {
      if (!from.has(id)) problems.push(`${where}: map.${id}: not a term of ${migration.from}`);
      for (const target of targets) {
        if (!to.has(target)) problems.push(`${where}: map.${id}: target '${target}' is not a term of ${migration.to}`);
      }
    }
  }
  return problems;
}
