import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { nationalDutchNumber } from '../src/detectors/dutch-phone.js';

/** A small seeded generator, so that a failing number can be found again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const SEPARATORS = ['', ' ', '-', '–', ' - '];

/**
 * Ten-digit national numbers of every four-digit prefix (0100 to 0999), in the shapes people write
 * them, and numbers of other lengths and forms, which the shortcut must leave to the library.
 */
function numbers(): string[] {
  const next = random(31);
  const digit = () => String(Math.floor(next() * 10));
  const shapes = (digits: string, i: number) => {
    const cut = 2 + Math.floor(next() * 3);
    const separator = SEPARATORS[i % SEPARATORS.length]!;
    return [digits, digits.slice(0, cut) + separator + digits.slice(cut), `(${digits.slice(0, cut)}) ${digits.slice(cut)}`];
  };
  const out: string[] = [];
  for (let prefix = 100; prefix < 1000; prefix++) {
    for (let tail = 0; tail < 2; tail++) {
      let digits = `0${prefix}`;
      while (digits.length < 10) digits += digit();
      out.push(...shapes(digits, prefix + tail));
    }
  }
  for (let prefix = 0; prefix < 100; prefix++) {
    for (const length of [9, 11]) {
      let digits = String(prefix).padStart(2, '0');
      while (digits.length < length) digits += digit();
      out.push(...shapes(digits, prefix), `+31 ${digits.slice(1)}`, `+${digits}`);
    }
  }
  return out;
}

describe('nationalDutchNumber', () => {
  it("gives libphonenumber's verdict for a number written nationally, and leaves every other form to it", () => {
    let decided = 0;
    for (const input of numbers()) {
      const number = parsePhoneNumberFromString(input, 'NL');
      const library = number?.isValid() ? number.nationalNumber : null;
      const shortcut = nationalDutchNumber(input);
      if (shortcut === undefined) continue;
      decided++;
      expect(shortcut, input).toBe(library);
    }
    // The shortcut decides every ten-digit national number: 900 prefixes, two numbers each, three shapes.
    expect(decided).toBe(5400);
  });

  it('leaves international and odd forms to the library', () => {
    for (const input of ['+31 6 41873520', '0031641873520', '00641873520', '064187352', '06418735201', '06/41873520', '06.41873520'])
      expect(nationalDutchNumber(input), input).toBeUndefined();
  });

  it('finds valid and invalid national numbers', () => {
    expect(nationalDutchNumber('06-41873520')).toBe('641873520');
    expect(nationalDutchNumber('(010) 414 55 66')).toBe('104145566');
    expect(nationalDutchNumber('0800-123456')).toBe(parsePhoneNumberFromString('0800-123456', 'NL')?.nationalNumber);
  });
});
