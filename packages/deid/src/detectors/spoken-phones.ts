import type { Span } from '../labels.js';
import { isPersonalDutchLine } from './personal-dutch-line.js';
import { isDigit } from './name-patterns.js';
import type { Scan } from '../scan.js';
import { codeAt } from '../scan.js';

// A phone number said aloud in a call transcript ("nul zes vierenvijftig elf achtentachtig zestien"): the
// number words read as digits, a number only where they start with "nul" and make 0 and nine digits of the Dutch plan.

const UNITS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
/** "drieënnegentig", "zevenenveertig": a unit, "en" (or "ën" after an e) and a ten. */
const COMPOUND =
  /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;
/**
 * "nul zes achttien …", "nul-zes, drie-vier, …", "Nul-zes, 71 30 58 24", "nul zes – een acht – …": number words, perhaps
 * with groups of digits, between spaces, commas or dashes. Ten digits take at most nine words after "nul", so the run is
 * bounded: a long run of "nul" read whole from every "nul" in it made the scan quadratic.
 */
const NUMBER_WORDS = /nul(?:[ \t,\-–—]+(?:\p{L}+|\d{1,4})){1,9}/iuy;
/** "06 – eenenveertig – drieënzestig – …": the area code in digits, then the rest said in words between dashes or spaces. */
const DIGITS_THEN_WORDS = /0\d{1,3}(?:[ \t,\-–—]+(?:\p{L}+|\d{1,4})){1,9}/uy;
/** A space or a dash and a letter after an area code in digits: where DIGITS_THEN_WORDS is tried. */
const WORD_AFTER_DIGITS = /^[ \t]*[-–—]?[ \t]*\p{L}/u;

/** The digits a number word is said as, or null for any other word. */
export function digitsOf(word: string): string | null {
  if (word === 'nul') return '0';
  const value = UNITS[word] ?? TEENS[word] ?? TENS[word];
  if (value !== undefined) return String(value);
  const compound = COMPOUND.exec(word);
  return compound ? String(TENS[compound[2]!]! + UNITS[compound[1]!]!) : null;
}

/**
 * The number a run of number words (and digit groups) from `at` says: its end, where ten digits make a personal Dutch
 * line and a word is among them (digits alone are findPhones'), or -1.
 */
function spokenNumberEnd(text: string, at: number, run: string): number {
  let digits = '';
  let end = at;
  let saidInWords = false;
  // The words one by one, up to the first that is no number word or the tenth digit.
  for (const word of run.matchAll(/\p{L}+|\d+/gu)) {
    const isNumeral = isDigit(codeAt(word[0], 0));
    const d = isNumeral ? word[0] : digitsOf(word[0].toLowerCase());
    if (d === null || digits.length + d.length > 10) break;
    if (!isNumeral) saidInWords = true;
    digits += d;
    end = at + word.index + word[0].length;
    if (digits.length === 10) break;
  }
  // "00…" is an international prefix, no Dutch number: not worth the library's parse (a run of "nul" is all such).
  if (!saidInWords || digits.length !== 10 || codeAt(digits, 1) === 48) return -1;
  return isPersonalDutchLine(digits) ? end : -1;
}

export function findSpokenPhones(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  // Where the last number found ends: the scan goes on after it, never inside it.
  let after = 0;
  // "nul " or "nul-", also at a sentence's start ("Nul-zes, …"): looked for by its "ul", the first letter checked after.
  for (let ul = text.indexOf('ul'); ul !== -1; ul = text.indexOf('ul', Math.max(ul + 2, after))) {
    const at = ul - 1;
    const first = codeAt(text, at);
    const next = codeAt(text, ul + 2);
    if ((first !== 110 && first !== 78) || (next !== 32 && next !== 45)) continue;
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
    NUMBER_WORDS.lastIndex = at;
    const run = NUMBER_WORDS.exec(text);
    const end = run ? spokenNumberEnd(text, at, run[0]) : -1;
    if (end === -1) continue;
    spans.push({ start: at, end, label: 'PHONE', source: 'phone-spoken' });
    after = end;
  }
  if (found === undefined || found.text !== text) return spans;
  // "06 – eenenveertig – …": from a run of two to four digits that starts with 0 and has a word after it.
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const end = found.digitEnds[i]!;
    // A 0, two to four digits, then a space or a dash (most runs, dates and times among them, end otherwise).
    const next = codeAt(text, end);
    if (codeAt(text, at) !== 48 || end - at < 2 || end - at > 4 || (next !== 32 && next !== 45 && next !== 8211 && next !== 8212)) continue;
    if (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!)) continue;
    if (!WORD_AFTER_DIGITS.test(text.slice(end, end + 6))) continue;
    DIGITS_THEN_WORDS.lastIndex = at;
    const run = DIGITS_THEN_WORDS.exec(text);
    const last = run ? spokenNumberEnd(text, at, run[0]) : -1;
    if (last !== -1 && !spans.some((s) => s.start < last && s.end > at))
      spans.push({ start: at, end: last, label: 'PHONE', source: 'phone-spoken' });
  }
  return spans;
}
