// Places that no list holds (issue 13, deidacc14): villages, hamlets and Frisian forms found by where they stand and by
// the shape of their name (src/detectors/unlisted-places.ts, place-shapes.ts). Invented examples, no text of the
// evaluation sets; the village names are invented too, so that no list can hold them.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';
import { hasPlaceShape } from '../src/detectors/place-shapes.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacksLabel = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('the shape of a place name', () => {
  it('knows Dutch and Frisian endings', () => {
    for (const word of [
      'ouderveen',
      'hoogmolendijk',
      'westerwolde',
      'bartlehiem',
      'jirnsterhuis',
      'oudegaasterwâld',
      'noarderbuorren',
      'feanwierum',
    ])
      expect(hasPlaceShape(word), word).toBe(true);
  });
  it('leaves short words and other endings alone', () => {
    for (const word of ['dam', 'veen', 'jansen', 'bakker', 'oosterman', 'straatweg']) expect(hasPlaceShape(word), word).toBe(false);
  });
});

describe('an unlisted place after a name and a comma, or in brackets after a name', () => {
  it('finds a village shaped like a place that ends an item of minutes', () => {
    has('Casus 3 – meneer Dekker (71), Oudermolenveen\nValt vaak.', 'CITY', 'Oudermolenveen');
    has('2. Mevrouw Visser (84), alleen, Lytsewierum. Wil een alarm.', 'CITY', 'Lytsewierum');
    has('4. Dhr. Bosma (Noarderbuorren) – schulden lopen op.', 'CITY', 'Noarderbuorren');
  });
  it('leaves a person item, an ordinary word and a word of another shape alone', () => {
    lacksLabel('Aanwezig: mw. De Boer (voorzitter), Dalmolenhorst.', 'CITY', 'Dalmolenhorst');
    lacksLabel('Gesprek met Kim (16), Rotterdamse jongens.', 'CITY', 'Rotterdamse');
    lacksLabel('Meneer Dekker (71), Kwabena.', 'CITY', 'Kwabena');
  });
  it('leaves a word a name rule took to the name', () => {
    has('Gesprek met dhr. Hoogmolendijk, zijn zoon belde.', 'PERSON', 'Hoogmolendijk');
  });
});

describe('an unlisted place in a list of places', () => {
  it('finds the word between two places before "en" or "of"', () => {
    has('De kinderen wonen in Zwolle, Haskerfean en Breda.', 'CITY', 'Haskerfean');
    has('Een woning in Assen, Tsjalbert of Emmen zou passen.', 'CITY', 'Tsjalbert');
  });
  it('leaves a name between a place and a place alone', () => {
    lacksLabel('Ze woont in Zwolle, Fatima en Breda kent ze niet.', 'CITY', 'Fatima');
  });
});

describe('an unlisted place after an address and a comma, before a full stop', () => {
  it('finds the place of the address', () => {
    has('Adres: Veldkampstraat 14, Hulsterlo.\nLet op: hond.', 'CITY', 'Hulsterlo');
  });
});

describe('an unlisted place in lower case after a cue', () => {
  it('finds a word shaped like a village that no list holds and no common word is', () => {
    has('ze wonen nu in oudermolenwolde, bij de kerk', 'CITY', 'oudermolenwolde');
    has('hij komt uit lytsewierum en werkt in de stad', 'CITY', 'lytsewierum');
  });
  it('leaves compounds of ordinary words alone', () => {
    lacksLabel('ze werkt in verzorgingshuizen en in yoga', 'CITY', 'verzorgingshuizen');
    lacksLabel('hij traint in sporthallen', 'CITY', 'sporthallen');
  });
});

describe('an unlisted place after a word that names a village', () => {
  it('finds the word after dorp, buurtschap and voorheen, and one shaped like a place after locatie', () => {
    has('Ze woont in het dorp Oudewier, bij de kerk.', 'CITY', 'Oudewier');
    has('Meneer woont in buurtschap Hulten, achteraf.', 'CITY', 'Hulten');
    has('- dhr Pham (vh Tjalhuzum) – huurcontract loopt', 'CITY', 'Tjalhuzum');
    has('Hij zit op het college, locatie Oudermolenveen.', 'CITY', 'Oudermolenveen');
  });
  it('leaves a name after locatie that has no shape of a place alone', () => {
    lacksLabel('De groep zit op locatie Zonnestraal.', 'CITY', 'Zonnestraal');
  });
});
