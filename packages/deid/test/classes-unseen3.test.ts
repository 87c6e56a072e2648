// Classes of input found on the study half of unseen3 (issue 13), each with its own invented
// examples: what the rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);

describe('chat senders without a time', () => {
  it('finds a one-word sender who speaks on two or more lines, of any origin and case', () => {
    const chat = 'Dilnoza: goedemiddag, is de afspraak nog?\nCoach Bram: ja om drie uur\nDilnoza: dank u\n';
    has(chat, 'PERSON', 'Dilnoza');
    expect(found(chat).filter(([, v]) => v === 'Dilnoza')).toHaveLength(2);
    const lower = 'kwabena: ben je er\nkwabena: ik sta beneden\n';
    has(lower, 'PERSON', 'kwabena');
  });
  it('finds a first name that is also a word where it is capitalised each time', () => {
    const chat = 'Bas: ik bel haar morgen\nAnouk: prima\nBas: gedaan, ze komt dinsdag\n';
    has(chat, 'PERSON', 'Bas');
  });
  it('leaves recurring labels of minutes, forms and mail headers alone', () => {
    const minutes = 'Afspraak: gezin meldt zich bij de huisarts\nStatus: loopt\nAfspraak: volgende week bellen\nStatus: klaar\n';
    expect(found(minutes).filter(([l]) => l === 'PERSON')).toEqual([]);
    const mail = 'From: a@b.nl\nTo: c@d.nl\nFrom: e@f.nl\nTo: g@h.nl\n';
    expect(found(mail).filter(([l]) => l === 'PERSON')).toEqual([]);
  });
  it('finds a sender after a time stamp with a team in brackets', () => {
    has('[14:05] joost (wijkteam): ik ga erheen', 'PERSON', 'joost');
  });
});

describe('greetings of any case', () => {
  it('finds who is greeted before a comma, a symbol, or after a title, and a known first name whatever follows', () => {
    has('Hoi Ayaan, kun jij dit oppakken?', 'PERSON', 'Ayaan');
    has('goedemiddag farida ☺ hoe gaat het', 'PERSON', 'farida');
    has('hallo meneer koen ik heb een vraag', 'PERSON', 'koen');
    has('yo dennis kom je ook', 'PERSON', 'dennis');
  });
  it('leaves greetings to a group and common words alone', () => {
    expect(found('Hoi allemaal, hallo ja ik ben er. Hee even, wat is dit!').filter(([l]) => l === 'PERSON')).toEqual([]);
  });
});

describe('names found once repeat in lower case in informal text', () => {
  it('finds the lower-case form of a sender or greeted name', () => {
    has('Hoi Marijan, alles goed?\nik heb marijan gisteren nog gezien', 'PERSON', 'marijan');
  });
  it('does not make an ordinary word a name because a capitalised name was found', () => {
    lacks('Mw. Winter belde. In de winter is het koud.', 'winter');
  });
});

describe('fields that name whoever filled in or chairs something', () => {
  it('finds the name after "Ingevuld door:", "Voorzitter:" and a numbered field', () => {
    has('Ingevuld door: Hanneke Brouwer, budgetcoach', 'PERSON', 'Hanneke Brouwer');
    has('Voorzitter: Joris Nagelkerke\nNotulist: Fenna Dijk', 'PERSON', 'Joris Nagelkerke');
    has('4. Opgesteld door: Sem Kuiper', 'PERSON', 'Sem Kuiper');
  });
  it('leaves a value in lower case alone', () => {
    lacks('Mentor: onbekend', 'onbekend');
  });
});

describe('evidence beside detections', () => {
  it('finds an age in brackets after a lower-case name, a date of birth, and with a unit', () => {
    has('zijn dochter amira (7) is ziek', 'AGE', '7');
    has('Kind 1: geb. 14-02-2017 (9), groep 6', 'AGE', '9');
    has('Dochter Yara (10 mnd) slaapt slecht.', 'AGE', '10 mnd');
  });
  it('finds ages paired with names', () => {
    has('Kinderen: Sem is 6, Lotte 4.', 'AGE', '6');
    has('Kinderen: Sem is 6, Lotte 4.', 'AGE', '4');
  });
  it('leaves counts in brackets after a heading alone', () => {
    expect(found('Deelnemers (5): wijkcoach, moeder, tolk').filter(([l]) => l === 'AGE')).toEqual([]);
  });
  it('finds a lower-case postcode after a street and number, and the place after it', () => {
    const text = 'adres: Veldhoek 12-b 3512kl Utrecht';
    has(text, 'POSTCODE', '3512kl');
    has(text, 'CITY', 'Utrecht');
  });
});

describe('addresses in fields', () => {
  it('finds an address field in lower case, with an abbreviated kind, or a street that ends like no street', () => {
    has('adres: lindenlaan 4, 7511 ab enschede', 'ADDRESS', 'lindenlaan 4');
    has('Adres: Julianastr. 18, Venray', 'ADDRESS', 'Julianastr. 18');
    has('Woonadres: Achter het Veer 9, Deventer', 'ADDRESS', 'Achter het Veer 9');
    has('Woonadres: Heidebocht 22 A, Tilburg', 'ADDRESS', 'Heidebocht 22 A');
  });
  it('does not take a name and a time for a street and number', () => {
    lacks('Fleur Hoogendijk 09:45\nIk kom eraan', 'Fleur Hoogendijk 09');
  });
});

describe('districts and neighbourhoods', () => {
  it('finds compass forms of places and districts, district fields and neighbourhood groups', () => {
    has('Team Zwolle-Zuid neemt het over.', 'CITY', 'Zwolle-Zuid');
    has('wijk: Kruiskamp-Noord', 'CITY', 'Kruiskamp-Noord');
    has('Stadsdeel: Overvecht', 'CITY', 'Overvecht');
    has('appgroep Buurtpreventie Hengstdal', 'CITY', 'Hengstdal');
  });
  it('leaves a compass word alone after a team', () => {
    const text = 'Buurtpreventie Oost vergadert; wijk: Zuid.';
    expect(detect(text).filter((s) => s.source.startsWith('city-district'))).toEqual([]);
  });
});

describe('dates and identifiers', () => {
  it('finds English dates with the month first, as mail headers write them', () => {
    has('Sent: Monday, March 3, 2025 9:12 AM', 'DATE', 'March 3, 2025');
  });
  it('finds codes of a year and an authority', () => {
    has('zaak bij de rechtbank: 2025-KR-40211.', 'CASE_ID', '2025-KR-40211');
    has('Dossier: JZ 2025/1187', 'CASE_ID', 'JZ 2025/1187');
  });
  it('leaves order numbers alone', () => {
    expect(found('bestelnummer 558120934 is verzonden').filter(([l]) => l === 'CASE_ID')).toEqual([]);
  });
});

describe('organisations', () => {
  it('finds businesses by their kind word, and a school or mediation service with a place', () => {
    has('Hij werkt bij Slagerij De Wit in Oss.', 'INSTITUTION', 'Slagerij De Wit');
    has('via Buurtbemiddeling Apeldoorn', 'INSTITUTION', 'Buurtbemiddeling Apeldoorn');
    has('Ze zit op De Montessori School Delft.', 'INSTITUTION', 'De Montessori School Delft');
  });
  it('leaves national insurers alone', () => {
    expect(found('Verzekerd bij Zilveren Kruis en CZ.').filter(([l]) => l === 'PERSON' || l === 'INSTITUTION')).toEqual([]);
  });
});

describe('phone numbers in more written forms', () => {
  it('finds numbers with dots or a slash between groups, and with (0) after 0031', () => {
    has('Tel 06.41.27.88.90', 'PHONE', '06.41.27.88.90');
    has('bel 010/4127788', 'PHONE', '010/4127788');
    has('Tel.: 0031 (0)6 41 27 88 90', 'PHONE', '0031 (0)6 41 27 88 90');
  });
  it('does not join a date and a time into a number', () => {
    expect(found('Gesprek 05.06.2025 10.30 uur').filter(([l]) => l === 'PHONE')).toEqual([]);
  });
});

describe('addresses in more written forms', () => {
  it('finds a lower-case street after where someone lives, "nr." before the number, and an ordinal street', () => {
    has('ze woont nu aan de beukenlaan 17 met haar zus', 'ADDRESS', 'beukenlaan 17');
    has('Hij woont Molenstraat nr. 8.', 'ADDRESS', 'Molenstraat nr. 8');
    has('2e Kostverlorenkade 31-3', 'ADDRESS', '2e Kostverlorenkade 31-3');
  });
  it('takes d-m after a street for a house number and floor, not a date, and skips a verb after "adres"', () => {
    expect(found('Adres: Rozenstraat 5-3').filter(([l]) => l === 'DATE')).toEqual([]);
    has('Het adres is Lindeweide 9, Ede.', 'ADDRESS', 'Lindeweide 9');
  });
});

describe('names of origins the Dutch lists miss', () => {
  it('finds Ukrainian (transliterated), Ghanaian and Romanian first names after a contact word', () => {
    has('gesproken met mykola over de school', 'PERSON', 'mykola');
    has('Afspraak met Kofi en zijn tante.', 'PERSON', 'Kofi');
    has('gebeld met ionela', 'PERSON', 'ionela');
  });
});

describe('organisations typed as organisations', () => {
  it('finds day care, clubs, libraries, hospitals and practices by a kind word first, and a named school by its ending', () => {
    has('Hij gaat naar Kinderdagverblijf De Rups.', 'INSTITUTION', 'Kinderdagverblijf De Rups');
    has('Ze zwemt bij Zwemclub De Dolfijn.', 'INSTITUTION', 'Zwemclub De Dolfijn');
    has('Taalcafé in Bibliotheek Kennemerwaard.', 'INSTITUTION', 'Bibliotheek Kennemerwaard');
    has('Opname in Ziekenhuis Rivierland.', 'INSTITUTION', 'Ziekenhuis Rivierland');
    has('Huur via Wonen Zuidwest.', 'INSTITUTION', 'Wonen Zuidwest');
    has('Hij zit op de Van Heutszschool.', 'INSTITUTION', 'Heutszschool');
  });
  it('types a name that starts with a capitalised article as an organisation, not a person', () => {
    has('begeleiding door Het Baken', 'INSTITUTION', 'Het Baken');
    has('woont in een groep van Ons Eigen Huis', 'INSTITUTION', 'Ons Eigen Huis');
    has('gesproken met mevrouw De Jong', 'PERSON', 'De Jong');
  });
  it('leaves generic kinds alone and never runs over a line break', () => {
    expect(found('De Basisschool belde. Het Ziekenhuis ook.').filter(([l]) => l === 'INSTITUTION')).toEqual([]);
    lacks('Tandartspraktijk Zeezicht\nMarieke', 'Tandartspraktijk Zeezicht\nMarieke');
  });
});

describe('ages in phrases around a number', () => {
  it('finds an age after a person noun and "van", after a kin word and a comma, after a title or a sex in brackets, after "ik ben", before "geworden"', () => {
    has('Een jongen van 14 met schulden.', 'AGE', '14');
    has('de kinderen van 3 en 9', 'AGE', '9');
    has('haar moeder, 71, woont in', 'AGE', '71');
    has('Dhr. (77) valt vaak.', 'AGE', '77');
    has('aanmelding (v, 38 jaar)', 'AGE', '38 jaar');
    has('ik ben 17 en wil hulp', 'AGE', '17');
    has('hij is net 50 geworden', 'AGE', '50');
  });
  it('leaves amounts, times, ranges and dates after such words alone', () => {
    for (const text of [
      'een man van 50 euro per week',
      'de kinderen van 3 tot 5 uur op de opvang',
      'een zoon van 12 maart',
      'de vrouw van 10 uur',
      'ik ben 2 keer gebeld',
    ])
      expect(found(text).filter(([l]) => l === 'AGE')).toEqual([]);
  });
});
