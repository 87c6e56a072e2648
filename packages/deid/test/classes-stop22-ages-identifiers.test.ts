// Classes of ages, persons and identifiers named in stop 22's accuracy round (issue 13, branch deidacc22p), each with
// invented examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('an age written out in words where its digits would be an age', () => {
  it('takes it in brackets after a name, after kin and "is", after a name and a comma, and in a list of kin', () => {
    has('Ze belt over Floor (negen) en haar vriendin.', 'AGE', 'negen');
    has('Zijn broer is zevenenveertig, woont in de stad.', 'AGE', 'zevenenveertig');
    has('Mijn zoon is vier, mijn dochter zeven.', 'AGE', 'vier');
    has('Mijn zoon is vier, mijn dochter zeven.', 'AGE', 'zeven');
    has('Haar tante Greet (een jaar of tachtig) kookt soms.', 'AGE', 'tachtig');
  });
  it('takes a unit of months or weeks with it', () => {
    has('Het zoontje is pas drie weken oud.', 'AGE', 'drie weken');
  });
  it('leaves counts, durations and numbers inside words alone', () => {
    const text = 'Ze hebben drie kinderen. Zijn vader is twee jaar geleden overleden. Het gesprek duurde vijf minuten. Bus twaalf-A.';
    expect(ofLabel(text, 'AGE')).toEqual([]);
    lacks('Ze wonen sinds haar man twee jaar geleden vertrok alleen.', 'AGE', 'twee');
  });
});

describe('bare ages in chats and hedged ages', () => {
  it('takes an age after a title without its full stop, before "he", and after a hedge', () => {
    has('noor 14:02: mw is 77, woont alleen', 'AGE', '77');
    has('[10:05] ria: ze is 88 he, echt', 'AGE', '88');
    has('Hij is schat ik rond de 60, aldus zijn broer.', 'AGE', '60');
  });
  it('takes an age in brackets after a hedge or "zelf ook al"', () => {
    has('Buurvrouw Tjoelker (een jaar of 55) kijkt mee.', 'AGE', '55');
    has('Haar zus Ineke (zelf ook al 68) helpt.', 'AGE', '68');
    has('Dochter Sanne (sinds vorige week 12) fietst zelf.', 'AGE', '12');
  });
  it('takes a decade after a name and a comma in brackets', () => {
    has('Hun oudste (Marloes, begin 30) werkt in de zorg.', 'AGE', '30');
  });
  it('leaves a hedge before a count or an amount alone', () => {
    expect(ofLabel('Er kwamen een jaar of 12 mensen (rond de 40 euro per persoon).', 'AGE')).toEqual([]);
  });
});

describe('ages listed after kin and a partner’s age', () => {
  it('takes a list of ages in brackets that goes on with a remark after a dash', () => {
    const text = 'Gezin met drie kinderen (12, 7 en 2 — de middelste heeft astma).';
    has(text, 'AGE', '12');
    has(text, 'AGE', '2');
  });
  it('takes the second of two ages after a name and a comma', () => {
    has('Het echtpaar Jansma, 64 en 62, woont boven de winkel.', 'AGE', '62');
  });
  it('takes the age after a date of birth and a semicolon', () => {
    has('Dhr. H. Wolters (geb. 02-03-1951; 75) belt.', 'AGE', '75');
  });
});

describe('labelled ages with a remark in the label', () => {
  it('takes an age after "Leeftijd (schatting):" and a hedge, a tab too', () => {
    has('Leeftijd (schatting): ongeveer 15\nSchool: onbekend', 'AGE', '15');
    has('Leeftijd (geschat):\tca. 52\nGezin: alleen', 'AGE', '52');
    has('Leeftijd (ongeveer): rond de 40\nAdres: onbekend', 'AGE', '40');
  });
});

describe('the cells of an age column', () => {
  it('takes a family’s ages, a guess, a couple’s ages after a comma, months and years;months', () => {
    const table =
      '| nr | naam | lft | plaats |\n|---|---|---|---|\n| 1 | gezin Kooi | 9 / 6 / 3 | Oss |\n| 2 | Ria Bos | ca. 85 | Uden |\n| 3 | Jan en Els | 77, 75 | Oss |\n| 4 | Mila | 20 mnd | Uden |\n| 5 | Sem | 3;4 | Oss |';
    for (const age of ['9', '6', '3', '85', '77', '75', '20 mnd', '3;4']) has(table, 'AGE', age);
  });
  it('takes a baby’s age in months in the cell after its name in an export', () => {
    has('naam;leeftijd;plaats\nFenna Bos;7 mnd;Oss', 'AGE', '7 mnd');
  });
});

describe('addresses that a place or a verb follows', () => {
  it('takes a Belgian box number before "in" and a place', () => {
    has('Post naar Veldstraat 12 bus 4 in Mariakerke sturen.', 'ADDRESS', 'Veldstraat 12 bus 4');
  });
  it('takes a lower-case street of an adjective and a kind before a verb', () => {
    has('het buurthuis aan de oude gracht 41 geeft taalles', 'ADDRESS', 'oude gracht 41');
  });
  it('leaves a bus line and a count after a square alone', () => {
    expect(ofLabel('Neem bus 12 in Mariakerke. Op de grote markt 3 kramen verder staat hij.', 'ADDRESS')).toEqual([]);
  });
});

describe('persons a title or a word of address names', () => {
  it('takes an initial alone after a title, before a bracket, a comma or the line’s end', () => {
    has('Huisbezoek bij dhr. K. (51), Dorpsstraat.', 'PERSON', 'K.');
    has('Melding over mevrouw P., 79 jaar, valt vaak.', 'PERSON', 'P.');
    has('jip 10:02: fam. d., vader werkt nachten', 'PERSON', 'd.');
    has('Aanmelding mw. J.W. (62) via de huisarts.', 'PERSON', 'J.W.');
  });
  it('leaves initials before a surname to the rules for names, and a title before a word alone', () => {
    has('Gesprek met dhr. K. Smit over de huur.', 'PERSON', 'K. Smit');
    expect(ofLabel('Mw. is thuis; dhr. heeft het druk.', 'PERSON')).toEqual([]);
  });
  it('takes a lower-case first name after juf, opa, tante and the like, though the name is also a word', () => {
    has('kan juf marieke dat even doorgeven?', 'PERSON', 'marieke');
    has('we gaan zondag naar opa kees', 'PERSON', 'kees');
    has('buurvrouw fleur past op de kinderen', 'PERSON', 'fleur');
  });
  it('leaves a verb or an adverb after such a word alone', () => {
    expect(ofLabel('oma ben ik kwijt, opa dan weer niet, oom gaat mee.', 'PERSON')).toEqual([]);
  });
});

describe('ages of unseen34’s kinds', () => {
  it('takes an age to come with the day or the month after it', () => {
    has('Bram wordt 9 op de 3e, zegt moeder.', 'AGE', '9');
    has('Dus Sem wordt 18 in mei, dan stopt de toeslag.', 'AGE', '18');
  });
  it('takes "ver in de 80", a baby’s months before a semicolon, English "now", and an age written out in an age column', () => {
    has('De buurman is ver in de 90, loopt slecht.', 'AGE', '90');
    has('Gezin: Ties, 11 maanden; verder geen kinderen', 'AGE', '11 maanden');
    has('My brother Tomasz, he is 15 now, lives with us.', 'AGE', '15');
    has('| naam | leeftijd | adres |\n|---|---|---|\n| mw. Ada Kok | negenenzeventig | Dorpsweg 4 |', 'AGE', 'negenenzeventig');
  });
});

describe('dates of unseen34’s kinds', () => {
  it('takes the first day of a pair before a month', () => {
    has('Ze logeert 14 en 15 maart bij haar zus.', 'DATE', '14');
    has('Ze is 3 t/m 5 mei weg.', 'DATE', '3');
  });
  it('takes a date with a Roman month, and leaves a code of a Roman numeral and a year a code', () => {
    has('Brief gedateerd 03-IV-2026 ontvangen.', 'DATE', '03-IV-2026');
    has('Brief van 5.XII.1958 gevonden.', 'DATE', '5.XII.1958');
    has('Kenmerk: IV-2026', 'CASE_ID', 'IV-2026');
  });
  it('leaves counts before a month alone', () => {
    // A group, a week or an amount before the first number makes it none (review22 P6); each text has a month, so the rule runs.
    expect(ofLabel('Groep 7 en 8 mei op kamp.', 'DATE')).toEqual([['DATE', '8 mei']]);
    expect(ofLabel('Week 12 en 13 april vakantie.', 'DATE')).toEqual([['DATE', '13 april']]);
    expect(ofLabel('Kosten: € 20 en 21 maart betaald.', 'DATE')).toEqual([['DATE', '21 maart']]);
  });
});

describe('structured identifiers of unseen34’s kinds', () => {
  it('takes a mobile number typed digit by digit after a dash', () => {
    has('Bel oom Kees op 06 – 4 1 8 7 3 5 2 0 vanavond.', 'PHONE', '06 – 4 1 8 7 3 5 2 0');
  });
  it('takes a street whose kind is -vest, with a letter on its number', () => {
    has('Nieuw adres: Kolkvest 12 b; sleutel bij de buren.', 'ADDRESS', 'Kolkvest 12 b');
  });
  it('leaves an organisation’s general line alone where the note says so', () => {
    lacks('Bel het team op 050-311 22 00 voor een afspraak.', 'PHONE', '050-311 22 00');
    has('Bel het team op 050-311 22 00 of Ria zelf op 06-41873520.', 'PHONE', '06-41873520');
  });
});

describe('chat senders named by a first name and a surname’s letter', () => {
  it('takes such a sender who speaks again, and then a sender whose name is also a word', () => {
    const chat = '3-1 09:02 bo: wie gaat er\n3-1 09:03 sanne v: ik\n3-1 09:04 bo: top\n3-1 09:05 sanne v: ok';
    expect(ofLabel(chat, 'PERSON')).toEqual([
      ['PERSON', 'bo'],
      ['PERSON', 'sanne v'],
      ['PERSON', 'bo'],
      ['PERSON', 'sanne v'],
    ]);
  });
  it('leaves lettered labels that recur alone', () => {
    expect(ofLabel('Vraag a: hoe gaat het\nVraag a: nogmaals\nOptie b: wachten\nOptie b: bellen', 'PERSON')).toEqual([]);
  });
});

describe('identifiers and names in registers', () => {
  it('takes a case number after a label with dotted leaders before its colon', () => {
    has('Dossiernummer ......: K-0411-RTB\nAdres ......: onbekend', 'CASE_ID', 'K-0411-RTB');
  });
  it('takes a surname that is also a place as a person before a comma and initials', () => {
    has('Map Kampen, R.W. – in behandeling', 'PERSON', 'Kampen, R.W.');
    has('03-02-2026;Hengelo, T.;Smit, Jet', 'PERSON', 'Hengelo, T.');
  });
  it('leaves a place alone before an initial and a name in brackets, or before a sentence', () => {
    has('Contact: wijkteam Ootmarsum, L. (Lies) de Wit', 'CITY', 'Ootmarsum');
    has('Ze woont in Assen, M. belt morgen.', 'CITY', 'Assen');
  });
});

describe('an age followed by "als"', () => {
  // "N jaar als kok" can be years in a trade, but the first exception for it dropped real ages (review22): an age
  // after a verb of being or in brackets stays an age.
  it.each([
    ['Mevrouw is 88 jaar als langst wonende huurder van het complex.', '88 jaar'],
    ['Hij werd 40 jaar als enige van de broers.', '40 jaar'],
    ['Dochter (15 jaar als oudste thuis) zorgt mee.', '15 jaar'],
  ])('stays an age: %s', (text, age) => {
    has(text, 'AGE', age);
  });
});

describe('years in a trade', () => {
  it('leaves the years someone worked as something alone, and keeps an age before a comma', () => {
    // Only with a verb of work before it (review22 P11): "Ze is 16 jaar als moeder" is an age.
    expect(ofLabel('Na de fabriek werkte hij, 30 jaar als kok, tot zijn pensioen.', 'AGE')).toEqual([]);
    has('Dhr. Bos, 45 jaar, als kok werkzaam.', 'AGE', '45 jaar');
  });
});

describe('the first name of two people who share a surname', () => {
  it('takes an unlisted first name before "en" and a full name', () => {
    has('Betreft: Zoewanda en Milan Verhoef, wonend te Zeist', 'PERSON', 'Zoewanda');
  });
  it('leaves a role or an ordinary word before "en" and a full name alone', () => {
    expect(ofLabel('Moeder en Milan Verhoef kwamen samen. Overleg en Daan Pieters belt.', 'PERSON')).toEqual([
      ['PERSON', 'Milan Verhoef'],
      ['PERSON', 'Daan Pieters'],
    ]);
  });
});

describe('a name right before a date of birth in brackets', () => {
  it('takes an unlisted name before "(geb." and a date', () => {
    has('Kinderen: Zoewanda (geb. 03-04-2015) en een baby.', 'PERSON', 'Zoewanda');
  });
  it('leaves an ordinary word before such a bracket alone', () => {
    expect(ofLabel('Formulier (geb. 03-04-2015) invullen', 'PERSON')).toEqual([]);
  });
});
