// A form's or a report's sections lettered at a line's start ("B. Woonsituatie", "C. Inkomen en uitgaven") look like an
// initial and a surname to the person rules. Read from the spans already found (after the statistical layer, so that its
// training notes stay the rules' output): spans of one capital, a full stop and one capitalised word that no list holds as
// a name, each at the start of its line with nothing or a lower-case word after it, are sections' headings where their
// letters run on ("B." beside "C."); a lone one is as often an attendee's initial and an unlisted surname ("K. Wolterink").
import type { Span } from '../labels.js';
import { FIRST_NAMES, SURNAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { STREET_SUFFIX } from './addresses.js';
import { codeAt } from '../scan.js';

const LETTER_AND_WORD = /^\p{Lu}\. (\p{Lu}\p{Ll}+)$/u;
/** The line goes on, if at all, in lower case: "C. Inkomen en uitgaven", "A. Gegevens aanvrager". */
const REST_OF_HEADING = /^(?:[ \t]+\p{Ll}[^\n]*)?[ \t]*(?:\r?\n|$)/u;

const ENDS_LIKE_STREET = new RegExp(`(?:${STREET_SUFFIX})$`);
/**
 * A heading's word is a common word or a compound of two ("Inkomsten", "Woonsituatie": woon + situatie, perhaps joined by
 * an s), and no street ("Hoekstraat"). An unlisted surname ("Brinkhorstman") is neither: dropping it would leave a name
 * in the clear.
 */
/** "Samenvatting", "Aanmelding", "Veiligheid", "Risicotaxatie": a noun made from a verb or an adjective, long as no surname is. */
const NOUN_OF_ACTION = /^\p{Ll}{5,}(?:ing|heid|schap|atie|enis)$/u;
function isHeadingWord(word: string): boolean {
  if (isCommon(word) || NOUN_OF_ACTION.test(word)) return true;
  if (ENDS_LIKE_STREET.test(word)) return false;
  for (let cut = 4; cut <= word.length - 4; cut++) {
    const head = word.slice(0, cut);
    if (isCommon(word.slice(cut)) && (isCommon(head) || (head.endsWith('s') && isCommon(head.slice(0, -1))))) return true;
  }
  return false;
}

/** Whether `index` starts a line (the text's start or right after a line break). */
const atLineStart = (text: string, index: number) => index === 0 || codeAt(text, index - 1) === 10;

export function withoutSectionLetters(text: string, spans: Span[]): Span[] {
  const candidates = new Map<number, Span>();
  for (const span of spans) {
    // Cheap first looks: a person at a line's start whose second character is a full stop.
    if (span.label !== 'PERSON' || codeAt(text, span.start + 1) !== 46 || !atLineStart(text, span.start)) continue;
    const m = LETTER_AND_WORD.exec(text.slice(span.start, span.end));
    if (!m || !REST_OF_HEADING.test(text.slice(span.end, span.end + 80))) continue;
    const word = m[1]!.toLowerCase();
    if (!SURNAMES.has(word) && !FIRST_NAMES.has(word) && isHeadingWord(word)) candidates.set(codeAt(text, span.start), span);
  }
  if (candidates.size < 2) return spans;
  const headings = new Set<Span>();
  for (const [letter, span] of candidates) if (candidates.has(letter - 1) || candidates.has(letter + 1)) headings.add(span);
  return headings.size === 0 ? spans : spans.filter((span) => !headings.has(span));
}
