// `counts` on every core (issue 14): the same table as line by line, and on anything wrong the
// same problems, because the pieces are dropped and the file is read line by line. The worker
// threads load TypeScript through tsx, so these runs are separate processes, as an analyst's are.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { toNdjson } from '../src/index.js';
import { BD, storyStream } from './factory.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const PARALLEL = fileURLToPath(new URL('../src/cli/parallel-counts.ts', import.meta.url));
const NODE = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx'];
const dir = mkdtempSync(join(tmpdir(), 'analyse-parallel-'));
const env = { now: () => new Date('2026-11-23T10:00:00Z') };
// ~1.8 MB: cut into 16 pieces of ~110 kB, so the worker gets some.
const lines = toNdjson([...storyStream(3000, 5)], { exportedAt: env.now() }).split('\n');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The CLI in its own process with every file counted in parallel. */
const inParallel = (args: string[]) => {
  const result = spawnSync(NODE[0]!, [...NODE.slice(1), CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VERTELPUNT_PARALLEL_BYTES: '0' },
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status };
};

/** Whether the parallel path counted the file itself (a number: the total) or handed it back. */
const parallelTotal = (path: string) => {
  const script = `import { countInParallel } from ${JSON.stringify(PARALLEL)}; const c = await countInParallel(${JSON.stringify(path)}, { by: 'term' }, { parallelBytes: 0 }); console.log(c ? c.table().total : 'line by line');`;
  return spawnSync(NODE[0]!, [...NODE.slice(1), '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
};

// Each case starts Node two or three times (tsx, a worker), on a loaded machine.
const SLOW = { timeout: 600_000 };

describe('counts in parallel', () => {
  const valid = file('valid.ndjson', lines.join('\n'));

  it('counts a valid file in pieces on every thread, to the same tables as line by line', SLOW, async () => {
    expect(parallelTotal(valid)).toBe('3000');
    for (const args of [['--by', 'term'], ['--cooccurrence']]) {
      const expected = await runCli(['counts', valid, ...args], env);
      expect(expected.exitCode).toBe(0);
      expect(inParallel(['counts', valid, ...args]), args.join(' ')).toEqual(expected);
    }
  });

  const broken: [string, () => string | Buffer][] = [
    [
      'a story no schema accepts, in the middle',
      () => lines.map((l, i) => (i === 1700 ? l.replace(/"title":"[^"]*"/, '"title":""') : l)).join('\n'),
    ],
    ['a line that is not JSON', () => lines.map((l, i) => (i === 2500 ? l.slice(0, 40) : l)).join('\n')],
    [
      'a story twice, far apart (in pieces of different threads)',
      () => [...lines.slice(0, 2999), lines[3], ...lines.slice(3000)].join('\n'),
    ],
    ['a storyCount that does not match', () => lines.join('\n').replace('"storyCount":3000', '"storyCount":2999')],
    ['no closing line', () => lines.slice(0, -2).join('\n') + '\n'],
    [
      'bytes that are not UTF-8',
      () =>
        Buffer.concat([
          Buffer.from(lines.slice(0, 1000).join('\n') + '\n'),
          Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]),
          Buffer.from(lines.slice(1000).join('\n')),
        ]),
    ],
    ['the closing line in the middle', () => [...lines.slice(0, 1500), lines.at(-2), ...lines.slice(1500)].join('\n')],
  ];

  it.each(broken)('refuses %s with the same problems as line by line, and exit 2', SLOW, async (name, content) => {
    const path = file(`${name.replaceAll(/\W+/g, '-')}.ndjson`, content());
    expect(parallelTotal(path)).toBe('line by line');
    const expected = await runCli(['counts', path], env);
    expect(expected.exitCode).toBe(2);
    expect(expected.stderr).toMatch(new RegExp(`${path.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(:\\d+)?: `));
    expect(inParallel(['counts', path])).toEqual(expected);
  });

  it('refuses --version older than the stories with the same message', SLOW, async () => {
    const expected = await runCli(['counts', valid, '--version', BD], env);
    expect(expected.exitCode).toBe(2);
    expect(inParallel(['counts', valid, '--version', BD])).toEqual(expected);
  });

  it('leaves a file in JSON layout to the line-by-line reader', SLOW, () => {
    const json = file('export.json', readFileSync(valid, 'utf8').replace(/^.*\n/, '{\n'));
    expect(parallelTotal(json)).toBe('line by line');
  });
});
