import { describe, expect, it } from 'vitest';
import {
  checkSize,
  ImportError,
  parseStoryFile,
  readStoryFile,
  splitLines,
  toBackup,
  toJsonExport,
  toNdjson,
  type ReadStory,
  type StoryFileInfo,
} from '../src/index.js';
import { aStory, BD, V5 } from './factory.js';

const at = new Date('2026-11-23T10:00:00Z');
const stories = [aStory(), aStory({ tags: { version: BD, terms: ['bd24-missie-1'] } }), aStory({ title: 'Één verhaal' })];
const json = toJsonExport(stories, { exportedAt: at });
const ndjson = toNdjson(stories, { exportedAt: at });

/** The problems of a file that must be refused, one formatted line each. */
function problemsOf(text: string, file = 'export.json', options = {}): string[] {
  try {
    parseStoryFile(text, file, options);
  } catch (error) {
    if (error instanceof ImportError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading a file this package wrote', () => {
  it('reads JSON, NDJSON and backups with the line of every story', () => {
    for (const [text, layout] of [
      [json, 'json'],
      [ndjson, 'ndjson'],
      [toBackup(stories, { exportedAt: at }), 'json'],
    ] as const) {
      const { info, stories: read } = parseStoryFile(text, 'f');
      expect(info).toMatchObject({ layout, storyCount: 3, taxonomyVersions: [BD, V5], exportedAt: at.toISOString() });
      expect(read.map((r) => r.story)).toEqual(stories);
      expect(read.map((r) => r.line)).toEqual(layout === 'json' ? [6, 7, 8] : [2, 3, 4]);
    }
  });

  it('reads a file streamed in chunks of any size, with CRLF line ends and a BOM', async () => {
    const text = `\uFEFF${json.replace(/\n/g, '\r\n')}`;
    for (const size of [1, 7, 100, 1 << 20]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      const reading = readStoryFile(splitLines(chunks), 'f.json');
      const read: ReadStory[] = [];
      let next = await reading.next();
      while (!next.done) {
        read.push(next.value);
        next = await reading.next();
      }
      expect(read.map((r) => r.story)).toEqual(stories);
      expect((next.value as StoryFileInfo).storyCount).toBe(3);
    }
  });
});

describe('reading JSON laid out by another tool', () => {
  it('reads pretty-printed and minified JSON whole, and still points at the line of a bad story', () => {
    const pretty = JSON.stringify(JSON.parse(json), null, 2);
    expect(parseStoryFile(pretty, 'p.json').stories.map((r) => r.story)).toEqual(stories);
    expect(parseStoryFile(JSON.stringify(JSON.parse(json)), 'm.json').stories).toHaveLength(3);
    const bad = pretty.replace('"bd24-missie-1"', '"bd24-missie-99"');
    expect(problemsOf(bad, 'p.json')).toEqual([
      `p.json:28: stories[1].tags.terms[0]: unknown term id 'bd24-missie-99' (story ${stories[1]!.id})`,
    ]);
    // Line 28 is where the second story's object opens.
    expect(
      bad
        .split('\n')
        .slice(27, 29)
        .map((l) => l.trim()),
    ).toEqual(['{', `"id": "${stories[1]!.id}",`]);
  });
});

describe('refusing a bad file with a precise message', () => {
  it('names the line and field of a bad story, and the story', () => {
    expect(problemsOf(json.replace('"bd24-missie-1"', '"bd24-missie-99"'))).toEqual([
      `export.json:7: stories[1].tags.terms[0]: unknown term id 'bd24-missie-99' (story ${stories[1]!.id})`,
    ]);
    expect(problemsOf(ndjson.replace(`"title":"Één verhaal"`, '"title":""'), 'x.ndjson')).toEqual([
      `x.ndjson:4: stories[2].title: a story needs a title (story ${stories[2]!.id})`,
    ]);
  });

  it('lists every bad story, up to a limit', () => {
    const many = toJsonExport(
      Array.from({ length: 30 }, () => aStory()),
      { exportedAt: at },
    ).replaceAll('"kernwaarde-pragmatisch"', '"x"');
    const problems = problemsOf(many, 'many.json');
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('many.json: and 10 more problems');
  });

  it('notices a file cut off anywhere: mid-line, at a line end, or an NDJSON file at a story boundary', () => {
    expect(problemsOf(json.slice(0, json.indexOf('"title"', 400)))).toEqual([
      expect.stringMatching(/^export\.json:7: stories\[1\]: not a complete story on one line/),
      expect.stringMatching(/^export\.json: ends at line 7 before the stories array and the object are closed: the file is cut off$/),
    ]);
    const lines = json.split('\n');
    expect(problemsOf(lines.slice(0, 7).join('\n'))).toEqual([
      'export.json: ends at line 7 before the stories array and the object are closed: the file is cut off',
    ]);
    expect(problemsOf(ndjson.split('\n').slice(0, 3).join('\n'), 'x.ndjson')).toEqual([
      'x.ndjson: ends at line 3 without its closing line {"storyCount": …}: the file is cut off',
    ]);
    expect(problemsOf(JSON.stringify(JSON.parse(json), null, 1).slice(0, 300), 'p.json')).toEqual([
      'p.json:12: not valid JSON: Unterminated string (column 17)',
    ]);
  });

  it('notices stories taken out or added by hand', () => {
    const lines = json.split('\n');
    const shorter = [...lines.slice(0, 6), lines[6]!.replace(/,$/, ''), ...lines.slice(8)].join('\n');
    expect(problemsOf(shorter)).toEqual(['export.json:9: storyCount: says 3 but the file holds 2 stories: cut off or edited']);
  });

  it('refuses another format, a newer schema version, an unknown field, an empty file and a foreign JSON', () => {
    expect(problemsOf(json.replace('"vertelpunt-stories"', '"vertelpunt-verhalen"'))).toEqual([
      "export.json:2: format is 'vertelpunt-verhalen', expected 'vertelpunt-stories' or 'vertelpunt-backup'",
    ]);
    expect(problemsOf(json.replace('"schemaVersion": 1', '"schemaVersion": 2'))).toEqual([
      'export.json:3: schemaVersion 2: written by a newer Vertelpunt; this reader knows schemaVersion 1',
    ]);
    expect(problemsOf(json.replace('"schemaVersion": 1,', '"schemaVersion": 1,\n  "kleur": "blauw",'))).toEqual([
      'export.json:4: kleur: unknown field (expected format, schemaVersion, exportedAt, stories, storyCount, taxonomyVersions)',
    ]);
    expect(problemsOf('')).toEqual(['export.json: the file is empty (expected a Vertelpunt JSON or NDJSON export or backup)']);
    expect(problemsOf('[1, 2]')).toEqual([
      'export.json: expected a JSON object with format, schemaVersion, exportedAt and stories, found an array',
    ]);
    expect(problemsOf('{"name": "iets"}')).toEqual([
      `export.json: not a Vertelpunt file: no "format" field (expected 'vertelpunt-stories' or 'vertelpunt-backup')`,
    ]);
    expect(problemsOf(json, 'backup.json', { formats: ['vertelpunt-backup'] })).toEqual([
      "backup.json:2: format is 'vertelpunt-stories', expected 'vertelpunt-backup'",
    ]);
  });

  it('refuses a story tagged in a vocabulary version it does not know', () => {
    expect(problemsOf(json.replace(`"version":"${BD}"`, '"version":"koers-v9-2031-01"'))[0]).toMatch(
      /^export\.json:7: stories\[1\]\.tags\.version: unknown taxonomy version 'koers-v9-2031-01'/,
    );
  });

  it('refuses an oversized file before reading it, and while reading it', async () => {
    expect(() => checkSize(3 * 1024 * 1024 * 1024, 'groot.json')).toThrow('groot.json: 3072 MB is larger than the limit of 1024 MB');
    expect(problemsOf(json, 'f.json', { maxBytes: 500 })).toEqual([
      `f.json: ${Math.ceil(json.length / 1024)} kB is larger than the limit of 500 bytes`,
    ]);
    const reading = async () => {
      const reader = readStoryFile(splitLines([json]), 'f.json', { maxBytes: 500 });
      while (!(await reader.next()).done);
    };
    await expect(reading()).rejects.toThrow('f.json: larger than the limit of 500 bytes');
  });
});
