// The analyst CLI on hostile or broken input (issue 12, findings 12-14): it never overwrites an
// input, never leaves a temporary file, never crashes, and never echoes raw input to a terminal.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  linkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { toJsonExport, toNdjson } from '../src/index.js';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { aStory } from './factory.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const NODE = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx', CLI];
const dir = mkdtempSync(join(tmpdir(), 'analyse-safety-'));
const at = new Date('2026-11-23T10:00:00Z');
const env = { now: () => at };
const stories = Array.from({ length: 3 }, (_, i) =>
  aStory({ tags: { version: LATEST_VERSION, terms: ['kernwaarde-lef'] }, createdAt: `2026-01-1${i}T10:00:00.000Z` }),
);
const ndjson = toNdjson(stories, { exportedAt: at });
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const noTemporaries = () => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('--out onto an input (finding 12)', () => {
  it('refuses export onto its input, however the path is spelled, and leaves the input as it was', async () => {
    const input = file('same.ndjson', ndjson);
    const link = join(dir, 'link.ndjson');
    symlinkSync(input, link);
    const hard = join(dir, 'hard.ndjson');
    linkSync(input, hard);
    const spellings = [input, relative(process.cwd(), input), join(dir, '..', relative(join(dir, '..'), dir), 'same.ndjson'), link, hard];
    for (const out of spellings) {
      const result = await runCli(['export', input, '--format', 'ndjson', '--out', out], env);
      expect(result, out).toMatchObject({ exitCode: 2, stderr: expect.stringContaining(`--out ${out} is the input ${input}`) });
      expect(readFileSync(input, 'utf8')).toBe(ndjson);
    }
    noTemporaries();
  });

  it('refuses merge onto one of its inputs, also one found in a folder', async () => {
    const folder = join(dir, 'inbox');
    mkdirSync(folder);
    const a = join(folder, 'a.ndjson');
    writeFileSync(a, ndjson);
    expect(await runCli(['merge', folder, '--out', a], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('is the input'),
    });
    expect(readFileSync(a, 'utf8')).toBe(ndjson);
  });
});

describe('limits (finding 13)', () => {
  it('refuses a file without line breaks above the line limit with file:line and exit 2, no stack trace', async () => {
    const flat = file('flat.json', `{"format":"vertelpunt-stories","stories":[${'"x",'.repeat(5000)}"x"]}`);
    const result = await runCli(['counts', flat], { ...env, limits: { maxLineBytes: 4096 } });
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `analyse: ${flat}:1: line 1 is longer than the limit of 4 kB (a file without line breaks?): one story per line is expected\n`,
    });
  });

  it('refuses pretty-printed JSON above the whole-file limit with file:line and exit 2', async () => {
    const pretty = file('pretty.json', JSON.stringify(JSON.parse(toJsonExport(stories, { exportedAt: at })), null, 2));
    const result = await runCli(['export', pretty, '--format', 'csv-long', '--out', join(dir, 'never.csv')], {
      ...env,
      limits: { maxWholeBytes: 1000 },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^analyse: ${pretty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: not one story per line, .* larger than the limit of 1000 bytes`,
      ),
    );
    // Below the limit the same file is read.
    expect((await runCli(['counts', pretty], env)).exitCode).toBe(0);
    noTemporaries();
  });

  it('takes its limits from the environment when run as a command', () => {
    const flat = file('flat2.ndjson', 'x'.repeat(3000));
    const result = spawnSync(NODE[0]!, [...NODE.slice(1), 'counts', flat], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, VERTELPUNT_MAX_LINE_BYTES: '1024' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `analyse: ${flat}:1: line 1 is longer than the limit of 1 kB (a file without line breaks?): one story per line is expected\n`,
    );
  }, 30_000);
});

describe('input checks (finding 14)', () => {
  it('refuses a story twice in one file in counts and export, naming both lines; merge keeps one and names them', async () => {
    const lines = ndjson.split('\n');
    // Header, three stories, the first again, trailer with the count.
    const twice = file(
      'twice.ndjson',
      [lines[0], lines[1], lines[2], lines[3], lines[1], lines[4]!.replace('"storyCount":3', '"storyCount":4')].join('\n') + '\n',
    );
    const message = `analyse: ${twice}:5: stories[3].id: story ${stories[0]!.id} is in the file twice (also on line 2)`;
    const counts = await runCli(['counts', twice], env);
    expect(counts.exitCode).toBe(2);
    expect(counts.stderr).toContain(message);
    // Once: until issue 14 the repeat was listed twice (once with the file's other problems, once on its own).
    expect(counts.stderr.split(message).length - 1).toBe(1);
    const exported = await runCli(['export', twice, '--format', 'csv-long', '--out', join(dir, 'twice.csv')], env);
    expect(exported.exitCode).toBe(2);
    expect(exported.stderr).toContain(message);
    expect(existsSync(join(dir, 'twice.csv'))).toBe(false);
    const merged = await runCli(['merge', twice, '--out', join(dir, 'once.ndjson')], env);
    expect(merged.exitCode, merged.stderr).toBe(0);
    expect(merged.stdout).toContain(`repeated: story ${stories[0]!.id} (${twice}:5) is also at ${twice}:2 in the same file; skipped`);
    expect(readFileSync(join(dir, 'once.ndjson'), 'utf8')).toBe(ndjson);
  });

  it('accepts a UTF-8 byte order mark and names UTF-16 and invalid UTF-8', async () => {
    const bom = file('bom.ndjson', `\uFEFF${ndjson}`);
    expect(await runCli(['counts', bom], env)).toMatchObject({ exitCode: 0 });
    const utf16 = file('utf16.ndjson', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ndjson, 'utf16le')]));
    expect(await runCli(['counts', utf16], env)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `analyse: ${utf16}:1: the file is UTF-16 LE (it starts with a UTF-16 LE byte order mark); expected UTF-8: save it as UTF-8\n`,
    });
    const latin1 = file('latin1.ndjson', Buffer.from(ndjson.replace('"title":"', '"title":"caf\u00e9 '), 'latin1'));
    expect((await runCli(['counts', latin1], env)).stderr).toMatch(
      new RegExp(
        `^analyse: .*latin1\\.ndjson:2: not valid UTF-8 \\(byte 0xE9 at byte \\d+ of the line\\): is the file Windows-1252 or Latin-1\\?`,
      ),
    );
  });

  it('writes each problem as one escaped line, without terminal escape codes or line breaks from the file', async () => {
    // A header whose format is escape codes and a line break (JSON-escaped, so valid JSON), and a long one.
    const evil = file('evil.ndjson', `{"format":"\\u001b[2J\\u001b]0;pwned\\u0007\\nsecond line${'y'.repeat(2000)}","schemaVersion":1}\n`);
    const result = await runCli(['counts', evil], env);
    expect(result.exitCode).toBe(2);
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    for (const line of result.stderr.trimEnd().split('\n')) {
      expect(line).toMatch(/^analyse: /);
      expect(line.length).toBeLessThanOrEqual(520);
    }
    expect(result.stderr).toContain("format is '\\x1b[2J\\x1b]0;pwned\\x07\\nsecond line");
  });

  it('removes the temporary file when stopped with Ctrl-C (SIGINT) or SIGTERM mid-export', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const fifo = join(dir, `slow-${signal}.ndjson`);
      execFileSync('mkfifo', [fifo]);
      const out = join(dir, `stopped-${signal}.csv`);
      const child = spawn(NODE[0]!, [...NODE.slice(1), 'export', fifo, '--format', 'csv-long', '--out', out], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const writer = createWriteStream(fifo);
      // Half an export: the CLI reads it, opens its temporary file and waits for more.
      writer.write(`${ndjson.split('\n').slice(0, 3).join('\n')}\n`);
      const deadline = Date.now() + 20_000;
      while (!readdirSync(dir).some((f) => f.startsWith(`.stopped-${signal}.csv.`) && f.endsWith('.tmp')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(
        readdirSync(dir).some((f) => f.startsWith(`.stopped-${signal}.csv.`)),
        'the temporary file was written',
      ).toBe(true);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
      child.kill(signal);
      expect(await exited).toBe(signal);
      writer.destroy();
      expect(readdirSync(dir).filter((f) => f.includes(`stopped-${signal}`))).toEqual([]);
    }
  }, 60_000);
});
