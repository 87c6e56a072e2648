import { describe, expect, it } from 'vitest';
import { capitalisedWords, scan } from '../src/scan.js';
import { WordFacts } from '../src/word-facts.js';

describe('word ids and WordFacts', () => {
  it('gives a word as written the same id in every text, and other words other ids', () => {
    const first = capitalisedWords(scan('Met Jansen en Pietersen, toen Jansen.'));
    const second = capitalisedWords(scan('Pietersen belde Jansen en JANSEN niet.'));
    expect(first.lowers).toEqual(['met', 'jansen', 'pietersen', 'jansen']);
    expect(second.lowers).toEqual(['pietersen', 'jansen']);
    expect(first.ids[1]).toBe(first.ids[3]);
    expect(second.ids[0]).toBe(first.ids[2]);
    expect(second.ids[1]).toBe(first.ids[1]);
    expect(new Set(first.ids).size).toBe(3);
  });

  it('makes each fact once per word, and gives each word its own', () => {
    const made: string[] = [];
    const facts = new WordFacts((word) => {
      made.push(word);
      return word.length;
    });
    const words = capitalisedWords(scan('Anna en Bob, Anna en Christiaan.'));
    expect(words.lowers.map((_, c) => facts.of(words, c))).toEqual([4, 3, 4, 10]);
    const again = capitalisedWords(scan('Christiaan en Anna'));
    expect(again.lowers.map((_, c) => facts.of(again, c))).toEqual([10, 4]);
    expect(made).toEqual(['anna', 'bob', 'christiaan']);
  });
});
