import type { CapitalisedWords } from './scan.js';

/**
 * A number per capitalised word (which lists hold it, say), made once per word as written and kept
 * between calls by the word's id (`CapitalisedWords.ids`): an array read where each occurrence was
 * a lookup in sets of tens of thousands of words (about 75 ns each, several per word and detector).
 * It holds numbers only, no text; the words themselves are in scan.ts's memo of lower-case copies.
 */
export class WordFacts {
  /** Each id's fact plus one; 0 where it is not made yet. */
  private values = new Int32Array(4096);
  private generation = -1;

  /** `make` must depend on the lower-case word alone, and give a whole number from 0 to 2^31 - 2. */
  constructor(private readonly make: (lower: string) => number) {}

  /** The fact of capitalised word `c`. */
  of(words: CapitalisedWords, c: number): number {
    if (words.generation !== this.generation) {
      // The ids started over (see capitalisedWords): what was kept belongs to other words now.
      this.values.fill(0);
      this.generation = words.generation;
    }
    const id = words.ids[c]!;
    if (id >= this.values.length) {
      const grown = new Int32Array(Math.max(id + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    let value = this.values[id]!;
    if (value === 0) this.values[id] = value = this.make(words.lowers[c]!) + 1;
    return value - 1;
  }
}
