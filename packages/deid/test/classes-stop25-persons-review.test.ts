// Review of stop 25's persons in written text: what the new rules must leave alone. Invented examples, no text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

/** Each text's PERSON spans: none. */
function noPerson(texts: readonly string[]) {
  for (const text of texts) expect(ofLabel(text, 'PERSON'), text).toEqual([]);
}

describe('long initials that are a first name ending a sentence', () => {
  it('leave the next sentence alone', () => {
    lacks('Gebeld met Jos. Hij komt.', 'PERSON', 'Jos. Hij');
    lacks('Ik heb gebeld met Jos. Morgen komt hij langs.', 'PERSON', 'Jos. Morgen');
    lacks('Afspraak met Jac. Volgens hem gaat het goed.', 'PERSON', 'Jac. Volgens');
    lacks('Overleg met Corn. Daarom bellen we later.', 'PERSON', 'Corn. Daarom');
    lacks('Overleg met Hub. Volgende week weer.', 'PERSON', 'Hub. Volgende');
    lacks('Overleg met Fr. Daarna naar huis.', 'PERSON', 'Fr. Daarna');
    lacks('Th. Dit is geen naam.', 'PERSON', 'Th. Dit');
  });

  it('still take a surname, listed or not', () => {
    has('Th. Bakker belt morgen.', 'PERSON', 'Th. Bakker');
    has('Jos. Grevelink belt morgen.', 'PERSON', 'Jos. Grevelink');
  });
});

describe('care and admin abbreviations after "door" and "casus"', () => {
  it('are no one', () => {
    noPerson([
      'Aangemeld door AMW.',
      'Besproken door POH en huisarts.',
      'Gecontroleerd door BOA.',
      'Gezien door JGZ, alles goed.',
      'Betaald door PGB.',
      'Casus MDO: bespreken.',
      'Casus: VT',
      'Casus: GGZ',
      'Gemeld door VT en AMW.',
      'Ingevuld door SMW.',
      'Aanvraag door ZZP.',
      'Opgesteld door PMT.',
      'Afgehandeld door KCC.',
      'Bezocht door BSO.',
      'Opgevangen door VVE.',
      'Ingediend door GBA.',
      'Verhoogd door OZB.',
      'Getoetst door SKJ.',
    ]);
  });

  it('are no one with dots either', () => {
    noPerson(['Dit is gedaan door A.M.W.', 'Uitgevoerd door P.O.', 'Gemeld door S.V.B.', 'Het is geschreven door A.I.']);
  });

  it("leave a worker's capitals after door, and a client's dotted initials after casus, a person", () => {
    expect(ofLabel('Terugbellen door LV of TdK.', 'PERSON').map(([, value]) => value)).toEqual(['LV', 'TdK']);
    has('Casus: R.V. (man, 52), Oss.', 'PERSON', 'R.V.');
    // Capitals that head an e-mail or follow a clock time ("AM", "CC") are a worker's initials after "door".
    has('Terugbellen door AM.', 'PERSON', 'AM');
    has('Ingepland door CC en LV.', 'PERSON', 'CC');
  });
});

describe("care and admin abbreviations on a note's last line", () => {
  it('sign nothing', () => {
    noPerson([
      'Zie het verslag.\nPDF',
      'Graag reactie voor vrijdag.\nMDO',
      'Afspraak gemaakt.\nAOW',
      'Gezien en akkoord.\nWW',
      'Besproken in team.\nSMW',
    ]);
  });
});
