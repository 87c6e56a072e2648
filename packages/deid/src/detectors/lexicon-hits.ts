// Entries of the word lists found in a text (places, institutions), shared by several detectors.
import { PLACES } from '../lexicon.js';
import { capitalisedWords, characterEnd, codeAt, LETTER, shortKey, type Scan } from '../scan.js';
import { lower } from './name-patterns.js';
import { WordFacts } from '../word-facts.js';

/**
 * For each list: the first words of its entries and the most words an entry with that first word
 * has, so most capitalised words are ruled out by one lookup and most others need one more; and
 * the first words' short keys, which rule out most words without a lookup in a large map.
 */
interface FirstWords {
  most: Map<string, number>;
  keys: Uint8Array;
  /** Of each capitalised word: twice `most` of it (0 if no entry starts with it), plus one if it is an entry itself. */
  ofWord: WordFacts;
}
const firstWordsOf = new WeakMap<ReadonlySet<string>, FirstWords>();
function firstWords(list: ReadonlySet<string>): FirstWords {
  let firsts = firstWordsOf.get(list);
  if (!firsts) {
    const most = new Map<string, number>();
    firsts = { most, keys: new Uint8Array(65536), ofWord: new WordFacts((word) => 2 * (most.get(word) ?? 0) + (list.has(word) ? 1 : 0)) };
    for (const entry of list) {
      const words = entry.split(' ');
      firsts.most.set(words[0]!, Math.max(firsts.most.get(words[0]!) ?? 0, words.length));
      firsts.keys[shortKey(words[0]!)] = 1;
    }
    firstWordsOf.set(list, firsts);
  }
  return firsts;
}

/** Where the character at `index` ends if it is a letter, apostrophe or hyphen (a word of LEADING_WORDS), or -1. */
const leadingWordPartEnd = (text: string, index: number) => {
  const code = codeAt(text, index);
  return code === 39 || code === 0x2019 || code === 45 ? index + 1 : characterEnd(text, index, LETTER);
};

/**
 * Entries of a list found in the text: one to four capitalised words in a row ("Capelle aan den IJssel"). The words are
 * those of /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}/u on the 60 characters from a capitalised word (letters, apostrophes and
 * hyphens, single spaces between them, no trailing punctuation), found by hand.
 */
export function lexiconHits(found: Scan, list: ReadonlySet<string>): [number, string][] {
  const { text } = found;
  const hits: [number, string][] = [];
  const { most: firsts, keys, ofWord } = firstWords(list);
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    if (keys[capitalised.keys[c]!] === 0) continue;
    const facts = ofWord.of(capitalised, c);
    if (facts < 2) continue;
    const index = capitalised.starts[c]!;
    const word = capitalised.lowers[c]!;
    // The first word, found by hand: entries of one word (most places) need no more.
    let end = index;
    for (let next = leadingWordPartEnd(text, end); next > 0 && next <= index + 60; next = leadingWordPartEnd(text, end)) end = next;
    // Mostly the capitalised word itself, whose lower case is at hand.
    const same = end === capitalised.ends[c];
    const firstLower = same ? word : lower(text.slice(index, end));
    const most = same ? facts >> 1 : (firsts.get(firstLower) ?? 0);
    if (most <= 1) {
      if (most === 1 && (same ? (facts & 1) === 1 : list.has(firstLower))) hits.push([index, text.slice(index, end)]);
      continue;
    }
    // The next words by hand as well (a pattern ran on a slice, then split and joined): each
    // one space on, in the same 60 characters; the candidates are the text up to each word's end.
    let best: string | undefined;
    for (let n = 1, wordEnd = end; n <= Math.min(4, most); n++) {
      if (n > 1) {
        let next = codeAt(text, wordEnd) === 32 ? leadingWordPartEnd(text, wordEnd + 1) : -1;
        if (next <= 0 || next > index + 60) break;
        wordEnd = next;
        for (next = leadingWordPartEnd(text, wordEnd); next > 0 && next <= index + 60; next = leadingWordPartEnd(text, wordEnd))
          wordEnd = next;
      }
      const candidate = text.slice(index, wordEnd);
      if (list.has(lower(candidate))) best = candidate;
    }
    if (best) hits.push([index, best]);
  }
  return hits;
}

/** The places of the lists found in a scan, shared by the person and place detectors. */
const placeHitsOf = new WeakMap<Scan, [number, string][]>();
export function placeHits(found: Scan): [number, string][] {
  let hits = placeHitsOf.get(found);
  if (!hits) placeHitsOf.set(found, (hits = lexiconHits(found, PLACES)));
  return hits;
}
