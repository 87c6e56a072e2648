import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StorySchema } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { issueDetail, jsonErrorOffset, jsonSyntax, lineAndColumn } from './issue-detail.js';

// V8 names the offset of most syntax errors ("… in JSON at position 12"): an independent reader
// to check the offsets against. Where V8 names none, the offset is checked by hand.
const v8Offset = (text: string): number | undefined => {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = String((error as Error).message);
    if (/end of JSON input/.test(message)) return text.length;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) : -1;
  }
};

const VALID = [
  '0',
  '-1.5e+3',
  '"a\\u00e9\\n"',
  'true',
  'null',
  '[]',
  '{}',
  ' [1, {"a": [null, false, "x"]}, -0.25] ',
  '{"a":{"b":[[],[{}]]}}',
];
const INVALID = [
  '',
  '   ',
  '{',
  '[1,',
  '[1,]',
  '{"a":1,}',
  '{"a" 1}',
  '{a:1}',
  '[1 2]',
  '{"a":1}}',
  '{"a":1} x',
  '"abc',
  '"a\tb"',
  '"a\\x"',
  '"\\u12g4"',
  '01',
  '1.',
  '-',
  '1e',
  'tru',
  'nul',
  "{'a':1}",
  '[1,\n  2,\n  oops]',
  '{"format": "vertelpunt-stories",\n  "stories": [{"id": "x"}',
  '{"a": [1, 2}',
  '{"a": 1 "b": 2}',
];

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in JSON', () => {
    for (const text of VALID) expect(jsonErrorOffset(text), text).toBeUndefined();
  });

  it('finds the offset V8 names for each kind of syntax error, and one for every error V8 places nowhere', () => {
    const placed = INVALID.filter((text) => v8Offset(text) !== -1);
    expect(placed.length).toBeGreaterThan(15);
    for (const text of placed) expect(jsonErrorOffset(text), JSON.stringify(text)).toBe(v8Offset(text));
    for (const text of INVALID) expect(jsonErrorOffset(text), JSON.stringify(text)).toBeGreaterThanOrEqual(0);
    // V8 says only "Unexpected token" for these: the first character that cannot start a value.
    expect(jsonErrorOffset('{a:1}')).toBe(1);
    expect(jsonErrorOffset("{'a':1}")).toBe(1);
    expect(jsonErrorOffset('[1,\n  2,\n  oops]')).toBe(11);
  });

  it('gives line and column from 1, and says when the text ended too soon', () => {
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineAndColumn('ab', 0, 40)).toEqual({ line: 40, column: 1 });
    expect(jsonSyntax('[1,\n  2,\n  oops]')).toEqual({ line: 3, column: 3, end: false });
    expect(jsonSyntax('{"a": [1,\n')).toEqual({ line: 2, column: 1, end: true });
    expect(jsonSyntax('{"a": 1}')).toBeUndefined();
  });
});

describe('issueDetail', () => {
  const issues = (schema: z.ZodType, input: unknown) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) throw new Error('parsed');
    return parsed.error.issues.map((issue) => issueDetail(issue, { input }));
  };

  it('keeps the code and the values of each kind of zod issue, and what was found from the input', () => {
    expect(issues(z.object({ a: z.string() }), { a: 5 })).toEqual([{ code: 'invalid_type', expected: 'string', received: 'number' }]);
    expect(issues(z.object({ a: z.string() }), {})).toEqual([{ code: 'invalid_type', expected: 'string', received: 'missing' }]);
    expect(issues(z.string().max(3), 'abcd')).toEqual([{ code: 'too_big', origin: 'string', limit: 3, inclusive: true, exact: false }]);
    expect(issues(z.number().gt(2), 1)).toEqual([{ code: 'too_small', origin: 'number', limit: 2, inclusive: false, exact: false }]);
    expect(issues(z.enum(['a', 'b']), 'c')).toEqual([{ code: 'invalid_value', values: ['a', 'b'] }]);
    expect(issues(z.strictObject({}), { x: 1, y: 2 })).toEqual([{ code: 'unrecognized_keys', keys: ['x', 'y'] }]);
    expect(issues(z.uuid(), 'nee')).toEqual([{ code: 'invalid_format', format: 'uuid' }]);
    expect(issues(z.number().multipleOf(5), 7)).toEqual([{ code: 'not_multiple_of', divisor: 5 }]);
    expect(issues(z.union([z.string(), z.number()]), true)).toEqual([{ code: 'invalid_union' }]);
    expect(
      issues(z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]), { type: 'c' }),
    ).toEqual([{ code: 'invalid_value', values: ['a', 'b'] }]);
    expect(
      issues(
        z.string().refine(() => false, { params: { problem: 'x', limit: 3, skip: {} } }),
        '',
      ),
    ).toEqual([{ code: 'custom', problem: 'x', values: { limit: 3 } }]);
    expect(
      issues(
        z.string().refine(() => false),
        '',
      ),
    ).toEqual([{ code: 'custom' }]);
  });

  it('names the refinements of the story schema, so none is worded from its English message', () => {
    const story = aStory();
    const bad = {
      ...story,
      text: '   ',
      source: { origin: 'https://x.nl/pad' },
      tags: { version: story.tags.version, terms: ['bestaat-niet'] },
    };
    const found = issues(StorySchema, bad);
    expect(found.map((d) => (d.code === 'custom' ? d.problem : d.code)).sort()).toEqual([
      'not-an-origin',
      'tags-unknown-term',
      'text-empty',
    ]);
    expect(found.find((d) => d.code === 'custom' && d.problem === 'tags-unknown-term')).toMatchObject({ values: { term: 'bestaat-niet' } });
  });
});
