import { isValidIBAN, electronicFormatIBAN } from 'ibantools';
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { Span } from '../labels.js';

// Detectors of identifiers with a checkable structure: each candidate is validated, not only matched.

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function findBsn(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/(?<![\d.\-/])(\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{9})(?![\d/-]|\.\d)/g)) {
    if (passesElevenTest(m[1]!.replace(/\D/g, ''))) spans.push({ start: m.index, end: m.index + m[0].length, label: 'BSN', source: 'bsn-11-proef' });
  }
  return spans;
}

export function findIban(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b/g)) {
    const candidate = m[1]!.trimEnd();
    if (isValidIBAN(electronicFormatIBAN(candidate) ?? '')) spans.push({ start: m.index, end: m.index + candidate.length, label: 'IBAN', source: 'iban-mod97' });
  }
  return spans;
}

/** Public service numbers (0800, 0900, 14 0xx, 112, 088 of organisations) are not personal lines. */
function isServiceNumber(national: string): boolean {
  return /^(800|900|906|909|14\d{2,3}|112|88)/.test(national);
}

export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const found of findPhoneNumbersInText(text, { defaultCountry: 'NL', extended: false } as never) as { startsAt: number; endsAt: number; number: { nationalNumber: string; isValid(): boolean } }[]) {
    if (!found.number.isValid() || isServiceNumber(found.number.nationalNumber)) continue;
    let start = found.startsAt;
    let raw = text.slice(start, found.endsAt);
    // A bracket that opens the match without closing in it belongs to the sentence, not the number.
    if (raw.startsWith('(') && !raw.includes(')')) {
      start += 1;
      raw = raw.slice(1);
    }
    // Dates, amounts and ids also parse as numbers: a phone number starts with 0, + or (0 and has 10+ digits.
    if (!/^(?:\+|00|0|\(0)/.test(raw) || raw.replace(/\D/g, '').length < 10) continue;
    spans.push({ start, end: found.endsAt, label: 'PHONE', source: 'phone-libphonenumber' });
  }
  // libphonenumber skips numbers written as "078 - 614 22 90" or "(0591) 61 22 34"; catch NL area-code forms.
  for (const m of text.matchAll(/(?<!\d)(\(0\d{2,3}\)|0\d{2,3})\s?[-–]?\s?(\d{2,3}[ -]?\d{2}[ -]?\d{2,3})(?!\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length !== 10 || isServiceNumber(digits.slice(1))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'PHONE', source: 'phone-nl-pattern' });
  }
  return spans;
}

export function findEmails(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[A-Za-z]{2,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'EMAIL' as const, source: 'email' }));
}

export function findUrls(text: string): Span[] {
  return [...text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"')]+[^\s<>"').,;:!?]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'URL' as const, source: 'url' }));
}

export function findPostcodes(text: string): Span[] {
  // PC6: four digits (not starting with 0), optional space, two capitals other than SA, SD, SS.
  return [...text.matchAll(/\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'POSTCODE' as const, source: 'postcode' }));
}

// Dutch licence plates, side codes 1-14 (letters X, Y, L, N… appear in newer codes; no vowels in 4+).
const PLATE_PATTERNS = [
  /[A-Z]{2}-\d{2}-\d{2}/, /\d{2}-\d{2}-[A-Z]{2}/, /\d{2}-[A-Z]{2}-\d{2}/, /[A-Z]{2}-\d{2}-[A-Z]{2}/, /[A-Z]{2}-[A-Z]{2}-\d{2}/, /\d{2}-[A-Z]{2}-[A-Z]{2}/,
  /\d{2}-[A-Z]{3}-\d/, /\d-[A-Z]{3}-\d{2}/, /[A-Z]{2}-\d{3}-[A-Z]/, /[A-Z]-\d{3}-[A-Z]{2}/, /[A-Z]{3}-\d{2}-[A-Z]/, /[A-Z]-\d{2}-[A-Z]{3}/, /\d-[A-Z]{2}-\d{3}/, /\d{3}-[A-Z]{2}-\d/,
];
const PLATE = new RegExp(`\\b(?:${PLATE_PATTERNS.map((p) => p.source).join('|')})\\b`, 'g');

export function findLicensePlates(text: string): Span[] {
  return [...text.matchAll(PLATE)]
    .filter((m) => /[A-Z]/.test(m[0]) && /\d/.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'LICENSE_PLATE' as const, source: 'license-plate-sidecode' }));
}
