// Classes of ages, addresses, case numbers and phone numbers named in stop 24's accuracy round (issue 13, branch
// deidacc24a), each with invented examples: what a rule must find and what it must leave alone. No text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('an age as an ordinal number word after "op" and a possessive', () => {
  it('takes the ordinal where a clause ends or goes on', () => {
    has('Hij is op zijn negende verhuisd.', 'AGE', 'negende');
    has('Zij is op haar vijftiende gevlucht.', 'AGE', 'vijftiende');
    has('Gestopt met school op zijn zestiende, daarna werk.', 'AGE', 'zestiende');
  });
  it('leaves an ordinal of things, and the start or end of a period, alone', () => {
    expect(ofLabel('Voor haar tweede kind kreeg ze kraamzorg.', 'AGE')).toEqual([]);
    expect(ofLabel('Op zijn derde dag op school ging het mis.', 'AGE')).toEqual([]);
    expect(ofLabel('De jeugdhulp loopt tot zijn achttiende.', 'AGE')).toEqual([]);
  });
});

describe('two ages in one bracket after a couple or a family', () => {
  it('takes both ages where the couple is named before the bracket or inside it', () => {
    has('Het jonge stel (20 en 23) zoekt een huis.', 'AGE', '20');
    has('Het jonge stel (20 en 23) zoekt een huis.', 'AGE', '23');
    has('De grootouders (78 en 75) redden het niet meer alleen.', 'AGE', '75');
    has('Bij het gezin (echtpaar, 31 en 33) is een baby geboren.', 'AGE', '31');
  });
  it('leaves two numbers in a bracket without a couple or family alone', () => {
    expect(ofLabel('Zie de bijlagen (4 en 5) bij de brief.', 'AGE')).toEqual([]);
    expect(ofLabel('De kinderen zitten in de groepen (groep 3 en 6).', 'AGE')).toEqual([]);
  });
});

describe("a family's children counted, then their ages between two numbers", () => {
  it('takes both ages after "tussen de"', () => {
    has('Ze hebben vijf kinderen tussen de 3 en 15.', 'AGE', '3');
    has('Moeder met 4 kinderen tussen de 2 en 11, vader uit beeld.', 'AGE', '11');
  });
  it('leaves a population of an age range, and a range in years, alone', () => {
    expect(ofLabel('Het aanbod is voor kinderen tussen de 12 en 18.', 'AGE')).toEqual([]);
    expect(ofLabel('Ze heeft drie kinderen tussen de 2 en 9 jaar.', 'AGE')).toEqual([]);
  });
});

describe("the tax office's numbers of an assessment or a benefit", () => {
  it('takes four, two and three digits, a capital and the digits after it, in a sentence or a cell', () => {
    has('Openstaande aanslag 4455.66.778.H.12 van € 800.', 'CASE_ID', '4455.66.778.H.12');
    has('| Toeslagen | 1203.45.678.T.09.0031 | € 1.200 |', 'CASE_ID', '1203.45.678.T.09.0031');
  });
  it('leaves a version number and a longer run of groups alone', () => {
    expect(ofLabel('Versie 2024.01.123.A.1.2.3 van de app.', 'CASE_ID')).toEqual([]);
    lacks('Code 12.4455.66.778.H.12 in de lijst.', 'CASE_ID', '4455.66.778.H.12');
  });
});

describe('an age a cue word right before it marks', () => {
  it("takes the youngest's or eldest's age where a clause or cell ends", () => {
    has('| twee kinderen, jongste 4 | huur |', 'AGE', '4');
    has('De oudste 16; de jongste zit op de basisschool.', 'AGE', '16');
  });
  it("takes a couple's shared age", () => {
    has('Echtpaar uit de flat. Beiden 70+. Vraagt hulp.', 'AGE', '70+');
    has('Ze zijn allebei 19, en wonen bij hun ouders.', 'AGE', '19');
  });
  it("leaves a couple's shared duration, and a number they got, alone", () => {
    expect(ofLabel('Ze wonen er beiden al 12 jaar.', 'AGE')).toEqual([]);
    expect(ofLabel('Ze werken daar allebei al 25 jaar.', 'AGE')).toEqual([]);
    expect(ofLabel('Ze kregen allebei 20.', 'AGE')).toEqual([]);
  });
  it('takes a couple\'s age after "zijn", a couple word or at a clause\'s start', () => {
    has('De ouders zijn inmiddels allebei 82.', 'AGE', '82');
    has('Man en vrouw beiden 77, wonen zelfstandig.', 'AGE', '77');
  });
  it('takes a birthday said in the first person', () => {
    has('ik word 14 maart 85!! feestje', 'AGE', '85');
    has('Ik word 21!', 'AGE', '21');
  });
  it("takes a CSV row's age field", () => {
    has('Naam;T. Ruiter\nLeeftijd;15\nSchool;onbekend', 'AGE', '15');
  });
  it('takes a hedged age after a person word', () => {
    has('Mevrouw is begin 50, meneer ruim 60.', 'AGE', '60');
    has('Zijn vrouw, midden veertig, werkt.', 'AGE', 'veertig');
  });
  it("takes an age reached alone at a cell's or clause's start", () => {
    has('Sanne Vos\t12-03-2008\t–\t18 geworden, woont op kamers', 'AGE', '18');
    has('Aanmelding;Buurthuis;17 geworden, wil werk', 'AGE', '17');
  });
  it('leaves counts, amounts and durations after the same words alone', () => {
    expect(ofLabel('De oudste 2 zijn naar school.', 'AGE')).toEqual([]);
    expect(ofLabel('Het kost allebei 15 euro.', 'AGE')).toEqual([]);
    expect(ofLabel('ik word 5 keer gebeld', 'AGE')).toEqual([]);
    expect(ofLabel('Mevrouw bijna 30 keer gebeld.', 'AGE')).toEqual([]);
  });
});

describe('addresses in fields and after address words, with what follows them', () => {
  it("takes a house number's field with its addition, in place of a date read in it", () => {
    has('Straat: Lijsterbes\nHuisnr. & toev: 41 / A\nPostcode: 1234 AB', 'ADDRESS', '41 / A');
    has('Huisnummer + toevoeging: 23-2\nWoonplaats: Epe', 'ADDRESS', '23-2');
  });
  it('takes a street and number after a label of street and number', () => {
    has('Straat/nr: Kamperfoelie 22\nPlaats: Ede', 'ADDRESS', 'Kamperfoelie 22');
  });
  it("takes a street field's value and its number on the next line", () => {
    has('Adres: Oranje Nassaulaan\n14 A\n1234 AB Ede', 'ADDRESS', '14 A');
  });
  it('leaves a lower-case line that ends like a street, above a number alone, alone', () => {
    expect(ofLabel('Bezoeken per plek:\nspeeltuin\n3\nbibliotheek\n5', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Aantallen\nfietsenstalling\n12\n', 'ADDRESS')).toEqual([]);
  });
  it('still takes a street line, and a street label in capitals, above its number', () => {
    has('Meldingen:\nKlaprooslaan\n7\n', 'ADDRESS', 'Klaprooslaan');
    has('ADRES: Klaprooslaan\n7\n1234 AB Ede', 'ADDRESS', '7');
  });
  it('takes a street after an address word where the sentence goes on', () => {
    has('Huisbezoek Heggerank 5 om 10 uur.', 'ADDRESS', 'Heggerank 5');
  });
  it('leaves a count or a time after an address word alone', () => {
    expect(ofLabel('Huisbezoek Lindehof 3 keer afgezegd.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Huisbezoek Marije 2 weken geleden.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Huisbezoek Groep 5 om 10 uur.', 'ADDRESS')).toEqual([]);
  });
  it('leaves a team or a meeting after an address word alone, where the sentence goes on or ends', () => {
    expect(ofLabel('Huisbezoek Buurtteam 4 besproken.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Huisbezoek Zorgoverleg 2 gepland.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Huisbezoek Evaluatiegesprek 3.', 'ADDRESS')).toEqual([]);
  });
});
