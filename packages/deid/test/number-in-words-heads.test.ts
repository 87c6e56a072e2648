// The street rule for a house number said in words passes over a word whose first three letters start no number word
// (addresses-in-odd-forms.ts): each first three letters of the pattern's number words must still lead to the address.
import { describe, it } from 'vitest';
import { has } from './detected.js';

const NUMBERS = [
  ...['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'eenendertig', 'honderd', 'tien', 'elf', 'twaalf'],
  ...['dertien', 'veertien', 'tachtig', 'twintig', 'vijfhonderdtwaalf'],
  // The tens that reach their heads only through other words today (dertien, veertien …): each on its own (review22 S2).
  ...['dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'negentig'],
];

describe('a house number in words after a street, by the first letters of every kind of number word', () => {
  it.each(NUMBERS)('takes "Lindelaan %s,"', (number) => {
    has(`Adres volgens de moeder: Lindelaan ${number}, achterom.`, 'ADDRESS', `Lindelaan ${number}`);
  });
});
