import { describe, expect, it } from 'vitest';
import { alignPieces } from './align-pieces';

describe('alignPieces', () => {
  it("finds each text node's selected text in the browser's text, whitespace collapsed, case as transformed", () => {
    const text = 'Verslag\n\nDe buurvrouw kookt mee.\tJA\nEinde';
    expect(alignPieces(text, ['Verslag', '\n  ', 'De   buurvrouw\nkookt', ' mee.', 'ja', ' Einde '])).toEqual([
      [0, 7],
      null,
      [9, 27],
      [28, 32],
      [33, 35],
      [36, 41],
    ]);
  });

  it('passes over a piece the browser left out (user-select: none) and a soft hyphen it dropped', () => {
    expect(alignPieces('Titel\nwijkteammedewerker', ['Titel', 'Netwerk', 'wijkteam\u00admedewerker'])).toEqual([[0, 5], null, [6, 24]]);
  });

  it('gives up where the pieces do not account for all of the text, or a piece is not in it', () => {
    // Text from a shadow root the walk did not see.
    expect(alignPieces('Kop uit schaduw\nBericht', ['Bericht'])).toBeUndefined();
    expect(alignPieces('Bericht', ['Bericht', 'meer'])).toEqual([[0, 7], null]);
    expect(alignPieces('Bericht en meer', ['Bericht'])).toBeUndefined();
  });
});
