import type { Scan } from '../scan.js';

/** Kept per scan, as the other things detectors derive from it (several rules look at the words before numbers). */
const known = new WeakMap<Scan, Int32Array>();

/**
 * For each run of digits (`found.digitStarts[i]`), the last word that ends before the character
 * right before it (-1 if none): "Kerkstraat 12" gives "Kerkstraat", "Kerkstr. 12" gives "Kerkstr".
 * Rules that want a word a space or two before a number look from the numbers, not from every word.
 */
export function lastWordsBeforeDigits(found: Scan): Int32Array {
  let words = known.get(found);
  if (words !== undefined) return words;
  const { wordEnds, wordCount, digitStarts } = found;
  words = new Int32Array(digitStarts.length);
  let w = -1;
  for (let i = 0; i < digitStarts.length; i++) {
    const before = digitStarts[i]! - 1;
    while (w + 1 < wordCount && wordEnds[w + 1]! <= before) w++;
    words[i] = w;
  }
  known.set(found, words);
  return words;
}
