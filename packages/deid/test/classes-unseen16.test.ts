// Classes of persons, ages, identifiers and phone numbers named for issue 13's unseen16 round (ages, identifiers and
// informal text: team apps, chats, call notes), each with invented examples: what a rule must find and what it must
// leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('chat senders after a stamp of a team app', () => {
  it('takes a sender after a bracketed weekday and time', () => {
    const chat = '[di 21:03] merel: ben er zo\n[wo 07:40] ruben: top, dank je merel';
    has(chat, 'PERSON', 'merel');
    has(chat, 'PERSON', 'ruben');
  });
  it('takes a lower-case sender after a bare time where the same word speaks again', () => {
    const chat = 'groepsapp\n09:02 lotte: wie gaat er mee?\n09:05 daan: ik\n09:06 lotte: fijn\n09:07 daan: haal ik de sleutel?';
    has(chat, 'PERSON', 'lotte');
    has(chat, 'PERSON', 'daan');
  });
  it('leaves an agenda of times and topics alone', () => {
    const agenda = 'Programma\n09:30 Opening: de voorzitter\n10:00 Pauze: koffie\n10:15 Opening: tweede deel';
    lacks(agenda, 'PERSON', 'Opening');
    lacks(agenda, 'PERSON', 'Pauze');
  });
});

describe('ages beside what the rules found', () => {
  it('takes the age after a date of birth, perhaps after "nu" or "dus"', () => {
    has('Dhr. Kees Mulder, °02.07.1940, 85, woont alleen.', 'AGE', '85');
    has('Geboren: 3-9-1961, nu 64; woont sinds kort hier.', 'AGE', '64');
    has('Zoontje Ravi (geb. 8 mei 2023, dus twee) blijft thuis.', 'AGE', 'twee');
  });
  it('takes the age it is corrected to and the other one it may be', () => {
    has('Vader zegt dat hij 31 is, niet 32; de papieren kloppen niet.', 'AGE', '31');
    has('Vader zegt dat hij 31 is, niet 32; de papieren kloppen niet.', 'AGE', '32');
    has('Mw. Brouwer is 81 of 82, ze weet het zelf niet.', 'AGE', '82');
  });
  it('takes an age after a nationality or "ca." between commas, and after a name before "is"', () => {
    has('Dhr. Ivo Marinov, Bulgaars, 47, belt via een tolk.', 'AGE', '47');
    has('Vader (Dario, ca. 40) werkt in de kassen.', 'AGE', '40');
    has('Het ging mis toen Senna 16 is geworden.', 'AGE', '16');
  });
  it('leaves a date that is no birth, a threshold and a count alone', () => {
    lacks('Overleg op 12-03-2025, 14 deelnemers waren er.', 'AGE', '14');
    lacks('De hulp stopt als hij 18 wordt.', 'AGE', '18');
  });
});

describe('identifiers after more context words', () => {
  it('takes the numbers after a plural number word, and after "lln" and a shortened word with a full stop', () => {
    const text = 'Klantnummers: 440128 en 440129 (beide kinderen).';
    has(text, 'CASE_ID', '440128');
    has(text, 'CASE_ID', '440129');
    has('Aanmelding Rayan (lln 5520917, groep 8).', 'CASE_ID', '5520917');
    has('Woonstichting Noord, kl.nr KD 330-118-2, achterstand.', 'CASE_ID', 'KD 330-118-2');
  });
  it('takes a code after "is" where a number word announced it, a letter code in groups and an RF reference', () => {
    has('zijn debiteurnr bij hen is TX 4410-2281', 'CASE_ID', 'TX 4410-2281');
    has('Betaald op cliëntnummer K-227 918.', 'CASE_ID', 'K-227 918');
    has('Betalingsreferentie RF71 4400 1218 0653, bedrag € 120,-.', 'CASE_ID', 'RF71 4400 1218 0653');
  });
  it('leaves a period after "contract is" and a date after a context word alone', () => {
    lacks('Het contract is 2025-2026 geldig.', 'CASE_ID', '2025-2026');
    has('Uitspraak rechtbank 14-02-2025, zaaknr. C/01/552211.', 'DATE', '14-02-2025');
  });
  it('keeps four groups of four digits one code when a country code hides in them', () => {
    has('CJIB-kenmerk 3001 0031 6620 4471 staat op de brief.', 'CASE_ID', '3001 0031 6620 4471');
  });
});

describe('phone numbers and IBANs as people type them', () => {
  it('takes two numbers side by side, each alone', () => {
    const text = 'bereikbaar op 06-21436587 - 06-78563412';
    has(text, 'PHONE', '06-21436587');
    has(text, 'PHONE', '06-78563412');
  });
  it('takes a number with the trunk zero in brackets and spaced groups', () => {
    has('Telefoon: +31 (0) 6 - 21 43 65 87', 'PHONE', '+31 (0) 6 - 21 43 65 87');
  });
  it('takes a Dutch IBAN typed in lower case', () => {
    has('stort het maar op nl91abna0417164300 graag', 'IBAN', 'nl91abna0417164300');
    lacks('code ab12 cdef ghij klmn', 'IBAN', 'ab12 cdef ghij klmn');
  });
});

describe('persons beside what the rules found', () => {
  it('takes a nickname in brackets after a first name, and the surname after it', () => {
    const text = 'Mevrouw Johanna (Hannie) Brinkhuis belt over haar man.';
    has(text, 'PERSON', 'Brinkhuis');
    has('Cliënt: Cornelia (Corrie) Smeenk', 'PERSON', 'Corrie');
    has('Gesprek met Daan (bijnaam "Dino") over school.', 'PERSON', 'Dino');
    lacks('Jan Kuipers (Woonzorg) belde terug.', 'PERSON', 'Woonzorg');
  });
  it('takes a short form that a legend gives a person, wherever it recurs', () => {
    const text = '| ma | LvD | huisbezoek |\n| di | LvD + Ina | overleg |\nLegenda: LvD = Lotte van Dijk';
    expect(found(text).filter(([label, value]) => label === 'PERSON' && value === 'LvD')).toHaveLength(3);
  });
  it('takes a name right before an e-mail address that starts with it', () => {
    has('Terugkoppeling naar: Femke, femke@kinderopvang-zon.nl', 'PERSON', 'Femke');
    lacks('Info, info@kinderopvang-zon.nl', 'PERSON', 'Info');
  });
  it('takes name fields after a gap on the same line of a form, and a name after "ome"', () => {
    has('Achternaam: Bosgra   Voorletters: T.J.   Roepnaam: Tjeerd', 'PERSON', 'T.J.');
    has('Achternaam: Bosgra   Voorletters: T.J.   Roepnaam: Tjeerd', 'PERSON', 'Bosgra');
    has('is het weer voor ome Henkie?', 'PERSON', 'Henkie');
  });
  it('leaves a voicemail heading before a time alone', () => {
    lacks('Voicemail 09:14: "Ja hallo, met de school"', 'PERSON', 'Voicemail');
  });
});

describe('dates and ages of birth as forms and notes write them', () => {
  it('takes a date with spaces around its hyphens and a dotted date with a two-digit year at a line end', () => {
    has('Geboortedatum: 07 - 11 - 1952   Geslacht: v', 'DATE', '07 - 11 - 1952');
    has('Gespreksverslag – 14.02.26\nAanwezig: moeder', 'DATE', '14.02.26');
    lacks('Update naar versie 10.12.25 van de app.', 'DATE', '10.12.25');
  });
  it('takes the age after a year of birth and "dus" or "nu", and the other age it may be', () => {
    has('Dhr. Karim Ouhadi (°1953, dus 72 of 73, papieren kwijt).', 'AGE', '72');
    has('Dhr. Karim Ouhadi (°1953, dus 72 of 73, papieren kwijt).', 'AGE', '73');
    has('Mw. de Graaf, geb. 1944, nu 81, woont zelfstandig.', 'AGE', '81');
  });
  it('leaves an ordinal after "tot" alone (a duty that lasts until then, no one\'s age)', () => {
    lacks('Hij is kwalificatieplichtig tot zijn 18e.', 'AGE', '18e');
    has('Sinds zijn 16e woont hij op kamers.', 'AGE', '16e');
  });
});

describe('case numbers in a table column', () => {
  it('takes the cells under a column named for a case or client number, in tabs or bars', () => {
    const tabs = 'Overzicht\nclientnr\tnaam\tstatus\n88-0412\tPeters, J.\tactief\n88-0419\tDemir, A.\twacht\n';
    has(tabs, 'CASE_ID', '88-0412');
    has(tabs, 'CASE_ID', '88-0419');
    const bars = '| Dossiernr | Naam |\n|---|---|\n| 2026 4471 | Smit |';
    has(bars, 'CASE_ID', '2026 4471');
  });
  it('leaves a row number and the cells of other columns alone', () => {
    const text = '| nr | naam | bedrag |\n| 1 | Smit | 1200 |';
    lacks(text, 'CASE_ID', '1');
    lacks(text, 'CASE_ID', '1200');
  });
});

describe('ages after a name and its nickname', () => {
  it('takes an age in months between commas and an age after a nickname in brackets', () => {
    has('Kinderen: Tess (4) en Julian, 9 maanden, nog thuis.', 'AGE', '9 maanden');
    has('Jeugdige: Robert ("Bob"), 16, woont bij oma.', 'AGE', '16');
  });
});

describe('chat senders whose name is also a word', () => {
  it('takes a short name of the surname lists that speaks again beside other senders', () => {
    const chat = 'Bo: wie heeft de sleutel?\nEsra: ik, ligt op kantoor\nBo: top\nEsra: graag gedaan';
    has(chat, 'PERSON', 'Bo');
    const lower = 'bo: wie heeft de sleutel?\nesra: ik\nbo: top\nesra: mooi';
    has(lower, 'PERSON', 'bo');
  });
  it('leaves such a word alone where no other sender speaks', () => {
    lacks('Mo: een\nMo: twee', 'PERSON', 'Mo');
  });
});

describe('more English months and an authority code in groups of four', () => {
  it('takes English month names of mail headers and an authority code of groups anywhere', () => {
    has('Date: Monday 9 February 2026\nSubject: afspraak', 'DATE', '9 February 2026');
    has('het nummer staat bovenaan: CJIB 4471 2290 18', 'CASE_ID', 'CJIB 4471 2290 18');
  });
});

describe('an age after a name and "van"', () => {
  it('takes an approximate age and one in months', () => {
    has('Het buurmeisje Lisa van een jaar of 19, zegt moeder.', 'AGE', '19');
    has('Baby Fenna van 4 mnd is onrustig.', 'AGE', '4 mnd');
  });
});
