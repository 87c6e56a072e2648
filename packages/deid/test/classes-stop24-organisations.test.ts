// Classes of issue 13's organisations and places of stop 24 (deidacc24o). Each with invented examples, what a rule must
// find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

describe('an organisation of one unlisted word right after the person who works there and "van"', () => {
  it.each([
    ['Ik heb gebeld met Ruud van Brugwerk over de wachtlijst.', 'Ruud', 'Brugwerk'],
    ['Overleg met Fleur van Stroomhuis over de aanvraag.', 'Fleur', 'Stroomhuis'],
    ['Samen met Fleur Bakker van Vitaalhuis op huisbezoek geweest.', 'Fleur Bakker', 'Vitaalhuis'],
  ])('is an organisation beside the person: %s', (text, person, organisation) => {
    has(text, 'PERSON', person);
    has(text, 'INSTITUTION', organisation);
    lacks(text, 'PERSON', `${person} van ${organisation}`);
  });

  it.each([
    ['Gesprek met Kees van Plantaris gehad. Morgen bellen we samen met Plantaris over een plek.', 'Kees', 'Plantaris'],
    ['Gesprek met Kees van Stroomhuis en moeder.', 'Kees', 'Stroomhuis'],
    ['Gesprek met Kees van Lumio en moeder.', 'Kees', 'Lumio'],
  ])('splits a name found over "van" where the word recurs alone or has an organisation\'s shape: %s', (text, person, word) => {
    has(text, 'PERSON', person);
    has(text, 'INSTITUTION', word);
  });

  it('marks a split organisation again where a person rule found it alone', () => {
    const text = 'Gesprek met Kees van Plantaris gehad. Morgen bellen we samen met Plantaris over een plek.';
    expect(found(text).filter(([label, value]) => label === 'INSTITUTION' && value === 'Plantaris')).toHaveLength(2);
  });

  it.each([
    ['Ik heb gebeld met Ruud van Dijk over de wachtlijst.', 'Ruud van Dijk'],
    ['Overleg met Fleur van Wijngaarden over de aanvraag.', 'Fleur van Wijngaarden'],
  ])('leaves a listed surname or a surname ending in the name: %s', (text, person) => {
    has(text, 'PERSON', person);
  });

  it.each([
    ['Brief aan drs. K.L. van Tuijl over de aanvraag.', 'K.L. van Tuijl', 'Tuijl'],
    ['Overleg met Maaike van Heumel (casusregisseur).', 'Maaike van Heumel', 'Heumel'],
    ['Brief van mw. W. van Dorsselaer-Keuning over de huur.', 'W. van Dorsselaer-Keuning', 'Dorsselaer-Keuning'],
    // ("Vincent van Gogh" stood here; it names a mental health provider too and is listed as one since stop 25.)
    ['Aanmelding bij Vincent van Brederode voor behandeling.', 'Vincent van Brederode', 'Brederode'],
    ['Gesprek met Kees van Plantaris en moeder.', 'Kees van Plantaris', 'Plantaris'],
    ['Overleg met Maaike van Heumel (casusregisseur). Van Heumel belt terug.', 'Maaike van Heumel', 'Heumel'],
  ])('leaves a name a rule found over "van" whole, unlisted surnames included: %s', (text, whole, word) => {
    has(text, 'PERSON', whole);
    lacks(text, 'INSTITUTION', word);
  });

  it('leaves an agency after a capitalised word that is no first name', () => {
    lacks('Inschrijven bij de Kamer van Koophandel kost geld.', 'INSTITUTION', 'Koophandel');
  });
});

describe('the place of an organisation\'s branch, one word after "locatie"', () => {
  it.each([
    ['Gesprek op kantoor (Zorgmaat, locatie Oosterhoeve). Mw. had haar papieren mee.', 'Oosterhoeve'],
    ['Sociaal Team Westerland, locatie Nijebrug\nAanwezig: Ilse en Joost.', 'Nijebrug'],
  ])('is a place: %s', (text, place) => {
    has(text, 'CITY', place);
  });

  it.each([
    ['Op de locatie Grasmaan is het vandaag druk.', 'Grasmaan'],
    ['Bakkerij Visser, locatie Marieke', 'Marieke'],
    ['De Kompasroos, locatie CJG Zuid', 'CJG'],
  ])('leaves a location of its own, a first name and an agency: %s', (text, word) => {
    lacks(text, 'CITY', word);
  });
});

describe('a firm named after its owner and its trade', () => {
  it.each([
    ['Afspraak bij Terpstra Huisartsen op maandag.', 'Terpstra Huisartsen'],
    ['De offerte van Haverdonk Trapliften is binnen.', 'Haverdonk Trapliften'],
    ['De offerte van Van den Haaren Zonwering is binnen.', 'Van den Haaren Zonwering'],
  ])('is an organisation, no person: %s', (text, firm) => {
    has(text, 'INSTITUTION', firm);
    lacks(text, 'PERSON', firm);
  });

  it('leaves a person whose surname is a trade, after a first name', () => {
    has('Ik heb Jan Bakker gesproken over de aanvraag.', 'PERSON', 'Jan Bakker');
    has('Gesprek met Els Schilders over de aanvraag.', 'PERSON', 'Els Schilders');
  });
});
