import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '@vertelpunt/stories';
import { listTerms } from '@vertelpunt/taxonomy';
import { isPlainValidStory } from '@vertelpunt/stories';
import { arbitraryStory, BD, storyStream } from './factory.js';

/** A story as a file holds it: plain JSON values. */
const asRead = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** The one promise of the quick check: a yes means zod accepts the value and returns an equal story. */
function expectNoFalseYes(value: unknown): boolean {
  const quick = isPlainValidStory(value);
  if (quick) {
    const parsed = StorySchema.safeParse(value);
    expect(parsed.success, JSON.stringify(value)).toBe(true);
    expect(parsed.data).toEqual(value);
  }
  return quick;
}

const deprecatedTerm = listTerms({ version: 'koers-v5-herzien-2026-11', includeDeprecated: true }).find((t) => t.status === 'deprecated');

/** One broken rule each, as a hand-edited or foreign file may have them. */
const BREAKS: [string, (story: Record<string, unknown>) => void][] = [
  ['title with spaces around it (zod trims)', (s) => (s.title = ' Verhaal ')],
  ['empty title', (s) => (s.title = '')],
  ['title too long', (s) => (s.title = 'x'.repeat(201))],
  ['blank text', (s) => (s.text = ' \n ')],
  ['text above 1 MiB', (s) => (s.text = 'é'.repeat(600_000))],
  ['no notes (zod fills the default)', (s) => delete s.notes],
  ['notes too long', (s) => (s.notes = 'x'.repeat(20_001))],
  ['id not a UUID', (s) => (s.id = 'story-1')],
  ['unknown field', (s) => (s.extra = 1)],
  ['field missing', (s) => delete s.consent],
  ['createdAt not a time', (s) => (s.createdAt = '2025-13-01T00:00:00Z')],
  ['updatedAt a number', (s) => (s.updatedAt = 1)],
  ['tags with an extra key (zod drops it)', (s) => (s.tags = { ...(s.tags as object), note: 'x' })],
  ['no terms', (s) => (s.tags = { version: BD, terms: [] })],
  ['a term twice', (s) => (s.tags = { version: BD, terms: ['waarde-compassie', 'waarde-compassie'] })],
  ['a term of another version', (s) => (s.tags = { version: BD, terms: ['ks5-missie-7'] })],
  ['a deprecated term', (s) => (s.tags = { version: 'koers-v5-herzien-2026-11', terms: [deprecatedTerm!.id] })],
  ['an unknown version', (s) => (s.tags = { version: 'v99', terms: ['waarde-compassie'] })],
  [
    'five selectors',
    (s) => (s.selectors = Array.from({ length: 5 }, () => ({ type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }))),
  ],
  ['a prefix too long', (s) => (s.selectors = [{ type: 'TextQuoteSelector', exact: 'a', prefix: 'x'.repeat(33), suffix: '' }])],
  ['an empty quote', (s) => (s.selectors = [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])],
  ['a position ending before it starts', (s) => (s.selectors = [{ type: 'TextPositionSelector', start: 5, end: 2 }])],
  ['an origin with a path', (s) => (s.source = { origin: 'https://example.nl/dossier' })],
  ['a source with a bad URL', (s) => (s.source = { origin: 'https://example.nl', url: 'not a url' })],
  ['an unknown consent status', (s) => (s.consent = { status: 'ja', purpose: '' })],
  ['consent without purpose (zod fills the default)', (s) => (s.consent = { status: 'geanonimiseerd' })],
  ['author too long', (s) => (s.author = 'x'.repeat(101))],
  ['an original without the record saying so', (s) => (s.original = 'tekst')],
  [
    'a de-identification record with a negative count',
    (s) => (s.deidentification = { tool: 't', version: '1', counts: { PERSON: -1 }, switchedOff: 0, addedByUser: 0, originalKept: false }),
  ],
];

describe('isPlainValidStory', () => {
  it('says yes to the stories Vertelpunt writes, each equal to what zod returns', () => {
    for (const story of storyStream(2000, 7)) expect(expectNoFalseYes(asRead(story))).toBe(true);
  });

  it('says yes to a story with a de-identification record, as every saved story has', () => {
    const deidentification = {
      tool: '@vertelpunt/deid',
      version: '1.0.0',
      counts: { PERSON: 2, BSN: 0 },
      switchedOff: 1,
      addedByUser: 0,
      originalKept: false,
    };
    const story = { ...asRead(storyStream(1, 5).next().value), deidentification };
    expect(expectNoFalseYes(story)).toBe(true);
    expect(isPlainValidStory({ ...story, deidentification: { ...deidentification, counts: { PERSON: 1.5 } } })).toBe(false);
    expect(isPlainValidStory({ ...story, deidentification: { ...deidentification, extra: 1 } })).toBe(false);
  });

  it.each(BREAKS)('leaves to zod: %s', (_, breakIt) => {
    const story = asRead(storyStream(1, 3).next().value);
    breakIt(story);
    expect(isPlainValidStory(story)).toBe(false);
  });

  it('never says yes where zod refuses or returns something else, on any valid story with any field replaced', () => {
    const odd = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.string(),
      fc.constant(''),
      fc.constant(' x '),
      fc.integer(),
      fc.constant(null),
      fc.constant([]),
    );
    fc.assert(
      fc.property(
        arbitraryStory,
        fc.constantFrom(
          ...Object.keys(StorySchema.shape),
          'tags.version',
          'tags.terms',
          'source.origin',
          'consent.purpose',
          'selectors.0',
          'deidentification.tool',
          'deidentification.counts',
          'deidentification.switchedOff',
          'deidentification.originalKept',
          'extra',
        ),
        odd,
        (story, path, value) => {
          const read = asRead(story);
          expectNoFalseYes(read);
          const [head, tail] = path.split('.') as [string, string | undefined];
          if (tail === undefined) read[head] = value;
          else if (typeof read[head] === 'object' && read[head] !== null) (read[head] as Record<string, unknown>)[tail] = value;
          expectNoFalseYes(asRead(read));
        },
      ),
      { numRuns: 500 },
    );
  });
});
