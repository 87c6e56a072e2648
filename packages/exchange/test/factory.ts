// Typed story factories for this package's tests and benchmark. The one-story factory is the
// project's shared one (unit and e2e tests alike); this file adds what format tests need: sets
// of varied stories, a stream of any length, and a fast-check arbitrary.
import fc from 'fast-check';
import { StorySchema, type Story } from '@vertelpunt/stories';
import { aStory as sharedAStory } from '@vertelpunt/stories/testing';
import { listTerms, type VersionId } from '@vertelpunt/taxonomy';
import { seededRandom } from '@vertelpunt/taxonomy/seeded-random';

export const V5: VersionId = 'koers-v5-2024-09';
export const BD: VersionId = 'brondocument-2024-08';

/** A valid story, parsed as the library holds it; override what the test is about. */
export function aStory(overrides: Partial<Story> = {}): Story {
  return StorySchema.parse(sharedAStory(overrides));
}

const termsOf = (version: VersionId) => listTerms({ version }).map((t) => t.id);
const ORIGINS = ['https://registratie.example.nl', 'https://dossier.wijkteam-noord.example', 'https://cjg.gemeente.example:8443'];
const AUTHORS = ['team-noord', 'team-zuid', 'buurtteam-oost', undefined];
const TEXTS = [
  'Samen met de inwoner gekeken naar wat er wél kan; de café-eigenaar hielp mee.',
  'Huisbezoek: zorgen over de huur en de energierekening. Afspraak met de schuldhulp gemaakt.',
  'Mevrouw [NAAM] voelt zich eenzaam sinds haar man overleed. We zochten samen een ontmoetingsplek. 😀',
  '=SOM(A1:A3) stond in het dossier; "aanhalingstekens", puntkomma; en\nregeleinden.',
];

/**
 * `count` varied, valid stories (both vocabulary versions, several origins and teams, Dutch
 * characters, text a spreadsheet would take for a formula), oldest first, as a lazy stream.
 * Not parsed one by one: the benchmark makes a million of them.
 */
export function* storyStream(count: number, seed = 1): Generator<Story> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const v5 = termsOf(V5);
  const bd = termsOf(BD);
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const version = random() < 0.2 ? BD : V5;
    const pool = version === BD ? bd : v5;
    const terms = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(pool)))];
    const at = new Date(start + i * 60_000 * 7).toISOString();
    const author = pick(AUTHORS);
    const text = pick(TEXTS);
    yield {
      id: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
      title: i % 50 === 0 ? '=HYPERLINK("http://example.invalid","klik")' : `Verhaal ${i + 1}: één ontmoeting`,
      text,
      notes: i % 3 === 0 ? 'Bespreken in de duidingssessie.' : '',
      tags: { version, terms } as Story['tags'],
      selectors: [{ type: 'TextQuoteSelector', exact: text.slice(0, 20), prefix: '', suffix: text.slice(20, 30) }],
      source: { origin: pick(ORIGINS) },
      consent: { status: random() < 0.8 ? 'geanonimiseerd' : 'toestemming-inwoner', purpose: '' },
      ...(author ? { author } : {}),
      createdAt: at,
      updatedAt: at,
    };
  }
}

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** An async stream of the same stories, as an IndexedDB cursor or a file being read gives them. */
export async function* asyncStoryStream(count: number, seed = 1): AsyncGenerator<Story> {
  yield* storyStream(count, seed);
}

const text = (options: { minLength?: number; maxLength: number }) => fc.string({ unit: 'grapheme', ...options });
const isoTime = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Any valid story a library can hold, kept originals and de-identification records included. */
export const arbitraryStory: fc.Arbitrary<Story> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    title: text({ minLength: 1, maxLength: 60 }).filter((t) => t.trim().length > 0),
    text: text({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0),
    notes: text({ maxLength: 80 }),
    version: fc.constantFrom(V5, BD),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    quote: fc.option(
      fc.record({ exact: text({ minLength: 1, maxLength: 20 }), prefix: text({ maxLength: 10 }), suffix: text({ maxLength: 10 }) }),
      { nil: undefined },
    ),
    position: fc.option(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 500 })), { nil: undefined }),
    origin: fc.constantFrom(...ORIGINS),
    url: fc.option(fc.constant('https://registratie.example.nl/dossier/123'), { nil: undefined }),
    status: fc.constantFrom('toestemming-inwoner', 'geanonimiseerd', 'alleen-intern'),
    purpose: text({ maxLength: 30 }),
    author: fc.option(fc.constantFrom('team-noord', 'Buurtteam Oost'), { nil: undefined }),
    deid: fc.option(fc.record({ kept: fc.boolean(), persons: fc.nat(5) }), { nil: undefined }),
    createdAt: isoTime,
    edited: fc.nat(1_000_000),
  })
  .map((r) => {
    const pool = termsOf(r.version);
    const terms = [...new Set(r.pick.map((n) => pool[n % pool.length]!))];
    const story = {
      id: r.id,
      title: r.title,
      text: r.text,
      notes: r.notes,
      tags: { version: r.version, terms },
      selectors: [
        ...(r.quote ? [{ type: 'TextQuoteSelector' as const, ...r.quote }] : []),
        ...(r.position ? [{ type: 'TextPositionSelector' as const, start: r.position[0], end: r.position[0] + r.position[1] }] : []),
      ],
      source: { origin: r.origin, ...(r.url ? { url: r.url } : {}) },
      consent: { status: r.status, purpose: r.purpose },
      ...(r.author ? { author: r.author } : {}),
      ...(r.deid
        ? {
            deidentification: {
              tool: '@vertelpunt/deid',
              version: '0.1.0',
              counts: { PERSON: r.deid.persons, BSN: 0 },
              switchedOff: 0,
              addedByUser: 1,
              originalKept: r.deid.kept,
            },
          }
        : {}),
      ...(r.deid?.kept ? { original: `${r.text} (origineel)` } : {}),
      createdAt: r.createdAt,
      updatedAt: new Date(Date.parse(r.createdAt) + r.edited * 1000).toISOString(),
    };
    return StorySchema.parse(story);
  });
