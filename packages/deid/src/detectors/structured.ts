import { isValidIBAN, electronicFormatIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Span } from '../labels.js';
import { charactersBefore, codeAt, digitRunsWhere, matchesAt, rangesAt, type Scan } from '../scan.js';
import { isDigit, postcodeStarts } from './name-patterns.js';
import { nationalDutchNumber } from './dutch-phone.js';
import { GENERIC_SERVICES } from '../lexicon.js';

// Detectors of identifiers with a checkable structure: each candidate is validated, not only matched.

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Compact, dotted (1234.56.789, 123.456.789), in groups of three (123 456 789) or in the dotted form's groups with spaces
 * (1234 56 789): the 11-proef decides.
 */
const BSN = /(?<![\d.\-/])(\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3}|\d{9})(?![\d/-]|\.\d| \d)/g;

/** "+48 512 634 208", "00212 661 480 973": a country code after + or the international prefix 00. */
const COUNTRY_CODE_BEFORE = /(?:\+|(?<!\d)00)\d{1,3} $/;

/**
 * Where a BSN can start: a run of nine digits, or of four or three before "." or a space (1234.56.789, 1234 56 789,
 * 123.456.789, 123 456 789). The pattern takes no more or fewer digits from a run.
 */
function bsnStarts(found: Scan): number[] {
  return digitRunsWhere(found, (start, end, next) => {
    const length = end - start;
    return length === 9 || ((length === 4 || length === 3) && (next === 46 || next === 32));
  });
}

/** "Relatienr/BSN: 540917/2468.13.579": a dotted BSN as the second value of a field of two, after a slash. */
const DOTTED_AFTER_SLASH = /(?<=[\p{L}\d]\/)(?:\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})(?![\d/-]|\.\d| \d)/uy;

export function findBsn(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    if (codeAt(text, at - 1) !== 47 || codeAt(text, found.digitEnds[i]!) !== 46) continue;
    DOTTED_AFTER_SLASH.lastIndex = at;
    const m = DOTTED_AFTER_SLASH.exec(text);
    if (m && passesElevenTest(m[0].replace(/\D/g, '')))
      spans.push({ start: at, end: at + m[0].length, label: 'BSN', source: 'bsn-11-proef' });
  }
  // Tried only where a BSN can start (bsnStarts), as a pattern with a lookbehind first was tried at every position.
  for (const m of matchesAt(BSN, text, bsnStarts(found), found)) {
    // "+48 512 634 208": nine digits after a country code are a foreign phone number.
    if (m[1]!.includes(' ') && COUNTRY_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (passesElevenTest(m[1]!.replace(/\D/g, '')))
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'BSN', source: 'bsn-11-proef' });
  }
  return spans;
}

/** In capitals, or all in lower case as a chat types it ("nl48ingb…"); a space may follow the country ("NL 48 INGB …"). */
const IBAN_CANDIDATE =
  /\b([A-Z]{2} ?\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|[a-z]{2} ?\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?)\b/g;

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Where an IBAN can start: two capitals before a run of digits (every match has them there); without the scan, everywhere. */
function ibanStarts(text: string, found: Scan): number[] {
  const starts: number[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const first = codeAt(text, at - 2);
    const second = codeAt(text, at - 1);
    if ((first >= 65 && first <= 90 && second >= 65 && second <= 90) || (first >= 97 && first <= 122 && second >= 97 && second <= 122))
      starts.push(at - 2);
    else if (second === 32 && isAsciiLetter(first) && isAsciiLetter(codeAt(text, at - 3))) starts.push(at - 3);
  }
  return starts;
}

export function findIban(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  const candidates =
    found && found.text === text ? matchesAt(IBAN_CANDIDATE, text, ibanStarts(text, found)) : text.matchAll(IBAN_CANDIDATE);
  for (const m of candidates) {
    const candidate = m[1]!.trimEnd();
    if (isValidIBAN(electronicFormatIBAN(candidate.toUpperCase()) ?? ''))
      spans.push({ start: m.index, end: m.index + candidate.length, label: 'IBAN', source: 'iban-mod97' });
  }
  return spans;
}

/**
 * Public service numbers are not personal lines: in the Dutch numbering plan 0800 (free), 0900, 0906
 * and 0909 (paid information services), 14 0xx (municipalities), 112. 085 and 088 are company
 * numbers, but a professional's direct line on them is personal, so they are found.
 */
export function isServiceNumber(national: string): boolean {
  return /^(800|900|906|909|14\d{2,3}|112)/.test(national);
}

/**
 * Phone-number candidates: a run of digits, spaces, dashes and brackets that starts like a Dutch
 * or international number. Cheap to find; each is then validated by libphonenumber.
 */
const PHONE_CANDIDATE = /(?<![\d\p{L}])(?:\+|00|\(0|0)[\d() \-–—]{7,24}\d(?!\d)/gu;
/** "06.12.34.56.78", "06_12_34_56_78", "06/12345678", "06/41 50 29 36", "06-81.27.33.09": dots or a slash between groups, no space beside them (so a date and a time never join into one). */
const PHONE_DOTTED =
  /(?<![\d\p{L}./_])0\d{1,3}(?:(?:\.\d{2,4}){2,4}|(?:_\d{2,4}){2,4}|\/\d{6,8}|\/\d{2,4}(?: \d{2,4}){1,3}|-\d{2}(?:\.\d{2}){3})(?![\d\p{L}]|[./]\d)/uy;

const OUR_LINE_BEFORE =
  /\b(?:(?:bel|bellen|belt|bereik|bereiken) (?:u )?(?:ons|het (?:team|kantoor|secretariaat))(?: (?:via|op|gerust|telefonisch)){0,2}|(?:laat|meld) (?:het|dit|u) ons [^.\n]{0,40}\b(?:via|op)):? ?$/i;
/** ", hun algemene nummer)", " (hoofdnummer)": the number an organisation is called on, no one's own line. */
const GENERAL_LINE_AFTER = /^[ \t]*[,(][ \t]*(?:(?:hun|het|ons|hét) )?(?:algemene?|centrale?|hoofd)[ -]?(?:nummer|telefoonnummer|lijn)/i;
/** "de SVB (030 …": the number in brackets right after a national agency is the agency's. */
const AGENCY_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}]+) \($/u;
/** "Huurcontractnummer: 0431-07-2219": after a compound number word of a contract, client or case, the digits are that number. */
const OTHER_NUMBER_BEFORE =
  /(?:contract|klant|dossier|zaak|polis|relatie|debiteur|huurder|factuur|cli[eë]nt|lid|patiënt|patient|registratie|aanvraag|verzekerde|order|meld|ticket)(?:nummer|nr\.?)[ \t]*:?[ \t]*$/iu;

/** Groups of four digits, where the one before them (GROUP_OF_FOUR_BEFORE) makes them the end of a reference. */
const FOUR_GROUP_TAIL = /^00\d\d([ -])\d{4}\1\d{4}$/;
const GROUP_OF_FOUR_BEFORE = /(?<![\d\p{L}])\d{4}[ -]$/u;
/** A day, month and year of this or the last century at the start of a candidate. */
const DATE_FIRST = /^(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}(?!\d)/;

/** Where a phone candidate can start: a + or "(0", or a 0 that no digit precedes. */
function phoneStarts(text: string, found: Scan): number[] {
  const starts: number[] = [];
  let plus = text.indexOf('+');
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    if (codeAt(text, at) !== 48) continue;
    for (; plus !== -1 && plus < at; plus = text.indexOf('+', plus + 1)) starts.push(plus);
    if (codeAt(text, at - 1) === 40) starts.push(at - 1);
    starts.push(at);
  }
  for (; plus !== -1; plus = text.indexOf('+', plus + 1)) starts.push(plus);
  return starts;
}

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) if (isDigit(codeAt(value, i))) count++;
  return count;
}

/** A phone candidate as the loop below reads a match: one object, filled anew for each candidate (a match array each was most of the rule's garbage). */
const candidate = { index: 0, 0: '' };
function candidateAt(text: string, ranges: readonly number[], c: number): { index: number; 0: string } {
  candidate.index = ranges[2 * c]!;
  candidate[0] = text.slice(ranges[2 * c]!, ranges[2 * c + 1]);
  return candidate;
}

export function findPhones(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  const starts = phoneStarts(text, found);
  const dotted: RegExpExecArray[] = [];
  // By index: for…of left an iterator result per start.
  for (let s = 0; s < starts.length; s++) {
    const at = starts[s]!;
    const c2 = codeAt(text, at + 2);
    const c3 = codeAt(text, at + 3);
    // A dot, a slash or an underscore (95) after the area code's digits.
    const next = c2 === 46 || c2 === 47 || c2 === 95 || c3 === 46 || c3 === 47 || c3 === 95;
    const hyphenThenDots = codeAt(text, at + 2) === 45 && codeAt(text, at + 5) === 46;
    if (!next && !hyphenThenDots && codeAt(text, at + 4) !== 46 && codeAt(text, at + 4) !== 47) continue;
    PHONE_DOTTED.lastIndex = at;
    const m = PHONE_DOTTED.exec(text);
    if (m) dotted.push(m);
  }
  // The candidates as numbers (no match array each), then the dotted ones: each judged from its start and its text.
  const candidates = rangesAt(PHONE_CANDIDATE, text, starts, found);
  for (let c = 0; c < candidates.length / 2 + dotted.length; c++) {
    const m = c < candidates.length / 2 ? candidateAt(text, candidates, c) : dotted[c - candidates.length / 2]!;
    phoneAt(text, m.index, m[0], spans);
  }
  return spans;
}

/** What a speaker says right after a number to take it back ("? Nee sorry", ", o nee wacht", "– hij corrigeert"). */
const CORRECTION_AFTER =
  /^[ \t]*[?,.]?[ \t]*[-–—]?[ \t]*(?:(?:o[ \t]+)?nee\b|sorry\b|wacht\b|(?:hij|ze|zij|die)[ \t]+(?:corrigeert|verbetert)|pardon\b)/i;

/** A dash with a space on each side, as between a number and what follows it. */
const SPACED_DASH = /[ \t][-–—][ \t]/;

/** Where a second number starts in a candidate: after a separator, a 0 or a +. */
const SECOND_NUMBER = /(?<=\d)[ \t]*[-–—]?[ \t]+(?:0|\+)/g;

/** Judges one phone candidate `match` at `index`, and adds it to `spans` if it is a personal line. */
function phoneAt(text: string, index: number, match: string, spans: Span[]): void {
  let raw = match.replace(/[\s\-–—(]+$/, '');
  // "06-4470 2219 (08:10)": a bracket after a whole number opens a time or a remark, no part of it.
  const bracket = raw.indexOf(' (', 9);
  if (bracket !== -1 && digitCount(raw.slice(0, bracket)) >= 10) raw = raw.slice(0, bracket);
  // "Melder (06-28374615) 12/3": a bracket that closes after a whole number closes the sentence's bracket around it;
  // neither bracket nor what follows is part of the number.
  const close = raw.indexOf(')');
  if (close !== -1 && digitCount(raw.slice(0, close)) >= 10) {
    const open = raw.lastIndexOf('(', close);
    if (open === 0) return phoneAt(text, index + 1, raw.slice(1, close), spans);
    if (open === -1) raw = raw.slice(0, close);
  }
  // "+31612345678 – 2-4 19:47": a spaced dash after a whole number starts what follows it (a date, a time), no part of
  // it; a second number after it ("06-… - 06-…") is judged below.
  const dash = SPACED_DASH.exec(raw);
  if (dash && digitCount(raw.slice(0, dash.index)) >= 10 && !/^[0+(]/.test(raw.slice(dash.index + 3))) raw = raw.slice(0, dash.index);
  // "geb. 07-06-2011 (15 jaar)": a date and the age after it are no phone number.
  if (DATE_FIRST.test(raw)) return;
  // "0031 (0)6 …": the trunk zero in brackets is no digit of the number.
  // Counted, not cut out: only how many there are matters here.
  // "00212 661 480 973": the international prefix 00 is no digit of the number either (as + is not).
  const digits = digitCount(raw) - (raw.includes('(0)') ? 1 : 0) - (raw.startsWith('00') ? 2 : 0);
  if (digits > 13) {
    // "06-12345678 - 06-87654321": two numbers side by side, each judged alone.
    for (const split of raw.matchAll(SECOND_NUMBER)) {
      const left = digitCount(raw.slice(0, split.index));
      if (left < 10) continue;
      if (left <= 13) {
        phoneAt(text, index, raw.slice(0, split.index), spans);
        phoneAt(text, index + split.index + split[0].length - 1, raw.slice(split.index + split[0].length - 1), spans);
      }
      break;
    }
    return;
  }
  // "06 (18) 44 93 027? Nee sorry: …": a number said with a digit too many and then corrected is still the caller's.
  if (digits === 11 && /^\(?0[1-9]/.test(raw) && CORRECTION_AFTER.test(text.slice(index + raw.length, index + raw.length + 30))) {
    spans.push({ start: raw.startsWith('(') ? index + 1 : index, end: index + raw.length, label: 'PHONE', source: 'phone-corrected' });
    return;
  }
  if (digits < 10) return;
  const input = raw.replace(/\(0\)/, '').replace(/^00/, '+').replace(/[./_]/g, ' ');
  // A number written nationally is judged from the Dutch plan directly, as the library would (dutch-phone.ts).
  let national = nationalDutchNumber(input);
  if (national === undefined) {
    const number = parsePhoneNumberFromString(input, 'NL');
    // "+44 7700 900123", "+1 (555) 123-4567": after a + and a country code, a number of a possible length is a phone
    // number, though its range is not in use (notes invent them).
    national = number?.isValid() || (input.startsWith('+') && number?.isPossible()) ? number!.nationalNumber : null;
  }
  if (national === null || isServiceNumber(national)) return;
  // "CJIB-kenmerk 2001 0048 7716 2230": "00" and a country code inside four groups of four digits are the code's, no phone's.
  if (FOUR_GROUP_TAIL.test(raw) && GROUP_OF_FOUR_BEFORE.test(text.slice(Math.max(0, index - 5), index))) return;
  // A bracket that opens the match without closing in it belongs to the sentence, not the number.
  const begins = raw.startsWith('(') && !raw.includes(')') ? index + 1 : index;
  // "Bel ons via 088 …", "de SVB (030 …", "…, hun algemene nummer": an organisation's own line, not a person's; after
  // "huurcontractnummer:" the digits are the contract's (mobile numbers excepted from both).
  if (!national.startsWith('6')) {
    const before = text.slice(Math.max(0, begins - 60), begins);
    if (OUR_LINE_BEFORE.test(before) || OTHER_NUMBER_BEFORE.test(before)) return;
    if (GENERAL_LINE_AFTER.test(text.slice(index + raw.length, index + raw.length + 40))) return;
    const agency = AGENCY_BEFORE.exec(before)?.[1];
    if (agency !== undefined && GENERIC_SERVICES.has(agency.toLowerCase())) return;
  }
  spans.push({ start: begins, end: index + raw.length, label: 'PHONE', source: 'phone-libphonenumber' });
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}.-]+\.[A-Za-z]{2,}/u;

/** E-mail addresses, found from each "@" outward (a regex over every word backtracks on long texts). */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256))?.[0];
    if (start === at || !domain) continue;
    spans.push({ start, end: at + 1 + domain.length, label: 'EMAIL', source: 'email' });
  }
  return spans;
}

// With a scheme or www., or a bare domain followed by a path (tiktok.com/@name): a bare domain alone is too often an organisation's.
/**
 * "mijn.ouderportaal-zwijndrecht.nl": a host of three or more parts without www. or a path, which
 * the pattern below does not see; found from its top-level domain back. (Two parts, "gemeente.nl",
 * are mostly an organisation's public site, and are left alone.)
 */
const BARE_HOST_END = /\.(?:nl|be|com|org|net|eu|info)(?![a-z0-9-]|\/|\.[a-z0-9])/g;
function bareHosts(text: string): Span[] {
  const spans: Span[] = [];
  // Tried only at a full stop before the first letter of a domain (most full stops end a sentence).
  for (const hit of matchesAt(BARE_HOST_END, text, charactersBefore(text, '.', 'nbcoei'))) {
    let start = hit.index;
    let dots = 1;
    while (start > 0 && /[a-z0-9.-]/.test(text[start - 1]!)) if (text[--start] === '.') dots++;
    const before = start > 0 ? text[start - 1] : undefined;
    if (dots < 2 || text[start] === '.' || text[start] === '-' || (before !== undefined && /[\p{L}\d@/:._-]/u.test(before))) continue;
    spans.push({ start, end: hit.index + hit[0].length, label: 'URL', source: 'url-host' });
  }
  return spans;
}

const URL = /\b(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|be|com|org|net|eu|info|me|io)\/)[^\s<>"')]*[^\s<>"').,;:!?]/y;
const SPACE = /\s/;

/**
 * URL tried only inside the runs of non-space characters that hold a "/" or "www.": every match
 * holds one of them and no space, so these are the only places a search over the whole text finds
 * one (the bare-domain branch made that search try every word).
 */
export function findUrls(text: string): Span[] {
  const spans: Span[] = bareHosts(text);
  let after = 0;
  // The next "www." is searched again only once the search has passed it (each search of a text
  // without one read the rest of the text, once for every slash).
  let www = -2;
  for (;;) {
    const slash = text.indexOf('/', after);
    if (www !== -1 && www < after) www = text.indexOf('www.', after);
    const hint = slash === -1 ? www : www === -1 ? slash : Math.min(slash, www);
    if (hint === -1) return spans;
    let runStart = hint;
    while (runStart > after && !SPACE.test(text[runStart - 1]!)) runStart--;
    let runEnd = hint;
    while (runEnd < text.length && !SPACE.test(text[runEnd]!)) runEnd++;
    let at = runStart;
    while (at < runEnd) {
      URL.lastIndex = at;
      const m = URL.exec(text);
      if (!m) {
        at++;
        continue;
      }
      spans.push({ start: at, end: at + m[0].length, label: 'URL', source: 'url' });
      at += m[0].length;
    }
    after = Math.max(at, runEnd + 1);
  }
}

/** PC6: four digits (not starting with 0), optional space, two capitals other than SA, SD, SS. */
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;

export function findPostcodes(text: string, found: Scan): Span[] {
  // Tried only where four digits and two capitals start (postcodeStarts), as every match does.
  const spans: Span[] = [];
  // As numbers, not match arrays: nothing of the match but its extent is read.
  const postcodes = rangesAt(POSTCODE, text, postcodeStarts(found), found);
  for (let r = 0; r < postcodes.length; r += 2)
    spans.push({ start: postcodes[r]!, end: postcodes[r + 1]!, label: 'POSTCODE', source: 'postcode' });
  // In lower case only where a form's label says it is one ("Postcode: 4817rt", "Postcode ...... 4817 rt"): "1234ab" alone is too often something else.
  for (const m of text.matchAll(/\b[Pp]ostcode:?(?:[ \t]*\.{2,})?[ \t]*([1-9]\d{3} ?[a-zA-Z]{2})\b/g)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!/[A-Z]{2}$/.test(m[1]!)) spans.push({ start, end: m.index + m[0].length, label: 'POSTCODE', source: 'postcode-labelled' });
  }
  return spans;
}

// Dutch licence plates, side codes 1-14 (letters X, Y, L, N… appear in newer codes; no vowels in 4+).
const PLATE_PATTERNS = [
  /[A-Z]{2}-\d{2}-\d{2}/,
  /\d{2}-\d{2}-[A-Z]{2}/,
  /\d{2}-[A-Z]{2}-\d{2}/,
  /[A-Z]{2}-\d{2}-[A-Z]{2}/,
  /[A-Z]{2}-[A-Z]{2}-\d{2}/,
  /\d{2}-[A-Z]{2}-[A-Z]{2}/,
  /\d{2}-[A-Z]{3}-\d/,
  /\d-[A-Z]{3}-\d{2}/,
  /[A-Z]{2}-\d{3}-[A-Z]/,
  /[A-Z]-\d{3}-[A-Z]{2}/,
  /[A-Z]{3}-\d{2}-[A-Z]/,
  /[A-Z]-\d{2}-[A-Z]{3}/,
  /\d-[A-Z]{2}-\d{3}/,
  /\d{3}-[A-Z]{2}-\d/,
];
// Not inside a longer hyphenated code (VT-DR-25-3318 is a case number).
const PLATE = new RegExp(`(?<![A-Za-z0-9]-)\\b(?:${PLATE_PATTERNS.map((p) => p.source).join('|')})\\b(?!-[A-Za-z0-9])`, 'g');

/** Where a plate can start: one to three characters before a hyphen, at a word boundary (every side code has hyphens). */
function plateStarts(text: string): number[] {
  const starts: number[] = [];
  const isWordCharacter = (code: number) =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  for (let hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', hyphen + 1)) {
    for (let at = Math.max(0, hyphen - 3, (starts.at(-1) ?? -1) + 1); at < hyphen; at++) {
      if (isWordCharacter(codeAt(text, at)) && !isWordCharacter(codeAt(text, at - 1))) starts.push(at);
    }
  }
  return starts;
}

export function findLicensePlates(text: string): Span[] {
  return [...matchesAt(PLATE, text, plateStarts(text))]
    .filter((m) => /[A-Z]/.test(m[0]) && /\d/.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'LICENSE_PLATE' as const, source: 'license-plate-sidecode' }));
}
