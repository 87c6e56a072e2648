import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { nationalDutchNumber } from './dutch-phone.js';
import { isServiceNumber } from './structured.js';

/**
 * Whether a 0 and nine digits are a personal Dutch line: valid in the Dutch plan (directly where
 * dutch-phone.ts's shortcut holds, else by the library, as findPhones judges a written number) and
 * no public service number. The check of numbers read from odd forms: spoken, slashed, digit by digit.
 */
export function isPersonalDutchLine(digits: string): boolean {
  if (digits.length !== 10) return false;
  let national = nationalDutchNumber(digits);
  if (national === undefined) national = parsePhoneNumberFromString(digits, 'NL')?.isValid() ? digits.slice(1) : null;
  return national !== null && !isServiceNumber(national);
}
