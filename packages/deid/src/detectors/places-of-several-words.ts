// Places of several words that other rules cut or mistype, after the statistical layer (its training notes stay the rules'
// output): a listed place written with "a/d" or "a.d." for "aan de(n)" ("Krimpen a/d Lek"), which the list lookup cannot read
// (it reads letters, hyphens and spaces), and a listed place of several words that a kind word inside made an organisation
// ("… aan de …" whose first word ends in -kerk); a town joined by hyphens as Dutch and Flemish towns are ("Kessel-op-de-Heide"),
// listed or not, that a capital made a person; a name right after "wijk" or "buurt" that a capital made a person (a district's
// name: "de wijk Roos en Rust"). Anchored on where the scan found the words "a" and "d" and on spans already found.
import type { Span } from '../labels.js';
import { FIRST_NAMES, PLACES } from '../lexicon.js';
import { classAt, codeAt, LETTER, lettersEnd, phrasesOf, phraseStarts, UPPER, type Scan } from '../scan.js';
import { lower } from './name-patterns.js';
import { relabelled } from '../span-copies.js';

const ABBREVIATIONS = [' a/d ', ' a.d. '];
/** Spans a place may replace: the ones a capital or a list typed. */
const REPLACEABLE = new Set<Span['label']>(['PERSON', 'CITY', 'INSTITUTION']);
/** A place of several words joined as Dutch places are ("… aan den …", "… op …", "… bij …"). */
const JOINED_PLACE = / (?:aan|op|bij|in|onder|over) /;

/** "Kessel-op-de-Heide", "Zand-aan-Zee": a place by its form; no person's name joins its parts with these words. */
const HYPHEN_JOINED_PLACE = /^\p{Lu}\p{Ll}+-(?:aan|op|bij|in|onder|over)(?:-(?:de|den|het))?-\p{Lu}\p{Ll}+$/u;
/** "wijk …", "buurt …", "stadsdeel …" before the span, perhaps with the district name's first words that no rule took ("wijk Hof en …"). */
const DISTRICT_WORD_BEFORE = /(?:^|[^\p{L}])(?:wijk|buurt|stadsdeel) ((?:\p{Lu}\p{Ll}+ (?:en |aan de |op de )?)?)$/u;
/** The hyphenated word the span ends: "Kessel-op-den-" before a span "Heide" that the lists took for a surname. */
const HYPHENATED_BEFORE = /[\p{L}-]+-$/u;
/** The person rules whose evidence is only a capital or a list: the ones a form or a district word may overrule. */
const PERSON_GUESSES = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'token-classifier']);

const isFirstName = (value: string) => FIRST_NAMES.has(lower(value));

/** Where the capitalised word (letters and hyphens) that ends at `end` starts, or -1. */
function capitalisedWordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && ((classAt(text, start - 1) & LETTER) !== 0 || codeAt(text, start - 1) === 45)) start--;
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
  for (let i = 0; i < (out ?? spans).length; i++) {
    const span = (out ?? spans)[i]!;
    if (span.label === 'PERSON' && PERSON_GUESSES.has(span.source)) {
      // Each check only where a space or a hyphen lies right before the span.
      const charBefore = codeAt(text, span.start - 1);
      const district = charBefore === 32 ? DISTRICT_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start)) : null;
      const hyphenated = charBefore === 45 ? HYPHENATED_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start)) : null;
      const start = span.start - (district?.[1]!.length ?? hyphenated?.[0].length ?? 0);
      if (!district && !HYPHEN_JOINED_PLACE.test(text.slice(start, span.end))) continue;
      // "wijk Roos en Rust": the person rules read two names joined by "en"; the district is one name.
      const next = (out ?? spans)[i + 1];
      const joined = district && next?.label === 'PERSON' && PERSON_GUESSES.has(next.source) && text.slice(span.end, next.start) === ' en ';
      // "in de buurt Fatima en Yusuf", "door de wijk Annemiek achterna": "in de buurt" is also "nearby"; first names alone
      // there (every part a listed first name) are persons.
      if (district && isFirstName(text.slice(span.start, span.end))) {
        const partBefore = district[1]!;
        const partAfter = joined ? text.slice(next.start, next.end) : undefined;
        if (
          partBefore === ''
            ? partAfter === undefined || isFirstName(partAfter)
            : partBefore.endsWith(' en ') && isFirstName(partBefore.slice(0, -4))
        )
          continue;
      }
      const list = (out ??= [...spans]);
      // A name or place found inside the district's first words ("Hof") joins it; any other detection there keeps its own.
      const previous = list[i - 1];
      const takesPrevious = previous !== undefined && previous.end > start;
      if (takesPrevious && (previous.start < start || !REPLACEABLE.has(previous.label))) continue;
      const first = takesPrevious ? i - 1 : i;
      list.splice(first, i - first + (joined ? 2 : 1), {
        start,
        end: joined ? next.end : span.end,
        label: 'CITY',
        source: 'city-of-several-words',
      });
      if (takesPrevious) i--;
      continue;
    }
    if (span.label !== 'INSTITUTION') continue;
    const value = text.slice(span.start, span.end);
    if (JOINED_PLACE.test(value) && PLACES.has(lower(value))) (out ??= [...spans])[i] = relabelled(span, 'CITY', 'city-of-several-words');
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
