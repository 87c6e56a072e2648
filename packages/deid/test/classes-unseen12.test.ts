// Classes of persons, ages, identifiers and phone numbers named for issue 13's unseen12 round (informal text: chats, mails,
// notes in lower case), each with invented examples: what a rule must find and what it must leave alone. No text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const nothing = (text: string) => expect(found(text)).toEqual([]);
const noAge = (text: string) => expect(found(text).filter(([label]) => label === 'AGE')).toEqual([]);

describe('surnames after family words', () => {
  it('takes a surname with a lower-case tussenvoegsel after gezin, familie, echtpaar and ouders', () => {
    has('Gezin de Bruin heeft een achterstand bij de energie.', 'PERSON', 'de Bruin');
    has('Vandaag het echtpaar van Vliet gesproken.', 'PERSON', 'van Vliet');
    has('ouders de Ruiter willen eerst zelf bellen', 'PERSON', 'de Ruiter');
  });
  it('takes a lower-case surname after fam, familie and echtpaar, after "fam" also one that is a word', () => {
    has('morgen langs bij fam hendriks', 'PERSON', 'hendriks');
    has('even gebeld met fam. smit, gaat goed', 'PERSON', 'smit');
    has('familie de wit belde terug', 'PERSON', 'de wit');
    has('echtpaar kowalczyk komt dinsdag', 'PERSON', 'kowalczyk');
  });
  it('leaves a verb or an ordinary noun after them alone', () => {
    nothing('fam. kan vrijdag niet');
    nothing('fam moet nog tekenen');
    nothing('familie kan niet komen');
    nothing('familie van de buren hielp');
    nothing('echtpaar heeft toestemming gegeven');
  });
});

describe('lower-case first names in chats', () => {
  it('takes a known first name that is no word after an answer or a discourse word', () => {
    has('nee joris zit vandaag op school', 'PERSON', 'joris');
    has('trouwens anouk belde nog over de huur', 'PERSON', 'anouk');
    has('ja mehmet weet ervan', 'PERSON', 'mehmet');
  });
  it('leaves ordinary words after those words alone', () => {
    nothing('nee dat weet ik niet');
    nothing('trouwens morgen ben ik vrij');
  });
});

describe('phone numbers in more forms', () => {
  it('takes a number of a possible length after a + and a country code, though its range is not in use', () => {
    has('Broer in Leeds: +44 7700 900412', 'PHONE', '+44 7700 900412');
    has('oom in Toronto, +1 (555) 204-8811', 'PHONE', '+1 (555) 204-8811');
  });
  it('takes an em dash between the groups', () => {
    has('Mobiel: 06 — 4821 7730', 'PHONE', '06 — 4821 7730');
  });
  it('still leaves public service numbers and amounts alone', () => {
    nothing('Bel gratis 0800-0432 of kijk op de site.');
    nothing('Saldo +1250 euro na de toeslag.');
  });
});

describe('a surname before a first name, and lower-case names after more kin words', () => {
  it('takes a surname, a comma and a first name at the start of a line, item or cell', () => {
    has('Lopende zaken:\n2. Jonkergouw, Aaltje (74), weduwe', 'PERSON', 'Jonkergouw');
    has('| 12-11 | van Leeuwen, Sanne | 81 |', 'PERSON', 'van Leeuwen');
  });
  it('leaves a closing, a place or a kin word before the comma alone', () => {
    expect(found('Groetjes, Naomi').map(([, value]) => value)).not.toContain('Groetjes');
    expect(found('Utrecht, Fatima belde').filter(([label]) => label === 'PERSON')).toEqual([['PERSON', 'Fatima']]);
  });
  it('takes a lower-case first name after a kin word', () => {
    has('mn schoonzus gülsen helpt met koken', 'PERSON', 'gülsen');
  });
});

describe('mentions and thanks in chats', () => {
  it('takes a chat mention or a handle after @, not an e-mail address', () => {
    has('top. @romy kun jij vrijdag?', 'PERSON', 'romy');
    has('ze reageert op insta (@lin.dvries)', 'PERSON', 'lin.dvries');
    expect(found('mail naar t.bakker@wijkteam.nl').map(([label]) => label)).toEqual(['EMAIL']);
    nothing('twee stuks @ 4 euro');
  });
  it('takes a lower-case first name that starts a message, after a sender or not, but no answer word', () => {
    has('jurre: timo is ziek vandaag', 'PERSON', 'timo');
    has('fatima zit in groep 6', 'PERSON', 'fatima');
    expect(found('E: oke goed dat je het zegt').map(([, value]) => value)).not.toContain('oke');
  });
  it('takes a lower-case first name after thanks and "tegen"', () => {
    has('thx meryem!', 'PERSON', 'meryem');
    has('zeg tegen joris dat ik later kom', 'PERSON', 'joris');
  });
});

describe('titles without a full stop, "dokter" and "heet"', () => {
  it('takes a name after mw, dhr and mevr written without a full stop, and after dokter', () => {
    has('sleutel ligt bij de buren, mw Veenstra-Kok', 'PERSON', 'Veenstra-Kok');
    has('dhr El Khatib belde om 9 uur terug', 'PERSON', 'El Khatib');
    has('De huisarts, dokter Brandsma, stuurt een verwijzing.', 'PERSON', 'Brandsma');
  });
  it('takes the name after heet or genaamd', () => {
    has('Haar nichtje heet Ruchama en logeert er vaak.', 'PERSON', 'Ruchama');
  });
  it('leaves an ordinary word after a title with an article alone, but keeps a surname with one', () => {
    nothing('sinds maart weigert mw. de zorg, ze wil het zelf doen');
    has('overleg met mw. de boer gepland', 'PERSON', 'de boer');
    has('en dhr. v.d. meulen?', 'PERSON', 'v.d. meulen');
  });
});

describe('case, policy and payment identifiers', () => {
  it('takes a number after a compound written apart ("cjib nummer", "klant nr")', () => {
    has('zij zegt: cjib nummer 2031 5524 8890 1173, betalen voor vrijdag', 'CASE_ID', '2031 5524 8890 1173');
    has('klant nr 5521 0983 bij de energieleverancier', 'CASE_ID', '5521 0983');
  });
  it('takes four groups of four digits whatever the words before them', () => {
    has('het kenmerk? jurre: 2207-5513-9042-1186. regeling loopt', 'CASE_ID', '2207-5513-9042-1186');
    has('kenmerk voor de betalingsregeling: 6102 3378 4419 0025', 'CASE_ID', '6102 3378 4419 0025');
  });
  it("takes one capital, a hyphen and five or more digits, and an insurer's capitals before a long number", () => {
    has('Leerling staat in het systeem onder K-330918.', 'CASE_ID', 'K-330918');
    has('polis? volgens mij CZ 551203887', 'CASE_ID', 'CZ 551203887');
    has('Op de pas staat: ZK 312 554 07.', 'CASE_ID', 'ZK 312 554 07');
  });
  it("leaves an interpreter's number, short codes and years alone", () => {
    nothing('Gesprek met tolk via tolkennr 4471, geen bijzonderheden.');
    nothing('Gesprek met tolk (tolknummer 30982).');
    nothing('Veld B-52 op het terrein, zie bijlage A-2025.');
    nothing('Overzicht AOW 2025 2026 2027');
  });
});

describe('phone numbers as chat senders and after a slash', () => {
  it('takes the number before a time in brackets, and groups after the area code and a slash', () => {
    has('van 06-5182 0937 (09:14): ja is goed', 'PHONE', '06-5182 0937');
    has('Mobiel: 06/38 21 90 47', 'PHONE', '06/38 21 90 47');
  });
  it('leaves a date and a year after a slash alone', () => {
    expect(found('geboren 06/11 1982').filter(([label]) => label === 'PHONE')).toEqual([]);
  });
});

describe('chat senders whose first name is also a word', () => {
  it('takes them in a chat whose other senders write in lower case', () => {
    const chat = 'noor: wie gaat er morgen?\nroos: ik ga wel\nnoor: top\nroos: stuur je het adres?';
    has(chat, 'PERSON', 'roos');
  });
  it('leaves them alone where no other sender writes in lower case', () => {
    const notes = 'Roos: kleur rood\nTulp: kleur geel\nroos: snoeien in maart\nroos: water geven';
    expect(found(notes).filter(([, value]) => value === 'roos')).toEqual([]);
  });
});

describe('ages in informal notes', () => {
  it('takes paired ages after dhr and mw, and a bare age after "die is"', () => {
    has('- mw 34, zwanger; dhr 38, werkt in de haven', 'AGE', '38');
    has('schoonvader woont in, die is 84 en valt vaak', 'AGE', '84');
    has('de opa, die is 90+ en slecht ter been', 'AGE', '90');
  });
  it('takes an age asked in a chat and the ages of counted children "tussen … en …"', () => {
    has('Ben je nog steeds 16?', 'AGE', '16');
    const family = 'Gezin met 3 kinderen tussen 2 en 11, vader werkt.';
    has(family, 'AGE', '2');
    has(family, 'AGE', '11');
  });
  it('takes both ages of a pair whatever follows the second, kin before an age and a verb, and brackets after more kin words', () => {
    const pair = 'Hij 79 en zij 81 wonen nog in het huis.';
    has(pair, 'AGE', '79');
    has(pair, 'AGE', '81');
    has('hij 90 zij 88, allebei slechthorend', 'AGE', '90');
    has('opa 91 woont nog zelfstandig', 'AGE', '91');
    const kids = 'Het broertje (5) en zusje (8) gaan naar de opvang.';
    has(kids, 'AGE', '5');
    has(kids, 'AGE', '8');
  });
  it('takes an age reached since a time, answered at the start of a message or after "is"', () => {
    has('10:02 jayden: nee 17 sinds zaterdag', 'AGE', '17');
    has('Sevda: 15 sinds september, ja', 'AGE', '15');
    has('zijn zus is 12 sinds maart', 'AGE', '12');
    noAge('Er zijn 3 sinds januari bijgekomen.');
  });
  it("takes the partner's age after a bare one, written out too, an age ending in a half, and an age before 'over'", () => {
    has('Mevrouw is negenentachtig, meneer eenennegentig.', 'AGE', 'eenennegentig');
    has('hun jongste is 3,5 en gaat naar de peuterspeelzaal', 'AGE', '3,5');
    has('kinderen: Sara (6) en Ilyas (2,5)', 'AGE', '2,5');
    has('zij wordt 18 over drie weken', 'AGE', '18');
    noAge('Het is 2,50 euro per rit.');
  });
  it("leaves a population's range and a thing's figure alone", () => {
    noAge('Kinderen tussen de 4 en 12 jaar mogen gratis mee.');
    noAge('De rekening, die is 75 euro, betaalt hij zelf.');
  });
});
