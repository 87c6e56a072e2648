// Places of several words that other rules cut or mistype, after the statistical layer (its training notes stay the rules'
// output): a listed place written with "a/d" or "a.d." for "aan de(n)" ("Krimpen a/d Lek"), which the list lookup cannot read
// (it reads letters, hyphens and spaces), and a listed place of several words that a kind word inside made an organisation
// ("… aan de …" whose first word ends in -kerk). Anchored on where the scan found the words "a" and "d" and on spans already found.
import type { Span } from '../labels.js';
import { PLACES } from '../lexicon.js';
import { classAt, LETTER, lettersEnd, phrasesOf, phraseStarts, UPPER, type Scan } from '../scan.js';
import { lower } from './name-patterns.js';

const ABBREVIATIONS = [' a/d ', ' a.d. '];
/** Spans a place may replace: the ones a capital or a list typed. */
const REPLACEABLE = new Set<Span['label']>(['PERSON', 'CITY', 'INSTITUTION']);
/** A place of several words joined as Dutch places are ("… aan den …", "… op …", "… bij …"). */
const JOINED_PLACE = / (?:aan|op|bij|in|onder|over) /;

/** Where the capitalised word (letters and hyphens) that ends at `end` starts, or -1. */
function capitalisedWordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && ((classAt(text, start - 1) & LETTER) !== 0 || text.charCodeAt(start - 1) === 45)) start--;
  return start < end && (classAt(text, start) & UPPER) !== 0 ? start : -1;
}

/** "a/d", "a.d.": the scan reads both as the words "a" and "d". */
const ABBREVIATION_WORDS = phrasesOf(['a d']);

/** The listed places written with an abbreviation for "aan de(n)": [start, end) pairs, from where the scan found "a" and "d". */
function abbreviatedPlaces(text: string, found: Scan): [number, number][] {
  const places: [number, number][] = [];
  for (const at of phraseStarts(found, ABBREVIATION_WORDS)) {
    const abbreviation = ABBREVIATIONS.find((written) => text.startsWith(written, at - 1));
    if (abbreviation === undefined) continue;
    const after = at - 1 + abbreviation.length;
    const start = capitalisedWordStartBefore(text, at - 1);
    if (start < 0 || (classAt(text, after) & UPPER) === 0) continue;
    const end = lettersEnd(text, after);
    const first = lower(text.slice(start, at - 1));
    const last = lower(text.slice(after, end));
    if (PLACES.has(`${first} aan den ${last}`) || PLACES.has(`${first} aan de ${last}`)) places.push([start, end]);
  }
  return places;
}

export function withPlacesOfSeveralWords(text: string, found: Scan, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'INSTITUTION') continue;
    const value = text.slice(span.start, span.end);
    if (JOINED_PLACE.test(value) && PLACES.has(lower(value)))
      (out ??= [...spans])[i] = { ...span, label: 'CITY', source: 'city-of-several-words' };
  }
  for (const [start, end] of abbreviatedPlaces(text, found)) {
    const list = out ?? spans;
    const inside = list.filter((other) => other.start < end && start < other.end);
    if (inside.some((other) => !REPLACEABLE.has(other.label))) continue;
    out = list.filter((other) => !inside.includes(other));
    const at = out.findIndex((other) => other.start > start);
    out.splice(at < 0 ? out.length : at, 0, { start, end, label: 'CITY', source: 'city-of-several-words' });
  }
  return out ?? spans;
}
