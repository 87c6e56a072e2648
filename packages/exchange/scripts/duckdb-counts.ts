// The baseline of `counts --by term` in the benchmark (not a test): DuckDB's own reading of the
// same NDJSON file, `read_json` + `unnest` + `group by`, as an analyst would run it. Spawned as
// its own process like the CLI, so both figures include starting Node. Prints the query's own
// time as `DUCKDB_QUERY_MS n` and the table to standard output.
// Run: node --import tsx packages/exchange/scripts/duckdb-counts.ts FILE
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) throw new Error('usage: duckdb-counts.ts FILE');
const start = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// The header and trailer lines have no tags: unnest of NULL gives no rows.
const reader = await connection.runAndReadAll(
  `SELECT term, count(*) AS stories FROM (SELECT unnest(tags.terms) AS term FROM read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited')) GROUP BY term ORDER BY stories DESC, term`,
);
const rows = reader.getRowObjects();
console.log(`DUCKDB_QUERY_MS ${(performance.now() - start).toFixed(0)}`);
for (const row of rows) console.log(`${String(row.term)}\t${String(row.stories)}`);
connection.closeSync();
