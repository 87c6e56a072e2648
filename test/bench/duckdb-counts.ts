// The baseline of `cli1m.countsRatioVsDuckdb`: DuckDB counting stories per term in an NDJSON
// export (read_json + unnest + group by), the way an analyst would without Vertelpunt. Run as its
// own process so that the harness's wall time includes start-up as the CLI's does; prints the time
// of the query alone and the per-term counts, so that the harness can check both tools agree.
// Run: node --conditions=vertelpunt-source --import tsx test/bench/duckdb-counts.ts <file.ndjson>
// @duckdb/node-api is a devDependency of packages/exchange (its tests read Parquet with it), so it
// is resolved from there rather than added to the test package a second time.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { benchJsonLine } from './figures.js';

const file = z
  .string({ error: 'usage: duckdb-counts.ts <file.ndjson>' })
  .regex(/^[^']+$/, 'the file name may not contain a quote')
  .parse(process.argv[2]);
const fromExchange = createRequire(fileURLToPath(new URL('../../packages/exchange/package.json', import.meta.url)));
/** The part of @duckdb/node-api used here (its types are not visible from the test package). */
interface DuckDb {
  DuckDBInstance: {
    create(
      path: string,
    ): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }> }> }>;
  };
}
const { DuckDBInstance } = (await import(pathToFileURL(fromExchange.resolve('@duckdb/node-api')).href)) as DuckDb;

const start = performance.now();
const connection = await (await DuckDBInstance.create(':memory:')).connect();
// The header and trailer lines of an export have no tags: they count for nothing.
const reader = await connection.runAndReadAll(
  `SELECT term, count(*)::INTEGER AS n FROM (SELECT unnest(tags.terms) AS term FROM read_json('${file}', format = 'newline_delimited', maximum_object_size = 104857600) WHERE tags IS NOT NULL) GROUP BY term ORDER BY term`,
);
const queryMs = performance.now() - start;
const counts = Object.fromEntries(reader.getRowObjectsJson().map((row) => [String(row.term), Number(row.n)]));
console.log(benchJsonLine({ queryMs, terms: Object.keys(counts).length, counts }));
