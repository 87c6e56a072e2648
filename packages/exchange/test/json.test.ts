import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '@vertelpunt/stories';
import { canonicalStory, collectText, jsonExportChunks, ndjsonChunks, storyJson, toBackup, toJsonExport, toNdjson } from '../src/index.js';
import { SCHEMAS } from '../scripts/write-json-schema.js';
import { aStory, arbitraryStory, BD, storyStream, V5 } from './factory.js';

const at = new Date('2026-11-23T10:00:00Z');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateEnvelope = ajv.compile(JSON.parse(readFileSync(SCHEMAS.envelope.file, 'utf8')));
const validateLine = ajv.compile(JSON.parse(readFileSync(SCHEMAS.ndjsonLine.file, 'utf8')));

const kept = aStory({
  deidentification: {
    tool: '@vertelpunt/deid',
    version: '0.1.0',
    counts: { PERSON: 1 },
    switchedOff: 0,
    addedByUser: 0,
    originalKept: true,
  },
  original: 'Mevrouw Jansen (BSN 123456782) voelt zich eenzaam.',
});

describe('JSON export', () => {
  it('names format, schema version, time, vocabulary versions and count, and is valid against its shipped JSON Schema', () => {
    const json = toJsonExport([aStory(), aStory({ tags: { version: BD, terms: ['bd24-missie-1'] } })], { exportedAt: at });
    const envelope = JSON.parse(json);
    expect(envelope).toMatchObject({
      format: 'vertelpunt-stories',
      schemaVersion: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      storyCount: 2,
      taxonomyVersions: [BD, V5],
    });
    expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
    expect(validateEnvelope({ ...envelope, stories: [{ id: 'x' }] })).toBe(false);
    expect(validateEnvelope({ ...envelope, schemaVersion: 2 })).toBe(false);
  });

  it('lays out one story per line, header first and counts last, so it streams both ways', () => {
    const lines = toJsonExport([aStory(), aStory()], { exportedAt: at }).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '{',
      '  "format": "vertelpunt-stories",',
      '  "schemaVersion": 1,',
      '  "exportedAt": "2026-11-23T10:00:00.000Z",',
      '  "stories": [',
    ]);
    expect(JSON.parse(lines[5]!.replace(/,$/, ''))).toHaveProperty('id');
    expect(lines.slice(7)).toEqual(['  ],', '  "storyCount": 2,', `  "taxonomyVersions": ["${V5}"]`, '}', '']);
    expect(JSON.parse(toJsonExport([], { exportedAt: at }))).toMatchObject({ stories: [], storyCount: 0 });
  });

  it('never gives an analyst a kept original text; a backup keeps it', () => {
    expect(JSON.parse(toJsonExport([kept], { exportedAt: at })).stories[0]).not.toHaveProperty('original');
    expect(JSON.parse(toNdjson([kept], { exportedAt: at }).split('\n')[1]!)).not.toHaveProperty('original');
    const backup = JSON.parse(toBackup([kept], { exportedAt: at }));
    expect(backup).toMatchObject({ format: 'vertelpunt-backup', stories: [{ original: kept.original }] });
    expect(validateEnvelope(backup), JSON.stringify(validateEnvelope.errors)).toBe(true);
  });

  it('writes stories oldest first whatever order they come in, fields in one order', () => {
    const [a, b] = [aStory(), aStory()];
    const reordered = Object.fromEntries(Object.entries(b!).reverse()) as typeof b;
    expect(toJsonExport([reordered!, a!], { exportedAt: at })).toBe(toJsonExport([a!, b!], { exportedAt: at }));
  });

  // 4-5 s of CPU alone on a loaded machine, and the test command runs the browser tests beside the unit tests.
  it(
    'writes a story as it is only when that is the canonical spelling: any field order, extra fields, at any depth',
    { timeout: 30_000 },
    () => {
      // Fields reversed or shuffled, at the top or in a nested object; extra fields with odd keys.
      const reorder = (value: Record<string, unknown>, how: number): Record<string, unknown> => {
        const entries = Object.entries(value);
        if (how === 1) entries.reverse();
        if (how === 2) entries.push(entries.shift()!);
        return Object.fromEntries(entries);
      };
      const extra = fc.dictionary(
        fc.constantFrom('zeta', 'alpha', 'Beta', '10', '-1', 'selectors', 'tags', 'x y'),
        fc.jsonValue({ maxDepth: 2 }),
        {
          maxKeys: 3,
        },
      );
      fc.assert(
        fc.property(
          arbitraryStory,
          fc.nat(2),
          fc.constantFrom('story', 'tags', 'source', 'consent', 'deidentification'),
          extra,
          fc.boolean(),
          fc.boolean(),
          (story, how, where, more, add, first) => {
            const raw = structuredClone(story) as unknown as Record<string, unknown>;
            let changed = where === 'story' ? reorder(raw, how) : raw;
            if (where !== 'story' && raw[where]) changed = { ...raw, [where]: reorder(raw[where] as Record<string, unknown>, how) };
            // Extra fields after the schema's (their canonical place) or before them.
            const withMore = (fields: object) => (first ? { ...more, ...fields } : { ...fields, ...more });
            if (add) changed = where === 'story' ? withMore(changed) : { ...changed, [where]: withMore(changed[where] as object) };
            // The same text, or the same failure (a selector that is not an object fails both).
            const outcome = (write: () => string) => {
              try {
                return write();
              } catch (error) {
                return `throws ${(error as Error).name}`;
              }
            };
            const reference = outcome(() => JSON.stringify(canonicalStory(changed as unknown as Story)));
            expect(outcome(() => storyJson(changed as unknown as Story))).toBe(reference);
            expect(storyJson(story)).toBe(JSON.stringify(canonicalStory(story)));
          },
        ),
        { numRuns: 2500 },
      );
    },
  );

  it('streams the same bytes as the whole-set writer, given stories oldest first', async () => {
    const stories = [...storyStream(3000, 3)];
    expect(await collectText(jsonExportChunks(stories, { exportedAt: at }))).toBe(toJsonExport(stories, { exportedAt: at }));
  });

  it('ships JSON Schemas generated from the zod schemas (run scripts/write-json-schema.ts after a change)', () => {
    for (const { file, render } of Object.values(SCHEMAS)) expect(readFileSync(file, 'utf8'), file).toBe(render());
  });
});

describe('NDJSON', () => {
  it('streams a header line, one story per line and a closing line, each valid against the line schema', async () => {
    const stories = [aStory(), aStory({ author: 'team-noord' })];
    const out = await collectText(ndjsonChunks(stories, { exportedAt: at }));
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ format: 'vertelpunt-stories', schemaVersion: 1, exportedAt: '2026-11-23T10:00:00.000Z' });
    expect(lines.slice(1, -1)).toEqual(stories);
    expect(lines.at(-1)).toEqual({ storyCount: 2, taxonomyVersions: [V5] });
    for (const line of lines) expect(validateLine(line), JSON.stringify(validateLine.errors)).toBe(true);
  });
});
