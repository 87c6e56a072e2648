// A family's children and their ages in one row, in digits, in words or both, read after the statistical layer (its
// training notes stay the rules' output): "kids 4, 8 en 12.", "kinderen 4, 8, 10 |", "drie tieners (12, 14, 16)",
// "broertjes van zes en negen.", "de kinderen zijn drie komma zes en tien punt" (dictated). The other age rules read a
// row only after some of these words, only in digits, or only where a unit ends it.
import type { Span } from '../labels.js';
import { matchesAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { TENS } from './age-years.js';

export const UNIT = 'twee|drie|vier|vijf|zes|zeven|acht|negen';
const TEEN = 'tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien';
/** An age as a number word from one to ninety-nine ("één" only with its accents: "een" is an article), or "anderhalf". */
export const AGE_IN_WORDS = String.raw`(?:één|anderhalf|${UNIT}|${TEEN}|(?:(?:een|${UNIT})(?:en|ën))?(?:${TENS}))`;
/** One age: digits or a number word, as a whole word. */
const AGE = String.raw`(?:\d{1,2}|${AGE_IN_WORDS})(?![\p{L}\d])`;
/** The words for children that may lead a row of their ages. */
const CHILDREN = 'kinderen|kids|kinders|tieners|broertjes|zusjes|broers|zussen|zonen|zoons|dochters|kleinkinderen|jongens|meisjes|meiden';
/** Between the children and their ages: "van", "zijn", "nu", a comma, a colon or a bracket. */
const LEAD = String.raw`(?: (?:van|zijn|nu|inmiddels))*(?:[ \t]\(|[,:]?[ \t])`;
/** Between two ages: a comma, "en", or "komma" as speech recognition writes a comma. */
const BETWEEN = String.raw`(?:, |,? en | komma )`;
/**
 * What ends the row: its unit maybe, then a clause's, cell's or line's end, a dictated "punt", or "en" before something
 * that is no age ("en de oudste …"). A number, a date's month or a unit of counting after it makes the row none.
 */
const END = String.raw`(?:[ \t](?:jaar|jr|maanden|mnd)(?![\p{L}]))?(?=[ \t]*(?:[,;|)!?\t\n\r]|\.(?!\d)|$)| punt(?![\p{L}])| en (?!${AGE}(?![\p{L}\d])))`;
const ROW = new RegExp(String.raw`(?:${CHILDREN})${LEAD}(?:een jaar of |ongeveer |rond de )?(${AGE}(?:${BETWEEN}${AGE})+)${END}`, 'iu');
const CUES = phrasesOf(CHILDREN.split('|'));
const ONE_AGE = new RegExp(String.raw`(?<![\p{L}\d])${AGE}`, 'giu');

/** AGE spans of each age in a row of children's ages. */
export function findAgesInRows(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const m of matchesAt(ROW, text, phraseStarts(found, CUES), found)) {
    const row = m[1]!;
    const rowStart = m.index + m[0].lastIndexOf(row);
    for (const age of row.matchAll(ONE_AGE)) {
      const start = rowStart + age.index;
      spans.push({ start, end: start + age[0].length, label: 'AGE', source: 'age-row-of-children' });
    }
  }
  return spans;
}
