// The baseline of `counts --by term` (not a test): DuckDB counting stories per term in an NDJSON
// export, `read_json` + `unnest` + `group by`, the way an analyst would without Vertelpunt. Run
// as its own Node process, so that a wall time includes start-up as the CLI's does. The one
// DuckDB baseline of both benchmarks: scripts/bench.ts here and `pnpm bench` (test/bench/run-bench.ts).
// Prints one line `BENCH_JSON {"queryMs", "terms", "counts": {term: stories}}`: the query's own
// time, and the counts, so that the harness can check that both tools agree.
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/duckdb-counts.ts FILE
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';

const file = z
  .string({ error: 'usage: duckdb-counts.ts <file.ndjson>' })
  .regex(/^[^']+$/, 'the file name may not contain a quote')
  .parse(process.argv[2]);

const start = performance.now();
const connection = await (await DuckDBInstance.create(':memory:')).connect();
// The header and trailer lines of an export have no tags: they count for nothing.
const reader = await connection.runAndReadAll(
  `SELECT term, count(*)::INTEGER AS n FROM (SELECT unnest(tags.terms) AS term FROM read_json('${file}', format = 'newline_delimited', maximum_object_size = 104857600) WHERE tags IS NOT NULL) GROUP BY term ORDER BY term`,
);
const queryMs = performance.now() - start;
const counts = Object.fromEntries(reader.getRowObjectsJson().map((row) => [String(row.term), Number(row.n)]));
connection.closeSync();
console.log(`BENCH_JSON ${JSON.stringify({ queryMs, terms: Object.keys(counts).length, counts })}`);
