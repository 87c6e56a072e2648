// Names that the detections beside them give away, though no list knows them: "Betreft: Jorinde en Milan Verhoef" (two
// people who share the surname after the second: where the second is found as a full name, the capitalised word before
// " en " is the first's name), and "Kinderen: Zoewanda (geb. 3-4-2015)" (a capitalised word right before a date of
// birth in brackets). Reads the detections only, after the statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';

/** A capitalised word and " en " right before a name. */
const FIRST_OF_PAIR = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,}) en $/u;

/** "(geb. ", "(geboren ", "(°": a date of birth in brackets, right after a name. */
const BIRTH_BRACKET_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,}) \((?:geb\.?|geboren|°) ?$/u;

/** A word that can be a name no list holds: no place or non-name, and no common word unless a listed first name. */
const mayBeName = (word: string) => !NOT_NAMES.has(word) && !PLACES.has(word) && (!isCommon(word) || FIRST_NAMES.has(word));

/** The first name of a pair before a full name found ("Jorinde en Milan Verhoef"), and a name before a date of birth in brackets. */
export function findFirstNamesOfPairs(text: string, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label === 'DATE') {
      const birth = BIRTH_BRACKET_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
      const start = span.start - (birth?.[0].length ?? 0);
      const previous = spans[i - 1];
      if (birth && mayBeName(birth[1]!.toLowerCase()) && !(previous && previous.end > start))
        more.push({ start, end: start + birth[1]!.length, label: 'PERSON', source: 'person-before-birth' });
      continue;
    }
    if (span.label !== 'PERSON' || !text.slice(span.start, span.end).includes(' ')) continue;
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
