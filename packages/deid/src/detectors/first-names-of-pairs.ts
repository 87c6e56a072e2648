// Names that the detections beside them give away, though no list knows them: "Betreft: Jorinde en Milan Verhoef" (two
// people who share the surname after the second: where the second is found as a full name, the capitalised word before
// " en " is the first's name), and "Kinderen: Zoewanda (geb. 3-4-2015)" (a capitalised word right before a date of
// birth in brackets). Reads the detections only, after the statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { codeAt } from '../scan.js';

/** A capitalised word and " en " right before a name. */
const FIRST_OF_PAIR = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,}) en $/u;

/** "(geb. ", "(geboren ", "(°": a date of birth in brackets, right after a name. */
const BIRTH_BRACKET_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,}) \((?:geb\.?|geboren|°) ?$/u;

/** The longest tail BIRTH_BRACKET_BEFORE can end with after its "(": "geboren ". */
const BIRTH_TAIL = 'geboren '.length;

/**
 * Whether a "(" stands within the characters BIRTH_BRACKET_BEFORE's bracket and word can take before `end`: where none
 * does, the pattern cannot match, and it is not tried (it ran a lookbehind at every position of a slice for every date).
 */
function bracketJustBefore(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - 1 - BIRTH_TAIL; i--) if (codeAt(text, i) === 40) return true;
  return false;
}

/** Whether `index` is right after " en " (FIRST_OF_PAIR's end): checked first, as most names have no pair before them. */
const afterEn = (text: string, index: number) =>
  codeAt(text, index - 1) === 32 && codeAt(text, index - 2) === 110 && codeAt(text, index - 3) === 101 && codeAt(text, index - 4) === 32;

/** Whether text[start, end) holds a space (" ", as the name's parts are joined). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codeAt(text, i) === 32) return true;
  return false;
}

/** A word that can be a name no list holds: no place or non-name, and no common word unless a listed first name. */
const mayBeName = (word: string) => !NOT_NAMES.has(word) && !PLACES.has(word) && (!isCommon(word) || FIRST_NAMES.has(word));

/** The first name of a pair before a full name found ("Jorinde en Milan Verhoef"), and a name before a date of birth in brackets. */
export function findFirstNamesOfPairs(text: string, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label === 'DATE') {
      if (!bracketJustBefore(text, span.start)) continue;
      const birth = BIRTH_BRACKET_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
      const start = span.start - (birth?.[0].length ?? 0);
      const previous = spans[i - 1];
      if (birth && mayBeName(birth[1]!.toLowerCase()) && !(previous && previous.end > start))
        more.push({ start, end: start + birth[1]!.length, label: 'PERSON', source: 'person-before-birth' });
      continue;
    }
    if (span.label !== 'PERSON' || !afterEn(text, span.start) || !hasSpace(text, span.start, span.end)) continue;
    const m = FIRST_OF_PAIR.exec(text.slice(Math.max(0, span.start - 30), span.start));
    if (!m) continue;
    if (!mayBeName(m[1]!.toLowerCase())) continue;
    const start = span.start - m[0].length;
    const previous = spans[i - 1];
    if (previous && previous.end > start) continue;
    more.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-first-of-pair' });
  }
  return more;
}
