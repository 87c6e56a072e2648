// Phone numbers said aloud in pieces the rule of `spoken-phones.ts` does not read: with pauses written as ellipses
// ("nul zes... veertien... tweeëntachtig..."), and without the leading zero, added after ("zes, twaalf, … met een nul
// ervoor"). Each from a word the scan lists ("nul", "ervoor"); a number only where ten digits make a personal Dutch line.
import type { Span } from '../labels.js';
import { hashOf, type Scan } from '../scan.js';
import { isPersonalDutchLine } from './personal-dutch-line.js';
import { digitsOf } from './spoken-phones.js';
import { said, spokenRun } from './spoken-runs.js';

const NUL = hashOf('nul');
const ERVOOR = hashOf('ervoor');
const MET = hashOf('met');
const EEN = new Set(['een', 'één'].map(hashOf));
/** Between two number words of one number: spaces, commas, dashes, pauses. */
const SEPARATOR = /^[ \t,.…\-–—]+$/;

/** Where the number words from `at` that say exactly `length` digits end, and those digits; or undefined. */
function numberFrom(text: string, at: number, length: number): { end: number; digits: string } | undefined {
  const run = spokenRun(text, at, length, false);
  let n = 0;
  let count = 0;
  while (n < run.length && count < length) count += run[n++]!.digits.length;
  if (count !== length || n < 3) return undefined;
  return { end: run[n - 1]!.end, digits: said(run.slice(0, n)) };
}

const phoneSpan = (start: number, end: number): Span => ({ start, end, label: 'PHONE', source: 'phone-said-in-pieces' });

/** PHONE spans of numbers said with pauses or with their zero said after. */
export function findPhonesSaidInPieces(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  const { wordHashes, wordStarts, wordEnds, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const hash = wordHashes[w]!;
    if (hash === NUL && (w === 0 || wordEnds[w - 1]! < wordStarts[w]! - 1 || text[wordStarts[w]! - 1] !== '-')) {
      // "Nul zes... vier een...": ten digits from the zero.
      const number = numberFrom(text, wordStarts[w]!, 10);
      if (number && number.digits[1] !== '0' && isPersonalDutchLine(number.digits)) {
        spans.push(phoneSpan(wordStarts[w]!, number.end));
        while (w + 1 < wordCount && wordStarts[w + 1]! < number.end) w++;
      }
    } else if (hash === ERVOOR && w >= 3 && wordHashes[w - 1] === NUL) {
      // "… met (een) nul ervoor": nine digits said before it, their first no zero.
      let last = w - 2;
      if (EEN.has(wordHashes[last]!)) last--;
      if (wordHashes[last] !== MET) continue;
      last--;
      let first = last;
      while (
        first > 0 &&
        digitsOf(text.slice(wordStarts[first - 1]!, wordEnds[first - 1]!).toLowerCase()) !== null &&
        SEPARATOR.test(text.slice(wordEnds[first - 1]!, wordStarts[first]!))
      )
        first--;
      if (first < 0 || digitsOf(text.slice(wordStarts[first]!, wordEnds[first]!).toLowerCase()) === null) continue;
      // Nine digits, read from the earliest word that leaves exactly nine up to the last.
      for (let k = first; k <= last; k++) {
        const number = numberFrom(text, wordStarts[k]!, 9);
        if (number && number.end === wordEnds[last] && number.digits[0] !== '0' && isPersonalDutchLine(`0${number.digits}`)) {
          spans.push(phoneSpan(wordStarts[k]!, number.end));
          break;
        }
      }
    }
  }
  return spans;
}
