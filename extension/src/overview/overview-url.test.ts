import { describe, expect, it } from 'vitest';
import { filterFromHash, filterHash, overviewUrl } from './overview-url';

describe('overviewUrl and filterFromHash', () => {
  it('round-trips a filter through the hash', () => {
    const filter = {
      text: 'café & zo',
      terms: ['kernwaarde-lef', 'opgave-armoede'],
      termMode: 'all' as const,
      from: '2026-01-01T00:00:00.000Z',
      origin: 'https://registratie.example.nl',
    };
    const url = overviewUrl(filter);
    expect(url.startsWith('overview.html#filter=%7B')).toBe(true);
    expect(filterFromHash(new URL(url, 'chrome-extension://x/').hash)).toEqual({ filter });
  });

  it('gives the bare page for a filter that filters nothing', () => {
    expect(overviewUrl()).toBe('overview.html');
    expect(overviewUrl({ text: '  ', terms: [], termMode: 'any' })).toBe('overview.html');
    expect(filterHash({ origin: '' })).toBe('');
  });

  it('reads no hash as no filter, and a broken or invalid one as invalid', () => {
    expect(filterFromHash('')).toEqual({});
    expect(filterFromHash('#')).toEqual({});
    expect(filterFromHash('#filter=%7Bnope')).toEqual({ invalid: true });
    expect(filterFromHash('#filter=%E0%A4%A')).toEqual({ invalid: true });
    expect(filterFromHash(`#filter=${encodeURIComponent(JSON.stringify({ terms: 'lef' }))}`)).toEqual({ invalid: true });
    expect(filterFromHash(`#filter=${encodeURIComponent(JSON.stringify({ evil: 1 }))}`)).toEqual({ invalid: true });
    expect(filterFromHash('#iets-anders')).toEqual({ invalid: true });
  });
});
