// Benchmark (prints figures; not a test): the analyst CLI on large files. Makes an NDJSON export
// of N generated stories (default 1,000,000) once, kept in the repo's out/ folder (gitignored) and
// reused by later runs, then times `counts` (by term, by month, co-occurrence), `export` to CSV,
// Parquet and REFI-QDA, and `merge` of the file with itself, with the peak memory of each run
// (Maximum resident set size from GNU time, where installed). Each run includes Node + tsx
// start-up (~1 s). Outputs go to a temporary folder that is removed at the end.
//
// Side by side (issue 14): `counts --by term` is timed against DuckDB's `read_json` + `unnest` +
// `group by` on the same file (scripts/duckdb-counts.ts, also its own Node process), the two
// alternating REPEAT times; the medians give `countsRatioVsDuckdb`, so a loaded machine slows
// both alike. The last line is `BENCH_JSON {…}` with every figure, for `pnpm bench`.
//
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/bench.ts [N] [only,these,runs] [REPEAT]
// e.g. `… bench.ts 1000000 counts,csv,parquet,merge 3`; runs: counts, month, cooccurrence, csv, parquet, qdpx, merge.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { ndjsonChunks } from '../src/index.js';
import { asyncStoryStream } from '../test/factory.js';

const HAS_TIME = existsSync('/usr/bin/time');
const SPAWN = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
const count = Number(process.argv[2] ?? 1_000_000);
const only = process.argv[3]?.split(',');
const repeat = Number(process.argv[4] ?? 1);
const cache = fileURLToPath(new URL('../../../out/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const duckdb = fileURLToPath(new URL('./duckdb-counts.ts', import.meta.url));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

interface Run {
  seconds: number;
  /** User + system CPU seconds (GNU time): on a loaded machine this says more than the wall time. */
  cpuS?: number;
  peakMB?: number;
  stdout: string;
}

/** One process, timed from spawn to exit, with its peak resident memory. */
function timed(label: string, script: string, args: string[]): Run {
  const start = performance.now();
  // /usr/bin/time -v: "Maximum resident set size (kbytes)" is the peak memory of the run.
  const node = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx', script, ...args];
  const result = HAS_TIME ? spawnSync('/usr/bin/time', ['-v', ...node], SPAWN) : spawnSync(node[0]!, node.slice(1), SPAWN);
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const run: Run = {
    seconds,
    stdout: result.stdout,
    ...(kb ? { peakMB: Math.round(Number(kb) / 1024) } : {}),
    ...(user && system ? { cpuS: round(Number(user) + Number(system)) } : {}),
  };
  const cpu = run.cpuS === undefined ? '' : `cpu ${run.cpuS.toFixed(1).padStart(6)} s`;
  console.log(
    `  ${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s   ${cpu}   ${run.peakMB === undefined ? '' : `peak ${String(run.peakMB).padStart(5)} MB`}`,
  );
  return run;
}

const figures: Record<string, number | string | number[]> = { stories: count };
try {
  mkdirSync(cache, { recursive: true });
  const input = join(cache, `bench-${count}.ndjson`);
  const start = performance.now();
  if (!existsSync(input)) {
    // A fixed export time: the same N always gives the same file.
    await pipeline(
      Readable.from(ndjsonChunks(asyncStoryStream(count), { exportedAt: new Date('2026-01-01T00:00:00Z') })),
      createWriteStream(`${input}.part`),
    );
    renameSync(`${input}.part`, input);
    console.log(`made ${input} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  figures.fileMB = Math.round(statSync(input).size / 1024 / 1024);
  figures.loadBefore = loadavg().map((l) => round(l));
  console.log(
    `pnpm analyse on ${count.toLocaleString('en')} stories (${figures.fileMB} MB NDJSON), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const wanted = (name: string) => !only || only.includes(name);
  /** The CLI run once (or REPEAT times, median): seconds and peak memory under `name`. */
  const measure = (name: string, label: string, args: string[]) => {
    const runs = Array.from({ length: repeat }, () => timed(label, cli, args));
    figures[`${name}S`] = round(median(runs.map((r) => r.seconds)));
    if (runs[0]!.cpuS !== undefined) figures[`${name}CpuS`] = round(median(runs.map((r) => r.cpuS!)));
    const peaks = runs.flatMap((r) => (r.peakMB === undefined ? [] : [r.peakMB]));
    if (peaks.length > 0) figures[`${name}PeakMB`] = Math.max(...peaks);
  };
  if (wanted('counts')) {
    const cliRuns: Run[] = [];
    const duckRuns: Run[] = [];
    for (let i = 0; i < repeat; i++) {
      cliRuns.push(timed('counts --by term', cli, ['counts', input, '--by', 'term']));
      duckRuns.push(timed('DuckDB read_json+unnest+group by', duckdb, [input]));
    }
    const queryMs = duckRuns.map((r) => Number(/^BENCH_JSON .*"queryMs":([\d.]+)/m.exec(r.stdout)?.[1]));
    figures.countsS = round(median(cliRuns.map((r) => r.seconds)));
    figures.countsPeakMB = Math.max(...cliRuns.map((r) => r.peakMB ?? 0));
    if (cliRuns[0]!.cpuS !== undefined) figures.countsCpuS = round(median(cliRuns.map((r) => r.cpuS!)));
    if (duckRuns[0]!.cpuS !== undefined) figures.duckdbCountsCpuS = round(median(duckRuns.map((r) => r.cpuS!)));
    figures.duckdbCountsS = round(median(duckRuns.map((r) => r.seconds)));
    figures.duckdbQueryS = round(median(queryMs) / 1000);
    // Both as whole processes (what an analyst waits for); and against DuckDB's query alone.
    figures.countsRatioVsDuckdb = round(figures.countsS / figures.duckdbCountsS);
    figures.countsRatioVsDuckdbQuery = round(figures.countsS / figures.duckdbQueryS);
    console.log(
      `  counts / DuckDB: ${figures.countsRatioVsDuckdb}× (processes), ${figures.countsRatioVsDuckdbQuery}× (DuckDB's query alone, ${figures.duckdbQueryS} s)`,
    );
  }
  if (wanted('month')) measure('countsMonth', 'counts --by month', ['counts', input, '--by', 'month']);
  if (wanted('cooccurrence')) measure('countsCooccurrence', 'counts --cooccurrence', ['counts', input, '--cooccurrence']);
  if (wanted('csv'))
    measure('csvLong', 'export --format csv-long', ['export', input, '--format', 'csv-long', '--out', join(dir, 'long.csv')]);
  if (wanted('parquet'))
    measure('parquet', 'export --format parquet', ['export', input, '--format', 'parquet', '--out', join(dir, 'out.parquet')]);
  if (wanted('qdpx')) measure('qdpx', 'export --format qdpx', ['export', input, '--format', 'qdpx', '--out', join(dir, 'out.qdpx')]);
  if (wanted('merge')) measure('merge', 'merge (the file with itself)', ['merge', input, input, '--out', join(dir, 'merged.ndjson')]);
  figures.loadAfter = loadavg().map((l) => round(l));
  console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
