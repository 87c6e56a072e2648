// Field labels that a place or sender rule took for a name, dropped from the spans already found (after the statistical layer,
// so that its training notes stay the rules' output):
// - a word and a colon right after a postcode is the next field's label ("Postcode: 1234 AB   Woonplaats: Epe"), no place;
// - a sender of a line that is a common word and no listed name ("Geboortedatum: 01-02-1990", "Terugbelgesprek 08:40") heads a
//   form's field or a transcript's part, no person.
import type { Span } from '../labels.js';
import { FIRST_NAMES, SURNAMES } from '../lexicon.js';
import { codeAt } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { lower } from './name-patterns.js';

/** A label is one word of letters, three or more. */
const LABEL_WORD = /^\p{L}{3,}$/u;

function isFieldLabel(text: string, span: Span): boolean {
  if (span.source === 'city-after-postcode') return codeAt(text, span.end) === 58;
  if (span.source !== 'person-chat-sender') return false;
  const word = lower(text.slice(span.start, span.end));
  // Letters only: an initial ("T.") or a name of parts is a person's.
  return LABEL_WORD.test(word) && isCommon(word) && !FIRST_NAMES.has(word) && !SURNAMES.has(word);
}

export function withoutFieldLabels(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    if (!isFieldLabel(text, spans[i]!)) {
      out?.push(spans[i]!);
      continue;
    }
    out ??= spans.slice(0, i);
  }
  return out ?? spans;
}
