/**
 * Whether the CLI's `counts --by term` table (`label  1,201  10.1  term-id` per line) and DuckDB's
 * per-term counts of the same file agree, as a short note for the table: the side-by-side ratio
 * is only fair when both tools did the same count. The CLI migrates every story to the latest
 * vocabulary before counting, so terms of older versions (bd24-…) differ by design.
 */
export function countsAgreement(cliOutput: string, duckdbCounts: unknown): string {
  const cli = new Map<string, number>();
  for (const match of cliOutput.matchAll(/^.*?\s([\d,]+)\s+[\d.]+\s+(\S+)$/gm)) cli.set(match[2]!, Number(match[1]!.replaceAll(',', '')));
  if (typeof duckdbCounts !== 'object' || duckdbCounts === null) return 'DuckDB printed no counts';
  const duck = Object.entries(duckdbCounts as Record<string, unknown>);
  const same = duck.filter(([term, n]) => cli.get(term) === n).length;
  return `${same} of ${duck.length} DuckDB term counts equal the CLI's (${cli.size} terms)`;
}
