import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, OUTPUT } from '../scripts/build-lexicon.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, PLACES, PLACES_THAT_ARE_WORDS, SURNAMES } from '../src/lexicon.js';

describe('word lists built from packages', () => {
  it('are what the build script makes from the installed packages (run it after an upgrade)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildLexicon());
  });

  it('hold Dutch places and municipalities, and mark those that are also words', () => {
    for (const place of ['zwolle', "'s-hertogenbosch", 'den haag', 'alphen aan den rijn']) expect(PLACES.has(place)).toBe(true);
    for (const word of ['best', 'putten', 'hoorn']) expect(PLACES_THAT_ARE_WORDS.has(word)).toBe(true);
    expect(PLACES_THAT_ARE_WORDS.has('zwolle')).toBe(false);
  });

  it('hold names, and mark those that are also ordinary Dutch words', () => {
    for (const name of ['yilmaz', 'jansen', 'henk', 'nguyen']) expect(FIRST_NAMES.has(name) || SURNAMES.has(name)).toBe(true);
    for (const word of ['bakker', 'visser', 'roos']) expect(NAMES_THAT_ARE_WORDS.has(word)).toBe(true);
    expect(NAMES_THAT_ARE_WORDS.has('yilmaz')).toBe(false);
    // Places are not names of people: "gezin Hoek" is found by its context, not by a list.
    expect(SURNAMES.has('zwolle')).toBe(false);
  });
});
