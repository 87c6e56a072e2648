// Places that no list holds: villages under 1,000 inhabitants, hamlets and Frisian forms, found by where they stand
// and by the shape of their name. Run on the resolved detections (like beside-spans.ts), so that a word a person,
// organisation or address rule took stays theirs (a listed name or a name context wins), and only words no span
// covers are tried. The lists stay as they are: the statistical layer learnt from them.
import type { Span } from '../labels.js';
import {
  COUNTRIES,
  FIRST_NAMES,
  GENERIC_SERVICES,
  NAMES_THAT_ARE_WORDS,
  NOT_NAMES,
  ORGANISATION_NAMES,
  PLACES,
  PLACES_ABROAD,
  PLACES_THAT_ARE_WORDS,
  SURNAMES,
} from '../lexicon.js';
import { capitalisedWords, classAt, codeAt, LETTER, lettersEnd, LOWER, phrasesOf, wordsAfterPhrases, type Scan } from '../scan.js';
import { withBesideSpans } from './beside-spans.js';
import { isCommon } from '../statistical/token-features.js';
import { hasLowerCasePlaceShape, hasPlaceShape } from './place-shapes.js';
import { isSentenceStart } from './name-patterns.js';

/** Where someone lives, comes from or goes: the cues of places.ts. */
const CUES = phrasesOf(['in', 'te', 'uit', 'naar', 'vanuit', 'wonend in', 'woonachtig in', 'woont in', 'geboren in', 'verhuisd naar']);
/** "in garmerwolde": a lower-case word shaped like a place that no list holds and no common word is. */
const isLowerCaseUnlistedPlace = (word: string) => /^\p{Ll}+$/u.test(word) && hasLowerCasePlaceShape(word) && isUnlisted(word);

/** A word no list holds as a name, place, organisation or agency, and no common Dutch word. */
function isUnlisted(word: string): boolean {
  return !(
    FIRST_NAMES.has(word) ||
    SURNAMES.has(word) ||
    PLACES.has(word) ||
    PLACES_THAT_ARE_WORDS.has(word) ||
    NAMES_THAT_ARE_WORDS.has(word) ||
    NOT_NAMES.has(word) ||
    GENERIC_SERVICES.has(word) ||
    ORGANISATION_NAMES.has(word) ||
    COUNTRIES.has(word) ||
    PLACES_ABROAD.has(word) ||
    isCommon(word)
  );
}

/** Words after which a village or hamlet is named: 1 any unlisted word, 2 one shaped like a place. */
const STRONG_CUE = 1;
const VILLAGE_CUES = new Map([
  ['dorp', STRONG_CUE],
  ['buurtschap', STRONG_CUE],
  ['gehucht', STRONG_CUE],
  ['voorheen', STRONG_CUE],
  ['vh', STRONG_CUE],
  ['locatie', 2],
  ['dorpsraad', 2],
]);
/** The cue (VILLAGE_CUES) of the word that ends at `end` (a space follows it), or 0. */
function cueBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 11 && unitIs(text, start - 1, LOWER)) start--;
  if (start === end || end - start > 10 || (start > 0 && unitIs(text, start - 1, LETTER))) return 0;
  return VILLAGE_CUES.get(text.slice(start, end)) ?? 0;
}

/**
 * Whether the code unit at `index` alone is of the class, as /\p{Ll}/u or /\p{L}/u test `text[index]`: by the scan's
 * table (a pattern per character was most of this rule's time); half of a surrogate pair alone is no letter.
 */
function unitIs(text: string, index: number, cls: number): boolean {
  const code = codeAt(text, index);
  return (code < 0xd800 || code > 0xdfff) && (classAt(text, index) & cls) !== 0;
}

/** What may follow a place that ends an item of a list or a field: a full stop, a comma, a bracket, a bar, the line's end. */
const ENDS_ITEM = /^[ \t]*(?:[.,;|)\n]|\r?\n|$)/;
/** " en ", " of ": the last member of a list follows. */
const LAST_MEMBER = /^ (?:en|of) $/;

/** Index of the span that covers `at`, or -1 (spans sorted, not overlapping). */
function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (span.end <= at) lo = mid + 1;
    else if (span.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
/** The last span that ends at or before `at` on the same line, or undefined. */
function spanBefore(text: string, spans: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  const span = spans[hi];
  return span && !text.slice(span.end, at).includes('\n') ? span : undefined;
}
/** The span that ends right at `end` (perhaps after a bracket), or undefined. */
function spanEndingAt(spans: readonly Span[], end: number): Span | undefined {
  const s = spanAt(spans, end - 1);
  return s === -1 || spans[s]!.end !== end ? undefined : spans[s];
}

/**
 * "Kuipers (58), Wergea", "Brink 7, Zuidwolde", "mw. Schuurman (Lemelerveld)": an unlisted word shaped like a place
 * (`place-shapes.ts`) after a comma or in brackets, ending an item; "in Grou, Snits en Amstelveen": an unlisted word
 * between two places of a list; "Kienehoefstraat 12, Olland.": an unlisted word after an address and a comma before a
 * full stop.
 */
export function findUnlistedPlaces(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    // Most capitalised words start a sentence or follow a space; only a comma and a space or a bracket before it count.
    const before = codeAt(text, start - 1);
    const comma = before === 32 && codeAt(text, start - 2) === 44;
    const bracket = before === 40;
    const cue = before === 32 && !comma ? cueBefore(text, start - 1) : 0;
    if (!comma && !bracket && cue === 0) continue;
    if (end - start < 3 || spanAt(spans, start) !== -1) continue;
    const word = words.lowers[c]!;
    if (word.includes('-') || !isUnlisted(word)) continue;
    const after = text.slice(end, end + 3);
    if (cue !== 0) {
      // "het dorp Oudewier", "(vh Zwaag)"; after "locatie" only by shape ("locatie Kastanjehof" is a home's).
      if ((cue === STRONG_CUE || hasPlaceShape(word)) && !isSentenceStart(text, start) && /^[\s.,;:)|]|^$/.test(after))
        more.push({ start, end, label: 'CITY', source: 'city-after-village-cue' });
      continue;
    }
    if (bracket) {
      // "(Lemelerveld)" right after a name or a place: its place, by shape only.
      if (codeAt(text, end) !== 41 || !hasPlaceShape(word)) continue;
      const owner = spanEndingAt(spans, start - 2) ?? spanEndingAt(spans, start - 1);
      if (owner && (owner.label === 'PERSON' || owner.label === 'CITY')) more.push({ start, end, label: 'CITY', source: 'city-by-shape' });
      continue;
    }
    const previous = spanEndingAt(spans, start - 2);
    // "Grou, Snits en Amstelveen": between a place and the last member of the list, a place.
    if (previous?.label === 'CITY' && LAST_MEMBER.test(text.slice(end, end + 4))) {
      const next = spanAt(spans, end + 4);
      if (next !== -1 && spans[next]!.start === end + 4 && spans[next]!.label === 'CITY') {
        more.push({ start, end, label: 'CITY', source: 'city-in-list' });
        continue;
      }
    }
    if (!ENDS_ITEM.test(after)) continue;
    // "Kienehoefstraat 12, Olland.": the place of an address (beside-spans.ts takes it before a bar, comma or line end).
    if (previous?.label === 'ADDRESS' && codeAt(text, end) === 46) {
      more.push({ start, end, label: 'CITY', source: 'city-after-address' });
      continue;
    }
    // "Kuipers (58), Wergea", "Zijlstra (91), alleen, Kloosterveen": after an item with an age, an address or a place;
    // not after a person's item ("mw. De Boer (voorzitter), Westerveld" lists people).
    const last = spanBefore(text, spans, start);
    const number = /\d\)?$/.test(text.slice(start - 4, start - 2));
    if (!number && (!last || (last.label !== 'AGE' && last.label !== 'ADDRESS' && last.label !== 'CITY'))) continue;
    if (hasPlaceShape(word) && !isSentenceStart(text, start)) more.push({ start, end, label: 'CITY', source: 'city-by-shape' });
  }
  // Informal notes: "ze wonen in garmerwolde" (places.ts takes the listed ones).
  for (const start of wordsAfterPhrases(found, CUES, isLowerCaseUnlistedPlace)) {
    if (spanAt(spans, start) === -1) more.push({ start, end: lettersEnd(text, start), label: 'CITY', source: 'city-lower-by-shape' });
  }
  return more;
}

/**
 * The detections with the unlisted places added. Runs after the statistical layer (detect.ts), whose guesses it may
 * replace: a word the classifier alone marked is tried as if no span covered it ("Kuipers (58), Wergea").
 */
export function withUnlistedPlaces(text: string, found: Scan, spans: Span[]): Span[] {
  const byRules = spans.some((span) => span.source === 'token-classifier')
    ? spans.filter((span) => span.source !== 'token-classifier')
    : spans;
  const places = findUnlistedPlaces(text, found, byRules);
  return places.length === 0 ? spans : withBesideSpans(spans, places);
}
