import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { ImportError, ndjsonChunks, parseJsonEnvelope, toJsonEnvelope } from '../src/index.js';
import { renderSchema, SCHEMA_FILE } from '../scripts/write-json-schema.js';

const at = new Date('2026-11-23T10:00:00Z');

describe('JSON envelope', () => {
  it('names format, schema version, vocabulary versions and time, and is valid against its shipped JSON Schema', () => {
    const json = toJsonEnvelope([aStory(), aStory({ tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-1'] } })], at);
    const envelope = JSON.parse(json);
    expect(envelope).toMatchObject({ format: 'vertelpunt-stories', schemaVersion: 1, taxonomyVersions: ['brondocument-2024-08', 'koers-v5-2024-09'], exportedAt: '2026-11-23T10:00:00.000Z' });
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(validate(envelope), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...envelope, stories: [{ id: 'x' }] })).toBe(false);
  });

  it('ships the JSON Schema generated from the zod schema (run scripts/write-json-schema.ts after a change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });

  it('round-trips any set of stories, byte for byte on a second export (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), notes: fc.string({ maxLength: 60 }) }), { maxLength: 12 }), (parts) => {
        // Stories as the library holds them: parsed (e.g. titles trimmed) on the way in.
        const stories = parts.map((p) => StorySchema.parse(aStory(p)));
        const first = toJsonEnvelope(stories, at);
        const parsed = parseJsonEnvelope(first, 'export.json');
        expect(toJsonEnvelope(parsed.stories, at)).toBe(first);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a malformed, truncated, foreign or wrong-version file with a precise message', () => {
    const good = toJsonEnvelope([aStory()], at);
    expect(() => parseJsonEnvelope(good.slice(0, 40), 'kapot.json')).toThrow(/^kapot\.json: not valid JSON/);
    expect(() => parseJsonEnvelope(JSON.stringify({ format: 'iets-anders' }), 'x.json')).toThrow("x.json: format is 'iets-anders', expected 'vertelpunt-stories'");
    expect(() => parseJsonEnvelope(good.replace('"schemaVersion": 1', '"schemaVersion": 9'), 'v9.json')).toThrow('v9.json: schemaVersion 9 is not supported (expected 1)');
    expect(() => parseJsonEnvelope(good.replace('kernwaarde-pragmatisch', 'kernwaarde-onbekend'), 'tag.json')).toThrow("tag.json: stories[0].tags.terms[0]: unknown term id 'kernwaarde-onbekend'");
    expect(() => parseJsonEnvelope('[]', 'lijst.json')).toThrow(ImportError);
  });
});

describe('NDJSON', () => {
  it('streams a header line and one story per line', async () => {
    const stories = [aStory(), aStory()];
    let out = '';
    for await (const chunk of ndjsonChunks(stories, at)) out += chunk;
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ format: 'vertelpunt-stories', schemaVersion: 1, exportedAt: '2026-11-23T10:00:00.000Z' });
    expect(lines.slice(1)).toEqual(stories);
  });
});
