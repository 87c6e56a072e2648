// Classes of persons of stop 24 (deidacc24p): first names of origins the generated lists miss, and more places where a
// name stands alone. Invented examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { MORE_ORIGIN_FIRST_NAMES } from '../src/more-origin-names.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, PLACES, COUNTRIES } from '../src/lexicon.js';
import { found, has, lacks } from './detected.js';

describe('first names of Turkish, Kurdish and Azerbaijani origin', () => {
  it('is a person at a sentence start and in brackets', () => {
    has('De kinderen (Rojin en Şiyar) gaan naar groep 3.', 'PERSON', 'Rojin');
    has('Orxan woont sinds mei bij zijn tante.', 'PERSON', 'Orxan');
  });

  it('is a person before a surname, at a sentence start too', () => {
    has('Hanife Tekinalp komt donderdag langs.', 'PERSON', 'Hanife');
    has('Gesprek gevoerd. Nurşen heeft een opleiding gevonden.', 'PERSON', 'Nurşen');
  });

  it('is a person in lower case only with a letter Dutch never writes', () => {
    has('ik heb gülseren gisteren gebeld', 'PERSON', 'gülseren');
    lacks('de ramen zijn nog niet gewassen', 'PERSON', 'ramen');
  });

  it('leaves the name of a book alone, no given name of the list', () => {
    lacks('Avesta is een heel oud boek.', 'PERSON', 'Avesta');
  });

  it('lists no ordinary Dutch word, place or country, and no name the generated lists hold already', () => {
    for (const name of Object.values(MORE_ORIGIN_FIRST_NAMES).flatMap((names) => names.split(' '))) {
      const lower = name.toLowerCase();
      expect(NAMES_THAT_ARE_WORDS.has(lower) || PLACES.has(lower) || COUNTRIES.has(lower), name).toBe(false);
      expect(FIRST_NAMES.has(lower), name).toBe(false);
    }
  });
});

describe('a surname of a tussenvoegsel and a place', () => {
  it('is a person after a first name, a title or initials, and with a capital tussenvoegsel mid-sentence', () => {
    has('Aanwezig: Sander van Leeuwen (39), wijkcoach.', 'PERSON', 'Sander van Leeuwen');
    has('Bellen met mw v d Hoeven over de huur.', 'PERSON', 'v d Hoeven');
    has('Contactpersoon: Femke Ter Hoeven, 06-12345678.', 'PERSON', 'Femke Ter Hoeven');
    has('Het kind woont bij pleeggezin Van Emst in Kampen.', 'PERSON', 'Van Emst');
  });

  it('leaves a town after "van" in running text, and at a sentence start, a place', () => {
    has('Zij is verhuisd van Leeuwarden naar Assen.', 'CITY', 'Leeuwarden');
    has('De wethouder van Zwolle opent het buurthuis.', 'CITY', 'Zwolle');
    has('Van Ommen naar Hardenberg is een uur rijden.', 'CITY', 'Ommen');
  });
});

describe('chat senders after a weekday and a time', () => {
  it('is a person who speaks on two or more lines after "ma 08:31"', () => {
    const text =
      'ma 09:14 wietske: wie gaat er mee?\nma 09:15 ruud: ik kan om 2\nma 09:20 wietske: top, dan ga ik ook\nwo 10:02 ruud: geweest';
    const persons = found(text).filter(([label]) => label === 'PERSON');
    expect(persons.filter(([, value]) => value === 'wietske')).toHaveLength(2);
    expect(persons.filter(([, value]) => /^(?:ma|di|wo|do|vr|za|zo)\b/.test(value ?? ''))).toEqual([]);
  });
});

describe('initials of a person the text names in full', () => {
  it('is a person in a legend and in the cells and notes after it', () => {
    const text = 'Legenda: WvB (Wilma van Bommel), TH (Thijs Hoekstra).\n12-03\tWvB\tbelafspraak\n14-03\tTH\tintake';
    expect(found(text).filter(([label, value]) => label === 'PERSON' && value === 'WvB')).toHaveLength(2);
    expect(found(text).filter(([label, value]) => label === 'PERSON' && value === 'TH')).toHaveLength(2);
  });

  it('is a person as two capitals once, away from the name', () => {
    has('Overleg met Koen Jaspers over de schulden. Volgende week belt KJ de bewindvoerder.', 'PERSON', 'KJ');
  });

  it("leaves the domain's abbreviations and two capitals after an article, though a person has those initials", () => {
    lacks('Gesprek met Wouter Wessels. Mevrouw heeft in maart WW aangevraagd.', 'PERSON', 'WW');
    lacks('Contact met Pieter Vos (wijkagent). Er is een PV opgemaakt.', 'PERSON', 'PV');
    lacks('Overleg met Sanne Oosting over Daan. Hij gaat na de zomer naar het SO in Deventer.', 'PERSON', 'SO');
  });

  it("is a person where the initials are also a speaker's role, inside a sentence", () => {
    has('Overleg met Hanna Verbeek en Tom Kuipers. HV belt de school terug.', 'PERSON', 'HV');
    lacks('HV: Goedemiddag, met het wijkteam.\nCl: Ja, met Hanna Verbeek.', 'PERSON', 'HV');
  });

  it('leaves letters alone that head a subject or start a code, and three letters once away from the name', () => {
    lacks('Van: Ruben Elzinga\nOnderwerp: RE: huurachterstand', 'PERSON', 'RE');
    lacks('Contact: Vera Hofman. Dossier VH: VHR-2026-118.', 'PERSON', 'VH');
    lacks('Gesprek met Paula Groen Bakker. De PGB-aanvraag en de PGB loopt nog.', 'PERSON', 'PGB');
  });
});
