import type { TaxonomyFiles } from './read-taxonomy-files.js';

/**
 * Cross-file checks the schema cannot make: every reference (parent, replacedBy, migration
 * source and target) names a term that exists where it should. Returns one line per problem.
 */
export function findReferenceProblems({ versions, migrations }: TaxonomyFiles): string[] {
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
