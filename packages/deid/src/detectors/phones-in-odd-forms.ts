import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';
import { isPersonalDutchLine } from './personal-dutch-line.js';

// Phone numbers written in forms the candidate pattern of findPhones does not read. Each is tried from a digit run the
// scan lists that starts with 0, so a text without such runs costs nothing.

/** "06-1O45-7788": digits, separators and the letter O typed for a zero, from the run's start. */
const WITH_LETTER_O = /0[\dOo][\dOo \-–]{7,14}[\dOo](?![\d\p{L}])/uy;
/**
 * "06 4 1 8 7 3 5 2 0", "06 – 4 1 8 …": a mobile number typed digit by digit, a dash after 06 or not, perhaps with a digit too many (a typo keeps it a number);
 * its first eight digits after 06 must be a Dutch line. Seven are a score or a list ("06 1 2 3 4 5 6 7 punten").
 */
const DIGIT_BY_DIGIT = /06(?: [-–—])?(?: \d){8,9}(?![\d\p{L}]| \d)/uy;
/**
 * "09 / 233 41 50", "050 / 123 45 67": the area code set apart by a slash between spaces, as Belgians write it (and some
 * Dutch writers): a Belgian number of 0 and eight digits, or a Dutch one of 0 and nine.
 */
const SLASHED = /0\d{1,2} \/ \d{2,3}(?: \d{2}){2}(?![\d\p{L}]| \d)/uy;

function stickyAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

export function findPhonesInOddForms(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const end = found.digitEnds[i]!;
    // A run that starts with 0 and no letter or digit before it.
    if (codeAt(text, at) !== 48 || (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!))) continue;
    const next = codeAt(text, end);
    // The letter O beside a digit or another O within a number's length of the run's start.
    const letterO = /[\dOo][Oo]|[Oo][\dOo]/.test(text.slice(at, at + 16));
    if (letterO) {
      const match = stickyAt(WITH_LETTER_O, text, at);
      if (match && /[Oo]/.test(match) && isPersonalDutchLine(match.replace(/[Oo]/g, '0').replace(/\D/g, ''))) {
        spans.push({ start: at, end: at + match.length, label: 'PHONE', source: 'phone-letter-o' });
        continue;
      }
    }
    if (next !== 32) continue;
    if (end - at === 2 && codeAt(text, at + 1) === 54 && codeAt(text, end + 2) === 32) {
      const match = stickyAt(DIGIT_BY_DIGIT, text, at);
      if (match && isPersonalDutchLine(match.replace(/\D/g, '').slice(0, 10)))
        spans.push({ start: at, end: at + match.length, label: 'PHONE', source: 'phone-digit-by-digit' });
    } else if (end - at <= 3 && codeAt(text, end + 1) === 47) {
      const match = stickyAt(SLASHED, text, at);
      const digits = match?.replace(/\D/g, '') ?? '';
      if (match && (isPersonalDutchLine(digits) || (digits.length === 9 && parsePhoneNumberFromString(digits, 'BE')?.isValid())))
        spans.push({ start: at, end: at + match.length, label: 'PHONE', source: 'phone-slashed' });
    }
  }
  return spans;
}
