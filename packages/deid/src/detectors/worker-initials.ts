// A worker's initials with the tussenvoegsel's letters in lower case ("GvW", "TvdK", "SvdH", "RdW"), as teams sign
// notes, fill a table's column or name who acts. Tried on the scan's words of three to five letters only.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';

/** A capital, the tussenvoegsel's letters (v, vd, vdd, d, t, te) and the surname's capital, perhaps one more letter. */
const INITIALS = /^[A-Z](?:v|vd|vdd|d|t|te)[A-Z][a-z]?$/;
/**
 * Abbreviations of that shape that name bodies, schools, plans, laws and parties, no one: Kamer van Koophandel, plan
 * van aanpak, Hogeschool van Amsterdam, Raad van Bestuur, Wetboek van Strafrecht, Partij voor de Dieren, …
 */
const NOT_INITIALS = new Set([
  'KvK',
  'PvA',
  'PvdA',
  'VvE',
  'RvdK',
  'RvS',
  'RvT',
  'RvC',
  'CvB',
  'MvT',
  'CvdK',
  'PvE',
  'OvJ',
  'HvJ',
  'HvA',
  'UvA',
  'UvT',
  'UvH',
  'UvU',
  'RvB',
  'RvA',
  'BvR',
  'CvA',
  'MvA',
  'MvO',
  'NvW',
  'NvT',
  'WvS',
  'WvSr',
  'WvK',
  'PvdD',
  'PvdV',
]);
/** "de RvB", "bij het CvB": an article before the letters makes them a body's name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:de|het|De|Het)[ \t]$/u;

/** "art. 141 WvSr", "lid 2 RvA": a number right before the letters makes them a law's or a body's… */
const NUMBER_BEFORE = /\d[a-z]?[ \t]$/;
/** … unless it ends a date, after which a worker signs what they did ("12-03 GvW: gebeld"). */
const DATE_BEFORE = /(?<!\d)\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?[ \t]$/;

/** A word of running text in lower case right before: "met ", "gemeld bij ". */
const LOWER_WORD_BEFORE = /(?<![\p{L}])\p{Ll}\p{L}*[ \t]$/u;

const isUpper = (code: number) => code >= 65 && code <= 90;

export function findWorkerInitials(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (let w = 0; w < found.wordCount; w++) {
    const start = found.wordStarts[w]!;
    const end = found.wordEnds[w]!;
    const second = codeAt(text, start + 1);
    // Most words are passed over by their length, their first capital and the v, d or t after it.
    if (end - start < 3 || end - start > 5 || !isUpper(codeAt(text, start)) || (second !== 118 && second !== 100 && second !== 116))
      continue;
    const word = text.slice(start, end);
    if (!INITIALS.test(word) || NOT_INITIALS.has(word)) continue;
    // Part of a code ("MLD-HvT-26"): a hyphen, a slash or a digit beside it.
    if (/[-/\d]/.test(text[start - 1] ?? '') || /[-/\d]/.test(text[end] ?? '')) continue;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (NUMBER_BEFORE.test(before) && !DATE_BEFORE.test(before)) continue;
    // "overleg met de RvB", "gemeld bij KvK": after a lower-case word of running text the letters name a body more often
    // than a worker, who signs, heads a cell or follows a date or a label.
    if (LOWER_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    spans.push({ start, end, label: 'PERSON', source: 'person-worker-initials' });
  }
  return spans;
}
