// "Betreft: Jorinde en Milan Verhoef", "Ouders: Wies en Karel ter Horst": two people who share the surname after the
// second, the first named by a first name alone. Where the second is found as a full name, the capitalised word before
// " en " is the first's name, though no list knows it or it is also a word. Reads the detections only, after the
// statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';

/** A capitalised word and " en " right before a name. */
const FIRST_OF_PAIR = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,}) en $/u;

/** The first name of a pair before a full name found ("Jorinde en Milan Verhoef"): no word, place or non-name of the lists. */
export function findFirstNamesOfPairs(text: string, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'PERSON' || !text.slice(span.start, span.end).includes(' ')) continue;
    const m = FIRST_OF_PAIR.exec(text.slice(Math.max(0, span.start - 30), span.start));
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    if (NOT_NAMES.has(word) || PLACES.has(word) || (isCommon(word) && !FIRST_NAMES.has(word))) continue;
    const start = span.start - m[0].length;
    const previous = spans[i - 1];
    if (previous && previous.end > start) continue;
    more.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-first-of-pair' });
  }
  return more;
}
