import { describe, expect, it } from 'vitest';
import { MemoByWritten } from '../src/memo-by-written.js';

describe('MemoByWritten', () => {
  it('gives make of the piece as written, making each piece once until the limit, across texts and past its first slots', () => {
    const made: string[] = [];
    const memo = new MemoByWritten((written: string) => {
      made.push(written);
      return `${written.toLowerCase()}#${made.length}`;
    }, 5000);
    const words = Array.from({ length: 3000 }, (_, i) => `Naam${i.toString(36)}`);
    const text = words.join(' ');
    const firstPass = new Map<string, string>();
    for (let at = 0, i = 0; i < words.length; at += words[i]!.length + 1, i++) {
      const value = memo.between(text, at, at + words[i]!.length);
      expect(value.startsWith(`${words[i]!.toLowerCase()}#`)).toBe(true);
      firstPass.set(words[i]!, value);
    }
    expect(made.length).toBe(3000);
    // Another text with the same words (and a long one, which is copied, not viewed): the values kept, nothing made again.
    const other = `x ${words.slice(0, 100).reverse().join(', ')} Een-naam-van-meer-dan-dertien-tekens`;
    let at = 2;
    for (const word of words.slice(0, 100).reverse()) {
      expect(memo.between(other, at, at + word.length)).toBe(firstPass.get(word));
      at += word.length + 2;
    }
    expect(made.length).toBe(3000);
    const long = other.slice(at);
    expect(memo.between(other, at, other.length)).toBe(`${long.toLowerCase()}#3001`);
    expect(memo.between(`${long}.`, 0, long.length)).toBe(`${long.toLowerCase()}#3001`);
    // The same code units in another case are another piece.
    expect(memo.between('NAAM0', 0, 5)).toBe('naam0#3002');
  });

  it('starts over past its limit and after clear', () => {
    let count = 0;
    const memo = new MemoByWritten(() => ++count, 3);
    for (const word of ['a', 'b', 'c']) memo.between(word, 0, 1);
    expect(memo.between('a', 0, 1)).toBe(1);
    memo.between('d', 0, 1); // the fourth piece: the memo starts over
    expect(memo.between('a', 0, 1)).toBe(5);
    memo.clear();
    expect(memo.between('a', 0, 1)).toBe(6);
  });
});
