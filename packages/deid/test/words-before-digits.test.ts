import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { lastWordsBeforeDigits } from '../src/detectors/words-before-digits.js';

/** The word (as text) that lastWordsBeforeDigits gives for each run of digits, '' for none. */
function wordsBefore(text: string): string[] {
  const found = scan(text);
  return [...lastWordsBeforeDigits(found)].map((w) => (w < 0 ? '' : text.slice(found.wordStarts[w], found.wordEnds[w])));
}

describe('lastWordsBeforeDigits', () => {
  it('gives the last word that ends before the character before each run of digits', () => {
    expect(wordsBefore('12 Kerkstraat 4, Dorpsstr. 7 en nummer 9')).toEqual(['', 'Kerkstraat', 'Dorpsstr', 'nummer']);
  });

  it('gives the word before a word that touches the run ("abc9": the run is not a word of its own)', () => {
    expect(wordsBefore('eerst dan abc9')).toEqual(['dan']);
  });

  it('is the same list when asked twice for one scan', () => {
    const found = scan('Laan 3 en Weg 5');
    expect(lastWordsBeforeDigits(found)).toBe(lastWordsBeforeDigits(found));
  });
});
