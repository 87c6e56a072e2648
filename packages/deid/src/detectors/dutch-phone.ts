import { Metadata } from 'libphonenumber-js/min';
import { isDigit } from './name-patterns.js';
import { codeAt } from '../scan.js';

// The common phone number in a Dutch note is written nationally: a 0 and nine more digits
// ("06-41873520", "(010) 414 55 66"). For that form libphonenumber's answer is one check against the
// Dutch numbering plan's pattern, but a call costs about 10 µs and 10 kB of objects (a third of
// findPhones on a note with numbers). This gives the same answer from the same metadata; every other
// form (+31, 0031, other lengths) still goes to libphonenumber. test/dutch-phone.test.ts compares
// both on numbers of every prefix.

/** The parts of libphonenumber's metadata classes read here (its typings leave most of them out). */
interface NumberingPlan {
  nationalNumberPattern(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  IDDPrefix(): string | undefined;
  possibleLengths(): number[] | undefined;
}
const plan = new Metadata() as unknown as { selectNumberingPlan(country: string): void; numberingPlan: NumberingPlan; hasTypes(): boolean };
plan.selectNumberingPlan('NL');
const numbering = plan.numberingPlan;
const NOT_DIGITS = /\D/g;
const NATIONAL_NUMBER = new RegExp(`^(?:${numbering.nationalNumberPattern()})$`);

/**
 * The shortcut holds only while the plan is as it is now: national prefix 0 (also for parsing, with
 * no rewriting rule), international prefix 00, no types (validity is the one pattern) and nine
 * digits a possible length. Checked once; where a new metadata version differs, every number goes
 * to the library.
 */
const SHORTCUT_HOLDS =
  numbering.nationalPrefix() === '0' &&
  (numbering.nationalPrefixForParsing() ?? '0') === '0' &&
  !numbering.nationalPrefixTransformRule() &&
  numbering.IDDPrefix() === '00' &&
  !plan.hasTypes() &&
  (numbering.possibleLengths()?.includes(9) ?? false);

/**
 * What `parsePhoneNumberFromString(input, 'NL')` says of a number written nationally, for input of
 * digits, spaces, hyphens, dashes and brackets: its national number where it is valid, null where
 * it is not, undefined where the input is of another form (then ask the library).
 */
export function nationalDutchNumber(input: string): string | null | undefined {
  if (!SHORTCUT_HOLDS) return undefined;
  // Counted and checked on the input first, the digits' string made once at the end: adding them one
  // by one made a string per digit.
  let count = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < input.length; i++) {
    const code = codeAt(input, i);
    if (isDigit(code)) {
      if (++count > 10) return undefined;
      if (count === 1) first = code;
      else if (count === 2) second = code;
    } else if (code !== 32 && code !== 45 && code !== 0x2013 && code !== 40 && code !== 41) return undefined;
  }
  // 0 and nine digits, the second no 0 (00 starts an international number).
  if (count !== 10 || first !== 48 || second === 48) return undefined;
  const digits = input.replace(NOT_DIGITS, '');
  // The library strips the 0, unless the whole number fits the plan and the rest does not.
  const stripped = digits.slice(1);
  const national = NATIONAL_NUMBER.test(stripped) || !NATIONAL_NUMBER.test(digits) ? stripped : digits;
  return NATIONAL_NUMBER.test(national) ? national : null;
}
