// The analyst CLI end to end on real files: each command, its report, and refusal of bad input.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { parseStoryFile, toJsonExport, toNdjson } from '../src/index.js';
import { aStory, BD, V5 } from './factory.js';

const dir = mkdtempSync(join(tmpdir(), 'analyse-'));
const at = new Date('2026-11-23T10:00:00Z');
const env = { now: () => at };
const stories = [
  ...Array.from({ length: 6 }, (_, i) =>
    aStory({ tags: { version: V5, terms: ['kernwaarde-lef', 'opgave-armoede'] }, createdAt: `2026-0${1 + (i % 2)}-10T10:00:00.000Z` }),
  ),
  ...Array.from({ length: 2 }, () => aStory({ tags: { version: V5, terms: ['opgave-eenzaamheid'] } })),
];
const input = join(dir, 'export.json');
writeFileSync(input, toJsonExport(stories, { exportedAt: at }));

describe('analyse export', () => {
  it('writes each format to --out and says how many stories', async () => {
    for (const format of ['csv-long', 'csv-wide', 'json', 'ndjson', 'qdpx', 'webanno', 'parquet']) {
      const out = join(dir, `out.${format}`);
      const result = await runCli(['export', input, '--format', format, '--out', out], env);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 8 stories as ${format} \\(`));
    }
    expect(Papa.parse(readFileSync(join(dir, 'out.csv-long'), 'utf8'), { skipEmptyLines: true }).data).toHaveLength(1 + 6 * 2 + 2);
    const back = parseStoryFile(readFileSync(join(dir, 'out.json'), 'utf8'), 'out.json').stories.map((s) => s.story);
    expect(new Set(back.map((s) => s.id))).toEqual(new Set(stories.map((s) => s.id)));
  });

  it('writes Parquet that DuckDB reads: one row per story, terms as a list, times as timestamps', async () => {
    const out = join(dir, 'duck.parquet');
    const mixed = [
      ...stories,
      aStory({ tags: { version: BD, terms: ['bd24-missie-1'] }, author: 'Buurtteam Zuid-Oost', title: 'Één café 😀' }),
    ];
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, toNdjson(mixed, { exportedAt: at }));
    expect((await runCli(['export', file, '--format', 'parquet', '--out', out], env)).exitCode).toBe(0);
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
    const rows = await read(
      `SELECT story_id, title, author, taxonomy_version, terms, typeof(created_at) AS t FROM read_parquet('${out}') ORDER BY created_at, story_id`,
    );
    expect(rows).toHaveLength(9);
    expect(new Set(rows.map((r) => r.taxonomy_version))).toEqual(new Set([LATEST_VERSION]));
    const migrated = rows.find((r) => r.title === 'Één café 😀')!;
    expect(migrated.author).toBe('Buurtteam Zuid-Oost');
    expect((migrated.terms as string[]).every((t) => t.startsWith('ks5-'))).toBe(true);
    expect(rows[0]!.t).toBe('TIMESTAMP WITH TIME ZONE');
    const perTerm = await read(
      `SELECT term, count(*)::INTEGER AS n FROM (SELECT unnest(terms) AS term FROM read_parquet('${out}')) GROUP BY term ORDER BY term`,
    );
    expect(perTerm).toEqual(
      expect.arrayContaining([
        { term: 'kernwaarde-lef', n: 6 },
        { term: 'opgave-eenzaamheid', n: 2 },
      ]),
    );
    const meta = await read(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${out}')`);
    expect(meta).toEqual(
      expect.arrayContaining([
        { key: 'vertelpunt.taxonomyVersion', value: LATEST_VERSION },
        { key: 'vertelpunt.exportedAt', value: at.toISOString() },
      ]),
    );
  });

  it('refuses bad input with one line per problem, exit 2, and leaves no output file', async () => {
    const out = join(dir, 'never.csv');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, toJsonExport(stories, { exportedAt: at }).split('\n').slice(0, 6).join('\n'));
    expect(await runCli(['export', broken, '--format', 'csv-long', '--out', out], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^analyse: .*broken\.json: ends at line \d+ before the stories array .* cut off\n$/),
    });
    expect(await runCli(['export', input, '--format', 'xls', '--out', out], env)).toMatchObject({
      exitCode: 2,
      stderr: "analyse: --format: expected one of csv-long, csv-wide, json, ndjson, qdpx, webanno, parquet, got 'xls'\n",
    });
    expect(await runCli(['export', join(dir, 'nope.json'), '--format', 'json', '--out', out], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('nope.json: cannot read (ENOENT)'),
    });
    expect(await runCli(['export', input, '--format', 'json', '--excel-nl', '--out', out], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--excel-nl'),
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('analyse counts', () => {
  it('counts stories per term and suppresses groups below the minimum', async () => {
    const { stdout, exitCode } = await runCli(['counts', input, '--by', 'term'], env);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/Lef\s+6/);
    expect(stdout).toMatch(/Armoede\s+6/);
    expect(stdout).not.toContain('Eenzaamheid');
    expect(stdout).toMatch(/\(1 group left out: fewer than 5 stories/);
    expect((await runCli(['counts', input, '--min-group', '1'], env)).stdout).toMatch(/Eenzaamheid\s+2/);
  });

  it('counts by month and co-occurrence, and names a bad option', async () => {
    expect((await runCli(['counts', input, '--by', 'month', '--min-group', '2'], env)).stdout).toMatch(/2026-01\s+\d/);
    expect((await runCli(['counts', input, '--cooccurrence'], env)).stdout).toMatch(/Lef \+ Armoede\s+6/);
    expect(await runCli(['counts', input, '--by', 'team'], env)).toMatchObject({
      exitCode: 2,
      stderr: "analyse: --by: expected one of term, facet, month, origin, got 'team'\n",
    });
    expect(await runCli(['counts', input, '--min-group', 'nul'], env)).toMatchObject({ exitCode: 2 });
  });
});

describe('analyse merge', () => {
  const teamA = [aStory({ author: 'team-noord', tags: { version: BD, terms: ['bd24-missie-1'] } }), aStory({ author: 'team-noord' })];
  const teamB = [
    teamA[1]!,
    { ...teamA[0]!, notes: 'Later aangevuld', updatedAt: '2030-01-01T00:00:00.000Z' },
    aStory({ author: 'team-zuid' }),
  ];
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a.json'), toJsonExport(teamA, { exportedAt: at }));
  writeFileSync(join(inbox, 'b.ndjson'), toNdjson(teamB, { exportedAt: at }));

  it('keeps each story once, moves every tag to one version and reports per file', async () => {
    const out = join(dir, 'merged.json');
    const result = await runCli(['merge', inbox, '--out', out], env);
    expect(result.exitCode, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `${join(inbox, 'a.json')}: 2 stories: 2 taken; 1 moved from ${BD} to ${LATEST_VERSION}, 1 moved from ${V5} to ${LATEST_VERSION}`,
    );
    expect(lines[1]).toBe(
      `${join(inbox, 'b.ndjson')}: 3 stories: 1 taken, 1 duplicate skipped (already taken), 1 conflict skipped; 1 moved from ${BD} to ${LATEST_VERSION}, 2 moved from ${V5} to ${LATEST_VERSION}`,
    );
    expect(lines[2]).toMatch(new RegExp(`conflict: story ${teamA[0]!.id} .* skipped, kept the first`));
    const merged = parseStoryFile(readFileSync(out, 'utf8'), 'merged.json');
    expect(merged.stories.map((s) => s.story.id).sort()).toEqual([teamA[0]!.id, teamA[1]!.id, teamB[2]!.id].sort());
    expect(merged.info.taxonomyVersions).toEqual([LATEST_VERSION]);
    expect(merged.stories.find((s) => s.story.id === teamA[0]!.id)!.story.notes).toBe(teamA[0]!.notes);
  });

  it('takes the newer version of a conflict with --prefer newest, and gives the same file whatever the order', async () => {
    const out1 = join(dir, 'newest1.json');
    const out2 = join(dir, 'newest2.json');
    await runCli(['merge', join(inbox, 'a.json'), join(inbox, 'b.ndjson'), '--prefer', 'newest', '--out', out1], env);
    await runCli(['merge', join(inbox, 'b.ndjson'), join(inbox, 'a.json'), '--prefer', 'newest', '--out', out2], env);
    const merged = parseStoryFile(readFileSync(out1, 'utf8'), 'newest1.json');
    expect(merged.stories.find((s) => s.story.id === teamA[0]!.id)!.story.notes).toBe('Later aangevuld');
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out1, 'utf8'));
  });

  it('gives the same file from a pretty-printed input (read whole, held) as from the same stories one per line (read again by offset)', async () => {
    const pretty = join(dir, 'pretty-a.json');
    writeFileSync(pretty, JSON.stringify(JSON.parse(readFileSync(join(inbox, 'a.json'), 'utf8')), null, 2));
    const fromLines = join(dir, 'from-lines.ndjson');
    const fromPretty = join(dir, 'from-pretty.ndjson');
    expect((await runCli(['merge', join(inbox, 'a.json'), join(inbox, 'b.ndjson'), '--out', fromLines], env)).exitCode).toBe(0);
    expect((await runCli(['merge', pretty, join(inbox, 'b.ndjson'), '--out', fromPretty], env)).exitCode).toBe(0);
    expect(readFileSync(fromPretty, 'utf8')).toBe(readFileSync(fromLines, 'utf8'));
  });

  it('writes nothing when one input is bad, and names every problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, toJsonExport(teamA, { exportedAt: at }).replace('"team-noord"', '42'));
    const out = join(dir, 'never-merged.json');
    const result = await runCli(['merge', inbox, bad, join(dir, 'missing.json'), '--out', out], env);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/bad\.json:\d+: stories\[\d\]\.author: .*\n/);
    expect(result.stderr).toContain('missing.json: cannot read (ENOENT)');
    expect(existsSync(out)).toBe(false);
    expect(await runCli(['merge', inbox, '--out', out, '--version', 'koers-v9'], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining("--version: unknown version 'koers-v9'"),
    });
    expect(await runCli(['merge', inbox, '--out', join(dir, 'old.json'), '--version', BD], env)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('newer than --version'),
    });
  });
});
