// Classes of ages, addresses, case numbers and phone numbers named in stop 25's accuracy round (issue 13, branch
// deidacc25a), each with invented examples: what a rule must find and what it must leave alone. No text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, ofLabel } from './detected.js';

describe("a family's children and their ages in one row", () => {
  it('takes each age of a row in digits, in words, in a bracket, after "van" or dictated', () => {
    has('Fam. Kaya: kids 4, 8 en 12. Papa werkt.', 'AGE', '8');
    has('| gezin | kinderen 3, 5, 10 | tolk |', 'AGE', '10');
    has('Ze heeft drie tieners (12, 14, 16). Ze komt vaak.', 'AGE', '14');
    has('Hij heeft twee kinderen (elf en veertien) die bij de moeder wonen.', 'AGE', 'veertien');
    has('Ze past op haar broertjes van zes en negen. Ze woont thuis.', 'AGE', 'zes');
    has('de kinderen zijn drie komma zes en tien punt nieuwe alinea', 'AGE', 'tien');
    has('Volgens mij zijn de kinderen een jaar of vijf en elf en de oudste werkt.', 'AGE', 'vijf');
  });
  it('leaves counts, dates and rows that go on with a unit of counting alone', () => {
    expect(ofLabel('Aanmelding voor kinderen 2, ouders 3.', 'AGE')).toEqual([]);
    expect(ofLabel('De kinderen zijn 3 en 4 keer geweest.', 'AGE')).toEqual([]);
    expect(ofLabel('Vakantie van de kinderen van 10 en 12 november.', 'AGE')).toEqual([]);
  });
});

describe('an age with a hedge after the person it belongs to', () => {
  it('takes the age after a word for a person, a name or an age field', () => {
    has('Zijn stiefvader, bijna 70, woont in de flat.', 'AGE', '70');
    has('Vader Karim Haddad (half dertig), moeder thuis.', 'AGE', 'dertig');
    has('Mw. is zelf halverwege de zestig, werkt nog.', 'AGE', 'zestig');
    has('Leeftijd (geschat): eind 30', 'AGE', '30');
    has('Drie kinderen, de jongste is net één.', 'AGE', 'één');
  });
  it('leaves amounts, waiting times and times since alone', () => {
    expect(ofLabel('De huur is bijna 20.', 'AGE')).toEqual([]);
    expect(ofLabel('De wachttijd is ongeveer 12, zegt de balie.', 'AGE')).toEqual([]);
    expect(ofLabel('Zijn moeder kwam rond 12, bleef tot drie.', 'AGE')).toEqual([]);
  });
  it('leaves times of day after a person alone: an appointment, a call, a visit', () => {
    expect(ofLabel('Afspraak met moeder: half 9.', 'AGE')).toEqual([]);
    expect(ofLabel('Huisbezoek bij vader, half 10.', 'AGE')).toEqual([]);
    expect(ofLabel('Gebeld met mevrouw, rond 3.', 'AGE')).toEqual([]);
    expect(ofLabel('Oma is half elf, dan is ze terug.', 'AGE')).toEqual([]);
    expect(ofLabel('Afspraak met cliënt: begin 11, eind 12.', 'AGE')).toEqual([]);
    expect(ofLabel('Overleg met de buurvrouw: rond 17.', 'AGE')).toEqual([]);
    expect(ofLabel('Vader: ruim 25, minuten te laat gekomen.', 'AGE')).toEqual([]);
  });
  it('still takes hedged ages of children with a unit and of adults from sixteen on', () => {
    has('Haar zoontje, ruim 2 jaar, gaat naar de opvang.', 'AGE', '2 jaar');
    has('Bezoek bij haar moeder, begin 80, woont alleen.', 'AGE', '80');
    has('Zijn buurman is half 40 en helpt mee.', 'AGE', '40');
    has('De kleinste is bijna 2, de oudste ruim 7.', 'AGE', '7');
    has('Leeftijd zoon (geschat): rond 9', 'AGE', '9');
  });
});

describe('a street in lower case with no kind in its name', () => {
  it('takes it after a word that says an address follows, or before a lower-case postcode', () => {
    has('[10:02] ruud: ze woont nu op hazelaar 23?', 'ADDRESS', 'hazelaar 23');
    has('staat ze nog op zwanenbloem 12?', 'ADDRESS', 'zwanenbloem 12');
    has('hij is verhuisd naar de hoge zand 4, weet je', 'ADDRESS', 'hoge zand 4');
    has('[10:03] ruud: ja klopt. zwarte hoek 41 b 2315kd', 'ADDRESS', 'zwarte hoek 41 b');
    has('[10:03] ruud: ja klopt. zwarte hoek 41 b 2315kd', 'POSTCODE', '2315kd');
  });
  it('leaves years, rooms, pages, lists and ordinals alone', () => {
    expect(ofLabel('Mevrouw woont sinds 1984 in deze flat.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze woont op kamer 12.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze staat op de lijst 3.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze woont op de derde 2', 'ADDRESS')).toEqual([]);
    expect(ofLabel('hij woont op nummer 12.', 'ADDRESS')).toEqual([]);
  });
  it('leaves a numbered place in a building, on a site or in an order alone', () => {
    expect(ofLabel('staat zij nu op plaats 4?', 'ADDRESS')).toEqual([]);
    expect(ofLabel('hij woont in flat 6.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze woont in gebouw 3.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('hij is verhuisd naar locatie 5.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Zij is ingeschreven op school 3.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze woont nu in portiek 7.', 'ADDRESS')).toEqual([]);
  });
});

describe('a case or contract number that the phone rules took for a phone number', () => {
  it('retypes it after a word for a case number, or where it has more digits than a phone number', () => {
    has('Huurovereenkomst: 0512-4471-03', 'CASE_ID', '0512-4471-03');
    has('Beschikkingsnummer;WM-0312-558120', 'CASE_ID', 'WM-0312-558120');
    has('kenmerken 3318 0472 9921 4406 en 5820 3317 0964 2281; verder', 'CASE_ID', '5820 3317 0964 2281');
  });
  it('leaves numbers to call, and mobile numbers after any word, alone', () => {
    has('Terugbelnummer: 020 - 539 48 26', 'PHONE', '020 - 539 48 26');
    has('Telefoonnummer: 0512-447103', 'PHONE', '0512-447103');
    has('Contactpersoon dossier: 06-12345678', 'PHONE', '06-12345678');
  });
});
