// Classes of issue 13's organisations and places of stop 22 (deidacc22o): places that an organisation rule took for the
// organisation, and the organisations whose own name ends in a town. Each with invented examples, what a rule must find and
// what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

describe('a generic service or team named with its town', () => {
  it.each([
    ['Gesprek met Anne Vos, Bureau Leerplicht Deventer, over het verzuim.', 'Bureau Leerplicht Deventer', 'Deventer'],
    ['Aanwezig: Lotte Weijers (Sociaal Loket Meppel) en dhr. Smit.', 'Sociaal Loket Meppel', 'Meppel'],
  ])('marks the town as the place, not the service as an organisation: %s', (text, service, town) => {
    has(text, 'CITY', town);
    lacks(text, 'INSTITUTION', service);
  });
});

describe("a branch's town after its organisation", () => {
  it('is a place after "kantoor" or "vestiging": the branch is named by its town', () => {
    has('Hij is planner bij Bouwbedrijf Grootjans, kantoor Zwolle, sinds maart.', 'CITY', 'Zwolle');
    lacks('Hij is planner bij Bouwbedrijf Grootjans, kantoor Zwolle, sinds maart.', 'INSTITUTION', 'Zwolle');
  });
});

describe('a town named after its church', () => {
  it.each([
    ['Zijn dochter woont in Lekkerkerk, vlak bij de dijk.', 'Lekkerkerk'],
    ['Opa woont nu in Oudkerk bij zijn broer.', 'Oudkerk'],
    ['Zij heeft een nicht in Sint Annaparochie.', 'Sint Annaparochie'],
  ])('is a place after "in", no church: %s', (text, town) => {
    has(text, 'CITY', town);
    lacks(text, 'INSTITUTION', town);
  });

  it("leaves a saint's church an organisation", () => {
    has('Zondag naar Pauluskerk met de buurvrouw.', 'INSTITUTION', 'Pauluskerk');
  });
});

describe('an organisation whose own name ends in its town', () => {
  it.each([
    ['Hij werkt bij Kringloop De Wolden in Ruinen.', 'De Wolden'],
    ['Ze werkt via Uitzendbureau Flexwerk Emmen in de kassen.', 'Emmen'],
  ])('keeps the town inside the organisation: %s', (text, town) => {
    has(text, 'INSTITUTION', town);
    lacks(text, 'CITY', town);
  });
});

describe('a national firm that a person or place rule found', () => {
  it.each([
    ['Haar nicht vult op zaterdag vakken bij Dirk van den Broek.', 'Dirk van den Broek'],
    ['Hij heeft een klein pensioen van Philips en AOW.', 'Philips'],
  ])('is an organisation, no person: %s', (text, firm) => {
    has(text, 'INSTITUTION', firm);
    lacks(text, 'PERSON', firm);
  });

  it("joins the branch's district after it", () => {
    has('Ze werkt bij de Jumbo Stadshagen achter de kassa.', 'INSTITUTION', 'Jumbo Stadshagen');
    lacks('Ze werkt bij de Jumbo Stadshagen achter de kassa.', 'CITY', 'Stadshagen');
  });

  it('leaves a place and its district a place', () => {
    has('Ze wonen in Zwolle Stadshagen.', 'CITY', 'Zwolle Stadshagen');
  });

  it('leaves a person with a title whose name a firm has', () => {
    has('Meneer Jan Linders belt morgen terug.', 'PERSON', 'Jan Linders');
  });
});

describe("a form's field label taken for a name", () => {
  it('is no place after a postcode where a colon follows it', () => {
    const text = 'Adres: Kerkstraat 4\nPostcode: 8011AB   Plaats: Zwolle\nTel.: 06-12345678';
    lacks(text, 'CITY', 'Plaats');
    has(text, 'CITY', 'Zwolle');
  });

  it("is no sender where it ends as a field's label does, and the names in the fields stay", () => {
    const text =
      '1. Aanvrager\nAchternaam: Mulder\nVoornamen: Petra Anna\nGeboortedatum: 04-05-1980\n\n2. Partner\nAchternaam: Groot\nVoornamen: Sven';
    lacks(text, 'PERSON', 'Achternaam');
    lacks(text, 'PERSON', 'Geboortedatum');
    has(text, 'PERSON', 'Mulder');
  });

  it('leaves a sender whose name is also a word a person', () => {
    has('[09:10] Roos: ben er om 10 uur\n[09:12] Bakker: prima\n[09:13] Roos: top', 'PERSON', 'Roos');
  });

  it('leaves a sender whose name no list knows a person in every message', () => {
    const chat = '[10:02] Navid: sta beneden\n[10:03] Smit: kom eraan\n[10:05] Navid: deur is open\n[10:06] Navid: dank';
    expect(found(chat).filter(([label, value]) => label === 'PERSON' && value === 'Navid')).toHaveLength(3);
  });
});

describe('a street without a number taken for a name', () => {
  it.each([
    ['De renovatie van de flats aan de Lindelaan begint in april.', 'de Lindelaan'],
    ['Bewoners van de Pieter Jansstraat klagen over overlast.', 'Pieter Jansstraat'],
  ])('is no person: %s', (text, street) => {
    expect(found(text).filter(([label, value]) => label === 'PERSON' && street.includes(value!))).toEqual([]);
  });

  it('leaves a surname that is the kind alone a person', () => {
    has('Gesprek met Marit van der Laan over de school.', 'PERSON', 'Marit van der Laan');
  });
});

describe('a surname that ends as a street does', () => {
  it.each([
    ['Gesprek met Jan Versteeg over de huur.', 'Jan Versteeg'],
    ['Mevrouw Ria Verlaan belde terug.', 'Ria Verlaan'],
    ['Afspraak met Anja Terlaan en haar zoon.', 'Anja Terlaan'],
  ])('stays a person: %s', (text, name) => {
    has(text, 'PERSON', name);
  });
});
