// Classes of persons in written text of stop 25 (deidacc25p): notes, e-mails, letters, minutes and forms. Invented
// examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks, ofLabel } from './detected.js';

describe('a first name and a surname no list holds', () => {
  it('is a person though the first name is a word too and the surname unlisted', () => {
    has('Buurthuis contact: Ria Oosterwijk, bereikbaar in de ochtend.', 'PERSON', 'Ria Oosterwijk');
    has('Kim Wessendorp belt morgen terug.', 'PERSON', 'Kim Wessendorp');
    has('De moeder (Noëlle Vriezekolk) kwam mee.', 'PERSON', 'Noëlle Vriezekolk');
  });

  it('is a person where the first name has a diaeresis the lists write without', () => {
    has('Roepnaam: Daniëlle', 'PERSON', 'Daniëlle');
  });

  it('leaves an answer, an organisation of a kind and common words alone', () => {
    expect(ofLabel('Joyce: Oké, dan bel ik morgen.', 'PERSON').map(([, value]) => value)).not.toContain('Oké');
    lacks('Moeder wil hulp van Roos Opvoedpraktijk in de wijk.', 'PERSON', 'Roos Opvoedpraktijk');
  });
});

describe('initials after "door"', () => {
  it('is the person who did it, with or without a surname that is a word', () => {
    has('Overzicht bijgewerkt door T.W.', 'PERSON', 'T.W.');
    has('Rapport opgemaakt door H. Engels.', 'PERSON', 'H. Engels');
    has('Gebeld door: J.K. (zus), om 10 uur.', 'PERSON', 'J.K.');
  });

  it('leaves a lower-case thing and "N.B." after "door" alone', () => {
    expect(ofLabel('Huur betaald door de bewindvoerder.', 'PERSON')).toEqual([]);
    lacks('Gemist door N.B. de vakantie.', 'PERSON', 'N.B.');
  });
});

describe('initials after "casus" and workers\' capitals after "door"', () => {
  it('is the client whose case it is', () => {
    has('Casus: M.B. (vrouw, 40), Venray.', 'PERSON', 'M.B.');
    has('groepsapp "casus K. / Venray"', 'PERSON', 'K.');
  });

  it('is the worker who does it, and a second one after "of"', () => {
    const values = ofLabel('Afspraak: terugbellen door TvB of AK.', 'PERSON').map(([, value]) => value);
    expect(values).toEqual(['TvB', 'AK']);
  });

  it('leaves an agency after "door" alone', () => {
    expect(ofLabel('Beoordeeld door UWV, betaald door SVB.', 'PERSON')).toEqual([]);
  });
});

describe("capitals alone on a note's last line", () => {
  it('sign the note under a paragraph', () => {
    has('Mw. belt zelf terug als de brief er is.\n\nKB', 'PERSON', 'KB');
  });

  it('end a list under its items, and an agency is no one', () => {
    expect(ofLabel('Lopende uitkeringen:\n- Zorgtoeslag\n- WW\nAOW', 'PERSON')).toEqual([]);
    expect(ofLabel('Mw. belt zelf terug.\nUWV', 'PERSON')).toEqual([]);
  });
});

describe('a surname no list holds, a comma and initials', () => {
  it('is a person in a table cell and a CSV field, and where the surname recurs', () => {
    const persons = ofLabel('| di 4-3 | Zwikkerink, G. | Parkweg 3 |\n- Zwikkerink: belt zelf.', 'PERSON');
    expect(persons.map(([, value]) => value)).toEqual(['Zwikkerink, G.', 'Zwikkerink']);
    has('2026-03-02;10:00;Kuipershoek, T.;Dorpsstraat 4', 'PERSON', 'Kuipershoek, T.');
    has('| 12-03 | de Vlieger, E. + dochter |', 'PERSON', 'de Vlieger, E.');
  });

  it('takes a repeat that a context word made an organisation', () => {
    has('Planning: Stegeman, A.; Kerkweg 3\nLet op: bij Stegeman is een hond.', 'PERSON', 'Stegeman');
  });

  it('leaves a common word before a comma and a list letter alone', () => {
    expect(ofLabel('Zie de bijlage, B. en C. volgen.', 'PERSON')).toEqual([]);
  });
});

describe('initials of two or three letters', () => {
  it('is a person at a sentence start and in an attendee list', () => {
    has('Th. Roozenboom belt donderdag.', 'PERSON', 'Th. Roozenboom');
    has('Aanwezig: mw. Visser (thuiszorg), Chr. van Duijn (casemanager).', 'PERSON', 'Chr. van Duijn');
  });

  it('and the surname used again later', () => {
    const persons = ofLabel('Joh. Wetering (buurtcoach) komt langs. Wetering neemt de sleutel mee.', 'PERSON');
    expect(persons.map(([, value]) => value)).toEqual(['Joh. Wetering', 'Wetering']);
  });
});

describe('English words that the name lists hold', () => {
  it('are no name where an English sentence starts with them', () => {
    const text = 'Dear Mrs Akosua,\nThank you for your letter. Can we meet on Monday? May I bring my son? Come on Tuesday.';
    const values = ofLabel(text, 'PERSON').map(([, value]) => value);
    for (const word of ['Dear', 'Mrs', 'Thank', 'Can', 'May', 'Come']) expect(values).not.toContain(word);
  });

  it('leave a Turkish first name of the same spelling a person', () => {
    has('Gesprek met Can Yıldırım over school.', 'PERSON', 'Can Yıldırım');
  });
});

describe('"Fam." before a family name', () => {
  it('is an abbreviation, the surname the name', () => {
    const spans = found('Huisbezoeken:\n- Fam. Bouzakri (Kanaleneiland), huur.');
    expect(spans).not.toContainEqual(['PERSON', 'Fam']);
    expect(spans).toContainEqual(['PERSON', 'Bouzakri']);
  });
});
