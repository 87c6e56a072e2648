// Rules by class of input (issue 13): each with cases it must find and cases it must leave alone.
// The examples are written for these tests, not taken from the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect, warmUp, WARM_UP_TEXT, LABELS } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);
const labelOf = (text: string, value: string) => found(text).find(([, v]) => v === value)?.[0];

describe('phone numbers by the Dutch numbering plan', () => {
  it("finds a professional's direct line on 085 or 088, in any grouping", () => {
    has('Consulent J. Smit, direct 088 - 512 73 40.', 'PHONE', '088 - 512 73 40');
    has('Bel mij rechtstreeks op 085-7604412.', 'PHONE', '085-7604412');
  });
  it('leaves public service numbers alone', () => {
    expect(found('Bel 0800-1351 of 0900-8844, of de gemeente op 14 030.').filter(([l]) => l === 'PHONE')).toEqual([]);
  });
});

describe('identifiers after number-like context words', () => {
  it('finds them after any -nummer, -nr, -kenmerk or -referentie word, also in groups', () => {
    has('Uw polisnummer: 774120-03.', 'CASE_ID', '774120-03');
    has('Betalingskenmerk 1102 8834 5521 0917, bedrag € 45.', 'CASE_ID', '1102 8834 5521 0917');
    has('Registratienr PV2025-44810 bij de politie.', 'CASE_ID', 'PV2025-44810');
    has('Huurcontractnummer: 0071-3382-02', 'CASE_ID', '0071-3382-02');
    has('Klantnummer: 512 44 801', 'CASE_ID', '512 44 801');
    has('melding onder VT-RD-24-5512 geregistreerd', 'CASE_ID', 'VT-RD-24-5512');
  });
  // Invoice numbers were left alone until unseen8, whose writer (and the judge sets) annotate the invoice number of a debt as
  // its identifier: "Factuurnr." is now a context word like any other -nr.
  it('leaves telephone and house numbers, a bare "nummer" and public numbers alone', () => {
    expect(found('Regeling nr. 2024/118; algemeen nummer 14 020.').filter(([l]) => l === 'CASE_ID')).toEqual([]);
    expect(labelOf('Huisnummer 1234 bestaat niet.', '1234')).toBeUndefined();
  });
});

describe('structured identifiers in other forms', () => {
  it('finds a BSN in groups of three that passes the 11-proef, and not one that fails', () => {
    has('BSN: 123 456 782', 'BSN', '123 456 782');
    expect(labelOf('Artikel 123 456 789', '123 456 789')).toBeUndefined();
  });
  it('finds a lower-case postcode only after its label', () => {
    has('Postcode: 2514ab', 'POSTCODE', '2514ab');
    lacks('code 2514ab voor de kluis', '2514ab');
  });
  it('finds a street and number before a known place, but not a numbered thing', () => {
    has('Zij woont bij haar zus, Zonnedauw 7 in Zwolle.', 'ADDRESS', 'Zonnedauw 7');
    lacks('Hij zit in Groep 7 in Zwolle.', 'Groep 7');
  });
  it('finds a street that starts with its kind', () => {
    has('Nieuw adres: Laan van Meerdervoort 1200, Den Haag.', 'ADDRESS', 'Laan van Meerdervoort 1200');
  });
});

describe('places', () => {
  it("finds places that start with 's-, with hyphens, and a province in brackets", () => {
    has("Ze verhuist naar 's-Hertogenbosch.", 'CITY', "'s-Hertogenbosch");
    has('Geboren in Súdwest-Fryslân, nu in Rijswijk (ZH).', 'CITY', 'Rijswijk (ZH)');
    has('Geboren in Súdwest-Fryslân, nu in Rijswijk (ZH).', 'CITY', 'Súdwest-Fryslân');
  });
  it('finds neighbourhoods of the big cities in headings and signatures', () => {
    has('Verslag buurtnetwerk Schilderswijk\nAanwezig: …', 'CITY', 'Schilderswijk');
    has('Met groet, wijkteam Overvecht', 'CITY', 'Overvecht');
  });
  it('finds a lower-case place after a cue, and a place form field', () => {
    has('ze logeert bij haar tante in amersfoort.', 'CITY', 'amersfoort');
    has('Woonplaats: tilburg', 'CITY', 'tilburg');
  });
  it('never runs a place over a line break, and takes no Belgian town for a Dutch one', () => {
    const spans = detect('Werkt in Antwerpen\nAanwezig: Petra');
    expect(spans.every((s) => !'Werkt in Antwerpen\nAanwezig: Petra'.slice(s.start, s.end).includes('\n'))).toBe(true);
    lacks('Hij werkt in Herentals bij een bouwbedrijf.', 'Herentals');
  });
  it('types a place of several words as a place, not a person', () => {
    expect(labelOf('Adres: Stationsweg 3, Den Helder.', 'Den Helder')).toBe('CITY');
  });
});

describe('informal text', () => {
  it('finds chat and transcript senders', () => {
    has('[10:02] marloes: ik ben er om 3 uur', 'PERSON', 'marloes');
    has('03-04-25 08:15 - Kofi Mensah: goedemorgen', 'PERSON', 'Kofi Mensah');
    has('Yasmina 12:40: kan iemand bellen?', 'PERSON', 'Yasmina');
  });
  it('leaves labels and team senders alone', () => {
    expect(found('[00:00:05] Jongere: Ja, klopt.\nAanwezig: wijkteam').filter(([l]) => l === 'PERSON')).toEqual([]);
    expect(found('12-03-25 21:55 - Jeugdgezondheidszorg team: morgen').filter(([l]) => l === 'PERSON')).toEqual([]);
  });
  it('finds lower-case names after a title, a greeting, and a lower-case surname after a first name', () => {
    has('vanmiddag naar mw el idrissi', 'PERSON', 'el idrissi');
    has('hoi noor, ff checken', 'PERSON', 'noor');
    has('weet jij of piotr kowalski nog komt', 'PERSON', 'piotr kowalski');
    lacks('mw. is niet thuis', 'is');
    lacks('hoi allemaal, even een update', 'allemaal');
  });
  it('finds a name in brackets after a kinship word, and a surname alone after echtpaar or familie', () => {
    has('zijn broer (youssef) haalt hem op', 'PERSON', 'youssef');
    has('Het echtpaar Brouwers woont er al lang.', 'PERSON', 'Brouwers');
    lacks('zijn broer (later) haalt hem op', 'later');
  });
  it('finds names in form fields, e-mail headers and signatures', () => {
    has('Voornaam: Mariam\nTussenvoegsel: van der\nAchternaam: Berg', 'PERSON', 'van der');
    has('Van: Gerrit Boschma <g.boschma@example.nl>', 'PERSON', 'Gerrit Boschma');
    has('Met vriendelijke groet,\n\nLoes Tamminga\nWijkconsulent', 'PERSON', 'Loes Tamminga');
    lacks('Aan: Buurtteam Noord <noord@example.nl>', 'Buurtteam Noord');
  });
});

describe('ages in paired and bracketed forms', () => {
  it('finds them', () => {
    has('Het echtpaar (hij 86, zij 83) woont zelfstandig.', 'AGE', '86');
    has('Het echtpaar (hij 86, zij 83) woont zelfstandig.', 'AGE', '83');
    has('Drie kinderen: Amir (baby, 7 maanden) en twee oudere.', 'AGE', '7 maanden');
    has('De jongste (4) gaat naar de opvang.', 'AGE', '4');
    has('Ze heeft een zoon van 3 en werkt parttime.', 'AGE', '3');
    has('Hij is al 91, hoor.', 'AGE', '91');
    has('Zij wordt 80 zaterdag.', 'AGE', '80');
    has('Hij is zesentachtig.', 'AGE', 'zesentachtig');
  });
  it('leaves durations and counts alone', () => {
    lacks('De maatregel is met een jaar verlengd.', 'een jaar');
    lacks('Op de wasmachine zit garantie 2 jaar.', '2 jaar');
    lacks('Het dossier is 12 pagina’s lang.', '12');
  });
});

describe('local organisations', () => {
  it('finds them by a kind word first or last, typed INSTITUTION', () => {
    expect(labelOf('Huurachterstand bij Woonstichting Lek en Linge.', 'Woonstichting Lek en Linge')).toBe('INSTITUTION');
    expect(labelOf('Verwezen naar Fysiotherapiepraktijk Beweegkracht.', 'Fysiotherapiepraktijk Beweegkracht')).toBe('INSTITUTION');
    expect(labelOf('Opgenomen in het Rode Kruis Gasthuis.', 'Rode Kruis Gasthuis')).toBe('INSTITUTION');
    expect(labelOf('Controle bij Maasstad MC morgen.', 'Maasstad MC')).toBe('INSTITUTION');
    expect(labelOf('Opbouwwerker van Welzijn Lage Weide.', 'Welzijn Lage Weide')).toBe('INSTITUTION');
    expect(labelOf("Hij traint bij vv Zuidvogels '68.", "vv Zuidvogels '68")).toBe('INSTITUTION');
  });
  it('keeps the person apart from the organisation she works for', () => {
    has('Mw. Kramer van Thuiszorg West komt langs.', 'PERSON', 'Kramer');
  });
});

describe('false alarms', () => {
  it('leaves greeting and heading words at line starts alone', () => {
    for (const text of [
      'Beste collega,\n\nHierbij de stukken.',
      'Hoi allemaal,\nkorte update.',
      'Korte samenvatting\nHet gesprek ging goed.',
      'Kunt u mij terugbellen?',
      'Elke dinsdag komt zij.',
    ]) {
      expect(found(text).filter(([l]) => l === 'PERSON')).toEqual([]);
    }
  });
  it('leaves car makes and models, nationality adjectives, brands and laws alone', () => {
    expect(found('Hij rijdt in een oude Opel Corsa en zij in een Toyota.').filter(([l]) => l === 'PERSON')).toEqual([]);
    expect(found('Een Poolse collega en een Eritrese buurvrouw hielpen.').filter(([l]) => l === 'PERSON')).toEqual([]);
    expect(found('Hij werkt bij PostNL als bezorger volgens de Participatiewet.').filter(([l]) => l === 'PERSON')).toEqual([]);
  });
});

describe('the warm-up', () => {
  it('runs every kind of detector on its note', () => {
    expect(warmUp(1)).toBeGreaterThan(15);
    const labels = new Set(detect(WARM_UP_TEXT).map((s) => s.label));
    for (const label of LABELS) expect(labels.has(label), label).toBe(true);
  });
});
