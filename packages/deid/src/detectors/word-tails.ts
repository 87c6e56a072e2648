import { codeAt } from '../scan.js';

/** A 16-bit key of the three characters before `end`: equal for equal tails (unequal ones rarely share one, which only costs a look). */
export const tailKey = (text: string, end: number) =>
  (codeAt(text, end - 3) * 961 + codeAt(text, end - 2) * 31 + codeAt(text, end - 1)) & 0xffff;

/**
 * The tails' keys of endings of three characters or more, marked: a word that ends in one of them has a marked key, so
 * most words are ruled out by one read before a pattern or a comparison looks at them.
 */
export function tailsOf(endings: readonly string[]): Uint8Array {
  const tails = new Uint8Array(1 << 16);
  for (const ending of endings) {
    if (ending.length < 3) throw new Error(`an ending of fewer than three characters: ${ending}`);
    tails[tailKey(ending, ending.length)] = 1;
  }
  return tails;
}
