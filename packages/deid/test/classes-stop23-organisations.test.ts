// Classes of issue 13's organisations and places of stop 23 (deidacc23o): organisations that a person rule took for a
// surname, and more. Each with invented examples, what a rule must find and what it must leave alone. No text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

describe('an organisation of one unlisted word after a worker or a building "van"', () => {
  it.each([
    ['Vanaf maandag is de budgetcoach van Plantaris gekoppeld aan het gezin.', 'Plantaris'],
    ['De ergotherapeut van Zorgveld heeft een advies geschreven.', 'Zorgveld'],
    ['Hij woont in een seniorenflat van Woonkracht sinds de zomer.', 'Woonkracht'],
    ['Ze logeert op de woongroep van Tilmara tot er plek is.', 'Tilmara'],
  ])('is an organisation, no person: %s', (text, name) => {
    has(text, 'INSTITUTION', name);
    lacks(text, 'PERSON', name);
  });

  it('makes the same word an organisation where a person rule found it again', () => {
    const text = 'De schuldhulpjurist van Vorandis belt morgen. Daarna neemt Vorandis contact op met de bank.';
    expect(found(text).filter(([label, value]) => label === 'INSTITUTION' && value === 'Vorandis')).toHaveLength(2);
  });

  it.each([
    ['Het huis van Adeyinkade staat al maanden leeg.', 'Adeyinkade'],
    ['De dochter van Achterveldman belde gisteren.', 'Achterveldman'],
    ['De mentor van Zielinczyk komt ook naar het overleg.', 'Zielinczyk'],
  ])('leaves a surname after kin, belongings or with a surname ending: %s', (text, name) => {
    lacks(text, 'INSTITUTION', name);
  });
});

describe('a region after a regional service of the municipalities', () => {
  it.each([
    ['Casusoverleg Veiligheidshuis Noord-Veluwe – 4 maart, verslag door Ilse.', 'Noord-Veluwe'],
    ['Verzuimgesprek – Bureau Leerplicht Noordoost-Brabant\nDatum: 3 februari.', 'Noordoost-Brabant'],
  ])('is a place: %s', (text, region) => {
    has(text, 'CITY', region);
  });

  it('leaves a region that ends an organisation of its own', () => {
    has('Hij werkt bij Kringloop Noord-Veluwe in de winkel.', 'INSTITUTION', 'Kringloop Noord-Veluwe');
    lacks('Hij werkt bij Kringloop Noord-Veluwe in de winkel.', 'CITY', 'Noord-Veluwe');
  });
});

describe("a place written with 's- that no list holds", () => {
  it.each([
    ["Kantoor Klantcontact, vestiging 's-Gravenmolen\nMevrouw T. de Boer", "'s-Gravenmolen"],
    ["Ze slaapt nu bij de Nachtopvang 's-Heerenwoud sinds maandag.", "'s-Heerenwoud"],
  ])('is a place, no organisation: %s', (text, place) => {
    has(text, 'CITY', place);
    lacks(text, 'INSTITUTION', place);
  });
});

describe("an adverb of time written with 's- at a sentence start", () => {
  it.each([
    ["Verslag van 12-3.\n's-Zondags komt haar zoon eten.", "'s-Zondags"],
    ["Hij slaapt slecht. 's-Nachts loopt hij door het huis.", "'s-Nachts"],
  ])('is no place: %s', (text, word) => {
    lacks(text, 'CITY', word);
  });
});

describe('a person role "van" a name', () => {
  it('leaves the name a person: a client of a worker is no organisation', () => {
    lacks('Gesprek gehad met de cliënt van Adeyinkade over de huur.', 'INSTITUTION', 'Adeyinkade');
  });
});
