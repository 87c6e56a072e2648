// Local organisations of the kinds `more-local-organisations.ts` lists (welfare, shelters, mental health care named after a
// person, hospitals named after a saint, youth care, debt help, smaller housing corporations), found after the statistical
// layer, so that its training notes and its list feature stay what its weights learnt from. A person or place rule often
// took them for a name ("contact met Kwintes", "opgenomen bij GGZ Vincent van Gogh", "ligt in Sint Anna Ziekenhuis"): the listed
// name, written with the listed capitals, is an organisation, and the guess gives way to it.
import type { Span } from '../labels.js';
import { LIST, listsOf, ORGANISATION_NAMES } from '../lexicon.js';
import { MORE_LOCAL_ORGANISATIONS } from '../more-local-organisations.js';
import { classAt, LETTER, LOWER, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { lexiconHits } from './lexicon-hits.js';
import { lower } from './name-patterns.js';

/** Lists that make one word a name, a place or a service of its own: such a word alone is no listed organisation here. */
const OTHER_LISTS =
  LIST.FIRST_NAME |
  LIST.SURNAME |
  LIST.NAME_WORD |
  LIST.PLACE |
  LIST.PLACE_WORD |
  LIST.PLACE_ABROAD |
  LIST.COUNTRY |
  LIST.GENERIC_SERVICE |
  LIST.NOT_NAME;

/**
 * Whether a listed name may be read on its own: several words, or one word in no other list. (The list itself holds no
 * one-word entry that is a Dutch noun or a form field, "Woonwijze": `isCommon` is a bit set that misses such nouns and
 * holds some coined names by chance, so it cannot make the cut here.)
 */
export const standsAlone = (name: string) => name.includes(' ') || (listsOf(lower(name)) & OTHER_LISTS) === 0;

/** The listed spellings by their lower case; names the rules before the layer read already are left to them. */
const SPELLINGS = new Map<string, string[]>();
for (const name of MORE_LOCAL_ORGANISATIONS.split('|')) {
  const folded = lower(name);
  if (ORGANISATION_NAMES.has(folded) || !standsAlone(name)) continue;
  SPELLINGS.set(folded, [...(SPELLINGS.get(folded) ?? []), name]);
}
const LISTED: ReadonlySet<string> = new Set(SPELLINGS.keys());

/** The listed names of one word of letters that are no common word, for the lower case of chats ("contact met kadera"). */
const ONE_WORD = [...LISTED].filter((name) => /^\p{Ll}+$/u.test(name) && !isCommon(name));
const ONE_WORD_PHRASES = phrasesOf(ONE_WORD);
const ONE_WORD_SET: ReadonlySet<string> = new Set(ONE_WORD);

/**
 * A listed name in lower case counts only right after a word that introduces an organisation ("bij", "van", "met" …). Coined
 * names go without an article ("met kadera"); after "de"/"het" a lower-case word is a noun ("bij de tussenvoorziening").
 */
const INTRODUCED = /(?:^|[^\p{L}])(?:bij|van|naar|via|met|door) $/u;

/** The listed names of one word written in lower case after a word that introduces them, as [start, value]. */
function lowerCaseHits(text: string, found: Scan): [number, string][] {
  const hits: [number, string][] = [];
  for (const start of phraseStarts(found, ONE_WORD_PHRASES)) {
    if ((classAt(text, start) & LOWER) === 0 || !INTRODUCED.test(text.slice(Math.max(0, start - 12), start))) continue;
    let end = start;
    while ((classAt(text, end) & LETTER) !== 0) end++;
    const word = text.slice(start, end);
    if (ONE_WORD_SET.has(word)) hits.push([start, word]);
  }
  return hits;
}

/** Labels whose guess a listed organisation overrides; any other label over it (an address, a date) keeps its text. */
const GUESSES = new Set(['PERSON', 'CITY']);

/** Words a name ends with when a guess ran on up to the organisation ("Anouk van", "Ilse bij", or "de" alone). */
const TRAILING_LINK = /(?:^(?:van|bij|via|met|de|het)|[\s,;:(/–-]+|\s+(?:van|bij|via|met|de|het))+\s*$/iu;

/**
 * Adds the listed organisations of `more-local-organisations.ts` as INSTITUTION. A PERSON or CITY span inside the name is
 * dropped; one that began before it keeps the words before the name ("Anouk van Zorgboog" read as one name keeps "Anouk").
 * Where an organisation span overlaps the name already, or a span of any other label, nothing changes.
 */
export function withOrganisationsListedLater(text: string, found: Scan, spans: Span[]): Span[] {
  const hits = [
    ...lexiconHits(found, LISTED).filter(([, candidate]) => SPELLINGS.get(lower(candidate))!.includes(candidate)),
    ...lowerCaseHits(text, found),
  ];
  if (hits.length === 0) return spans;
  let out = spans;
  for (const [start, candidate] of hits) {
    const end = start + candidate.length;
    const overlapping = out.filter((span) => span.start < end && start < span.end);
    if (overlapping.some((span) => !GUESSES.has(span.label) || span.end > end)) continue;
    const kept = out.filter((span) => !(span.start < end && start < span.end));
    for (const span of overlapping) {
      if (span.start >= start) continue;
      const before = text.slice(span.start, start).replace(TRAILING_LINK, '');
      if (/\p{Lu}/u.test(before)) kept.push({ start: span.start, end: span.start + before.length, label: span.label, source: span.source });
    }
    kept.push({ start, end, label: 'INSTITUTION', source: 'institution-listed-later' });
    out = kept.sort((a, b) => a.start - b.start);
  }
  return out;
}
