// Benchmark (prints figures; not a test): the analyst CLI on large files. Makes an NDJSON export
// of N generated stories (default 1,000,000) once, kept in the repo's out/ folder (gitignored) and
// reused by later runs, then times `counts` (by term, by month, co-occurrence), `export` to CSV,
// Parquet and REFI-QDA, and `merge` of the file with itself, with the peak memory of each run
// (Maximum resident set size from GNU time, where installed). Each run includes Node + tsx
// start-up (~1 s). Outputs go to a temporary folder that is removed at the end.
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/bench.ts [N] [only,these,runs]
// e.g. `… bench.ts 1000000 qdpx,merge` for the two runs with a memory goal (under 1 GB at 1M).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const cache = fileURLToPath(new URL('../../../out/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
try {
  mkdirSync(cache, { recursive: true });
  const input = join(cache, `bench-${count}.ndjson`);
  let start = performance.now();
  if (!existsSync(input)) {
    // A fixed export time: the same N always gives the same file.
    await pipeline(Readable.from(ndjsonChunks(asyncStoryStream(count), { exportedAt: new Date('2026-01-01T00:00:00Z') })), createWriteStream(`${input}.part`));
    renameSync(`${input}.part`, input);
    console.log(`made ${input} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  console.log(`pnpm analyse on ${count.toLocaleString('en')} stories (${(statSync(input).size / 1024 / 1024).toFixed(0)} MB NDJSON)`);
  const run = (name: string, label: string, args: string[]) => {
    if (only && !only.includes(name)) return;
    start = performance.now();
    // /usr/bin/time -v: "Maximum resident set size (kbytes)" is the peak memory of the CLI run.
    const node = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx', cli, ...args];
    const result = HAS_TIME ? spawnSync('/usr/bin/time', ['-v', ...node], SPAWN) : spawnSync(node[0]!, node.slice(1), SPAWN);
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
    const peak = kb ? `peak ${(Number(kb) / 1024).toFixed(0).padStart(5)} MB` : '';
    console.log(`  ${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s   ${peak}`);
  };
  run('counts', 'counts --by term', ['counts', input, '--by', 'term']);
  run('counts', 'counts --by month', ['counts', input, '--by', 'month']);
  run('counts', 'counts --cooccurrence', ['counts', input, '--cooccurrence']);
  run('csv', 'export --format csv-long', ['export', input, '--format', 'csv-long', '--out', join(dir, 'long.csv')]);
  run('parquet', 'export --format parquet', ['export', input, '--format', 'parquet', '--out', join(dir, 'out.parquet')]);
  run('qdpx', 'export --format qdpx', ['export', input, '--format', 'qdpx', '--out', join(dir, 'out.qdpx')]);
  run('merge', 'merge (the file with itself)', ['merge', input, input, '--out', join(dir, 'merged.ndjson')]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
