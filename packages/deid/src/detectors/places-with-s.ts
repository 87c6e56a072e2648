// Places written with "'s-" ("'s-Gravenmolen", "'s-Hertogenbosch", "’s-Heerenberg") that the lists miss and an organisation
// or person rule or the statistical layer took for a name, read from the spans already found (after the layer, so that its
// training notes stay the rules' output). The old genitive "'s-" before a capitalised word with a hyphen is the form of a
// town's or a village's name; organisations write it without the hyphen ("'s Heeren Loo"), and a street of that form has its
// number, which the address rules take first.
import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER, UPPER } from '../scan.js';

/** Whether "'s-" or "’s-" ends right before `at`, with no letter before it. */
function sHyphenBefore(text: string, at: number): boolean {
  const quote = codeAt(text, at - 3);
  return (
    (quote === 39 || quote === 0x2019) &&
    codeAt(text, at - 2) === 115 &&
    codeAt(text, at - 1) === 45 &&
    (at < 4 || (classAt(text, at - 4) & LETTER) === 0)
  );
}

/** Whether `start`..`end` is one word, hyphens allowed, that starts with a capital. */
function oneCapitalisedWord(text: string, start: number, end: number): boolean {
  if ((classAt(text, start) & UPPER) === 0) return false;
  for (let i = start; i < end; i++) if ((classAt(text, i) & LETTER) === 0 && codeAt(text, i) !== 45) return false;
  return true;
}

/** The end of the place's word from `start` (letters, and hyphens before a capital), `start` if none. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while ((classAt(text, end) & LETTER) !== 0 || (codeAt(text, end) === 45 && (classAt(text, end + 1) & UPPER) !== 0)) end++;
  return end;
}

/**
 * The old genitive also makes adverbs of time ("'s-Avonds", "'s-Zondags" at a sentence start, written with a hyphen by
 * some): they are no place.
 */
const TIMES_OF_DAY_AND_YEAR =
  /^(?:ochtends|morgens|middags|avonds|nachts|maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags|winters|zomers|voorjaars|najaars|jaars|weekends)$/;

/** Unlisted "'s-" places that no rule found, as CITY spans: not a street with its number after it. */
function findPlacesWithS(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const quote of ["'s-", '’s-']) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 3)) {
      if ((at > 0 && (classAt(text, at - 1) & LETTER) !== 0) || (classAt(text, at + 3) & UPPER) === 0) continue;
      const end = wordEnd(text, at + 3);
      if (end - at < 6 || (classAt(text, end) & LETTER) !== 0) continue;
      if (TIMES_OF_DAY_AND_YEAR.test(text.slice(at + 3, end).toLowerCase())) continue;
      let next = end;
      while (codeAt(text, next) === 32) next++;
      const number = codeAt(text, next);
      if (number >= 48 && number <= 57) continue;
      if (spans.some((span) => span.start < end && at < span.end)) continue;
      out.push({ start: at, end, label: 'CITY', source: 'city-s-form' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Retypes an organisation or person span of one "'s-" place as CITY, the "'s-" taken in where the span left it out, and
 * adds the "'s-" places that no rule found.
 */
export function retypePlacesWithS(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'INSTITUTION' && span.label !== 'PERSON') continue;
    const start = sHyphenBefore(text, span.start) ? span.start - 3 : sHyphenBefore(text, span.start + 3) ? span.start : -1;
    if (start < 0 || !oneCapitalisedWord(text, start + 3, span.end)) continue;
    if (start < span.start && i > 0 && spans[i - 1]!.end > start) continue;
    out ??= spans.slice();
    out[i] = { start, end: span.end, label: 'CITY', source: 'city-s-form' };
  }
  const retyped = out ?? spans;
  const added = findPlacesWithS(text, retyped);
  return added.length === 0 ? retyped : [...retyped, ...added].sort((a, b) => a.start - b.start);
}
