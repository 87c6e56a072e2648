// Stop 20's review findings on the de-identifier rounds (deidfix20): false alarms of the round's rules, each with invented
// examples. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('a form label in the cell before a street', () => {
  it.each(['Adres', 'Bezoekadres', 'Locatie', 'Straat', 'Contact', 'Huisarts', 'Postadres', 'Woonadres'])('is no person: %s', (label) => {
    const text = `${label}\tEenhoornstraat 14`;
    lacks(text, 'PERSON', label);
    has(text, 'ADDRESS', 'Eenhoornstraat 14');
  });
  it('still takes a name with initials, a listed surname or first name before a street cell', () => {
    has('3\tR. Gerritsma\tEenhoornstraat 14\tja', 'PERSON', 'R. Gerritsma');
    has('4\tGerritsma\tFaberstraat 2\tnee', 'PERSON', 'Gerritsma');
    has('5\tWesley\tFaberstraat 8\tja', 'PERSON', 'Wesley');
  });
});

describe('a "nr" column beside a street column', () => {
  const addresses = (text: string) => found(text).filter(([label]) => label === 'ADDRESS');
  it('is a row count where it stands first, before the street column', () => {
    const rows = '| nr | straat | melding |\n|---|---|---|\n| 1 | Eenhoornstraat | lekkage |\n| 2 | Faberstraat | geluidsoverlast |';
    expect(addresses(rows).map(([, value]) => value)).not.toContain('1');
    expect(addresses(rows).map(([, value]) => value)).not.toContain('2');
  });
  it('is a row count where another column stands between it and the street', () => {
    const rows = 'straat\tmelding\tnr\nEenhoornstraat\tlekkage\t3\nFaberstraat\tgeluid\t4';
    expect(addresses(rows).map(([, value]) => value)).not.toContain('3');
  });
  it('is the house number right after the street column', () => {
    const rows = '| straat | nr | melding |\n|---|---|---|\n| Eenhoornstraat | 37-C | lekkage |\n| Faberstraat | 5 bis | geluid |';
    expect(addresses(rows)).toEqual([
      ['ADDRESS', 'Eenhoornstraat'],
      ['ADDRESS', '37-C'],
      ['ADDRESS', 'Faberstraat'],
      ['ADDRESS', '5 bis'],
    ]);
  });
});

describe('a number written out after "is" and a name', () => {
  const ages = (text: string) => found(text).filter(([label]) => label === 'AGE');
  it.each([
    'Tjalling is vier nachten weggebleven.',
    'Wesley is drie kwartier te laat gekomen.',
    'Nienke is twee dagen ziek geweest.',
    'Wesley is vijf kilo afgevallen.',
  ])('before a noun of count is no age: %s', (text) => expect(ages(text)).toEqual([]));
  it('where a clause ends is an age', () => {
    has('Wesley is zeven, hij zit in groep vier.', 'AGE', 'zeven');
    has('Tjalling is vier en gaat naar de opvang.', 'AGE', 'vier');
  });
});

describe('festive greetings in a chat typed in lower case', () => {
  const persons = (text: string) =>
    found(text)
      .filter(([label]) => label === 'PERSON')
      .map(([, value]) => value);
  it.each([
    '[19:40] siham: eid mubarak allemaal!\n[19:42] wesley: jij ook',
    '[19:40] siham: ramadan mubarak, en mabrouk met jullie nieuwe huis\n[19:42] wesley: dankje',
    '[19:40] siham: ramadan kareem\n[19:41] wesley: ramadan kerim ook voor jou',
    '[19:40] siham: bayram kerim!\n[19:42] wesley: mabrook',
  ])('are no names: %s', (chat) => {
    for (const greeting of ['mubarak', 'mabrouk', 'mabrook', 'kareem', 'kerim']) expect(persons(chat)).not.toContain(greeting);
  });
  it('still takes a name that is also a greeting where no feast comes before it', () => {
    has('[19:40] siham: komt kerim morgen ook?\n[19:42] wesley: ja', 'PERSON', 'kerim');
  });
});

describe('one rule for a lower-case postcode before a place', () => {
  const postcodes = (text: string) =>
    found(text)
      .filter(([label]) => label === 'POSTCODE')
      .map(([, value]) => value);
  it('takes no year and weekday abbreviation before a place for a postcode', () => {
    expect(postcodes('Ik woon sinds 2019 wo Utrecht, daarvoor elders.')).toEqual([]);
    expect(postcodes('Verhuisd op 2021 ma Deventer, zegt hij.')).toEqual([]);
  });
  it('takes a place that is also a word only with its capital, and two-letter units never', () => {
    expect(postcodes('Ze woont nu op:\n1011 zz Amsterdam')).toEqual(['1011 zz']);
    expect(postcodes('Ze woont nu op:\n1011 zz amsterdam')).toEqual([]);
    expect(postcodes('Gewicht: 1500 kg Deventer')).toEqual([]);
  });
  it('finds each postcode once, by one rule', () => {
    const text = 'Nieuw: Eenhoornstraat 3, 4817 rt Breda.';
    expect(
      detect(text)
        .filter((span) => span.label === 'POSTCODE')
        .map((span) => span.source),
    ).toEqual(['postcode-before-place']);
  });
});

describe('a number in brackets after "pt."', () => {
  it('of one digit numbers the people of a list', () => {
    const ages = (text: string) => found(text).filter(([label]) => label === 'AGE');
    expect(ages('Pt. (1) zie boven; pt. (2) belt morgen terug.')).toEqual([]);
  });
  it('of two digits is the age', () => has('Pt. (58) belt morgen terug.', 'AGE', '58'));
});
