// Classes of ages, addresses and structured identifiers named in stop 23's accuracy round (issue 13, branch deidacc23a),
// each with invented examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe("a BSN in the dotted form's groups written with spaces", () => {
  it('takes four, two and three digits that pass the 11-proef', () => {
    has('Gegevens partner: BSN 9458 07 302, geen toeslagen.', 'BSN', '9458 07 302');
    has('bsn kind 2: 2292 62 193\nSchool: onbekend', 'BSN', '2292 62 193');
  });
  it('leaves groups that fail the 11-proef, or are part of a longer number, alone', () => {
    expect(ofLabel('Kenmerk 9458 07 303 op de brief.', 'BSN')).toEqual([]);
    lacks('Bel 0031 9458 07 302 na vijven.', 'BSN', '9458 07 302');
  });
});

describe('a street only its surroundings show, and house numbers with additions', () => {
  it('takes the line before a postcode, whatever the street is called and whatever follows its number', () => {
    has('Aan de heer P. Smit\nKorte Wende 8 b\n7411 XY Deventer', 'ADDRESS', 'Korte Wende 8 b');
    has('Mantelzorger: mw. Dekkers, Brede Voort 17 - bv, 4761AB Zevenbergen.', 'ADDRESS', 'Brede Voort 17 - bv');
    has('Mevrouw T. Oost\nSchapendrift 27C-03\n9406 KL Assen', 'ADDRESS', 'Schapendrift 27C-03');
  });
  it('takes a Belgian box before a Belgian postcode after a dash', () => {
    has('Advocaat Wim Peeters\nLange Riem 12 bus 3 – 2800 Mechelen', 'ADDRESS', 'Lange Riem 12 bus 3');
  });
  it('takes a street after an address word or before or after a listed place', () => {
    has('Morgen huisbezoek Nieuwe Doelen 41.', 'ADDRESS', 'Nieuwe Doelen 41');
    has('Ze woont op Lage Venne 9-2, boven een winkel.', 'ADDRESS', 'Lage Venne 9-2');
    has('Gesprek bij dhr. Koops (Oude Weer 3a, Sneek) over de tuin.', 'ADDRESS', 'Oude Weer 3a');
    has('Zijn zus woont nu in Almere, Schoener 14-3, en belt zelf.', 'ADDRESS', 'Schoener 14-3');
  });
  it('takes a street with its kind written apart after an address word, and one in brackets after a place', () => {
    has('Mw. Bos (61), wonend Graaf Willem II plein 7 in de wijk.', 'ADDRESS', 'Graaf Willem II plein 7');
    has('Zijn vader woont in Hoorn (Zwarte Paard 19).', 'ADDRESS', 'Zwarte Paard 19');
  });
  it('leaves numbered rooms and groups before a place alone', () => {
    expect(ofLabel('Het gesprek is in Kamer 12, Zwolle.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Vanaf Groep 7, Assen, gaat hij fietsen.', 'ADDRESS')).toEqual([]);
  });
});

describe('addresses given in pieces', () => {
  it('takes a street field whose row holds no number, in a form or a table', () => {
    has('Naam: J. Vos\nStraatnaam: Vlierbeslaan\nWoonplaats: Epe', 'ADDRESS', 'Vlierbeslaan');
    has('Adres: Torenstraat (nummer volgt)', 'ADDRESS', 'Torenstraat');
    has('| Adres | Populierenweg |', 'ADDRESS', 'Populierenweg');
  });
  it('takes a street and its number on lines of their own', () => {
    has('Adres:\nMeidoornstraat\n23\n4321 CD Epe', 'ADDRESS', 'Meidoornstraat');
    has('Adres:\nMeidoornstraat\n23\n4321 CD Epe', 'ADDRESS', '23');
  });
  it('takes a house number said before its street', () => {
    has('Ze woont op nummer 8 van de Lijsterstraat.', 'ADDRESS', '8 van de Lijsterstraat');
    has('Hij woont op 31 Wilgenlaan sinds mei.', 'ADDRESS', '31 Wilgenlaan');
  });
  it('leaves a street named in a sentence and a date before a street alone', () => {
    expect(ofLabel('Het adres van de school is bekend; de Lindelaan is afgesloten.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Op 12 maart naar de Kerkstraat gelopen.', 'ADDRESS')).toEqual([]);
  });
});

describe('ages only their surroundings mark', () => {
  it('takes a number after a name and a comma, and after a remark or two, where a clause, a dash or a line ends', () => {
    has('2. Dhr. Wenneker, 79 – belt zelf na de lunch.', 'AGE', '79');
    has('Aangemeld: Ilse Kramer, 3 vwo, 15\nReden: verzuim.', 'AGE', '15');
    has('Jongere: Yusuf Demir, 17 sinds vorige week, woont bij oma.', 'AGE', '17');
  });
  it('takes the first number in a bracket after kin or a client, with a hedge or a remark', () => {
    has('Stiefmoeder (bijna 40, ziek thuis) belt terug.', 'AGE', '40');
    has('Gesprek met cliënt (44, schulden) op kantoor.', 'AGE', '44');
  });
  it('takes an age after a year or a date of birth and after a label whose colon stands apart', () => {
    has('Geboortejaar: 1961 (ca. 64)', 'AGE', '64');
    has('Geboortedatum: 3 mei 1950 – 75 jaar\nWoonsituatie: alleen', 'AGE', '75 jaar');
    has('Naam           : T. Bos\nLeeftijd       : 58\nHuisarts       : bekend', 'AGE', '58');
  });
  it('takes an age in English, before "wordt ze", and a reported one after an age was named', () => {
    has('Her son is ill, he is 9 and stays home.', 'AGE', '9');
    has('Oma is morgen jarig, 84 wordt ze al.', 'AGE', '84');
    has('Leeftijd weet niemand, de buurvrouw denkt 16.', 'AGE', '16');
  });
  it('takes the answer to a question about an age at the start of the next message, in digits or in words', () => {
    has('Ria: hoe oud is je broertje nu?\nAda: 12 haha, hij is groot', 'AGE', '12');
    has('Consulent: En hoe oud is uw dochter?\nMoeder: Zestien, in mei wordt ze zeventien.', 'AGE', 'Zestien');
  });
  it('takes an age asked after, one reached on a day, a baby in months after a name, and a name with an initial', () => {
    has('Dus jij bent nu al 13?', 'AGE', '13');
    has('Ze helpt haar oom, die op 9 juli 60 werd.', 'AGE', '60');
    has('Gezin: vader Kees, moeder Anouk. Kinderen: Noor, 11 maanden; Jip komt in juni.', 'AGE', '11 maanden');
    has('Casus: Tom B., 29, Stationsplein.', 'AGE', '29');
  });
  it('leaves numbers after a form field, counts and list items alone', () => {
    expect(ofLabel('Leeftijd: onbekend, vraag ik na?\nWerkervaring: 7 jaar als kok.', 'AGE')).toEqual([]);
    expect(ofLabel('Wat is de leeftijdsgrens?\n1. Aanmelden\n2. Intake', 'AGE')).toEqual([]);
    expect(ofLabel('Ze kocht 3 broden, 12 eieren en melk.', 'AGE')).toEqual([]);
  });
});

describe("what review 23 found taken for streets and ages (invented sentences of the reviewer's classes)", () => {
  it('leaves a year after a capitalised word before a place alone', () => {
    expect(ofLabel('Bouwjaar 1975, Deventer.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Seizoen 2024, Utrecht', 'ADDRESS')).toEqual([]);
  });
  it('leaves the rooms, units and lists of care alone, after "op de" or before a place', () => {
    expect(ofLabel('Hij ligt op de Afdeling 3.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Hij werkt op de Unit 5.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Wachtlijst 40, Deventer.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Verdieping 2, Utrecht.', 'ADDRESS')).toEqual([]);
  });
  it('leaves a hedged number in a bracket after no person or kin alone', () => {
    expect(ofLabel('Schuld: 1200 (ca. 64) euro', 'AGE')).toEqual([]);
    expect(ofLabel('Reistijd (ca. 45) minuten', 'AGE')).toEqual([]);
    expect(ofLabel('Schuld (ruim 60, zegt ze)', 'AGE')).toEqual([]);
  });
  it('still takes a hedged age in a bracket after a name, and an age asked after a name', () => {
    has('Gesprek met Joost Tilstra (ruim 70, slechtziend) over hulp.', 'AGE', '70');
    has('Sanne Mol is toch 9 nu?', 'AGE', '9');
  });
  it('leaves a count in a question, an hour after "toen het" and weeks of a pregnancy alone', () => {
    expect(ofLabel('Het aantal aanmeldingen is nu 4? Dat klopt niet.', 'AGE')).toEqual([]);
    expect(ofLabel('De wachttijd is al 6?', 'AGE')).toEqual([]);
    expect(ofLabel('Het werd laat; toen het 11 werd, ging ze naar huis.', 'AGE')).toEqual([]);
    expect(ofLabel('Afspraak met Lisa, 12 weken zwanger.', 'AGE')).toEqual([]);
  });
});

describe('a room, desk or ward with a number before a place', () => {
  it.each([
    ['Melden bij Balie 4, Zwolle.', 'Balie 4'],
    ['Gesprek in Spreekkamer 6, Assen.', 'Spreekkamer 6'],
    ['De groep zit op Verdieping 3, Emmen.', 'Verdieping 3'],
  ])('is no address: %s', (text, room) => {
    lacks(text, 'ADDRESS', room);
  });

  it('still takes a street with its number before a place', () => {
    has('Hij woont op de Lindelaan 4, Zwolle.', 'ADDRESS', 'Lindelaan 4');
  });
});
