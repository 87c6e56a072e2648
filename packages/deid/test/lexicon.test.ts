import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, OUTPUT } from '../scripts/build-lexicon.js';
import {
  COUNTRIES,
  FIRST_NAMES,
  GENERIC_SERVICES,
  KNOWN_INSTITUTIONS,
  LIST,
  listsOf,
  NAMES_THAT_ARE_WORDS,
  NOT_NAMES,
  PLACES,
  PLACES_ABROAD,
  PLACES_THAT_ARE_WORDS,
  SURNAMES,
} from '../src/lexicon.js';

describe('word lists built from packages', () => {
  it('are what the build script makes from the installed packages (run it after an upgrade)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildLexicon());
  }, 30_000);

  it('hold Dutch places and municipalities, and mark those that are also words', () => {
    for (const place of ['zwolle', "'s-hertogenbosch", 'den haag', 'alphen aan den rijn']) expect(PLACES.has(place)).toBe(true);
    for (const word of ['best', 'putten', 'hoorn']) expect(PLACES_THAT_ARE_WORDS.has(word)).toBe(true);
    expect(PLACES_THAT_ARE_WORDS.has('zwolle')).toBe(false);
    // Official names, hyphenated spellings, and neighbourhoods of the big cities.
    for (const place of ["'s-gravenhage", 'súdwest-fryslân', 'sudwest-fryslan', 'overvecht', 'tarwewijk', 'schilderswijk'])
      expect(PLACES.has(place)).toBe(true);
  });

  it('hold names, and mark those that are also ordinary Dutch words', () => {
    for (const name of ['yilmaz', 'jansen', 'henk', 'nguyen']) expect(FIRST_NAMES.has(name) || SURNAMES.has(name)).toBe(true);
    for (const word of ['bakker', 'visser', 'roos']) expect(NAMES_THAT_ARE_WORDS.has(word)).toBe(true);
    expect(NAMES_THAT_ARE_WORDS.has('yilmaz')).toBe(false);
    // Places are not names of people: "gezin Hoek" is found by its context, not by a list.
    expect(SURNAMES.has('zwolle')).toBe(false);
    // Inflected forms that start letters and lines (Beste collega, Kunt u) are words, not only the dictionary's stems.
    for (const word of ['beste', 'kunt']) expect(NAMES_THAT_ARE_WORDS.has(word)).toBe(true);
    // Names of the origins common in Dutch neighbourhoods.
    for (const name of ['hiba', 'mohammed', 'youssef']) expect(FIRST_NAMES.has(name)).toBe(true);
  });

  it('answer has and listsOf from one table that agrees with every list, and stay fixed', () => {
    const lists = [
      [FIRST_NAMES, LIST.FIRST_NAME],
      [SURNAMES, LIST.SURNAME],
      [NAMES_THAT_ARE_WORDS, LIST.NAME_WORD],
      [PLACES, LIST.PLACE],
      [PLACES_THAT_ARE_WORDS, LIST.PLACE_WORD],
      [PLACES_ABROAD, LIST.PLACE_ABROAD],
      [NOT_NAMES, LIST.NOT_NAME],
      [GENERIC_SERVICES, LIST.GENERIC_SERVICE],
      [COUNTRIES, LIST.COUNTRY],
      [KNOWN_INSTITUTIONS, LIST.KNOWN_INSTITUTION],
    ] as const;
    const everyWord = new Set(lists.flatMap(([list]) => [...list]));
    for (const word of [...everyWord, 'geen-woord-van-een-lijst', 'Jansen', ''])
      for (const [list, bit] of lists) {
        // The bit of a list is set exactly for its words, and `has` says the same as the words the Set holds
        // (Set.prototype.has itself, which the large lists' own `has` passes over).
        const member = Set.prototype.has.call(list, word);
        if (((listsOf(word) & bit) !== 0) !== member || list.has(word) !== member) expect([word, bit, member]).toBe('agreeing');
      }
    expect(listsOf('jansen') & LIST.SURNAME).toBe(LIST.SURNAME);
    expect(listsOf('Jansen')).toBe(0);
    expect(() => (FIRST_NAMES as Set<string>).add('nieuw')).toThrow('fixed');
    expect(() => (PLACES as Set<string>).delete('zwolle')).toThrow('fixed');
    expect(FIRST_NAMES.size).toBeGreaterThan(10_000);
  }, 60_000);
});
