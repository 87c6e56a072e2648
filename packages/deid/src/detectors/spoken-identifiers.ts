// Identifiers said aloud or dictated, each read after the word that asks for it: a BSN in groups or digit by digit
// ("BSN? – Eh, 123 45 67 82", "bsn 1 2 3 …"), a postcode in number words and spelled letters ("postcode: vier drie
// twee een, en dan de letters… K L"), a licence plate or a case number letter by letter and in number words
// ("kenteken acht x z …", "zaaknummer d d twee …"), an IBAN with its country spelled ("N L 12 …"). Runs after the
// statistical layer (its training notes stay the rules' output) and only from a cue word the scan lists.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Label, Span } from '../labels.js';
import { codeAt, hashOf, type Scan } from '../scan.js';
import { passesElevenTest } from './structured.js';
import { firstNumberAfter, said, spokenRun, type SpokenToken } from './spoken-runs.js';

const BSN_CUES = new Set('bsn burgerservicenummer sofinummer'.split(' ').map(hashOf));
const POSTCODE_CUES = new Set(['postcode'].map(hashOf));
const PLATE_CUES = new Set(['kenteken'].map(hashOf));
/** Words after which a case's code follows; any other word ending in -nummer asks for a phone, a house or an account. */
const CASE_CUES = new Set(
  'aanvraagnummer dossiernummer zaaknummer klantnummer kenmerk referentienummer registratienummer polisnummer cliëntnummer'
    .split(' ')
    .map(hashOf),
);
const IBAN_CUES = new Set('rekening rekeningnummer iban bankrekening bankrekeningnummer'.split(' ').map(hashOf));

/** How far after its cue the identifier may start ("uw BSN?\nK: Ehm, …" is 10 characters). */
const REACH = 40;
/**
 * Two letters of a postcode after its digits, after "en dan de letters…" and the like: capitals, or lower-case letters
 * spelled apart ("t r"); joined lower-case letters are a word ("2021 na de verhuizing").
 */
const POSTCODE_LETTERS = /^[ \t,.…]*(?:(?:en|dan|de|letters?)[ \t,.…:]+){0,4}(?:[A-Z][ \t]?[A-Z]|[a-z][ \t][a-z])(?![\p{L}\d])/u;
/** "…, nee KW": the letters said again after a slip. */
const CORRECTION = /^[ \t,.…]*nee[ \t,]+(?:[A-Z][ \t]?[A-Z]|[a-z][ \t][a-z])(?![\p{L}\d])/u;
/** A range of areas after the digits ("1000 tot 1099", "4811/4813"): no one's postcode. */
const RANGE_AFTER = /^(?:[ \t]*[/\-–][ \t]*|[ \t]+(?:tot(?: en met)?|t\/m)[ \t]+)\d/;
/** Four digits written as digits after these are a year ("gewijzigd in 2021"), not a postcode. */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|sinds|vanaf|per|tot|na|voor|uit)[ \t]+$/iu;

const spanOf = (tokens: readonly SpokenToken[], label: Label, source: string): Span => ({
  start: tokens[0]!.start,
  end: tokens[tokens.length - 1]!.end,
  label,
  source,
});

/** A BSN in digits or words after its cue: nine digits in any grouping that pass the 11-proef. */
function bsnAfter(text: string, cueEnd: number): Span | undefined {
  const at = firstNumberAfter(text, cueEnd, REACH);
  if (at === -1) return undefined;
  const run = spokenRun(text, at, 9, false);
  // The digits up to the ninth, and no more digits after it.
  let digits = '';
  let n = 0;
  while (n < run.length && digits.length < 9) digits += run[n++]!.digits;
  if (digits.length !== 9 || n < 2 || !passesElevenTest(digits) || spokenRun(text, run[n - 1]!.end, 1, false).length > 0) return undefined;
  return spanOf(run.slice(0, n), 'BSN', 'bsn-spoken');
}

/**
 * A postcode's four digits in words or digits from `at`, with its two letters where they follow closely (only with
 * them where `lettersNeeded`).
 */
function postcodeAt(text: string, at: number, lettersNeeded: boolean): Span | undefined {
  const run = spokenRun(text, at, 4, false);
  let digits = '';
  let n = 0;
  while (n < run.length && digits.length < 4) digits += run[n++]!.digits;
  if (digits.length !== 4 || codeAt(digits, 0) === 48) return undefined;
  const span = spanOf(run.slice(0, n), 'POSTCODE', 'postcode-spoken');
  // More number words after the fourth digit: a longer number; a range of areas: no one's postcode.
  if (spokenRun(text, span.end, 1, false).length > 0 || RANGE_AFTER.test(text.slice(span.end, span.end + 12))) return undefined;
  if (/\d/.test(text[at] ?? '') && YEAR_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return undefined;
  const letters = POSTCODE_LETTERS.exec(text.slice(span.end, span.end + 40));
  if (letters) {
    span.end += letters[0].length;
    const again = CORRECTION.exec(text.slice(span.end, span.end + 16));
    if (again) span.end += again[0].length;
  } else if (lettersNeeded) return undefined;
  return span;
}

/** A code of letters and number words (or digits) after its cue: at least `least` tokens, digits and letters both. */
function codeAfter(text: string, cueEnd: number, label: Label, least: number): Span | undefined {
  const run = spokenRun(text, cueEnd, 12, true);
  if (run.length < least) return undefined;
  const code = said(run);
  if (!/\d/.test(code) || !/[A-Z]/.test(code)) return undefined;
  // A plate has six characters; a longer run went on into ordinary words that are letters ("u", "e").
  if (label === 'LICENSE_PLATE' && code.length !== 6) return undefined;
  return spanOf(run, label, label === 'LICENSE_PLATE' ? 'plate-spoken' : 'case-id-spoken');
}

/** An IBAN whose country is spelled ("N L 12 ABNA …"): the longest run of groups that passes mod-97. */
function ibanAt(text: string, at: number): Span | undefined {
  const groups = /[A-Z] [A-Z](?:[ \t]+[A-Z0-9]{1,4}){2,9}/y;
  groups.lastIndex = at;
  const m = groups.exec(text);
  if (!m) return undefined;
  for (let end = m[0].length; end > 8; end = m[0].lastIndexOf(' ', end - 1)) {
    const candidate = m[0].slice(0, end);
    if (isValidIBAN(electronicFormatIBAN(candidate) ?? '')) return { start: at, end: at + end, label: 'IBAN', source: 'iban-spoken' };
  }
  return undefined;
}

/** The identifiers said aloud after the words that ask for them (and a postcode after an address). */
export function findSpokenIdentifiers(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const { wordHashes, wordEnds, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const hash = wordHashes[w]!;
    const end = wordEnds[w]!;
    let span: Span | undefined;
    if (BSN_CUES.has(hash)) span = bsnAfter(text, end);
    else if (POSTCODE_CUES.has(hash)) {
      const at = firstNumberAfter(text, end, REACH);
      span = at === -1 ? undefined : postcodeAt(text, at, false);
    } else if (PLATE_CUES.has(hash)) span = codeAfter(text, end, 'LICENSE_PLATE', 4);
    else if (CASE_CUES.has(hash)) span = codeAfter(text, end, 'CASE_ID', 5);
    else if (IBAN_CUES.has(hash)) {
      const at = text.slice(end, end + 12).search(/[A-Z] [A-Z] \d/);
      span = at === -1 ? undefined : ibanAt(text, end + at);
    }
    if (span) out.push(span);
  }
  // "…laan 7, dat is drie acht twee nul, P K": a postcode in words right after an address.
  for (const address of spans) {
    if (address.label !== 'ADDRESS') continue;
    const gap = /^(?:,? dat is|,)[ \t]+/.exec(text.slice(address.end, address.end + 12));
    if (!gap) continue;
    const at = address.end + gap[0].length;
    // Said digit by digit or in pairs: digits already written are findPostcodes'.
    const span = /\p{L}/u.test(text[at] ?? '') ? postcodeAt(text, at, true) : undefined;
    if (span) out.push(span);
  }
  return out;
}
