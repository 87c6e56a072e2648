import type { CapitalisedWords } from '../scan.js';

/**
 * The four classes' scores of each capitalised word's own features (its form and the lists that hold it, which depend on
 * the lower-case word alone), kept between calls by the word's id (`CapitalisedWords.ids`), as `WordFacts` keeps one
 * number: the features were hashed again for each word in each call, and kept by the word as written for the call only.
 * Numbers only, no text.
 */
export class WordScores {
  /** Four scores per id. */
  private scores = new Int32Array(4 * 4096);
  /** 1 where an id's scores are made. */
  private made = new Uint8Array(4096);
  private generation = -1;

  /** `make` must depend on the lower-case word alone and write the word's four scores into `into` at `at`. */
  constructor(private readonly make: (lower: string, into: Int32Array, at: number) => void) {}

  /** Where capitalised word `c`'s four scores start in `values` (read them at once: the store may grow with the next word). */
  of(words: CapitalisedWords, c: number): number {
    if (words.generation !== this.generation) {
      // The ids started over (see capitalisedWords): what was kept belongs to other words now.
      this.made.fill(0);
      this.generation = words.generation;
    }
    const id = words.ids[c]!;
    if (id >= this.made.length) {
      const size = Math.max(id + 1, this.made.length * 2);
      const scores = new Int32Array(4 * size);
      scores.set(this.scores);
      this.scores = scores;
      const made = new Uint8Array(size);
      made.set(this.made);
      this.made = made;
    }
    if (this.made[id] === 0) {
      this.make(words.lowers[c]!, this.scores, 4 * id);
      this.made[id] = 1;
    }
    return 4 * id;
  }

  get values(): Int32Array {
    return this.scores;
  }
}
