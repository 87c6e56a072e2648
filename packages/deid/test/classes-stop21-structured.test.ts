// Classes of structured identifiers in awkward forms named in stop 21's accuracy round (issue 13, branch deidacc21p),
// each with invented examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const ofLabel = (text: string, label: string) => found(text).filter(([l]) => l === label);

describe('phone numbers in odd forms', () => {
  it('reads the letter O typed for a zero', () => {
    has('Contact vader: 06-1O45-7788? (handschrift slecht leesbaar)', 'PHONE', '06-1O45-7788');
    has('bel haar op 0O6 nee: 061O457788', 'PHONE', '061O457788');
    expect(ofLabel('Kamer 0O4 is vrij, groep 1O.', 'PHONE')).toEqual([]);
  });
  it('takes a mobile number typed digit by digit, also with a digit too many', () => {
    has('Bereikbaar: 06 4 2 8 7 1 1 0 2 5 (na vijven)', 'PHONE', '06 4 2 8 7 1 1 0 2 5');
    has('stuur even een appje, 06 2 3 9 0 5 5 2 7 4? of is dat oud', 'PHONE', '06 2 3 9 0 5 5 2 7 4');
    expect(ofLabel('Score 06 2 3 4 5 in de vijf rondes.', 'PHONE')).toEqual([]);
  });
  it('takes a number whose area code a slash between spaces sets apart, Belgian or Dutch', () => {
    has('Werk (Gent): 09 / 233 41 50, vragen naar Ilse.', 'PHONE', '09 / 233 41 50');
    has('Kantoor 050 / 123 45 67 (ma-do).', 'PHONE', '050 / 123 45 67');
    expect(ofLabel('Dossier 2024 / 12 34 56 is gesloten.', 'PHONE')).toEqual([]);
  });
  it('reads a foreign number after the prefix 00 whole, as a phone number and no BSN', () => {
    const text = 'Broer in Aleppo\t00963 933 517 208\tbelt elke week';
    has(text, 'PHONE', '00963 933 517 208');
    expect(ofLabel(text, 'BSN')).toEqual([]);
    // Without the country code before it the same nine digits are a BSN.
    has('BSN cliënt: 933 517 208', 'BSN', '933 517 208');
  });
  it('reads a number said in words between dashes, from "nul" or from the area code in digits', () => {
    has(
      'Haar zoon zegt: bel op nul zes – twee acht – nul vier – drie drie – negen één (zo staat het in de app)',
      'PHONE',
      'nul zes – twee acht – nul vier – drie drie – negen één',
    );
    has('B: 06 – zesendertig – negentien – nul vier – achtenveertig.', 'PHONE', '06 – zesendertig – negentien – nul vier – achtenveertig');
    expect(ofLabel('Om 06 - twee uur gaan we weg, nul - drie voor de thuisploeg.', 'PHONE')).toEqual([]);
  });
});

describe('addresses in odd forms', () => {
  it('takes a lower-case street of any kind before a postcode, with a letter apart from the number', () => {
    has('we zitten nu bij mn tante. beukweg 9 b, 4811xk breda. bel 2x', 'ADDRESS', 'beukweg 9 b');
    has('nieuw adres molenhof 22, 7411 KB deventer', 'ADDRESS', 'molenhof 22');
    expect(ofLabel('de snelweg 12 km verder, daarna afslag 14', 'ADDRESS')).toEqual([]);
  });
  it('takes a lower-case Frisian street of a strong kind with its number', () => {
    has('[11:02] jelle: doarpsstrjitte 12 in it doarp', 'ADDRESS', 'doarpsstrjitte 12');
  });
  it('takes a lower-case street of an adjective and a kind after "aan de" or "op de"', () => {
    has('top, de buurtwinkel aan de korte gracht 100 doet ook mee', 'ADDRESS', 'korte gracht 100');
    has('ze woont op de hoge dijk 7a sinds mei', 'ADDRESS', 'hoge dijk 7a');
    expect(ofLabel('we reden aan de lange weg 2 keer voorbij', 'ADDRESS')).toEqual([]);
    expect(ofLabel('de korte gracht 100 meter verder', 'ADDRESS')).toEqual([]);
  });
  it('takes a capitalised adjective and a kind that names a street only after one', () => {
    has('Melding over mw. Sandra Plomp, Hoge Zijde 21b. Partner onbekend.', 'ADDRESS', 'Hoge Zijde 21b');
    has('Verhuisd naar Oude Vaart 3, boven de bakker.', 'ADDRESS', 'Oude Vaart 3');
  });
  it('takes a Belgian address with its box number', () => {
    has('Woonde tot mei in België, Markt 4 bus 3 in Lokeren.', 'ADDRESS', 'Markt 4 bus 3');
    has('Adres zus: Kapelstraat 118 bus 201, Gent', 'ADDRESS', 'Kapelstraat 118 bus 201');
    expect(ofLabel('Hij nam lijn 4 bus 3 naar het station.', 'ADDRESS')).toEqual([]);
  });
  it('takes a house number said in words after a street', () => {
    has('B: Op de Molenstraat honderdachtenveertig, hier in het dorp.', 'ADDRESS', 'Molenstraat honderdachtenveertig');
    has('M: En uw adres? B: Kerkweg drieëntwintig.', 'ADDRESS', 'Kerkweg drieëntwintig');
    expect(ofLabel('Ze liep de Dorpsstraat twee keer op en neer.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('We gingen via de Hoofdstraat een.', 'ADDRESS')).toEqual([]);
  });
});
