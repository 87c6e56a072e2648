// Field labels that a place or sender rule took for a name, dropped from the spans already found (after the statistical layer,
// so that its training notes stay the rules' output):
// - a word and a colon right after a postcode is the next field's label ("Postcode: 1234 AB   Woonplaats: Epe"), no place;
// - a sender of a line whose one word ends as a form's field or a transcript's part does ("Geboortedatum: 01-02-1990",
//   "Terugbelgesprek 08:40") is no person. By the word's ending, never by how common it is: a chat sender with an unlisted
//   name must stay found in every message (a frequency filter let about one unlisted name in twenty through in clear).
import type { Span } from '../labels.js';
import { withoutSpansWhere } from '../span-list.js';
import { FIRST_NAMES, SURNAMES } from '../lexicon.js';
import { codeAt } from '../scan.js';
import { lower } from './name-patterns.js';

/** One word of letters that ends as the labels of form fields and transcript parts end. */
const LABEL_WORD = /^\p{L}{2,}(?:datum|nummer|naam|namen|adres|plaats|gesprek|moment|gegevens|status)$/u;

function isFieldLabel(text: string, span: Span): boolean {
  if (span.source === 'city-after-postcode') return codeAt(text, span.end) === 58;
  if (span.source !== 'person-chat-sender') return false;
  const word = lower(text.slice(span.start, span.end));
  return LABEL_WORD.test(word) && !FIRST_NAMES.has(word) && !SURNAMES.has(word);
}

export function withoutFieldLabels(text: string, spans: Span[]): Span[] {
  return withoutSpansWhere(spans, (span) => isFieldLabel(text, span));
}
