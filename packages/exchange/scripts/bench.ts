// Benchmark (prints figures; not a test): the analyst CLI on large files. Writes an NDJSON export
// of N generated stories (default 1,000,000) to a temporary folder, then times `counts` (by term,
// by month, co-occurrence), `export` to CSV and Parquet, and `merge` of the file with itself, with
// the peak memory of each run (where GNU time is installed). Each run includes Node + tsx start-up (~1 s).
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/bench.ts [N]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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
const dir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
try {
  const input = join(dir, 'stories.ndjson');
  let start = performance.now();
  await pipeline(Readable.from(ndjsonChunks(asyncStoryStream(count), { exportedAt: new Date() })), createWriteStream(input));
  console.log(`pnpm analyse on ${count.toLocaleString('en')} stories (${(statSync(input).size / 1024 / 1024).toFixed(0)} MB NDJSON, written in ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  const run = (label: string, args: string[]) => {
    start = performance.now();
    // /usr/bin/time -f %M: the peak resident memory of the CLI run, in kB.
    const node = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx', cli, ...args];
    const result = HAS_TIME ? spawnSync('/usr/bin/time', ['-f', '%M', ...node], SPAWN) : spawnSync(node[0]!, node.slice(1), SPAWN);
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
    const peak = HAS_TIME ? `peak ${(Number(result.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0).padStart(5)} MB` : '';
    console.log(`  ${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s   ${peak}`);
  };
  run('counts --by term', ['counts', input, '--by', 'term']);
  run('counts --by month', ['counts', input, '--by', 'month']);
  run('counts --cooccurrence', ['counts', input, '--cooccurrence']);
  run('export --format csv-long', ['export', input, '--format', 'csv-long', '--out', join(dir, 'long.csv')]);
  run('export --format parquet', ['export', input, '--format', 'parquet', '--out', join(dir, 'out.parquet')]);
  run('merge (the file with itself)', ['merge', input, input, '--out', join(dir, 'merged.ndjson')]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
