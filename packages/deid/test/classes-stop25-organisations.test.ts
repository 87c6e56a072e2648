// Classes of issue 13's organisations and places of stop 25 (deidacc25o). Each with invented examples, what a rule must
// find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { MORE_LOCAL_ORGANISATIONS } from '../src/more-local-organisations.js';
import { standsAlone } from '../src/detectors/organisations-listed-later.js';
import { has, lacks } from './detected.js';

describe('local organisations of the kinds the earlier lists left thin, found after the statistical layer', () => {
  it.each([
    ['Vanmiddag gebeld met Pantar over zijn rooster.', 'Pantar', 'PERSON'],
    ['Overleg met Kadera en de huisarts over de veiligheid.', 'Kadera', 'PERSON'],
    ['Hij gaat straks naar Adelante voor de revalidatie.', 'Adelante', 'CITY'],
    ['Zij slaapt sinds dinsdag in Arosa en wacht op een woning.', 'Arosa', 'CITY'],
  ])('an organisation a person or place rule guessed as a name: %s', (text, name, guess) => {
    has(text, 'INSTITUTION', name);
    lacks(text, guess, name);
  });

  it('an organisation named after a person, with a word of its kind, is no person', () => {
    const text = 'Ze werkt samen met Ottho Gerhard Heldringstichting aan een plan.';
    has(text, 'INSTITUTION', 'Ottho Gerhard Heldringstichting');
    lacks(text, 'PERSON', 'Ottho Gerhard');
  });

  it.each([
    ['Woonwijze: huurwoning', 'Woonwijze'],
    ['Woonwijze: zelfstandig, met partner', 'Woonwijze'],
    ['Tussenvoorziening is nodig voor deze cliënt.', 'Tussenvoorziening'],
    ['Baanbrekers in de zorg waren aanwezig.', 'Baanbrekers'],
    ['Bouwmensen kwamen de keuken repareren.', 'Bouwmensen'],
  ])('leaves an ordinary noun or a form field at a line or sentence start: %s', (text, word) => {
    lacks(text, 'INSTITUTION', word);
  });

  it.each([
    ['hij zit nu bij de tussenvoorziening', 'tussenvoorziening'],
    ['we gaan met de bouwmensen praten', 'bouwmensen'],
    ['gesprek met de baanbrekers van de school', 'baanbrekers'],
    ['ze woont nu via het oranjehuis', 'oranjehuis'],
    ['hij gaat naar de stromenland', 'stromenland'],
    ['ze zijn blij met de woonwijze', 'woonwijze'],
    ['ze belt met de kadera van haar zus', 'kadera'],
  ])('leaves a lower-case word after an article: %s', (text, word) => {
    lacks(text, 'INSTITUTION', word);
  });

  it.each([
    ['gesprek met de Zorgboog over thuiszorg.', 'Zorgboog'],
    ['vanochtend contact met de Pantar over zijn uren.', 'Pantar'],
  ])('leaves no bare article as a person before a listed name: %s', (text, name) => {
    has(text, 'INSTITUTION', name);
    lacks(text, 'PERSON', 'de');
  });

  it.each([
    ['anna: ik heb net gebeld met kadera, ze hebben plek', 'kadera'],
    ['ik ga morgen met pantar praten over zijn uren', 'pantar'],
  ])('a listed name of one word in lower case after a word that introduces it: %s', (text, name) => {
    has(text, 'INSTITUTION', name);
  });

  it('leaves a lower-case listed name without such a word before it', () => {
    lacks('kadera staat nog op de lijst', 'INSTITUTION', 'kadera');
  });

  it('reads a name only with the capitals it is listed with', () => {
    // "Mooi welzijn" in lower case inside a sentence is a phrase, not the organisation.
    lacks('Het gaat hem om mooi welzijn voor iedereen.', 'INSTITUTION', 'mooi welzijn');
  });

  it('lists no name that is alone a first name, a surname, a place or a generic service', () => {
    expect(MORE_LOCAL_ORGANISATIONS.split('|').filter((name) => !standsAlone(name))).toEqual([]);
  });
});

describe('towns called by their common name rather than the listed one', () => {
  it.each([
    ['Zegt dat hij bij een neef in Den Bosch logeert.', 'Den Bosch'],
    ['Ze wil in den bosch blijven wonen.', 'den bosch'],
    ['hij woont nu in dordt bij zijn zus', 'dordt'],
  ])('is a place, no surname: %s', (text, place) => {
    has(text, 'CITY', place);
    lacks(text, 'PERSON', place);
  });

  it.each([
    ['Brief aan mw. van den Bosch over de huur.', 'van den Bosch'],
    ['Gesprek met Ilse van den Bosch en haar zoon.', 'Ilse van den Bosch'],
  ])('leaves the surname after a tussenvoegsel: %s', (text, person) => {
    has(text, 'PERSON', person);
    lacks(text, 'CITY', 'den Bosch');
  });

  it('leaves an organisation that ends in the town whole', () => {
    has('Stichting Opvang Den Bosch belde over de aanmelding.', 'INSTITUTION', 'Stichting Opvang Den Bosch');
  });
});
