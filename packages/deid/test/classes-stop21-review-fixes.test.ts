// Stop 21's review findings on the de-identifier rounds (deidfix21): false alarms and mistypes of the round's rules,
// each with invented examples. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('a name and a number after a time', () => {
  it.each([
    'Kinderdienst om 9.45 uur, Psalm 23.',
    'Het college start om 11 uur, Hoofdstuk 7.',
    'Oefenen vanaf 18.30 uur, Veld 6.',
    'Zondag om 12 uur, Lied 305.',
    'Instructie 13.15 uur, Module 2. Daarna lunch.',
  ])('is no address where its word is an ordinary one: %s', (text) => {
    expect(ofLabel(text, 'ADDRESS')).toEqual([]);
  });
  it('is still the place of an appointment where the word is a name', () => {
    has('Volgend gesprek: 21-3, 10.45 uur, Meeuwenhoek 58.', 'ADDRESS', 'Meeuwenhoek 58');
  });
});

describe('letters of the shape of a worker’s initials', () => {
  it.each([
    'Zie art. 141 WvSr voor de strafmaat.',
    'Advies: RvA positief over de begroting.',
    'Stand van zaken: MvO rapport volgt.',
    'Punt 5: NvT volgt later.',
    '| Partij | Zetels |\n| PvdV | 3 |',
    'Besluit: RvB akkoord met de fusie.',
    'Verslag: CvA ingediend bij de rechtbank.',
  ])('are no person where they name a law, a body or a party: %s', (text) => {
    expect(ofLabel(text, 'PERSON')).toEqual([]);
  });
  it('are still a worker after a date or in a signature', () => {
    has('12-03 GvW: moeder gebeld, afspraak staat.', 'PERSON', 'GvW');
    has('Moeder gebeld, afspraak staat.\nTvdK', 'PERSON', 'TvdK');
  });
});

describe('an amount or a count after a case word', () => {
  it.each([
    'Bleek dat de klant 18000 euro aan achterstand had.',
    'De cliënt 14750 kWh per jaar gebruikt, veel te veel.',
    'Klant 250000 keer gezien op de site.',
    'Aanvraag voor het voorschot: 1800 euro ineens.',
    'Dossier: EUR 37.25 per week aan de schuldeiser.',
  ])('is no case number: %s', (text) => {
    expect(ofLabel(text, 'CASE_ID')).toEqual([]);
  });
  it('leaves a client’s number and an authority’s code a case number', () => {
    has('Is dit het dossier van Kees (cliënt 847316)?', 'CASE_ID', '847316');
    has('Uw kenmerk: HZ 24.30652', 'CASE_ID', 'HZ 24.30652');
  });
});

describe('a listed surname with "de" after a preposition', () => {
  it.each([
    ['Vanmorgen telefonisch overleg gehad met de Jong over de huur.', 'de Jong'],
    ['Afspraak gemaakt met de Wit voor volgende week.', 'de Wit'],
    ['Hij is nu in beeld bij de Haan van het sociaal team.', 'de Haan'],
  ])('stays a person: %s', (text, name) => {
    has(text, 'PERSON', name);
    expect(ofLabel(text, 'INSTITUTION')).toEqual([]);
  });
  it('is no organisation after "naar De"', () => {
    expect(ofLabel('De brief gaat morgen naar De Vries.', 'INSTITUTION')).toEqual([]);
  });
});

describe('a club’s or a home’s kind before words in title case', () => {
  it.each([
    ['Onderwerp: Harmonie Met Elkaar', 'Harmonie Met Elkaar'],
    ['Logboek: Harmonie Thuis Training gestart', 'Harmonie Thuis Training'],
    ['Op de Harmonie Avond was het gezellig.', 'Harmonie Avond'],
    ['Titel: Huize Open Dag', 'Huize Open Dag'],
  ])('is no organisation where an ordinary word follows: %s', (text, heading) => {
    lacks(text, 'INSTITUTION', heading);
  });
  it('is still an organisation before a name', () => {
    has('Vader gaat twee dagen per week naar Huize Zonnewende.', 'INSTITUTION', 'Huize Zonnewende');
    has('Hij speelt trompet bij Harmonie Kreekrakkers.', 'INSTITUTION', 'Harmonie Kreekrakkers');
  });
});

describe('first names after "wijk" or "buurt"', () => {
  it('stay two persons where both names joined by "en" are first names', () => {
    const text = 'Hij vroeg in de buurt Fatima en Yusuf of ze iets gezien hadden.';
    has(text, 'PERSON', 'Fatima');
    has(text, 'PERSON', 'Yusuf');
    expect(ofLabel(text, 'CITY')).toEqual([]);
  });
  it('stay a person where a first name stands alone', () => {
    const text = 'Zij liep door de wijk Marieke achterna.';
    has(text, 'PERSON', 'Marieke');
    expect(ofLabel(text, 'CITY')).toEqual([]);
  });
  it('leave a district whose second part is no first name', () => {
    has('Ze wonen in Breda (wijk Lies en Veld) sinds mei.', 'CITY', 'Lies en Veld');
  });
});

describe('the round’s per-word rules at a text’s edges (codeAt, no read past the end)', () => {
  it('read a text that starts or ends with the word they look at', () => {
    has('TvdK', 'PERSON', 'TvdK');
    expect(ofLabel('uur', 'ADDRESS')).toEqual([]);
    expect(ofLabel('06', 'PHONE')).toEqual([]);
    has('1234.56.782 is het nummer', 'BSN', '1234.56.782');
    has('kerkweg 12 a, 3311ab', 'ADDRESS', 'kerkweg 12 a');
  });
});

describe('"klant" as a context word', () => {
  it('still announces a client number or id', () => {
    has('Is het dossier van de klant 731904?', 'CASE_ID', '731904');
    has('klantid 4408217 staat op de factuur', 'CASE_ID', '4408217');
  });
  it('is no context inside a longer word', () => {
    expect(ofLabel('De klantenservice belde 3 keer, klantvriendelijk 20451 keer niet.', 'CASE_ID')).toEqual([]);
  });
});

describe('single digits after "06"', () => {
  it('are no phone number where there are only seven', () => {
    expect(ofLabel('Eindstand 06 3 1 4 1 5 9 2 punten voor ons team.', 'PHONE')).toEqual([]);
  });
  it('are one where there are eight, or nine with a typo', () => {
    has('app hem maar op 06 5 7 1 9 3 8 4 6 want bellen lukt niet', 'PHONE', '06 5 7 1 9 3 8 4 6');
    has('Mobiel van de jongen 06 3 6 0 8 2 9 4 7 1 volgens school.', 'PHONE', '06 3 6 0 8 2 9 4 7 1');
  });
});

describe('a lower-case word ending in a street’s kind before a number with a letter', () => {
  it.each(['We trainen op oefenveld 2b vanavond.', 'Het hok staat op schooltuin 14c.', 'Parkeren bij sportpark 3a.'])(
    'is no address where the kind is a field, a garden or a park: %s',
    (text) => {
      expect(ofLabel(text, 'ADDRESS')).toEqual([]);
    },
  );
  it('is one where the kind is a street’s', () => {
    has('nieuw adres molendijk 12a: sleutel bij de buren', 'ADDRESS', 'molendijk 12a');
  });
});

describe('cells of a column of persons', () => {
  it('are no person where the cell is one common word, a team or a body', () => {
    const text = '| Taak | Medewerker | Datum |\n| Intake | Wijkteam | 3-2 |\n| Aanvraag | Gemeente | 5-2 |';
    expect(ofLabel(text, 'PERSON')).toEqual([]);
  });
  it('are no person under "uitvoerder", which names teams and bodies as often', () => {
    const text = '| Actie | Uitvoerder | Wanneer |\n| Brief sturen | Schoolteam | maandag |';
    expect(ofLabel(text, 'PERSON')).toEqual([]);
  });
  it('are still a person where the common word is a listed surname', () => {
    has('| Taak | Medewerker | Datum |\n| Intake | Bakker | 3-2 |', 'PERSON', 'Bakker');
  });
});

describe('the words after an organisation and ", locatie"', () => {
  it('are no branch’s name where the first is a common word', () => {
    lacks('Stichting Welzijn Oost, locatie Hoofdkantoor Zuid, belde terug.', 'INSTITUTION', 'Hoofdkantoor Zuid');
  });
});

describe('an adjective, a street’s kind and a number in lower case', () => {
  it.each(['We stonden op de grote markt 4 kramen verderop.', 'Hij zag aan de lange dijk 6 reigers staan.'])(
    'is no address where a counted noun follows the number: %s',
    (text) => {
      expect(ofLabel(text, 'ADDRESS')).toEqual([]);
    },
  );
  it('is one before a comma, the end or a verb', () => {
    has('ze woont aan de oude haven 31, boven de bakker', 'ADDRESS', 'oude haven 31');
    has('de buurtwinkel aan de korte gracht 8 is dicht', 'ADDRESS', 'korte gracht 8');
  });
});

describe('a Belgian box number', () => {
  it('is no part of an address where a sentence goes on after it', () => {
    lacks('Vanaf Kerkplein 2 bus 14 rijdt om 9 uur naar het ziekenhuis.', 'ADDRESS', 'Kerkplein 2 bus 14');
  });
  it('is one before a comma, the end or a postcode', () => {
    has('Nieuw adres: Kerkplein 2 bus 14, Lier.', 'ADDRESS', 'Kerkplein 2 bus 14');
    has('Kerkplein 2 bus 14 2500 Lier', 'ADDRESS', 'Kerkplein 2 bus 14');
  });
});

describe('initials and unlisted surnames in a list of lines', () => {
  it.each([
    'Aanwezig:\nR. Kloppenborgh\nS. Westerdiepman\nT. de Vries',
    'Verslag overleg\nA. Veldkampstraat\nB. Rozenbergh\nC. Molenkamper',
  ])('stay persons where their words are no common words: %s', (text) => {
    const persons = ofLabel(text, 'PERSON').map(([, value]) => value);
    for (const line of text.split('\n').slice(1)) expect(persons.some((value) => line.includes(value!))).toBe(true);
  });
});
