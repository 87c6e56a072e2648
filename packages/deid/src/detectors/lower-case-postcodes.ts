// A postcode typed in lower case ("1483zp", "5731 rk") before a listed place: "1234ab" alone is too often something else (a
// unit, a size), but before the name of a town (one that is also a word, "Hoorn", only with its capital), after a space, a
// tab, a bar or a comma, it is the postcode of an address. Tried only at the scan's runs of four digits with two lower-case
// letters after them. The only rule for such a postcode before a place (after an address: beside-spans.ts).
import type { Span } from '../labels.js';
import { PLACES, PLACES_THAT_ARE_WORDS } from '../lexicon.js';
import { classAt, codeAt, digitRunsWhere, LETTER, matchesAt, type Scan } from '../scan.js';

/** The postcode, a separator, and up to four words of a place (letters, hyphens, "'s-"), case as written. */
const POSTCODE_BEFORE_PLACE =
  /([1-9]\d{3} ?[a-z]{2})(?:[ \t]{1,8}|[ \t]*[|,][ \t]*)((?:'s-)?\p{L}[\p{L}-]*(?: (?:aan|op|den|de|der|a\/d|\p{L}[\p{L}-]*)){0,3})/gu;
/**
 * Two letters that follow a number as a word, an addition, a unit or a weekday ("1408 in Almere", "2011 te Hoorn", "45 hs",
 * "1500 kg", "2019 wo Utrecht"), not a postcode's.
 */
const SHORT_WORDS = new Set(
  'in te op en om of af al nu zo ja je ze we na ik er is de uw mn zn hs bg nr ca sa sd ss km kg cm pp bv nv vs ma di wo do vr za'.split(
    ' ',
  ),
);
/** Where a postcode's field starts: a line (perhaps indented), or after a comma, a bar or a tab; not after a word (a house number, a year). */
const FIELD_START = /(?:^|\n|[,|\t])[ \t]*$/;
const isLowerAscii = (code: number) => code >= 97 && code <= 122;
const isUpperAscii = (code: number) => code >= 65 && code <= 90;

/** Where four digits start that two lower-case letters follow, with or without a space, and no digit or letter before. */
function candidates(found: Scan): number[] {
  const { text } = found;
  return digitRunsWhere(found, (start, end, next) => {
    if (end - start !== 4 || codeAt(text, start) === 48 || (start > 0 && (classAt(text, start - 1) & LETTER) !== 0)) return false;
    const first = next === 32 ? end + 1 : end;
    return (
      isLowerAscii(codeAt(text, first)) &&
      isLowerAscii(codeAt(text, first + 1)) &&
      (classAt(text, first + 2) & LETTER) === 0 &&
      !SHORT_WORDS.has(text.slice(first, first + 2)) &&
      FIELD_START.test(text.slice(Math.max(0, start - 12), start))
    );
  });
}

/** The longest listed place among the first words, as its length, or 0; a place that is also a word ("Hoorn") only with its capital. */
function placeLength(words: string): number {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(' ');
    const lower = candidate.toLowerCase();
    if (PLACES.has(lower) && (!PLACES_THAT_ARE_WORDS.has(lower) || isUpperAscii(codeAt(candidate, 0)))) return candidate.length;
  }
  return 0;
}

export function findLowerCasePostcodes(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const m of matchesAt(POSTCODE_BEFORE_PLACE, text, candidates(found), found)) {
    const length = placeLength(m[2]!);
    if (length === 0 || (classAt(text, m.index + m[0].length - m[2]!.length + length) & LETTER) !== 0) continue;
    spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'POSTCODE', source: 'postcode-before-place' });
    const placeStart = m.index + m[0].length - m[2]!.length;
    spans.push({ start: placeStart, end: placeStart + length, label: 'CITY', source: 'city-after-postcode' });
  }
  return spans;
}
