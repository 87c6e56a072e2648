// Stop 20's review findings on the de-identifier rounds (deidfix20): false alarms of the round's rules, each with invented
// examples. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('a form label in the cell before a street', () => {
  it.each(['Adres', 'Bezoekadres', 'Locatie', 'Straat', 'Contact', 'Huisarts', 'Postadres', 'Woonadres'])(
    'is no person: %s',
    (label) => {
      const text = `${label}\tEenhoornstraat 14`;
      lacks(text, 'PERSON', label);
      has(text, 'ADDRESS', 'Eenhoornstraat 14');
    },
  );
  it('still takes a name with initials, a listed surname or first name before a street cell', () => {
    has('3\tR. Gerritsma\tEenhoornstraat 14\tja', 'PERSON', 'R. Gerritsma');
    has('4\tGerritsma\tFaberstraat 2\tnee', 'PERSON', 'Gerritsma');
    has('5\tWesley\tFaberstraat 8\tja', 'PERSON', 'Wesley');
  });
});
