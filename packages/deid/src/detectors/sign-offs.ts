// The writer's sign-off on a note's last line: initials or a first name alone, perhaps after a dash or a slash ("-KdV",
// "/ts", "pb", "– jolien"), as a worker ends a journal entry or a message. Only the text's last line is read, and only a
// shape no heading or role has: letters of initials that are no word, or a first name of the lists that is no word.
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { NO_ONES_INITIALS } from './abbreviations.js';

/** The last line: an optional dash or slash, then one token of letters (a full stop after one capital), then the end. */
const LAST_LINE = /(?:^|\n)[ \t]*([-–—/][ \t]?)?(\p{L}[\p{L}]{0,23}|\p{Lu}\.)[ \t]*\s*$/u;
/** Worker's initials: two or three lower-case letters ("pb", "ts"), or capitals with the tussenvoegsel's letters ("KdV", "PvdB"). */
const INITIALS = /^(?:\p{Ll}{2,3}|\p{Lu}(?:v|vd|vdd|d|t|te)\p{Lu}|\p{Lu}\.)$/u;
/**
 * Initials in capitals only ("HJ", "ABK") are as often an agency, a benefit or a currency ("UWV", "WW", "EUR") ending a
 * list: taken only right after a dash or a slash with no space, as a writer signs ("-HJ"), not a list's bullet ("- WW").
 */
const CAPITALS = /^\p{Lu}{2,3}$/u;
/** Short words that end notes but name no one. */
const NO_SIGN_OFF = new Set([
  'ok',
  'oke',
  'oké',
  'nb',
  'ps',
  'nvt',
  'tbc',
  'tvt',
  'ja',
  'nee',
  'top',
  'thx',
  'mvg',
  'gr',
  'grt',
  'ok.',
  'wg',
  'mt',
  'bvd',
  'idem',
  // Abbreviations notes end with: "zo snel mogelijk", "te zijner tijd", "in verband met" …
  'zsm',
  'tzt',
  'evt',
  'ivm',
  'mbt',
  'nav',
  'obv',
  'iom',
  'wrs',
  'gsm',
  'sms',
  'aub',
  'svp',
  'wsl',
  'mvh',
]);

/** A list item's start: a bullet, a number or a letter and a full stop or bracket. */
const LIST_ITEM = /^[ \t]*(?:[-–—•*·]|\d+[.)]|\p{L}[.)])/u;

/**
 * Whether the line before the last one (at `lastLine`, its newline included) is prose, no list item: capitals alone on a
 * note's last line under a paragraph sign it ("…verstuurd.\nKB"), under a list's items they end the list ("- WW\nAOW").
 */
function afterProse(text: string, lastLine: number): boolean {
  let end = lastLine;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return false;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end);
  return !LIST_ITEM.test(line) && /[.!?)]$/.test(line);
}

export function findSignOff(text: string): Span[] {
  // Only the end of the text: a sign-off is short.
  const from = Math.max(0, text.length - 40);
  const m = LAST_LINE.exec(text.slice(from));
  if (!m) return [];
  const dash = m[1];
  const token = m[2]!;
  const lower = token.toLowerCase();
  if (NO_SIGN_OFF.has(lower) || NO_ONES_INITIALS.has(token) || NOT_NAMES.has(lower) || PLACES.has(lower) || GENERIC_SERVICES.has(lower))
    return [];
  const signed = CAPITALS.test(token) ? (dash === undefined ? afterProse(text, from + m.index) : dash.length === 1) : INITIALS.test(token);
  const initials = signed && !isCommon(lower) && !NAMES_THAT_ARE_WORDS.has(lower);
  const firstName = token.length >= 3 && FIRST_NAMES.has(lower) && !NAMES_THAT_ARE_WORDS.has(lower) && !isCommon(lower);
  if (!initials && !firstName) return [];
  const start = from + m.index + m[0].lastIndexOf(token, m[0].length);
  return [{ start, end: start + token.length, label: 'PERSON', source: 'person-sign-off' }];
}
