import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalBeforeLowerRun,
  capitalisedWordBefore,
  charactersBefore,
  capitalisedWords,
  codeAt,
  digitRunEnd,
  hashBetween,
  hashOf,
  isSpaceAt,
  latin1Copy,
  latinExtendedCopy,
  lowerText,
  matchAt,
  groupRangesAt,
  matchesAt,
  occurrences,
  phrasesOf,
  phraseStarts,
  rangesAt,
  scan,
  shortKey,
  wordsAfterPhrases,
} from '../src/scan.js';

// The detectors try their patterns only at the positions the scan gives: these properties are what
// makes that give the same spans as searching the whole text.

/** Dutch-looking text with the characters that make offsets hard: accents, apostrophes, hyphens, emoji, astral letters, odd spaces. */
const pieces = [
  'Jan',
  'de',
  'Vries',
  'mw.',
  'J.',
  'Marie-Claire',
  "O'Brien",
  'ëen',
  'Élise',
  'straat',
  '12',
  ' ',
  ' ',
  '\n',
  '\u00a0',
  '-',
  '(',
  ')',
  '😀',
  '𝐀bc',
  'ſ',
  'K',
  'van',
  'der',
  'heer',
  'AB',
  '3311',
  ',',
  '.',
];
const dutchishText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

const positions = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m.index);

describe('scan', () => {
  it('finds every word start and capital that a Unicode pattern finds', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        const found = scan(text);
        expect([...found.wordStarts]).toEqual(positions(/(?<![\p{L}])\p{L}/gu, text));
        expect([...found.capitals]).toEqual(positions(/(?<![\p{L}\d])\p{Lu}/gu, text));
        expect([...found.wordEnds]).toEqual(
          positions(/\p{L}(?![\p{L}])/gu, text).map((at) => at + (text.codePointAt(at)! > 0xffff ? 2 : 1)),
        );
      }),
    );
  });

  it('finds where every run of digits starts, as a pattern with a lookbehind does (the digit patterns are tried only there)', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        expect([...scan(text).digitStarts]).toEqual(positions(/(?<!\d)\d/g, text));
      }),
    );
  });

  it('finds the capitalised words a regular expression finds, with their offsets', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        const expected = [...text.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*/gu)].map((m) => [m.index, m[0]]);
        const { starts, ends, lowers } = capitalisedWords(scan(text));
        expect(Array.from(starts, (start, i) => [start, text.slice(start, ends[i])])).toEqual(expected);
        expect(lowers).toEqual(expected.map(([, word]) => String(word).toLowerCase()));
      }),
    );
  });

  it('gives a word written the same way the same id and lower-case copy within a text, and one written otherwise its own', () => {
    const text = 'Jansen, Jansens en JAnsen; Jansen zag Jansen-Smit en Jansen.';
    const { starts, ends, lowers, ids } = capitalisedWords(scan(text));
    const written = Array.from(starts, (start, i) => text.slice(start, ends[i]));
    expect(written).toEqual(['Jansen', 'Jansens', 'Jansen', 'Jansen-Smit', 'Jansen']);
    expect(lowers).toEqual(written.map((word) => word.toLowerCase()));
    // The first, third and fifth are the same word; the second and the fourth differ from it and from each other.
    expect(new Set([ids[0], ids[2], ids[4]]).size).toBe(1);
    expect(new Set([ids[0], ids[1], ids[3]]).size).toBe(3);
    // A later text finds the same words under the same ids (they are kept between calls).
    const again = capitalisedWords(scan('Jansens bij Jansen'));
    expect([...again.ids]).toEqual([ids[1], ids[0]]);
  });

  it('reads a code unit as charCodeAt does, -1 past either end, and keys short words as the formula did', () => {
    const text = 'ab😀';
    for (let i = -2; i <= text.length + 1; i++)
      expect([i, codeAt(text, i)]).toEqual([i, i >= 0 && i < text.length ? text.charCodeAt(i) : -1]);
    // What ((c0 * 961 + c1 * 31 + cLast) ^ (length << 11)) & 0xffff gave with charCodeAt's NaN past the end.
    const formula = (word: string) =>
      ((word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(word.length - 1)) ^ (word.length << 11)) & 0xffff;
    for (const word of ['', 'u', 'jo', 'jan', 'ü']) expect([word, shortKey(word)]).toEqual([word, formula(word)]);
  });

  it('sees whitespace where \\s does, without a pattern for ASCII', () => {
    const text = ' \t\n\r\v\f\u00a0\u2009\u202f\u3000\ufeff\u200ba-_😀';
    for (let i = 0; i <= text.length; i++) expect([i, isSpaceAt(text, i)]).toEqual([i, /\s/.test(text[i] ?? '')]);
  });

  it('finds the capitalised word before a space as /\\p{Lu}\\p{Ll}+\\s$/u on a window of the text does', () => {
    fc.assert(
      fc.property(dutchishText, fc.nat(45), fc.integer({ min: 1, max: 12 }), (text, cut, window) => {
        const index = Math.min(cut, text.length);
        const m = /\p{Lu}\p{Ll}+\s$/u.exec(text.slice(Math.max(0, index - window), index));
        expect(capitalisedWordBefore(text, index, window)).toBe(m ? Math.max(0, index - window) + m.index : -1);
      }),
    );
  });

  it('hashes every word of generated text as hashOf hashes the word (lower-case runs take a shorter path in the scan)', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        const found = scan(text);
        const words = [...found.wordStarts].map((start, w) => text.slice(start, found.wordEnds[w]));
        expect([...found.wordHashes]).toEqual(words.map(hashOf));
      }),
    );
  });

  it('hashes a stretch of text as hashOf hashes its slice', () => {
    fc.assert(
      fc.property(dutchishText, fc.nat(40), fc.nat(40), (text, a, b) => {
        const [start, end] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(hashBetween(text, start, end)).toBe(hashOf(text.slice(start, end)));
      }),
    );
  });

  it('hashes each word as hashOf does, ignoring case', () => {
    const found = scan('Mevrouw DE VRIES en de heer');
    const words = ['mevrouw', 'de', 'vries', 'en', 'de', 'heer'];
    expect([...found.wordHashes]).toEqual(words.map(hashOf));
    expect(hashOf('Zaak')).toBe(hashOf('ZAAK'));
    expect(hashOf('zaak')).not.toBe(hashOf('zaken'));
  });

  it('finds phrases of several words, and only with a capital after them when asked', () => {
    const phrases = phrasesOf(['de heer', 'mw.']);
    const text = 'Gesprek met de heer Jansen, de buurman en mw. van der Berg; de heer gaf aan dat';
    expect([...phraseStarts(scan(text), phrases)]).toEqual([text.indexOf('de heer'), text.indexOf('mw.'), text.lastIndexOf('de heer')]);
    expect([...phraseStarts(scan(text), phrases, 3)]).toEqual([text.indexOf('de heer'), text.indexOf('mw.')]);
  });

  it('takes the words after phrases by what accept says of each as written, also where a word recurs in another case', () => {
    const phrases = phrasesOf(['met', 'en']);
    const asked: string[] = [];
    const accept = (word: string) => {
      asked.push(word);
      return word === 'wouter';
    };
    // "Wouter" and "wouter" share the scan's case-folded hash; only the lower-case one is taken, at each occurrence.
    const text = 'met wouter en Wouter, en wouter met de buren en wouter';
    const starts = (t: string) => [...wordsAfterPhrases(scan(t), phrases, accept)];
    const wouters = [...text.matchAll(/\bwouter\b/g)].map((m) => m.index);
    expect(starts(text)).toEqual(wouters);
    // Asked again in a new text: the verdicts kept between calls give the same starts.
    expect(starts(`${text} met Wouter`)).toEqual(wouters);
    expect(asked.filter((word) => word === 'wouter')).toHaveLength(1);
  });

  it('marks a text whose letters and numbers are all Latin-1, where the Latin-1 copies of patterns may run', () => {
    expect(scan('Mw. Élise Müller (45), € 12,50 — “ok”').latin1Letters).toBe(true);
    expect(scan('Mw. Şahin').latin1Letters).toBe(false);
    expect(scan('fase ² is ½').latin1Letters).toBe(true);
    expect(scan('Ⅻ').latin1Letters).toBe(false); // a number (\p{N}) beyond Latin-1
    // An emoji or a lone surrogate is in none of the classes, whole or cut: it does not matter.
    expect(scan('ok 😀').latin1Letters).toBe(true);
    expect(scan('ok \ud83d').latin1Letters).toBe(true);
    expect(scan('𝐀nna').latin1Letters).toBe(false); // an astral letter
  });

  it("finds with a pattern's Latin-1 copy what the pattern finds, on every text the scan marks Latin-1", () => {
    const patterns = [
      /(?<![\p{L}])(?:van|de|mw\.)\s+((?:\p{Lu}\.\s?)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*)(?![\p{L}\d])/gu,
      /(?<=\()(\p{L}[\p{L}'’-]+),[ \t]?([^\p{L}\p{N}\s.,;:'"(]?)(\d{1,3})(?=\))/gu,
      /\p{Lu}{2,}|\p{N}+/gu,
    ];
    const latin1Pieces = fc.constantFrom(
      ...pieces.filter((piece) => [...piece].every((character) => character.codePointAt(0)! <= 0xff)),
      'Ü',
      'ß',
      'µ',
      'ª',
      '½',
      '€',
      '—',
      'é',
    );
    const text = fc.oneof(
      dutchishText,
      fc.array(latin1Pieces, { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (sample) => {
        const found = scan(sample);
        for (const pattern of patterns) {
          expect(latin1Copy(pattern)).not.toBe(pattern);
          const all = Array.from({ length: sample.length + 1 }, (_, i) => i);
          const expected = [...sample.matchAll(pattern)].map((m) => [m.index, ...m]);
          expect(matchesAt(pattern, sample, all).map((m) => [m.index, ...m])).toEqual(expected);
          if (found.latin1Letters) expect(matchesAt(pattern, sample, all, found).map((m) => [m.index, ...m])).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the start, the first group and the end of what matchesAt finds, for patterns "A(B)" with only lookarounds after', () => {
    const patterns = [
      // The lead's alternatives and optional parts backtrack as the whole pattern's do.
      /(?<![\p{L}])(?:mw\.|mevr|mevrouw|de heer|heer)(?: (?:van|met))?:?\s+((?:\p{Lu}\.\s?)*(?:(?:van|de) )?\p{Lu}[\p{Ll}'’]+(?: \p{Lu}[\p{Ll}]+)?)/gu,
      /(?<![\p{L}])(?:van|de|en)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*)(?![\p{L}\d])(?=[ ,.(])/gu,
      /(?<=\()(\p{Lu}[\p{Ll}]+)(?=,?\s?\d{1,3}(?:\s(?:jaar|jr))?\))/gu,
    ];
    fc.assert(
      fc.property(dutchishText, (sample) => {
        const found = scan(sample);
        const all = Array.from({ length: sample.length + 1 }, (_, i) => i);
        for (const pattern of patterns) {
          const expected = matchesAt(pattern, sample, all, found).flatMap((m) => [
            m.index,
            m.index + m[0].length - m[1]!.length,
            m.index + m[0].length,
          ]);
          expect(groupRangesAt(pattern, sample, all, found)).toEqual(expected);
          expect(groupRangesAt(pattern, sample, all)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
    expect(() => groupRangesAt(/(\d+) jaar/g, '12 jaar', [0])).toThrow(/not "A\(B\)"/);
    expect(() => groupRangesAt(/(?:(\d+))?x/g, 'x', [0])).toThrow(/not "A\(B\)"/);
  });

  it('gives the start and end of each match matchesAt finds, empty matches and skipped positions alike', () => {
    const patterns = [
      /(?<![\p{L}])((?:\p{Lu}[\p{Ll}]+ )?\p{Lu}[\p{Ll}]+(?:straat|weg)) (\d{1,5})(?![\d\p{L}])/gu,
      /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g,
      /(?<=\p{Lu}[\p{L}'-]+\s?\()(\d{1,2})(?=\))/gu,
      /(?=\p{Lu})|jaar/gu,
    ];
    fc.assert(
      fc.property(dutchishText, fc.array(fc.nat(), { maxLength: 30 }), (sample, picked) => {
        const found = scan(sample);
        const all = Array.from({ length: sample.length + 1 }, (_, i) => i);
        const some = [...new Set(picked.map((p) => p % (sample.length + 1)))].sort((a, b) => a - b);
        for (const pattern of patterns)
          for (const positions of [all, some]) {
            const expected = matchesAt(pattern, sample, positions, found).flatMap((m) => [m.index, m.index + m[0].length]);
            expect(rangesAt(pattern, sample, positions, found)).toEqual(expected);
            expect(rangesAt(pattern, sample, positions)).toEqual(expected);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('marks a text whose letters and numbers are all in the Latin blocks, where the Latin Extended copies may run', () => {
    expect(scan('Mw. Şahin en dhr. Wiśniewski (Łódź), Nguyễn').latinExtendedLetters).toBe(true);
    expect(scan('Mw. Élise').latinExtendedLetters).toBe(true);
    expect(scan('Γιώργος').latinExtendedLetters).toBe(false);
    expect(scan('Mw. Əliyeva en dhr. Ɔwusu').latinExtendedLetters).toBe(true);
    expect(scan('Aʰ').latinExtendedLetters).toBe(false);
    expect(scan('Şahin 😀').latinExtendedLetters).toBe(true);
    expect(scan('𝐀nna').latinExtendedLetters).toBe(false);
    expect(scan('Ⅻ').latinExtendedLetters).toBe(false);
  });

  it("finds with a pattern's Latin Extended copy what the pattern finds, on every text the scan marks so", () => {
    const patterns = [
      /(?<![\p{L}])(?:van|de|mw\.)\s+((?:\p{Lu}\.\s?)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*)(?![\p{L}\d])/gu,
      /(?<=\()(\p{L}[\p{L}'’-]+),[ \t]?([^\p{L}\p{N}\s.,;:'"(]?)(\d{1,3})(?=\))/gu,
      /\p{Lu}{2,}|\p{N}+/gu,
    ];
    const latinPieces = fc.constantFrom(
      ...pieces.filter((piece) => [...piece].every((character) => character.codePointAt(0)! <= 0xff)),
      'Şahin',
      'ş',
      'Ł',
      'ź',
      'ǅ', // a title-case letter: \p{L}, neither \p{Lu} nor \p{Ll}
      'ȿ',
      'ɏ',
      'Ɏ',
      'Ḁ',
      'ễ',
      'ẞ',
      'ɐ', // IPA Extensions, just past Latin Extended-B: in the Latin Extended copies too
      'ə',
      'ʰ', // a modifier letter just past the IPA Extensions: the scan sends such a text to the Unicode patterns
      '😀',
      '𝐀',
      '\ud83d',
      'Ω',
      '€',
      '½',
    );
    fc.assert(
      fc.property(
        fc.array(latinPieces, { maxLength: 40 }).map((parts) => parts.join('')),
        (sample) => {
          const found = scan(sample);
          for (const pattern of patterns) {
            expect(latinExtendedCopy(pattern)).not.toBe(pattern);
            const all = Array.from({ length: sample.length + 1 }, (_, i) => i);
            const expected = [...sample.matchAll(pattern)].map((m) => [m.index, ...m]);
            if (found.latinExtendedLetters) expect(matchesAt(pattern, sample, all, found).map((m) => [m.index, ...m])).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("splits the Latin Extended copy's classes into a Latin-1 class and the rest, and keeps a negated class whole", () => {
    const latin1Capitals = latin1Copy(/\p{Lu}/u).source;
    expect(latinExtendedCopy(/\p{Lu}/u).source).toMatch(
      new RegExp(`^\\(\\?:${latin1Capitals.replace(/[\\[\]]/g, '\\$&')}\\|\\[[^\\]]+\\]\\)$`),
    );
    expect(latinExtendedCopy(/[\p{Ll}'’]+/u).source).toMatch(/^\(\?:\[[^\]]*'’\]\|\[[^\]]+\]\)\+$/);
    // \p{N} has no members past Latin-1 in these blocks: one class.
    expect(latinExtendedCopy(/\p{N}/u).source).toBe(latin1Copy(/\p{N}/u).source);
    const negated = latinExtendedCopy(/[^\p{L}]/u).source;
    expect(negated.startsWith('[^') && !negated.includes('|')).toBe(true);
    expect(latinExtendedCopy(/\p{Lu}/u).test('Ş')).toBe(true);
    expect(latinExtendedCopy(/[^\p{L}]/u).test('ş')).toBe(false);
  });

  it('leaves case-insensitive patterns and \\P{…} as they are', () => {
    const caseless = /\p{Lu}ja/iu;
    const negated = /\P{L}/u;
    expect(latin1Copy(caseless)).toBe(caseless);
    expect(latin1Copy(negated)).toBe(negated);
    expect(latinExtendedCopy(caseless)).toBe(caseless);
    expect(latinExtendedCopy(negated)).toBe(negated);
  });

  it('finds the capital before a run of lower-case letters as \\p{Lu}\\p{Ll}+ ending there does', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        for (let end = 0; end <= text.length; end++) {
          const expected = [...text.slice(0, end).matchAll(/\p{Lu}\p{Ll}+$/gu)].map((m) => m.index);
          // The longest such match is the one: the capital right before the whole run.
          expect(capitalBeforeLowerRun(text, end)).toBe(expected.length > 0 ? Math.min(...expected) : -1);
        }
      }),
    );
  });

  it('finds every occurrence of plain strings, in the order of the text, as a pattern of them does', () => {
    const strings = ['de', 'Vries', 'van der', ' (', 'ſ', '😀'];
    fc.assert(
      fc.property(dutchishText, (text) => {
        const expected: [number, number][] = [];
        for (let i = 0; i < text.length; i++)
          for (const string of strings) if (text.startsWith(string, i)) expected.push([i, string.length]);
        expect(occurrences(text, strings)).toEqual(expected);
      }),
    );
  });

  it('matches a sticky pattern at an index with or without the scan, Latin-1 copy or not', () => {
    const pattern = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/uy;
    fc.assert(
      fc.property(dutchishText, (text) => {
        const found = scan(text);
        for (let i = 0; i <= text.length; i++) {
          pattern.lastIndex = i;
          const expected = pattern.exec(text)?.[0];
          expect(matchAt(pattern, text, i)?.[0]).toBe(expected);
          expect(matchAt(pattern, text, i, found)?.[0]).toBe(expected);
        }
      }),
    );
  });

  it('finds where each run of digits ends, as digitRunEnd does', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        const found = scan(text);
        expect([...found.digitEnds]).toEqual([...found.digitStarts].map((at) => digitRunEnd(text, at)));
      }),
    );
    expect([...scan('a12 3-45x6').digitEnds]).toEqual([3, 5, 8, 10]);
  });

  it('finds a character before one of a set, as a pattern with a lookahead does', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        expect(charactersBefore(text, '-', 'Cvd')).toEqual(positions(/-(?=[Cvd])/g, text));
        expect(charactersBefore(text, '.', 'nbcoei')).toEqual(positions(/\.(?=[nbcoei])/g, text));
      }),
    );
  });

  it('keeps the lowered text once per scan', () => {
    const found = scan('Mw. DE Vries');
    expect(lowerText(found)).toBe('mw. de vries');
    expect(lowerText(found)).toBe(found.derived.lower);
  });

  it('gives the matches of matchAll when tried at every possible start', () => {
    fc.assert(
      fc.property(dutchishText, (text) => {
        const pattern = /(?<![\p{L}])(?:van|de)\s+\p{Lu}\p{Ll}+/gu;
        const found = scan(text);
        expect([...matchesAt(pattern, text, found.wordStarts)].map((m) => [m.index, m[0]])).toEqual(
          [...text.matchAll(pattern)].map((m) => [m.index, m[0]]),
        );
      }),
    );
  });
});
