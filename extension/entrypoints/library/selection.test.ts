import { describe, expect, it } from 'vitest';
import { toggled } from './selection';

describe('toggled', () => {
  it('adds an id that is not selected and removes one that is, leaving the others', () => {
    const start = new Set(['a', 'b']);
    expect([...toggled(start, 'c')].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggled(start, 'a')]).toEqual(['b']);
  });

  it('returns a new set and leaves the old one as it was, so a state update re-renders', () => {
    const start = new Set(['a']);
    const next = toggled(start, 'b');
    expect(next).not.toBe(start);
    expect([...start]).toEqual(['a']);
  });
});
