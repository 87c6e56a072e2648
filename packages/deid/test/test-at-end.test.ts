import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testAtEnd } from '../src/test-at-end.js';

const PATTERNS = [
  /(?:\bal|\bsinds|\bmeer dan|\bvan de|\bde)\s*$/i,
  /(?:tussen (?:de )?\d{1,3} en|\d{1,3} (?:tot(?: en met)?|t\/m)|(?<![\p{L}])(?:rond|tot|(?:ouder|jonger) dan))\s*$/iu,
  /(?:^|[.!?:]\s+|\n)\s*(?:[Kk]inderen|[Jj]ongeren) (?:van|tot) (?:de )?$/u,
  /[,(]\s*$/,
  /\p{Ll}(?:str|ln|pln)$/u,
  /^ab$/,
  // Shapes tested as they are: `|` outside a group, an escaped dollar sign, no final anchor, a global flag.
  /ab|cd$/,
  /kosten \$/,
  /de/,
  /de$/g,
];

describe('testAtEnd', () => {
  it('says what pattern.test says, on texts made of the patterns’ own pieces', () => {
    const pieces = [
      'al',
      'sinds',
      'meer dan',
      'van de',
      'de',
      ' ',
      '  ',
      '\n',
      '.',
      ',',
      '(',
      'tussen',
      '12',
      'en',
      'tot',
      't/m',
      'rond',
      'ouder dan',
      'Kinderen',
      'jongeren',
      'van',
      'Kerkstr',
      'laan',
      'pln',
      'ab',
      'cd',
      'kosten $',
      'x',
      'É',
      '😀',
      'alsinds',
      'Sinds',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const value = parts.join('');
        for (const pattern of PATTERNS) {
          pattern.lastIndex = 0;
          const expected = pattern.test(value);
          pattern.lastIndex = 0;
          expect(testAtEnd(pattern, value), `${pattern} on ${JSON.stringify(value)}`).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
