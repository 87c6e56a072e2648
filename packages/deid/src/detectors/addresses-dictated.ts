// A dictated address: a street in lower case and its number said in words ("op de lindelaan zesenveertig in …",
// "vogelstraat drie honderd twaalf b komma"), as speech recognition writes them. From a word of the scan that ends in
// a street's kind; the number must end where a dictated clause does ("in", "komma", "punt", a mark, the line's end), so
// "de kerkweg twee keer" stays words.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

const UNIT = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const TEN = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)';
/** A unit standing alone, but not "een": after a street it is the article as often ("op het schoolplein een en ander"). */
const UNIT_ALONE = '(?:twee|drie|vier|vijf|zes|zeven|acht|negen)';
const BELOW_HUNDRED = `(?:${UNIT}(?:en|ën)${TEN}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|${TEN}|${UNIT_ALONE})`;
/** Its number in words up to 999, written as one word or in pieces, a letter after it, then where the clause goes on. */
const NUMBER_SAID = new RegExp(
  `^ (?:(?:${UNIT} ?)?honderd(?: ?(?:en )?${BELOW_HUNDRED})?|${UNIT}honderd(?:en)?${BELOW_HUNDRED}?|${BELOW_HUNDRED})(?: [a-z](?![\\p{L}\\d]))?(?=[ \\t]*(?:[,.;!?)]|\\r?\\n|$)| (?:in|te|komma|punt|op|bij|en)(?![\\p{L}]))`,
  'u',
);
/** The kinds a lower-case word is a street by (not -veld, -tuin, -hoek …, which end ordinary words as often). */
const ENDS_IN_STREET_KIND =
  /\p{Ll}{3}(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|dreef|steeg|pad|wal|plantsoen|markt|vaart|boulevard)$/u;

/** ADDRESS spans of lower-case streets with their number said in words. */
export function findDictatedAddresses(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  const { wordStarts, wordEnds, wordCount } = found;
  for (let w = 0; w + 1 < wordCount; w++) {
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    const first = codeAt(text, start);
    if (first < 97 || first > 122 || end - start < 6 || codeAt(text, end) !== 32 || codeAt(text, start - 1) === 45) continue;
    const word = text.slice(start, end);
    // A common word with a street's ending ("snelweg", "fietspad") is none.
    if (!ENDS_IN_STREET_KIND.test(word) || isCommon(word)) continue;
    const m = NUMBER_SAID.exec(text.slice(end, end + 48));
    if (m) spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-dictated' });
  }
  return spans;
}
