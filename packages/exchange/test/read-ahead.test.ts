// `export` with the file read in a worker thread while the main thread encodes (issue 14): the
// same bytes, and on bad input the same problems and no file. The worker thread loads TypeScript
// through tsx, so those runs are separate processes, as an analyst's are.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { toNdjson } from '../src/index.js';
import { storyStream } from './factory.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'analyse-read-ahead-'));
const env = { now: () => new Date('2026-11-23T10:00:00Z') };
// 9,000 stories: four batches and a part, so the worker waits for batches to be taken.
const lines = toNdjson([...storyStream(9000, 12)], { exportedAt: env.now() }).split('\n');
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The CLI in its own process, every file read ahead in a worker thread. */
const readingAhead = (args: string[]) => {
  const result = spawnSync(process.execPath, ['--conditions=vertelpunt-source', '--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VERTELPUNT_PARALLEL_BYTES: '0' },
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status };
};

const SLOW = { timeout: 600_000 };

describe('export with the file read in a worker thread', () => {
  it('writes the same bytes as read here', SLOW, async () => {
    const input = file('valid.ndjson', lines.join('\n'));
    const here = join(dir, 'here.csv');
    const there = join(dir, 'there.csv');
    const expected = await runCli(['export', input, '--format', 'csv-wide', '--excel-nl', '--out', here], env);
    expect(expected.exitCode, expected.stderr).toBe(0);
    const result = readingAhead(['export', input, '--format', 'csv-wide', '--excel-nl', '--out', there]);
    expect({ ...result, stdout: result.stdout.replace(there, here) }).toEqual(expected);
    expect(readFileSync(there)).toEqual(readFileSync(here));
  });

  it('names the same problems and writes nothing when the file is bad late in it', SLOW, async () => {
    const input = file('bad.ndjson', lines.map((l, i) => (i === 8000 ? l.replace(/"title":"[^"]*"/, '"title":""') : l)).join('\n'));
    const out = join(dir, 'never.csv');
    const expected = await runCli(['export', input, '--format', 'csv-long', '--out', out], env);
    expect(expected.exitCode).toBe(2);
    expect(expected.stderr).toContain(':8001: stories[7999].title');
    expect(readingAhead(['export', input, '--format', 'csv-long', '--out', out])).toEqual(expected);
    expect(existsSync(out)).toBe(false);
  });
});
