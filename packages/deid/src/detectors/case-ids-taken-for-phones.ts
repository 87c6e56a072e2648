// Case, contract and decision numbers that the phone rules took for phone numbers, retyped after the statistical layer
// (its training notes stay the rules' output): a number right after a word for a case's or a contract's number
// ("Huurovereenkomst: 0512-4471-03", "Beschikkingsnummer;WM-0312-558120"), and a number of more digits than any phone
// number has without a country code ("3318 0472 9921 4406").
import type { Span } from '../labels.js';
import { codeAt } from '../scan.js';

/** A word for a case's, a contract's or a decision's number, maybe a colon, a semicolon or a bar after it, at the end of the text before the number. */
const CASE_WORD_BEFORE =
  /(?<![\p{L}])([\p{L}]+-?(?:nummer|nr|kenmerk|referentie)|huurcontract|huurovereenkomst|contract|beschikking|dossier|zaak|polis|vordering|cjib)\.?[ \t]*[:;|]?[ \t]*$/iu;
/** Parts of the words for a number to call or a house's ("terugbelnummer", "telefoonnr", "noodnummer", "huisnummer"). */
const NUMBER_TO_CALL =
  /bel|tel|foon|fon|fax|mobiel|gsm|nood|piket|spoed|contact|bereikba|thuis|sms|whatsapp|werk|priv|direct|doorkies|receptie|centrale|service|dienst|huis|vast|algemeen|zakelijk|toestel/i;
/** Without a country code no phone number has more digits than this (a Dutch one has ten, eleven with a service's 0900). */
const MOST_PHONE_DIGITS = 11;
/** What the phone rule left of the number before it: an authority's letters and a dash ("WM-"), a group of digits ("5820 "). */
const PART_BEFORE = /(?:(?<![\p{L}])[A-Z]{1,4}-|(?<![\p{L}\d])\d{2,4}[ -])$/u;
/** A mobile number stays one, whatever word stands before it ("Contactpersoon dossier: 06-…"). */
const MOBILE = /^(?:(?:\+|00)31[ -]?\(?0?\)?[ -]?6|\(?06)/;
const REACH = 40;

function digitCount(text: string, start: number, end: number): number {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const code = codeAt(text, i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** The spans with phone numbers that are case numbers retyped. */
export function retypeCaseIdsTakenForPhones(text: string, spans: Span[]): Span[] {
  let out: Span[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'PHONE') continue;
    const first = codeAt(text, span.start);
    const international = first === 43 || (first === 48 && codeAt(text, span.start + 1) === 48);
    const tooLong = !international && digitCount(text, span.start, span.end) > MOST_PHONE_DIGITS;
    if (MOBILE.test(text.slice(span.start, span.start + 8))) continue;
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const part = PART_BEFORE.exec(text.slice(Math.max(lineStart, span.start - 5), span.start));
    const start = span.start - (part ? part[0].length : 0);
    const word = CASE_WORD_BEFORE.exec(text.slice(Math.max(lineStart, start - REACH), start));
    if (!tooLong && (!word || NUMBER_TO_CALL.test(word[1]!))) continue;
    // The part before is taken only where nothing else holds it.
    const taken = start < span.start && i > 0 && spans[i - 1]!.end > start;
    out ??= spans.slice();
    out[i] = { start: taken ? span.start : start, end: span.end, label: 'CASE_ID', source: 'case-id-taken-for-phone' };
  }
  return out ?? spans;
}
