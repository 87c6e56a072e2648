import type { CapitalisedWords } from './scan.js';

/**
 * The capitalised word of the scan that is text[start, end) exactly (its index), or -1: by bisection of the words'
 * starts. Its index leads to what is kept by the word's id (`WordFacts`), where a slice, a lower-case copy and lookups
 * in the word lists were made again.
 */
export function capitalisedWordAt(words: CapitalisedWords, start: number, end: number): number {
  let low = 0;
  let high = words.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words.starts[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < words.starts.length && words.starts[low] === start && words.ends[low] === end ? low : -1;
}
