import { describe, expect, it } from 'vitest';
import { detect, passesElevenTest, redact, type Label } from '../src/index.js';

/** The labelled substrings detect() finds in a text. */
const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)] as [Label, string]);
const labelsOf = (text: string, label: Label) =>
  found(text)
    .filter(([l]) => l === label)
    .map(([, t]) => t);

describe('BSN', () => {
  it('passes the 11-proef or is no BSN', () => {
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(labelsOf('BSN 123456782, oud nummer 123456789.', 'BSN')).toEqual(['123456782']);
    expect(labelsOf('BSN: 1234.56.782', 'BSN')).toEqual(['1234.56.782']);
  });
  it('is found before a phone number could claim the digits', () => {
    expect(found('bsn 204324701')).toEqual([['BSN', '204324701']]);
  });
});

describe('IBAN', () => {
  it('passes mod-97, compact or spaced, Dutch or Belgian', () => {
    expect(labelsOf('Rekening NL91ABNA0417164300 en NL91 ABNA 0417 1643 00.', 'IBAN')).toEqual([
      'NL91ABNA0417164300',
      'NL91 ABNA 0417 1643 00',
    ]);
    expect(labelsOf('Belgisch: BE68539007547034.', 'IBAN')).toEqual(['BE68539007547034']);
    expect(labelsOf('Fout: NL92ABNA0417164300.', 'IBAN')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds personal and direct lines in Dutch formats', () => {
    for (const phone of [
      '06-41873520',
      '06 2874 1190',
      '+31 6 18273645',
      '010-4127793',
      '(0591) 61 22 34',
      '078 - 614 22 90',
      '0031 6 12345678',
    ]) {
      expect(labelsOf(`Bel ${phone} na vijven.`, 'PHONE'), phone).toEqual([phone]);
    }
  });
  it('leaves public service numbers, amounts, dates and ids alone', () => {
    expect(labelsOf('Bel 0800-2000 of 14 078, of 0900-1234567.', 'PHONE')).toEqual([]);
    expect(labelsOf('Schuld van 12.500 euro sinds 09-05-2018, dossier 202403118.', 'PHONE')).toEqual([]);
  });
});

describe('dates and ages', () => {
  it('finds days in numbers and in words', () => {
    expect(labelsOf("Geboren 12-03-1984, gesprek op 18 maart en op 3 nov. '23, 15/3 en 2024-11-02.", 'DATE')).toEqual([
      '12-03-1984',
      '18 maart',
      "3 nov. '23",
      '15/3',
      '2024-11-02',
    ]);
  });
  it('leaves times, amounts, article numbers, years and counts alone', () => {
    expect(labelsOf('Om 14:30 of 9.15 uur; € 1.234,56; artikel 2.3.5 Wmo 2015; in 2021; 2-3 keer per week.', 'DATE')).toEqual([]);
  });
  it('tells ages from durations', () => {
    expect(labelsOf('Dhr. is 67 jaar. Roos (15) en Mila (4 en 7). Hij is zevenentachtig jaar.', 'AGE')).toEqual([
      '67 jaar',
      '15',
      '4',
      '7',
      'zevenentachtig jaar',
    ]);
    expect(labelsOf('Werkte 30 jaar bij hetzelfde bedrijf, al 3 jaar ziek, 16- en 17-jarigen.', 'AGE')).toEqual([]);
  });
  it('finds an age in words as the pattern spells it, whatever letters it takes for s', () => {
    // A case-insensitive Unicode pattern takes the long s (ſ) for s: where the number word starts is found past it too.
    expect(labelsOf('Hij is vijfenzeſtig jaar.', 'AGE')).toEqual(['vijfenzeſtig jaar']);
  });
  it('finds an age after "leeftijd" and a date with dots only with its year', () => {
    expect(labelsOf('Dhr. Wouda, leeftijd: 67, lft 70.', 'AGE')).toEqual(['67', '70']);
    expect(labelsOf('Verslag 5.6.2024; om 5.6 uur; paragraaf 5.6.', 'DATE')).toEqual(['5.6.2024']);
  });
});

describe('addresses, postcodes, places', () => {
  it('finds street and number, PC6 and the place', () => {
    expect(found('Woont aan de Hoefkade 412-III, 2526 AB Den Haag.')).toEqual([
      ['ADDRESS', 'Hoefkade 412-III'],
      ['POSTCODE', '2526 AB'],
      ['CITY', 'Den Haag'],
    ]);
    expect(labelsOf('Burgemeester de Raadtsingel 57 is het adres.', 'ADDRESS')).toEqual(['Burgemeester de Raadtsingel 57']);
  });
  it('reads a place that is also a word as a word at the start of a sentence', () => {
    expect(labelsOf('Best lastig gesprek. Hoorn erop gegooid.', 'CITY')).toEqual([]);
    expect(labelsOf('Zij woont in Best, hij verhuist naar Hoorn.', 'CITY')).toEqual(['Best', 'Hoorn']);
    expect(labelsOf('Het gezin woont in Alphen aan den Rijn en in Bergen op Zoom.', 'CITY')).toEqual([
      'Alphen aan den Rijn',
      'Bergen op Zoom',
    ]);
  });
  it('keeps a house-number letter after a hyphen', () => {
    expect(labelsOf('Aan de Spittaalstraat 61-B.', 'ADDRESS')).toEqual(['Spittaalstraat 61-B']);
  });
  it('leaves countries and a house number without a street alone', () => {
    expect(found('Het gezin komt uit Syrië en woont op nummer 12.')).toEqual([]);
  });
});

describe('names', () => {
  it('finds names after titles, roles and initials, with tussenvoegsels', () => {
    expect(labelsOf('Mw. de Jong belde. Moeder Linda de Vries en dhr. P. van den Berg kwamen.', 'PERSON')).toEqual([
      'de Jong',
      'Linda de Vries',
      'P. van den Berg',
    ]);
  });
  it('keeps ordinary words that are also surnames unless a title or role says otherwise', () => {
    expect(labelsOf('Vader werkt bij de bakker om de hoek; in de winter is het koud.', 'PERSON')).toEqual([]);
    expect(labelsOf('Het gezin Hoek en mw. Bakker.', 'PERSON')).toEqual(['Hoek', 'Bakker']);
  });
  it('finds a name in lower case after a contact word, but no lower-case word', () => {
    expect(labelsOf('ff gebeld met anouk, zij wilde niet in gesprek met de school.', 'PERSON')).toEqual(['anouk']);
  });
  it('takes a place as a name where a title or role says it is one', () => {
    expect(labelsOf('Overleg i.v.m. verlof: gezin Hoek. Mw. v.d. Berg belt terug.', 'PERSON')).toEqual(['Hoek', 'v.d. Berg']);
  });
  it('takes up to three given names after a title', () => {
    expect(labelsOf('Mw. Trần Thị Mai heeft een afspraak.', 'PERSON')).toEqual(['Trần Thị Mai']);
  });
  it('finds a capitalised name mid-sentence and repeats of a name once found', () => {
    expect(labelsOf('Gesprek over Jamal en zijn zus. Later belde Jamal zelf.', 'PERSON')).toEqual(['Jamal', 'Jamal']);
  });
});

describe('other identifiers', () => {
  it('finds e-mail, URLs, case numbers and licence plates', () => {
    const text =
      'Mail r.vandermeer75@gmail.com, zie https://www.marktplaats.nl/u/x/1. Zaaknr. Z/24/118734, melding VT-2024-3318, kenteken GZ-318-K.';
    expect(found(text).map(([label]) => label)).toEqual(['EMAIL', 'URL', 'CASE_ID', 'CASE_ID', 'LICENSE_PLATE']);
  });
  it('finds a case number written in groups after its kind', () => {
    expect(labelsOf('CJIB-kenmerk 3104 8872 1109 5521 en factuur 2024.', 'CASE_ID')).toEqual(['3104 8872 1109 5521']);
  });
  it('finds an organisation named after its kind, a sports club, and a bare domain with a path', () => {
    expect(
      labelsOf('Achterstand bij woningcorporatie Elkien; thuiszorg door Envida; traint bij AV Phanos; BrabantWonen belde.', 'INSTITUTION'),
    ).toEqual(['Elkien', 'Envida', 'AV Phanos', 'BrabantWonen']);
    expect(labelsOf('Zij post via tiktok.com/@naomi.isenia, zie ook gemeente.nl.', 'URL')).toEqual(['tiktok.com/@naomi.isenia']);
  });
  it('finds named local institutions but not national agencies', () => {
    expect(labelsOf('Overleg met OBS De Regenboog, het Albert Schweitzer ziekenhuis en het UWV.', 'INSTITUTION')).toEqual([
      'OBS De Regenboog',
      'Albert Schweitzer ziekenhuis',
    ]);
  });
  it('finds an organisation whole however much space is between its kind and its name (a table or PDF layout)', () => {
    // Patterns once ran in windows of 90 characters around their keyword: here the window cut "Jansen" to "Jans".
    const text = `Stichting${' '.repeat(86)}Jansen`;
    expect(labelsOf(text, 'INSTITUTION')).toEqual([text]);
    expect(redact(text, detect(text)).text).toBe('[INSTELLING]');
  });
});

describe('robust input', () => {
  it('handles empty text, emoji and odd whitespace with exact offsets', () => {
    expect(detect('')).toEqual([]);
    const text = '😀👍🏽 Mw.\u00a0Jansen\tbelde 06-41873520\u2003😀';
    for (const span of detect(text)) expect(['Jansen', '06-41873520']).toContain(text.slice(span.start, span.end));
    expect(detect(text)).toHaveLength(2);
  });
});
