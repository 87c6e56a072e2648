// Classes of ages named for issue 13's unseen10 round (the weakest label: a person's age in chats, forms, tables and
// lists), each with invented examples: what a rule must find and what it must leave alone (durations, amounts, counts,
// times, populations). No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);
const noAge = (text: string) => expect(found(text).filter(([label]) => label === 'AGE')).toEqual([]);

describe('ages in labelled fields', () => {
  it('takes an approximate age after a "Leeftijd" field and every age of a "Leeftijden" list', () => {
    has('Naam: Karim Bennani\nLeeftijd: circa 55\nWoonplaats: Gouda', 'AGE', '55');
    has('Leeftijd moeder: ongeveer 42', 'AGE', '42');
    const list = 'Drie kinderen thuis. Leeftijden 13, 9 en 6.\nInkomen: bijstand';
    has(list, 'AGE', '13');
    has(list, 'AGE', '9');
    has(list, 'AGE', '6');
  });
  it('stops a labelled list at a count', () => {
    const text = 'Leeftijd: 67, 3 kinderen uit huis.';
    has(text, 'AGE', '67');
    lacks(text, '3');
  });
});

describe('bare ages after is and adverbs, and corrected ages', () => {
  it('takes an age after two adverbs and after a lower-case name between commas', () => {
    has('Bas: Verbeek is toch al 79?\nInge: denk het wel', 'AGE', '79');
    has('die jongen, mehmet, is echt 15 hoor', 'AGE', '15');
  });
  it('takes the age a bare age is corrected to', () => {
    const text = 'zijn zoon, timo, is echt 14 en niet 13 zoals in het dossier staat';
    has(text, 'AGE', '14');
    has(text, 'AGE', '13');
  });
});

describe("durations and general ages are no person's age", () => {
  it('leaves a term named on the line, "met N jaar", an arrear and comparisons with a population alone', () => {
    noAge('Opzegtermijn huur: 2 jaar voor de verhuurder, 1 jaar voor de huurder.');
    noAge('De rechter besloot de ondertoezichtstelling met 1 jaar te verlengen.');
    noAge('Hij heeft een rekenachterstand van 2 jaar.');
    noAge('Een derde van de bezoekers is ouder dan 70 jaar.');
    noAge('Voor kinderen jonger dan 4 jaar is de toegang gratis.');
  });
});

describe('ages in a table column', () => {
  it('takes the numbers under a "leeftijd" column of a bar table, a couple\'s two ages, and under "lft" of a tab-separated export', () => {
    const table =
      '| datum | naam | leeftijd | plaats |\n|---|---|---|---|\n| 3-11 | P. Hermans | 84 | Boxmeer |\n| 4-11 | echtpaar Kok | 78 / 75 | Cuijk |';
    has(table, 'AGE', '84');
    has(table, 'AGE', '78');
    has(table, 'AGE', '75');
    const exported = 'nr\tnaam\tlft\twijk\nA-1\tBos, Lotte\t12\tOost\nA-2\tYilmaz, Emre\t9 jr\tWest';
    has(exported, 'AGE', '12');
    has(exported, 'AGE', '9 jr');
  });
  it('leaves the numbers of other columns, and a column without an age header, alone', () => {
    const table = '| naam | leeftijd | huisnr | bezoeken |\n| J. Smit | 71 | 14 | 3 |';
    has(table, 'AGE', '71');
    lacks(table, '14');
    lacks(table, '3');
    noAge('| naam | kamer | bezoeken |\n| J. Smit | 71 | 3 |');
  });
});

describe('ages in lists of children and rankings', () => {
  it('takes ages after the eldest, the youngest and the middle one, and a list after a capitalised "Kinderen"', () => {
    const chat = 'drie kids, de oudste 15, jongste 4. Mila is de middelste van 9\nok';
    has(chat, 'AGE', '15');
    has(chat, 'AGE', '4');
    has(chat, 'AGE', '9');
    const note = 'Kinderen 2, 5 en 11 jaar oud.';
    has(note, 'AGE', '2');
    has(note, 'AGE', '5');
  });
  it('leaves a count after a ranking word alone', () => {
    noAge('De oudste 3 kinderen gaan naar de middelbare school.');
    noAge('Zij is de middelste van 5 kinderen.');
  });
  it('takes the ages listed "resp." after names', () => {
    const text = 'De kinderen Ayo, Kofi en Ama (resp. 14, 10 en 3) wonen bij moeder.';
    has(text, 'AGE', '14');
    has(text, 'AGE', '10');
    has(text, 'AGE', '3');
    noAge('De kosten voor huur en energie (resp. 12, 9 en 4) staan in de bijlage.');
  });
});

describe('approximate ages', () => {
  it('takes "ergens in de 70", "is een jaar of 40", "is in de 60" and only the number', () => {
    has('Gijs: ik schat hem ergens in de 70\nMo: ok', 'AGE', '70');
    has('De buurman heet Frank en is een jaar of 40. Hij is vriendelijk.', 'AGE', '40');
    has('Mevrouw is in de 60 en woont alleen.', 'AGE', '60');
  });
  it('leaves "in de 30 km-zone", "een jaar of 5 geleden" and decades that are no decade alone', () => {
    noAge('De school ligt in de 30 km zone.');
    noAge('Dat is een jaar of 5 geleden gebeurd.');
    noAge('Hij was in de 25 dagen niet thuis.');
  });
});

describe('ages after a name in brackets, form fields and English', () => {
  it('takes a bare number that ends a bracket of words after a name', () => {
    has('Meneer Visser (vaste bezoeker, 71) kwam weer.', 'AGE', '71');
    has('- Noor (gr 6, 9): moe in de klas', 'AGE', '9');
    has('- Bram en Tijn (tweeling, gr 3, 6): goed gestart', 'AGE', '6');
    has('- Fenna van der Berg (gr 8, 11): huiswerk', 'AGE', '11');
  });
  it('leaves a bracket after a word that is no name, and a page or article list, alone', () => {
    noAge('Zie Bijlage (blz. 4, 5) voor de details.');
    noAge('Volgens de Regeling (artikel 3, 4) mag dat.');
  });
  it('takes "Name, 31" or ", ongeveer 35" at the end of a field that names a person', () => {
    const form =
      'Kind: Sara Dijkman\nMoeder: Fatma Dijkman-Kaya, 36\nPartner moeder: Rik, achternaam onbekend, ongeveer 40\nAdres: onbekend';
    has(form, 'AGE', '36');
    has(form, 'AGE', '40');
    noAge('Adres: Kerkstraat 4, 12\nAantal bezoeken: 3, 4');
  });
  it('takes an age written out between a name and a comma, and "N years old"', () => {
    has('Haar vader meneer Kuipers, achtentachtig, woont nog thuis.', 'AGE', 'achtentachtig');
    has('Their son Liam, 6 years old, attends the local school.', 'AGE', '6 years');
    noAge('Ze hebben, twintig, dozen verhuisd.');
    noAge('The contract is 6 years long.');
  });
});

describe("babies' ages in months", () => {
  it('takes months and weeks after a child or a name and "is", in brackets after a child word or a first name, and before "oud"', () => {
    has('Baby Sem is 5 maanden en slaapt slecht.', 'AGE', '5 maanden');
    has('Haar jongste is nu 7 maanden.', 'AGE', '7 maanden');
    has('de kleine (10 maanden) kruipt al', 'AGE', '10 maanden');
    has('Vera (6 mnd) is niet ingeënt.', 'AGE', '6 mnd');
    has('een meisje, 11 maanden oud, in de box', 'AGE', '11 maanden');
  });
  it('leaves pregnancies, waiting lists, terms and things that are months old alone', () => {
    noAge('Ze is 4 maanden zwanger.');
    noAge('De wachtlijst is 9 maanden.');
    noAge('Het is 3 maanden geleden.');
    noAge('Het dossier is 5 maanden oud.');
  });
});

describe('bare ages after a name and a comma, first in a bracket, written out, and with a time', () => {
  it('takes "Name, N" before a comma or the end of a sentence', () => {
    has('Kim, 34, alleenstaande moeder van twee.', 'AGE', '34');
    has('Het gaat om Wessel, 15.', 'AGE', '15');
    has('Bedoel je Sem Janssen van 8 of de grote?', 'AGE', '8');
  });
  it('leaves a date, a count and a place before the number alone', () => {
    lacks('Gesprek met Jansen, 12 mei.', '12');
    lacks('Familie Bos, 3 kinderen, woont krap.', '3');
    noAge('Vestiging Amsterdam, 12.');
  });
  it('takes an age first in a bracket after a name', () => {
    has('Tim (16, 4 havo) is vaak afwezig.', 'AGE', '16');
    lacks('Overleg met Jansen (12, 13 mei) gepland.', '12');
  });
  it('takes an age written out after "ik ben", and a future age with its time after or before it', () => {
    has('Ik ben zeventien.', 'AGE', 'zeventien');
    has('Opa wordt over twee weken 90.', 'AGE', '90');
    has('hij wordt 18 in december', 'AGE', '18');
    has('mevrouw is 78 en woont alleen', 'AGE', '78');
    has('Hij is rond de 45.', 'AGE', '45');
  });
});

describe('ages after kin in chats, approximate after "van", lists of plural children, English', () => {
  it('takes a bare age after a possessive and a kin word where a verb or the clause end follows', () => {
    has("m'n zoon 14 doet raar sinds de zomer", 'AGE', '14');
    has('haar man 71, zij 68', 'AGE', '71');
    noAge('mijn zus 3 keer gebeld');
    noAge('haar vader 2 dagen in het ziekenhuis');
  });
  it('takes "een vrouw van in de 40", "meisjes van 12 en 14", "ouders (45 en 42)", "hij is 15 ofzo", a title and a comma', () => {
    has('Het gaat om een vrouw van in de 40.', 'AGE', '40');
    has('twee meisjes van 12 en 14.', 'AGE', '12');
    has('De ouders (45 en 42) zijn gescheiden.', 'AGE', '42');
    has('hij is 15 ofzo', 'AGE', '15');
    has('Mevrouw, nu 91, wil thuis blijven wonen.', 'AGE', '91');
  });
  it('takes "aged 45" and "a 45-year-old"', () => {
    has('Client aged 45, unemployed.', 'AGE', '45');
    has('a 45-year-old woman', 'AGE', '45-year-old');
    noAge('The building is 45 years and 3 months in use.');
  });
});

describe('more labelled and listed forms', () => {
  it('takes "Leeftijd (jaren): 45", "leeftijd ca 45", "Zijn leeftijd is 45", an age after a year of birth, "die van 12", "Julia, 15:"', () => {
    has('Leeftijd (jaren): 45', 'AGE', '45');
    has('leeftijd ca 45', 'AGE', '45');
    has('Zijn leeftijd is 45.', 'AGE', '45');
    has('Mevrouw is geboren 1980 (45) en woont in de wijk.', 'AGE', '45');
    has('die van 12 is lastig', 'AGE', '12');
    has('- Julia, 15: gaat goed', 'AGE', '15');
  });
  it('leaves a year in brackets, a time after a name and a comma, and a count after "die van" alone', () => {
    noAge('Het huis is gebouwd in 1980 (45 woningen).');
    lacks('Julia, 15:30 afspraak', '15');
    noAge('die van 12 uur is verzet');
  });
});

describe("years that are no person's age", () => {
  it('leaves bounds of groups, periods as subjects, ages of rules, groups of an age and things that are years old alone', () => {
    noAge('Jongeren van 18 jaar en ouder krijgen een brief.');
    noAge('De wachttijd is 2 jaar.');
    noAge('Het contract loopt 1 jaar.');
    noAge('Het gezin woont hier 4 jaar.');
    noAge('De AOW-leeftijd is 67 jaar.');
    noAge('Kinderen van 4 jaar gaan naar groep 1.');
    noAge('De schuld is 5 jaar oud.');
    noAge('Een wasmachine van 12 jaar oud gaat snel stuk.');
    noAge('Hij is 12 jaar verslaafd geweest.');
    noAge('Ze is 20 jaar lid van de kerk.');
    noAge('Hij is 1,80 lang.');
  });
  it('keeps the ages of people beside them', () => {
    has('Ze heeft 2 kinderen van 3 en 5 jaar.', 'AGE', '5 jaar');
    has('De man is 45 jaar oud.', 'AGE', '45 jaar');
    has('Een jongen van 15 jaar oud.', 'AGE', '15 jaar');
    has('Zijn zoon is 16 jaar en woont hier.', 'AGE', '16 jaar');
  });
});

describe('ages in chat shorthand, inverted clauses and birthdays', () => {
  it('takes ages after "mn"/"me" and kin, a bare kin subject, "toen was ze", lists after "zijn", an ordinal birthday', () => {
    has('mn zoon is 15 en luistert niet', 'AGE', '15');
    has('me dochter is 12', 'AGE', '12');
    has('dochter wordt 4 in mei', 'AGE', '4');
    has('Toen was ze pas 16.', 'AGE', '16');
    has('haar kinderen zijn 3, 5 en 9', 'AGE', '5');
    has('zijn ouders zijn 80 en 78.', 'AGE', '78');
    has('Volgende week viert ze haar 80e verjaardag.', 'AGE', '80e');
  });
  it('leaves counts and times after the same words alone', () => {
    noAge('ze zijn 3 en 4 keer geweest');
    noAge('Toen was hij 3 uur te laat.');
    noAge('de 3e verdieping');
  });
});

describe('approximate ages in brackets, couples, answers and kin in lists', () => {
  it('takes "Moeder (± 40)", "het echtpaar (78 en 80)", an answer on the question\'s line or hedged, "zoon 14, dochter 11"', () => {
    has('Moeder (± 40) kwam mee.', 'AGE', '40');
    has('zijn broer (ongeveer 20) helpt', 'AGE', '20');
    has('Het echtpaar (78 en 80) woont zelfstandig.', 'AGE', '80');
    has('Hoe oud is hij? Zeventien.', 'AGE', 'Zeventien');
    has('W: hoe oud is ze nu?\nM: 16 geloof ik', 'AGE', '16');
    has('Kinderen: zoon 14, dochter 11', 'AGE', '11');
  });
  it('leaves an approximate count in brackets after a word that is no person, and kin before a count, alone', () => {
    noAge('De groep (± 40) was rumoerig.');
    noAge('dochter 2 keer per week bij vader');
  });
});

describe('rules and arrears are no ages', () => {
  it('leaves "t/m 12 jaar", an arrear after the years and "vanaf je 18e" (a rule for anyone) alone, and keeps "sinds haar 16e"', () => {
    noAge('Voor kinderen t/m 12 jaar is de toegang gratis.');
    noAge('Er is 1 jaar huurachterstand.');
    noAge('Vanaf je 18e betaal je zelf.');
    has('Sinds haar 16e woont ze bij oma.', 'AGE', '16e');
  });
});

describe('ages in English mail', () => {
  it('takes "She is 84." and "my mother (84)", and leaves "He is 5 minutes late" alone', () => {
    has('She is 84.', 'AGE', '84');
    has('My mother (84) lives alone.', 'AGE', '84');
    noAge('He is 5 minutes late.');
  });
});
