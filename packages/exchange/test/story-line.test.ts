// The quick path of `counts` (src/cli/story-line.ts) against the long one it stands in for:
// JSON.parse and the quick check of @vertelpunt/stories (which zod backs). On any line, valid or
// broken, it may only say "not sure" or give what the long way gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainValidStory, type Story } from '@vertelpunt/stories';
import { storyJson } from '../src/canonical.js';
import { StoryCounter } from '../src/counts.js';
import { countedStory } from '../src/cli/story-line.js';
import { arbitraryStory, storyStream } from './factory.js';

/** What the long way makes of a line: the fields `counts` reads, or undefined when it is not a plain valid story. */
function longWay(line: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(line.trim());
  } catch {
    return undefined;
  }
  if (!isPlainValidStory(raw)) return undefined;
  return { id: raw.id, tags: raw.tags, createdAt: raw.createdAt, source: { origin: raw.source.origin } };
}

/** Holds the quick path to the long way on one line; true when the quick path was sure. */
function same(line: string): boolean {
  const quick = countedStory(line);
  if (quick !== undefined) expect(quick, line).toEqual(longWay(line));
  return quick !== undefined;
}

// Values that break one rule each (or look as if they might), put in place of any value of a story.
const ODD_STRINGS = [
  '',
  ' ',
  ' padded ',
  '\u0000',
  '\ud800',
  '"',
  '\\',
  '\n',
  '__proto__',
  'x'.repeat(32),
  'x'.repeat(33),
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(500),
  'x'.repeat(501),
  '2025-13-01T00:00:00.000Z',
  '2025-01-01T00:00:00+01:00',
  '2025-01-01 00:00:00',
  'https://a.example/path',
  'https://A.example',
  'http://b.example:80',
  'https://registratie.example.nl',
  'ftp://c.example',
  '49b6f772-6327-416c-a430-69c43a8c3b7c',
  '49B6F772-6327-416C-A430-69C43A8C3B7C',
  '49b6f772-6327-016c-a430-69c43a8c3b7c',
  'geanonimiseerd',
  'toestemming',
  'waarde-compassie',
  'TextPositionSelector',
  'geen-term',
  '\u2028',
  '\u00a0x',
  'x\u3000',
  '\ufeffx',
];
const ODD_VALUES: unknown[] = [
  ...ODD_STRINGS,
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 - 1,
  2 ** 53,
  1e21,
  [],
  {},
  [''],
  ['waarde-compassie'],
  ['waarde-compassie', 'waarde-compassie'],
  { a: 1 },
  // An own key "__proto__", as JSON.parse makes it (an object literal would set the prototype instead).
  JSON.parse('{"PERSON":2,"__proto__":1}') as unknown,
];

/** Every path to a value in a JSON value, objects and arrays included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))];
}

/** The story line with the value at `path` replaced (JSON.stringify keeps the order of the keys). */
function replaced(line: string, path: (string | number)[], odd: unknown): string {
  if (path.length === 0) return JSON.stringify(odd);
  const value = JSON.parse(line) as Record<string | number, unknown>;
  let parent = value;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  if (odd === undefined) Reflect.deleteProperty(parent, path.at(-1)!);
  else parent[path.at(-1)!] = odd;
  return JSON.stringify(value);
}

/** The line cut, spliced or padded: its syntax broken, or a key repeated or added. */
const spliced = (line: string) =>
  fc.oneof(
    fc
      .record({
        at: fc.nat(),
        text: fc.constantFrom(
          '"',
          '\\',
          ',',
          '}',
          '{',
          ']',
          ' ',
          '\t',
          '\u0001',
          ':',
          'x',
          '1',
          ',"extra":1',
          ',"title":"x"',
          ',"id":"49b6f772-6327-416c-a430-69c43a8c3b7c"',
        ),
      })
      .map(({ at, text }) => {
        const i = at % (line.length + 1);
        return line.slice(0, i) + text + line.slice(i);
      }),
    fc.nat().map((at) => {
      const i = at % line.length;
      return line.slice(0, i) + line.slice(i + 1);
    }),
    fc.constantFrom(
      ` ${line}`,
      `${line} `,
      `${line},`,
      line.replace('"title"', '"title" '),
      line.replace(',"createdAt"', ',"original":"x","createdAt"'),
    ),
  );

/** Stories with every optional part: author, de-identification record, selectors. */
const full = [...storyStream(3, 7)].map((story, i) => ({
  ...story,
  author: `team-${i}`,
  selectors: [...story.selectors, { type: 'TextQuoteSelector' as const, exact: 'e', prefix: 'p', suffix: 's' }],
  deidentification: {
    tool: '@vertelpunt/deid',
    version: '0.1.0',
    counts: { PERSON: 2, BSN: 0 },
    switchedOff: 0,
    addedByUser: 1,
    originalKept: false,
  },
}));

describe('the quick path of counts (a story line checked without building the story)', () => {
  it('is sure of every generated story as this package writes it, and gives what the long way gives', () => {
    for (const story of storyStream(2000, 9)) {
      expect(same(storyJson(story))).toBe(true);
    }
  });

  it('gives what the long way gives for any valid story, and is sure of the plain ones written canonically', () => {
    fc.assert(
      fc.property(arbitraryStory, (story: Story) => {
        const line = storyJson(story);
        const sure = same(line);
        const simple =
          story.source.url === undefined && story.original === undefined && story.selectors.every((s) => s.type === 'TextQuoteSelector');
        if (simple && longWay(line) !== undefined) expect(sure, line).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is never sure of a story with any one value replaced by an odd one, or a field left out, unless the long way takes it too', () => {
    let sure = 0;
    let tried = 0;
    for (const story of full) {
      const line = storyJson(story);
      expect(same(line)).toBe(true);
      for (const path of paths(JSON.parse(line))) {
        for (const odd of path.length === 0 ? ODD_VALUES : [...ODD_VALUES, undefined]) {
          tried += 1;
          if (same(replaced(line, path, odd))) sure += 1;
        }
      }
    }
    // Some replacements keep the story valid (a term for a term, a longer title): those are still checked quickly.
    expect(sure).toBeGreaterThan(50);
    expect(sure).toBeLessThan(tried / 4);
  });

  it('is never sure of a line the long way refuses, whatever is broken in its syntax', () => {
    const lines = [...[...storyStream(50, 3)], ...full].map(storyJson);
    fc.assert(
      fc.property(
        fc.constantFrom(...lines).chain((line) => spliced(line)),
        (line) => {
          same(line);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is never sure of a broken line of any story either', () => {
    fc.assert(
      fc.property(
        arbitraryStory.chain((story) => spliced(storyJson(story))),
        (line) => {
          same(line);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts the same as the long way', () => {
    const lines = [...storyStream(500, 4)].map(storyJson);
    for (const options of [
      { by: 'term' as const },
      { by: 'facet' as const },
      { by: 'month' as const },
      { by: 'origin' as const },
      { cooccurrence: true },
    ]) {
      const quick = new StoryCounter(options);
      const long = new StoryCounter(options);
      for (const line of lines) {
        quick.add(countedStory(line)!);
        long.add(JSON.parse(line) as Story);
      }
      expect(quick.table(1)).toEqual(long.table(1));
    }
  });
});
