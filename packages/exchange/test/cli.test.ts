import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { runCli } from '../src/cli/main.js';
import { toJsonEnvelope } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'analyse-'));
const stories = [
  ...Array.from({ length: 6 }, (_, i) => aStory({ tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'opgave-armoede'] }, createdAt: `2026-0${1 + (i % 2)}-10T10:00:00.000Z` })),
  ...Array.from({ length: 2 }, () => aStory({ tags: { version: 'koers-v5-2024-09', terms: ['opgave-eenzaamheid'] } })),
].map((s) => StorySchema.parse(s));
const input = join(dir, 'export.json');
writeFileSync(input, toJsonEnvelope(stories, new Date('2026-11-23T10:00:00Z')));

describe('analyse export', () => {
  it('writes each format to --out', async () => {
    for (const format of ['csv-long', 'csv-wide', 'json', 'ndjson', 'qdpx', 'webanno']) {
      const out = join(dir, `out.${format}`);
      const result = await runCli(['export', input, '--format', format, '--out', out]);
      expect(result).toEqual({ exitCode: 0, stdout: `${out}: 8 stories as ${format}\n`, stderr: '' });
    }
    expect(Papa.parse(readFileSync(join(dir, 'out.csv-long'), 'utf8'), { skipEmptyLines: true }).data).toHaveLength(1 + 6 * 2 + 2);
  });

  it('refuses bad input with one line, exit 2, and leaves no output file', async () => {
    const out = join(dir, 'never.csv');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "vertelpunt-stories", "schemaVersion": 1, "stories": [');
    expect(await runCli(['export', broken, '--format', 'csv-long', '--out', out])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^analyse: .*broken\.json: not valid JSON/) });
    expect(await runCli(['export', input, '--format', 'xls', '--out', out])).toMatchObject({ exitCode: 2, stderr: 'analyse: --format: expected one of csv-long, csv-wide, json, ndjson, qdpx, webanno\n' });
    expect(await runCli(['export', join(dir, 'nope.json'), '--format', 'json', '--out', out])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('nope.json: cannot read (ENOENT)') });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('analyse counts', () => {
  it('counts stories per term and suppresses groups below the minimum', async () => {
    const { stdout, exitCode } = await runCli(['counts', input, '--by', 'term']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/Lef\s+6/);
    expect(stdout).toMatch(/Armoede\s+6/);
    expect(stdout).not.toContain('Eenzaamheid');
    expect(stdout).toContain('(1 group with fewer than 5 stories left out)');
    expect((await runCli(['counts', input, '--min-group', '1'])).stdout).toMatch(/Eenzaamheid\s+2/);
  });

  it('counts by month and co-occurrence, and names a bad option', async () => {
    expect((await runCli(['counts', input, '--by', 'month', '--min-group', '2'])).stdout).toMatch(/2026-01\s+\d/);
    expect((await runCli(['counts', input, '--cooccurrence'])).stdout).toMatch(/Lef \+ Armoede\s+6/);
    expect(await runCli(['counts', input, '--by', 'team'])).toMatchObject({ exitCode: 2, stderr: "analyse: --by: expected term, facet, month or origin, got 'team'\n" });
    expect(await runCli(['counts', input, '--min-group', 'nul'])).toMatchObject({ exitCode: 2 });
  });
});
