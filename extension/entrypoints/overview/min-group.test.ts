import { describe, expect, it } from 'vitest';
import { parseMinGroup } from './min-group';

describe('parseMinGroup', () => {
  it('reads a whole number of at least 1', () => {
    expect(parseMinGroup('5')).toBe(5);
    expect(parseMinGroup('1')).toBe(1);
  });

  it('gives undefined for what is not yet a group size: empty, zero, negative, a fraction, a word', () => {
    for (const text of ['', '0', '-3', '2.5', 'vijf']) expect(parseMinGroup(text), text).toBeUndefined();
  });
});
