// `merge` with its inputs read in worker threads (issue 14): the same report, the same output
// and, on bad input, the same problems as with every input read here. The worker threads load
// TypeScript through tsx, so those runs are separate processes, as an analyst's are. And the
// second pass: a line that changed since the first pass stops the merge.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { runCli } from '../src/cli/run.js';
import { readForMerge } from '../src/cli/merge-read.js';
import { TakenStories } from '../src/cli/taken-stories.js';
import { ImportError, toJsonExport, toNdjson } from '../src/index.js';
import { aStory, BD, storyStream } from './factory.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const NODE = [process.execPath, '--conditions=vertelpunt-source', '--import', 'tsx'];
const dir = mkdtempSync(join(tmpdir(), 'analyse-parallel-merge-'));
const at = new Date('2026-11-23T10:00:00Z');
const env = { now: () => at };
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The CLI in its own process, every merge read in worker threads. */
const inWorkers = (args: string[]) => {
  const result = spawnSync(NODE[0]!, [...NODE.slice(1), CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VERTELPUNT_PARALLEL_BYTES: '0' },
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status };
};

const stories = [...storyStream(400, 11)];
const older = stories
  .slice(0, 150)
  .map((s) => (s.tags.version === BD ? s : { ...s, notes: `${s.notes} (eerder)`, updatedAt: '2024-06-01T00:00:00.000Z' }));
const teams = {
  a: file('a.ndjson', toNdjson(stories.slice(0, 250), { exportedAt: at })),
  // Overlaps a: the same stories (duplicates) and other versions of some (conflicts), and a story twice.
  b: file('b.json', toJsonExport([...older, ...stories.slice(200, 400)], { exportedAt: at })),
  c: file('c.ndjson', toNdjson([...stories.slice(300, 400), aStory({ title: 'Alleen in c' })], { exportedAt: at })),
};
// A story twice in one file, far apart.
const twice = readFileSync(teams.c, 'utf8').split('\n');
teams.c = file(
  'c.ndjson',
  [...twice.slice(0, -2), twice[5]!, ...twice.slice(-2)].join('\n').replace('"storyCount":101', '"storyCount":102'),
);
const pretty = file('d.json', JSON.stringify(JSON.parse(readFileSync(teams.b, 'utf8')), null, 2));

// Each case starts Node and two worker threads, on a loaded machine.
const SLOW = { timeout: 600_000 };

describe('merge with its inputs read in worker threads', () => {
  it.each([
    ['three inputs, duplicates, conflicts and a story twice in one file', [teams.a, teams.b, teams.c], [], 'ndjson'],
    ['the same with --prefer newest and inputs in another order', [teams.c, teams.b, teams.a], ['--prefer', 'newest'], 'ndjson'],
    ['an input read whole (pretty-printed), to JSON', [teams.a, pretty], [], 'json'],
  ] as [string, string[], string[], string][])(
    '%s: the same report and the same file as read here',
    SLOW,
    async (_, inputs, options, extension) => {
      const here = join(dir, `here.${extension}`);
      const there = join(dir, `there.${extension}`);
      const expected = await runCli(['merge', ...inputs, ...options, '--out', here], env);
      expect(expected.exitCode, expected.stderr).toBe(0);
      expect(expected.stdout).toContain('conflict: story');
      const result = inWorkers(['merge', ...inputs, ...options, '--out', there]);
      expect({ ...result, stdout: result.stdout.replaceAll(there, here) }).toEqual(expected);
      // The header's exportedAt is the time of each run.
      const withoutTime = (path: string) => readFileSync(path, 'utf8').replace(/"exportedAt": ?"[^"]*"/, '');
      expect(withoutTime(there)).toBe(withoutTime(here));
    },
  );

  it('names the same problems, and writes nothing, when inputs are bad', SLOW, async () => {
    const bad = file('bad.ndjson', readFileSync(teams.a, 'utf8').replace('"title":"Verhaal 3', '"title":"'));
    // --version BD: the stories tagged in a newer version are problems too.
    const args = ['merge', teams.a, bad, join(dir, 'missing.ndjson'), teams.c, '--version', BD, '--out', join(dir, 'never.ndjson')];
    const expected = await runCli(args, env);
    expect(expected.exitCode).toBe(2);
    expect(expected.stderr).toContain('newer than --version');
    expect(inWorkers(args)).toEqual(expected);
  });
});

describe('the second pass of merge', () => {
  it('stops when a story line changed after the first pass read it, and writes nothing of it', async () => {
    const path = file('changing.ndjson', toNdjson(stories.slice(0, 20), { exportedAt: at }));
    const read = await readForMerge(path, {}, LATEST_VERSION);
    const taken = new TakenStories();
    for (let i = 0; i < read.count; i++)
      taken.put(-1, [read.ids, 4 * i], read.hashes.subarray(32 * i, 32 * i + 32), read.created[i]!, read.updated[i]!, {
        file: 0,
        at: read.ats[i]!,
        offset: read.offsets[i]!,
        bytes: read.lengths[i]!,
        lineHash: read.lineHashes.subarray(32 * i, 32 * i + 32),
      });
    const all = async () => {
      const out = [];
      for await (const story of taken.inOrder([path], LATEST_VERSION)) out.push(story);
      return out;
    };
    expect(await all()).toHaveLength(20);
    // One character of the 10th story, the same length: the file is valid, but not what was checked.
    writeFileSync(path, readFileSync(path, 'utf8').replace('Verhaal 10:', 'Verhaal 1O:'));
    await expect(all()).rejects.toThrow(ImportError);
    await expect(all()).rejects.toThrow('changed while the merge was reading it');
  });
});
