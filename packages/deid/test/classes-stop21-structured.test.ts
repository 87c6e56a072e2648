// Classes of structured identifiers in awkward forms named in stop 21's accuracy round (issue 13, branch deidacc21p),
// each with invented examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const ofLabel = (text: string, label: string) => found(text).filter(([l]) => l === label);

describe('phone numbers in odd forms', () => {
  it('reads the letter O typed for a zero', () => {
    has('Op het briefje stond 06-1O45-7788 als nummer van de oom.', 'PHONE', '06-1O45-7788');
    has('bel haar op 0O6 nee: 061O457788', 'PHONE', '061O457788');
    expect(ofLabel('Kamer 0O4 is vrij, groep 1O.', 'PHONE')).toEqual([]);
  });
  it('takes a mobile number typed digit by digit, also with a digit too many', () => {
    has('Mobiel van de jongen 06 3 6 0 8 2 9 4 7 1 volgens school.', 'PHONE', '06 3 6 0 8 2 9 4 7 1');
    has('app hem maar op 06 5 7 1 9 3 8 4 6 want bellen lukt niet', 'PHONE', '06 5 7 1 9 3 8 4 6');
    expect(ofLabel('Score 06 2 3 4 5 in de vijf rondes.', 'PHONE')).toEqual([]);
  });
  it('takes a number whose area code a slash between spaces sets apart, Belgian or Dutch', () => {
    has('Gent, vaste lijn 09 / 233 41 50.', 'PHONE', '09 / 233 41 50');
    has('Kantoor 050 / 123 45 67 (ma-do).', 'PHONE', '050 / 123 45 67');
    expect(ofLabel('Dossier 2024 / 12 34 56 is gesloten.', 'PHONE')).toEqual([]);
  });
  it('reads a foreign number after the prefix 00 whole, as a phone number and no BSN', () => {
    const text = 'Zijn broer belt vanuit Syrië met 00963 933 517 208 (whatsapp).';
    has(text, 'PHONE', '00963 933 517 208');
    expect(ofLabel(text, 'BSN')).toEqual([]);
    // Without the country code before it the same nine digits are a BSN.
    has('BSN cliënt: 933 517 208', 'BSN', '933 517 208');
  });
  it('reads a number said in words between dashes, from "nul" or from the area code in digits', () => {
    has(
      'Nummer van de buurman: nul zes – twee acht – nul vier – drie drie – negen één, klopt dat?',
      'PHONE',
      'nul zes – twee acht – nul vier – drie drie – negen één',
    );
    has(
      'Mijn mobiel is 06 – zesendertig – negentien – nul vier – achtenveertig en een vaste lijn heb ik niet.',
      'PHONE',
      '06 – zesendertig – negentien – nul vier – achtenveertig',
    );
    expect(ofLabel('Om 06 - twee uur gaan we weg, nul - drie voor de thuisploeg.', 'PHONE')).toEqual([]);
  });
});

describe('addresses in odd forms', () => {
  it('takes a lower-case street of any kind before a postcode, with a letter apart from the number', () => {
    has('post gaat voortaan naar beukweg 9 b, 4811xk breda', 'ADDRESS', 'beukweg 9 b');
    has('nieuw adres molenhof 22, 7411 KB deventer', 'ADDRESS', 'molenhof 22');
    expect(ofLabel('de snelweg 12 km verder, daarna afslag 14', 'ADDRESS')).toEqual([]);
  });
  it('takes a lower-case Frisian street of a strong kind with its number', () => {
    has('de bijeenkomst is op doarpsstrjitte 12, achterom', 'ADDRESS', 'doarpsstrjitte 12');
  });
  it('takes a lower-case street of an adjective and a kind after "aan de" or "op de"', () => {
    has('de buurtwinkel aan de korte gracht 8 is dicht', 'ADDRESS', 'korte gracht 8');
    has('ze woont op de hoge dijk 7a sinds mei', 'ADDRESS', 'hoge dijk 7a');
    expect(ofLabel('we reden aan de lange weg 2 keer voorbij', 'ADDRESS')).toEqual([]);
    expect(ofLabel('de korte gracht 100 meter verder', 'ADDRESS')).toEqual([]);
  });
  it('takes a capitalised adjective and a kind that names a street only after one', () => {
    has('Zij verhuist per 1 mei naar Hoge Zijde 21b met haar twee katten.', 'ADDRESS', 'Hoge Zijde 21b');
    has('Verhuisd naar Oude Vaart 3, boven de bakker.', 'ADDRESS', 'Oude Vaart 3');
  });
  it('takes a Belgian address with its box number', () => {
    has('Correspondentie naar zijn zus, Markt 4 bus 3, 9160 Lokeren.', 'ADDRESS', 'Markt 4 bus 3');
    has('Adres zus: Kapelstraat 118 bus 201, Gent', 'ADDRESS', 'Kapelstraat 118 bus 201');
    expect(ofLabel('Hij nam lijn 4 bus 3 naar het station.', 'ADDRESS')).toEqual([]);
  });
  it('takes a house number said in words after a street', () => {
    has('Ze zei: Hazelaarstraat honderdachtenveertig, de deur aan de zijkant.', 'ADDRESS', 'Hazelaarstraat honderdachtenveertig');
    has('M: En uw adres? B: Kerkweg drieëntwintig.', 'ADDRESS', 'Kerkweg drieëntwintig');
    expect(ofLabel('Ze liep de Dorpsstraat twee keer op en neer.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('We gingen via de Hoofdstraat een.', 'ADDRESS')).toEqual([]);
  });
});

describe('case and client identifiers after more context words', () => {
  it('takes a code after a number word and whose number it is, without a colon', () => {
    has('Melding gedaan, registratienummer waterschap W-2025-0412277 volgt per mail.', 'CASE_ID', 'W-2025-0412277');
    has('relatienummer verzekeraar R25-7781 staat op de pas', 'CASE_ID', 'R25-7781');
  });
  it('takes the number after up to three words or an abbreviation in brackets before a colon', () => {
    has('Debiteurnummer in de app: 200-5581-309', 'CASE_ID', '200-5581-309');
    has('Dossier moeder (SVB): S-6014 2273 90', 'CASE_ID', 'S-6014 2273 90');
    has('Leerlingnummer (BRIN) bij school: 487120396', 'CASE_ID', '487120396');
  });
  it('takes a client’s number after "cliënt" or "klant" alone, five digits or more', () => {
    has('Is dit het dossier van Kees (cliënt 847316)?', 'CASE_ID', '847316');
    expect(ofLabel('De klant 3 keer gebeld, cliënt 2024 gezien.', 'CASE_ID')).toEqual([]);
  });
  it('takes an authority’s capitals and a number with a full stop in it', () => {
    has('Uw kenmerk: HZ 24.30652', 'CASE_ID', 'HZ 24.30652');
  });
  it('reads the columns of a CSV export split by semicolons', () => {
    const text = 'dossiernummer;naam;status;bedrag\n200311;Visser, A.;open;412,50\n200315;Ćirić, D.;gesloten;80,00';
    expect(ofLabel(text, 'CASE_ID')).toEqual([
      ['CASE_ID', '200311'],
      ['CASE_ID', '200315'],
    ]);
    has(text, 'PERSON', 'Ćirić, D.');
  });
  it('leaves an offer’s number alone', () => {
    expect(ofLabel('Offertenummer 2025-114 volgt per post', 'CASE_ID')).toEqual([]);
  });
});

describe('addresses and BSNs of forms and notes (unseen29, unseen30)', () => {
  it('takes an address field that names whose address it is', () => {
    has('Post gaat via de oom. Adres van de oom: Zeldenrust 12 in Epe.', 'ADDRESS', 'Zeldenrust 12');
  });
  it('takes the place of an appointment after its time at the sentence’s end, not a room or a name', () => {
    has('Huisbezoek do 14.00 uur, Wipmolen 14.', 'ADDRESS', 'Wipmolen 14');
    expect(ofLabel('Overleg 14.00 uur, Zaal 3.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('om 10 uur, Jan 12 keer gebeld', 'ADDRESS')).toEqual([]);
  });
  it('takes a lower-case street of any kind whose number has a letter, not a common word', () => {
    has('bezoek aan fam. de groot op beukendijk 7c gaat niet door', 'ADDRESS', 'beukendijk 7c');
    expect(ofLabel('de kinderen spelen in speeltuin 3a', 'ADDRESS')).toEqual([]);
  });
  it('takes a dotted BSN as the second value of a field of two after a slash', () => {
    has('Dossier/BSN 7781/1234.56.782 (zie brief)', 'BSN', '1234.56.782');
    expect(ofLabel('Dossier/BSN 7781/1234.56.783 (zie brief)', 'BSN')).toEqual([]);
  });
});
