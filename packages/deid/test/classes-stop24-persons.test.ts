// Classes of persons of stop 24 (deidacc24p): first names of origins the generated lists miss, and more places where a
// name stands alone. Invented examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { MORE_ORIGIN_FIRST_NAMES } from '../src/more-origin-names.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, PLACES, COUNTRIES } from '../src/lexicon.js';
import { has, lacks } from './detected.js';

describe('first names of Turkish, Kurdish and Azerbaijani origin', () => {
  it('is a person at a sentence start and in brackets', () => {
    has('De kinderen (Rojin en Şiyar) gaan naar groep 3.', 'PERSON', 'Rojin');
    has('Orxan woont sinds mei bij zijn tante.', 'PERSON', 'Orxan');
  });

  it('is a person before a surname, at a sentence start too', () => {
    has('Mevlüde Tekinalp komt donderdag langs.', 'PERSON', 'Mevlüde');
    has('Gesprek gevoerd. Nurşen heeft een opleiding gevonden.', 'PERSON', 'Nurşen');
  });

  it('is a person in lower case only with a letter Dutch never writes', () => {
    has('ik heb gülseren gisteren gebeld', 'PERSON', 'gülseren');
    lacks('de ramen zijn nog niet gewassen', 'PERSON', 'ramen');
  });

  it('lists no ordinary Dutch word, place or country, and no name the generated lists hold already', () => {
    for (const name of Object.values(MORE_ORIGIN_FIRST_NAMES).flatMap((names) => names.split(' '))) {
      const lower = name.toLowerCase();
      expect(NAMES_THAT_ARE_WORDS.has(lower) || PLACES.has(lower) || COUNTRIES.has(lower), name).toBe(false);
      expect(FIRST_NAMES.has(lower), name).toBe(false);
    }
  });
});
