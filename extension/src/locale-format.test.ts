import { describe, expect, it } from 'vitest';
import { localeFormat } from './locale-format';

const at = '2026-03-05T14:07:09.000Z';

describe('localeFormat', () => {
  it('writes numbers with the separators of the interface language', () => {
    expect(localeFormat('nl').number(1234567)).toBe('1.234.567');
    expect(localeFormat('en-US').number(1234567)).toBe('1,234,567');
  });

  it('writes dates in the interface language: Dutch month names in Dutch, English ones in English', () => {
    expect(localeFormat('nl').dateTime(at)).toMatch(/^5 mrt 2026/);
    expect(localeFormat('en-US').dateTime(at)).toMatch(/^Mar 5, 2026/);
    expect(localeFormat('en-GB').dateTime(new Date(at))).toMatch(/^5 Mar 2026/);
    expect(localeFormat('en-US').dateTimeSeconds(at)).toMatch(/:09/);
  });

  it('names calendar months without a time zone moving them', () => {
    expect(localeFormat('nl').month('2026-01')).toBe('januari 2026');
    expect(localeFormat('en').month('2026-12')).toBe('December 2026');
    expect(localeFormat('en').month('2026-12', 'short')).toBe('Dec 2026');
  });

  it('falls back to Dutch for a language the extension has no messages in', () => {
    expect(localeFormat('de-DE').locale).toBe('nl-NL');
    expect(localeFormat('de-DE').month('2026-05')).toBe('mei 2026');
  });

  it('gives the plural category of each language', () => {
    expect([0, 1, 2].map(localeFormat('nl').plural)).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map(localeFormat('en').plural)).toEqual(['other', 'one', 'other']);
  });

  it('joins a list with the language\'s own "and"', () => {
    expect(localeFormat('nl').list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(localeFormat('en-US').list(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});
