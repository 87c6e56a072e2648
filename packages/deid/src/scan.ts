// One pass over a text that the detectors share. Unicode property escapes (\p{L}, \p{Lu}) at the
// start of a pattern make V8 try every position of a long text with a costly class test; a plain
// loop over a per-character table finds the few positions where a pattern can start, and the
// pattern itself then runs there only (sticky). Each pattern keeps deciding what it matches: the
// positions only need to include every place it could start, so the results are the same as a
// search over the whole text, found in a fraction of the time.

import type { Span } from './labels.js';
import { hashOfCodeUnits } from './hash-of-text.js';
import { MemoByWritten } from './memo-by-written.js';
import { numberStack, Offsets } from './number-stack.js';

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
/** \p{N}: digits of any script, superscripts, fractions. */
const NUMBER = 16;
const KNOWN = 128;

/** Classes of BMP characters, filled on first sight (most texts use a few hundred characters). */
const bmpClasses = new Uint8Array(65536);
const astralClasses = new Map<number, number>();

function classify(character: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(character) ? LETTER : 0) |
    (/\p{Lu}/u.test(character) ? UPPER : 0) |
    (/\p{Ll}/u.test(character) ? LOWER : 0) |
    (/\d/.test(character) ? DIGIT : 0) |
    (/\p{N}/u.test(character) ? NUMBER : 0)
  );
}

function classOfCodePoint(codePoint: number): number {
  if (codePoint < 65536) {
    let known = bmpClasses[codePoint]!;
    if (known === 0) bmpClasses[codePoint] = known = classify(String.fromCharCode(codePoint));
    return known;
  }
  let known = astralClasses.get(codePoint);
  if (known === undefined) astralClasses.set(codePoint, (known = classify(String.fromCodePoint(codePoint))));
  return known;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The class of the character that starts at `index`, as a Unicode-aware pattern sees it (0 inside a surrogate pair or past the end). */
function classAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (isHigh(code)) return classOfCodePoint(text.codePointAt(index)!);
  if (isLow(code) && index > 0 && isHigh(text.charCodeAt(index - 1))) return 0;
  return classOfCodePoint(code);
}

/** The class of the character that ends right before `index` (a lookbehind's view). */
function classBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const code = text.charCodeAt(index - 1);
  if (isLow(code) && index > 1 && isHigh(text.charCodeAt(index - 2))) return classOfCodePoint(text.codePointAt(index - 2)!);
  return classOfCodePoint(code);
}

/** Where each word (a run of letters) starts and ends, and a hash of it to find given words without slicing the text. */
export interface Scan {
  readonly text: string;
  readonly wordStarts: Int32Array;
  readonly wordEnds: Int32Array;
  /** `hashOf` each word, case-folded: equal words have equal hashes (unequal ones rarely do, which only costs a try). */
  readonly wordHashes: Int32Array;
  readonly wordCount: number;
  /** Positions of capital letters that no letter or digit precedes: where a capitalised word can begin. */
  readonly capitals: Int32Array;
  /** Where each run of ASCII digits starts: where the patterns that begin with a digit no digit precedes can match. */
  readonly digitStarts: Int32Array;
  /** Where each of those runs ends (`digitRunEnd` of each start, found in the same pass). */
  readonly digitEnds: Int32Array;
  /**
   * Whether every letter and number of the text (\p{L}, \p{N}) is a Latin-1 character (emoji and
   * other characters beyond it that are no letter or number do not matter, as they are in none of
   * the classes): then `matchesAt` may use a pattern's Latin-1 copy (see latin1Copy).
   */
  readonly latin1Letters: boolean;
  /**
   * Whether every letter and number of the text is in Latin-1, Latin Extended-A or -B, the IPA
   * Extensions (up to U+02AF: ə, ɛ, ɔ of Azerbaijani and Akan names) or Latin Extended Additional
   * (U+1E00–U+1EFF): then `matchesAt` may use a pattern's Latin Extended copy (Şahin, Wiśniewski,
   * Nguyễn, Əliyev; see latinExtendedCopy).
   */
  readonly latinExtendedLetters: boolean;
  /** What the detectors derive from the scan once and share: kept on the scan, so it ends with it. */
  readonly derived: {
    capitalisedWords?: CapitalisedWords;
    phraseHits?: (Offsets | undefined)[];
    postcodeStarts?: number[];
    lower?: string;
    /** Names in the table cell before a street's (findAddresses), added where nothing else was found. */
    namesBeforeStreetCells?: Span[];
    /** wordsAfterPhrases' verdicts in this text: see `AcceptedInText`. */
    accepted?: AcceptedInText;
  };
}

/** Each UTF-16 code unit in lower case, as a case-insensitive pattern compares it (with the long s as s), filled on first sight. */
const folded = new Uint16Array(65536);
function fold(code: number): number {
  let lower = folded[code]!;
  if (lower === 0) {
    const character = code === 0x17f ? 's' : String.fromCharCode(code).toLowerCase();
    folded[code] = lower = character.length === 1 ? character.charCodeAt(0) : code;
  }
  return lower;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Hashes are cut to 30 bits: small integers, which set and map lookups take without making a number object. */
const SMALL_INTEGER = 0x3fffffff;

/** The hash `scan` gives a word: FNV-1a over its case-folded code units. */
export function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ fold(word.charCodeAt(i)), FNV_PRIME);
  return hash & SMALL_INTEGER;
}

/** `hashOf(text.slice(start, end))`, without slicing. */
export function hashBetween(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ fold(text.charCodeAt(i)), FNV_PRIME);
  return hash & SMALL_INTEGER;
}

/** Classes of ASCII characters, ready before the first text (the loop below reads them without a call). */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classOfCodePoint(code));
const ASCII_LOWER = ASCII[97]!;

export function scan(text: string): Scan {
  const size = text.length;
  const starts = new Offsets(size >> 3);
  const ends = new Offsets(size >> 3);
  const hashes = new Offsets(size >> 3);
  let hash = 0;
  const capitals = new Offsets(size >> 5);
  const digits = new Offsets(size >> 5);
  const digitEnds = new Offsets(size >> 5);
  let inWord = false;
  let before = 0;
  let latin1Letters = true;
  let latinExtendedLetters = true;
  for (let i = 0; i < size; i++) {
    const at = i;
    const code = text.charCodeAt(i);
    let cls: number;
    if (code < 128) cls = ASCII[code]!;
    else if (code < 0xd800 || code > 0xdfff) {
      cls = bmpClasses[code] || classOfCodePoint(code);
      if (code > 0xff && (cls & (LETTER | NUMBER)) !== 0) {
        latin1Letters = false;
        if (code > 0x2af && (code < 0x1e00 || code > 0x1eff)) latinExtendedLetters = false;
      }
    } else if (isHigh(code) && isLow(codeAt(text, i + 1))) {
      cls = classOfCodePoint(text.codePointAt(i)!);
      // An astral letter or number (𝐀, 𝟏) is in no copy's classes; an emoji is in no class either way.
      if ((cls & (LETTER | NUMBER)) !== 0) latin1Letters = latinExtendedLetters = false;
      i++; // the low half belongs to this character
    } else cls = classOfCodePoint(code); // a lone surrogate: no letter, in no class either way
    const letter = (cls & LETTER) !== 0;
    if (letter !== inWord) {
      if (letter) {
        starts.push(at);
        hash = FNV_OFFSET;
      } else {
        ends.push(at);
        hashes.push(hash & SMALL_INTEGER);
      }
      inWord = letter;
    }
    if (letter) {
      // ASCII capitals fold by one addition; other characters through the table.
      hash = Math.imul(hash ^ (code < 128 ? ((cls & UPPER) !== 0 ? code + 32 : code) : fold(code)), FNV_PRIME);
      if (i !== at) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    }
    if ((cls & UPPER) !== 0 && (before & (LETTER | DIGIT)) === 0) capitals.push(at);
    else if ((cls & DIGIT) !== 0 && (before & DIGIT) === 0) digits.push(at);
    if ((before & DIGIT) !== 0 && (cls & DIGIT) === 0) digitEnds.push(at);
    before = cls;
    if (letter) {
      // The rest of a word in ASCII lower case (most of a Dutch text) only adds to the hash: no table, no other test.
      let next = codeAt(text, i + 1);
      if (next >= 97 && next <= 122) {
        do {
          hash = Math.imul(hash ^ next, FNV_PRIME);
          i++;
          next = codeAt(text, i + 1);
        } while (next >= 97 && next <= 122);
        before = ASCII_LOWER;
      }
    }
  }
  if (inWord) {
    ends.push(size);
    hashes.push(hash & SMALL_INTEGER);
  }
  if ((before & DIGIT) !== 0) digitEnds.push(size);
  return {
    text,
    wordStarts: starts.done(),
    wordEnds: ends.done(),
    wordHashes: hashes.done(),
    wordCount: starts.length,
    capitals: capitals.done(),
    digitStarts: digits.done(),
    digitEnds: digitEnds.done(),
    latin1Letters,
    latinExtendedLetters,
    derived: {},
  };
}

/** Every phrase list, by the hash of each first word: one lookup per word of the text finds them all. */
const phrasesByFirstWord = new Map<number, FirstWordEntry>();

/** The lists with a one-word phrase of this word, and the longer phrases by their second word. */
interface FirstWordEntry {
  single: Phrases[];
  longer: Map<number, { phrases: Phrases; rest: number[] }[]>;
}
/** The low 16 bits of those hashes, marked: most words are passed over by one array read instead of a map lookup. */
const maybeFirstWord = new Uint8Array(65536);

/**
 * Phrases a pattern starts with ("mw", "de heer", "maatschappelijk werker"), as word hashes, to
 * find where they occur. Only the letters count: "mw\\." is the word mw.
 */
export interface Phrases {
  readonly phrases: readonly string[];
  /** Its place in a scan's list of hits per phrase list (an array read where a map lookup ran for every hit). */
  readonly id: number;
}
let phraseLists = 0;

export function phrasesOf(list: Iterable<string>): Phrases {
  const phrases: Phrases = { phrases: [...list], id: phraseLists++ };
  for (const phrase of phrases.phrases) {
    const words = phrase.match(/\p{L}+/gu)?.map(hashOf);
    if (!words) throw new Error(`A phrase needs a word: "${phrase}"`);
    let entry = phrasesByFirstWord.get(words[0]!);
    if (!entry) phrasesByFirstWord.set(words[0]!, (entry = { single: [], longer: new Map() }));
    if (words.length === 1) entry.single.push(phrases);
    else {
      const withSecond = entry.longer.get(words[1]!) ?? [];
      withSecond.push({ phrases, rest: words.slice(2) });
      entry.longer.set(words[1]!, withSecond);
    }
    maybeFirstWord[words[0]! & 0xffff] = 1;
  }
  return phrases;
}

/** One hit per word and list, with the longest phrase of the list that starts there. */
function addHit(all: (Offsets | undefined)[], list: Phrases, w: number, length: number): void {
  let hits = all[list.id];
  // Typed arrays of half the size of a list of numbers, grown by doubling: the hits were a large share of a call's garbage.
  if (!hits) all[list.id] = hits = new Offsets(64);
  const values = hits.values;
  if (hits.length > 0 && values[hits.length - 2] === w) values[hits.length - 1] = Math.max(values[hits.length - 1]!, length);
  else {
    hits.push(w);
    hits.push(length);
  }
}

const NO_HITS = new Int32Array(0);

/** For each phrase list, the word indexes where one of its phrases starts and the number of words of the longest. */
function phraseHits(found: Scan, phrases: Phrases): Int32Array {
  let all = found.derived.phraseHits;
  if (!all) {
    found.derived.phraseHits = all = new Array<Offsets | undefined>(phraseLists).fill(undefined);
    const { wordHashes, wordCount } = found;
    for (let w = 0; w < wordCount; w++) {
      if (maybeFirstWord[wordHashes[w]! & 0xffff] === 0) continue;
      const entry = phrasesByFirstWord.get(wordHashes[w]!);
      if (!entry) continue;
      // By index: for…of left an iterator object per word.
      for (let l = 0; l < entry.single.length; l++) addHit(all, entry.single[l]!, w, 1);
      const longer = w + 1 < wordCount ? entry.longer.get(wordHashes[w + 1]!) : undefined;
      if (longer === undefined) continue;
      for (let l = 0; l < longer.length; l++) {
        const { phrases: list, rest } = longer[l]!;
        let matches = true;
        for (let k = 0; k < rest.length && matches; k++) matches = wordHashes[w + 2 + k] === rest[k];
        if (matches) addHit(all, list, w, rest.length + 2);
      }
    }
  }
  return all[phrases.id]?.done() ?? NO_HITS;
}

/** Whether one of the `count` words from word `w` on starts with a capital. */
function capitalAmong(found: Scan, w: number, count: number): boolean {
  const last = Math.min(found.wordCount, w + count);
  for (let k = w; k < last; k++) if ((classAt(found.text, found.wordStarts[k]!) & UPPER) !== 0) return true;
  return false;
}

/**
 * Starts of the phrases in the text. With `capitalWithin`, only phrases with a capitalised word
 * among that many words after them: for patterns that need a name there. With `nextWords`
 * instead, only phrases that a capitalised word or one of those words follows.
 */
export function phraseStarts(found: Scan, phrases: Phrases, capitalWithin = 0, nextWords?: ReadonlySet<number>): number[] {
  const mark = numberStack.mark();
  const hits = phraseHits(found, phrases);
  for (let h = 0; h < hits.length; h += 2) {
    const w = hits[h]!;
    const length = hits[h + 1]!;
    // Counted from the first word: where a shorter phrase starts the same, the pattern may take that one.
    const wanted = nextWords
      ? followedBy(found, w, length, nextWords)
      : capitalWithin === 0 || capitalAmong(found, w + 1, length - 1 + capitalWithin);
    if (wanted) numberStack.push(found.wordStarts[w]!);
  }
  return numberStack.takeFrom(mark);
}

/** Whether a capitalised word or one of `words` (hashes) comes right after the first 1 to `length` words from word `w`. */
function followedBy(found: Scan, w: number, length: number, words: ReadonlySet<number>): boolean {
  for (let next = w + 1; next <= w + length && next < found.wordCount; next++) {
    if ((classAt(found.text, found.wordStarts[next]!) & UPPER) !== 0 || words.has(found.wordHashes[next]!)) return true;
  }
  return false;
}

/** What each `accept` of wordsAfterPhrases said of each word as written, kept between calls (a slice per phrase hit was most of its garbage). */
const acceptedWords = new WeakMap<(word: string) => boolean, MemoByWritten<boolean>>();

/**
 * wordsAfterPhrases' verdicts within one text, by each word's first occurrence: the words after "en", "met", "van"
 * recur many times a text, and each occurrence was hashed again and looked up in the memo of thousands of words kept
 * between calls (missing the processor's caches). `firsts`: the first word asked about with each case-folded hash
 * (`wordHashes`); `verdicts`: per `accept`, 1 + its verdict on each first occurrence (0: not asked yet).
 */
interface AcceptedInText {
  firsts: Map<number, number>;
  verdicts: Map<(word: string) => boolean, Uint8Array>;
}

/** The word asked about first in this text that is word `w` as written (perhaps `w` itself), or -1 where another word has its hash. */
function firstOccurrence(found: Scan, inText: AcceptedInText, w: number): number {
  const hash = found.wordHashes[w]!;
  const first = inText.firsts.get(hash);
  if (first === undefined) {
    inText.firsts.set(hash, w);
    return w;
  }
  const { text, wordStarts, wordEnds } = found;
  return sameCodeUnits(text, wordStarts[first]!, wordEnds[first]!, wordStarts[w]!, wordEnds[w]!) ? first : -1;
}

/**
 * Starts of the words right after one of the phrases (with anything between them) that `accept`
 * takes. `accept` must depend on the word alone (a list lookup): its verdicts are kept between calls.
 */
export function wordsAfterPhrases(found: Scan, phrases: Phrases, accept: (word: string) => boolean): number[] {
  let accepted = acceptedWords.get(accept);
  if (!accepted) acceptedWords.set(accept, (accepted = new MemoByWritten(accept)));
  const inText = (found.derived.accepted ??= { firsts: new Map(), verdicts: new Map() });
  let verdicts = inText.verdicts.get(accept);
  if (!verdicts) inText.verdicts.set(accept, (verdicts = new Uint8Array(found.wordCount)));
  const mark = numberStack.mark();
  const hits = phraseHits(found, phrases);
  for (let h = 0; h < hits.length; h += 2) {
    const next = hits[h]! + hits[h + 1]!;
    if (next >= found.wordCount) continue;
    const first = firstOccurrence(found, inText, next);
    let verdict = first < 0 ? 0 : verdicts[first]!;
    if (verdict === 0) {
      verdict = accepted.between(found.text, found.wordStarts[next]!, found.wordEnds[next]!) ? 2 : 1;
      if (first >= 0) verdicts[first] = verdict;
    }
    if (verdict === 2) numberStack.push(found.wordStarts[next]!);
  }
  return numberStack.takeFrom(mark);
}

const isWordPart = (text: string, index: number) => {
  const code = codeAt(text, index - 1);
  return code === 39 || code === 0x2019 || code === 45 || (classBefore(text, index) & LETTER) !== 0;
};

/**
 * Where a capitalised word can start that ends at `end`: the capitals, with no letter before
 * them, in the run of letters, apostrophes and hyphens that ends there (ascending).
 */
export function capitalsBefore(text: string, end: number): number[] {
  let start = end;
  while (start > 0 && isWordPart(text, start)) start -= characterBeforeLength(text, start);
  return capitalsBetween(text, start, end);
}

const isChainPart = (text: string, index: number) => isWordPart(text, index) || codeAt(text, index - 1) === 46;
const isSpaceBefore = (text: string, index: number) => index > 0 && isSpaceAt(text, index - 1);

/** Whether the code unit at `index` is what `\s` matches, without running a pattern for ASCII (tab to carriage return, and the space). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = codeAt(text, index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[index]!); // -1 past the end is below 128
}

/**
 * text.charCodeAt(index), but -1 past either end, without calling charCodeAt there. V8 compiles a call of
 * charCodeAt into a few instructions until that call once reads past the end; from then on it calls the builtin at
 * that place, for every character (measured: a loop over a 50 kB text three to eight times slower). The helpers
 * here that run for every character or word read through this.
 *
 * -1, not charCodeAt's NaN: a site whose function was optimised for small integers and then first read NaN threw that
 * code away ("not a Smi") and the large rule functions were compiled again, many times a call on new text. -1 is a
 * small integer, and it answers as NaN did to `=== c` and `!== c`, to `> c` and `>= c` and to ranges `>= lo && <= hi`
 * for codes c ≥ 0, to Set and Map lookups of codes and to `| 32` then `=== letter`; not to `< c`, `<= c` alone, to
 * Number.isNaN, arithmetic or a table indexed by it: `scripts/code-at-sentinel-audit.ts` lists those reads.
 */
export function codeAt(text: string, index: number): number {
  // 29 bytes of bytecode, as with `0 / 0` before (one `? :` takes 31): Turbofan inlines a function of 27 bytes or fewer at
  // every site whatever the caller's budget and counts larger ones against it, so each byte less helps the large rules.
  // `index >>> 0 < text.length` is no shorter and would read index 0 for an index of NaN.
  if (index >= 0 && index < text.length) return text.charCodeAt(index);
  return -1;
}

/** The class of the character that ends right before `index` and starts at `from` or later, and its length (a lookbehind's view inside text.slice(from)). */
function characterBeforeWithin(text: string, index: number, from: number): number {
  const code = text.charCodeAt(index - 1);
  if (isLow(code) && index - 2 >= from && isHigh(text.charCodeAt(index - 2))) return classOfCodePoint(text.codePointAt(index - 2)!) | PAIR;
  return classOfCodePoint(code);
}
const PAIR = 256;

/**
 * Where a capitalised word starts that ends one whitespace character before `index`, inside the
 * `window` characters before it (-1 if there is none): /\p{Lu}\p{Ll}+\s$/u on
 * text.slice(index - window, index), without slicing or a pattern that is tried at every position.
 */
export function capitalisedWordBefore(text: string, index: number, window: number): number {
  const from = Math.max(0, index - window);
  let at = index - 1;
  if (at < from || !isSpaceAt(text, at)) return -1;
  let lowers = 0;
  for (;;) {
    if (at <= from) return -1;
    const cls = characterBeforeWithin(text, at, from);
    const size = (cls & PAIR) !== 0 ? 2 : 1;
    if ((cls & LOWER) !== 0) {
      at -= size;
      lowers++;
      continue;
    }
    return lowers > 0 && (cls & UPPER) !== 0 ? at - size : -1;
  }
}

/**
 * Where a run of names can start that ends at `end`: "Burgemeester J. van Dijkstraat", "Tuinen".
 * The capitals (with no letter before them) among the words of letters, apostrophes, hyphens and
 * full stops, each one whitespace character apart, that end there (ascending).
 */
export function capitalsInChainBefore(text: string, end: number): number[] {
  let start = end;
  for (;;) {
    while (start > 0 && isChainPart(text, start)) start -= characterBeforeLength(text, start);
    if (!isSpaceBefore(text, start) || !isChainPart(text, start - 1)) break;
    start--;
  }
  return capitalsBetween(text, start, end);
}

/** The length (1 or 2 code units) of the character that ends right before `index`. */
const characterBeforeLength = (text: string, index: number) =>
  isLow(text.charCodeAt(index - 1)) && index > 1 && isHigh(text.charCodeAt(index - 2)) ? 2 : 1;

/**
 * Where the capital starts that begins the run of lower-case letters ending at `end`, as
 * `\p{Lu}\p{Ll}+` ending there matches it (-1 if the run is empty or no capital is before it).
 */
export function capitalBeforeLowerRun(text: string, end: number): number {
  let at = end;
  while (at > 0 && (classBefore(text, at) & LOWER) !== 0) at -= characterBeforeLength(text, at);
  if (at === end || (classBefore(text, at) & UPPER) === 0) return -1;
  return at - characterBeforeLength(text, at);
}

/** The capitals in [start, end) that no letter precedes: where a capitalised word can start. */
function capitalsBetween(text: string, start: number, end: number): number[] {
  const mark = numberStack.mark();
  for (let i = start; i < end; i++) if ((classAt(text, i) & UPPER) !== 0 && (classBefore(text, i) & LETTER) === 0) numberStack.push(i);
  return numberStack.takeFrom(mark);
}

/** The starts of the runs of digits that `accept` takes, given each run's start, end and the code of the character after it. */
export function digitRunsWhere(found: Scan, accept: (start: number, end: number, next: number) => boolean): number[] {
  const mark = numberStack.mark();
  for (let i = 0; i < found.digitStarts.length; i++) {
    const start = found.digitStarts[i]!;
    const end = found.digitEnds[i]!;
    if (accept(start, end, codeAt(found.text, end))) numberStack.push(start);
  }
  return numberStack.takeFrom(mark);
}

/** Where the run of ASCII digits that starts at `at` ends. */
export function digitRunEnd(text: string, at: number): number {
  let end = at;
  for (let code = codeAt(text, end); code >= 48 && code <= 57; code = codeAt(text, end)) end++;
  return end;
}

/**
 * Where the strings occur in the text, as [index, length], in the order of the text (indexOf, which
 * finds a plain string several times faster than a pattern of alternatives is tried at every position).
 */
export function occurrences(text: string, strings: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const string of strings)
    for (let index = text.indexOf(string); index !== -1; index = text.indexOf(string, index + 1)) found.push([index, string.length]);
  return found.length > 1 ? found.sort((a, b) => a[0] - b[0]) : found;
}

/** The text in lower case, made once per scan (several detectors find their cue words in it by indexOf). */
export function lowerText(found: Scan): string {
  return (found.derived.lower ??= found.text.toLowerCase());
}

/**
 * Where `character` occurs with one of the characters of `following` right after it: a
 * single-character indexOf (fast on any text), then one look at the next character.
 */
export function charactersBefore(text: string, character: string, following: string): number[] {
  const mark = numberStack.mark();
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1))
    if (following.includes(text[at + 1] ?? '\0')) numberStack.push(at);
  return numberStack.takeFrom(mark);
}

/** Where a number in brackets starts: right after each "(" that a digit follows. */
export function numbersInBrackets(text: string): number[] {
  const mark = numberStack.mark();
  for (let bracket = text.indexOf('('); bracket !== -1; bracket = text.indexOf('(', bracket + 1)) {
    const next = codeAt(text, bracket + 1);
    if (next >= 48 && next <= 57) numberStack.push(bracket + 1);
  }
  return numberStack.takeFrom(mark);
}

/** Where a character of the classes ends that starts at `index` (a surrogate pair is one character), or -1. */
export function characterEnd(text: string, index: number, classes: number): number {
  const cls = classAt(text, index);
  if ((cls & classes) === 0) return -1;
  return index + (isHigh(text.charCodeAt(index)) && cls !== 0 && index + 1 < text.length && isLow(text.charCodeAt(index + 1)) ? 2 : 1);
}

/** Where the run of lower-case letters (and, with `apostrophes`, ' and ’) that starts at `index` ends (`index` if there is none). */
function lowerRunEnd(text: string, index: number, apostrophes: boolean): number {
  let at = index;
  for (;;) {
    const code = codeAt(text, at);
    if ((code >= 97 && code <= 122) || (apostrophes && (code === 39 || code === 0x2019))) at++;
    else if (code >= 128) {
      const end = characterEnd(text, at, LOWER);
      if (end < 0) return at;
      at = end;
    } else return at;
  }
}

/** The end of a capitalised word that starts at a capital, as `\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)*` matches it, or -1. */
function capitalisedWordEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  const afterCapital = code >= 65 && code <= 90 ? start + 1 : characterEnd(text, start, UPPER);
  if (afterCapital < 0) return -1;
  let at = lowerRunEnd(text, afterCapital, true);
  if (at === afterCapital) return -1;
  // Then hyphenated parts, each a capital and at least one lower-case letter: "Marie-Claire".
  while (codeAt(text, at) === 45) {
    const next = codeAt(text, at + 1);
    const part = next >= 65 && next <= 90 ? at + 2 : characterEnd(text, at + 1, UPPER);
    if (part < 0) return at;
    const end = lowerRunEnd(text, part, false);
    if (end === part) return at;
    at = end;
  }
  return at;
}

/** The capitalised words of a text: where each starts and ends, and each in lower case (no object per word). */
export interface CapitalisedWords {
  starts: Int32Array;
  ends: Int32Array;
  lowers: string[];
  /** `shortKey` of each lower-case word: a word list marks its words' keys, and most words are ruled out without a lookup in it. */
  keys: Int32Array;
  /**
   * An id of each word as written, the same in every call while `generation` stays the same: what
   * `WordFacts` keeps a word's facts by (no id stands for two words within a generation).
   */
  ids: Int32Array;
  generation: number;
}

/** A 16-bit key of a lower-case word from its length and three of its characters: cheap, and equal for equal words. */
export const shortKey = (word: string) =>
  // A word of one letter or none: the key the formula gave it, with NaN (ToInt32 0), without reading past its end.
  word.length < 2
    ? (word.length << 11) & 0xffff
    : ((word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(word.length - 1)) ^ (word.length << 11)) & 0xffff;

/**
 * The lower-case copies of capitalised words as written, kept between calls (each made two strings,
 * a slice and its lower case, per occurrence), and an id of each (see `CapitalisedWords.ids`).
 */
const lowerCopies = new MemoByWritten((written: string) => ({ lower: written.toLowerCase(), id: nextWordId++ }));
let nextWordId = 0;
let wordGeneration = 0;
/** Ids start over (with the memo, and a new generation) before they pass this: it bounds the arrays of `WordFacts`. */
const WORD_IDS = 1 << 17;

/**
 * The table of capitalisedWords' words in one call: at 2·slot a word's hash plus one (0: a free slot), at 2·slot + 1
 * its index. One buffer kept between calls; a call empties and uses only the slots its words need.
 */
let seenTable = new Int32Array(2 * 1024);
/** The number of slots (a power of two, at least twice `words`) for a call's words, emptied. */
function seenSlots(words: number): number {
  let slots = 64;
  while (slots < 2 * words) slots *= 2;
  if (seenTable.length < 2 * slots) seenTable = new Int32Array(2 * slots);
  else seenTable.fill(0, 0, 2 * slots);
  return slots;
}

/** Whether text[start, end) and text[otherStart, otherEnd) are the same code units. */
function sameCodeUnits(text: string, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = 0; i < end - start; i++) if (text.charCodeAt(start + i) !== text.charCodeAt(otherStart + i)) return false;
  return true;
}

/** The capitalised words of the text, found once per scan: what `(?<![\p{L}\d])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)*` finds. */
export function capitalisedWords(found: Scan): CapitalisedWords {
  const known = found.derived.capitalisedWords;
  if (known) return known;
  // Sized once by the capitals (every word starts at one): no array grown push by push.
  const most = found.capitals.length;
  const starts = new Int32Array(most);
  const ends = new Int32Array(most);
  const keys = new Int32Array(most);
  const lowers = new Array<string>(most);
  const ids = new Int32Array(most);
  if (nextWordId + most > WORD_IDS) {
    // Before the loop, so that the ids of one call are of one generation.
    lowerCopies.clear();
    nextWordId = 0;
    wordGeneration++;
  }
  const { text } = found;
  const mask = seenSlots(most) - 1;
  const seen = seenTable;
  let count = 0;
  let after = 0;
  for (let i = 0; i < most; i++) {
    const start = found.capitals[i]!;
    if (start < after) continue;
    const end = capitalisedWordEnd(text, start);
    if (end < 0) continue;
    starts[count] = start;
    ends[count] = end;
    after = end;
    // A word seen before in this text takes what its first occurrence has: a lookup in a small table that stays in
    // the cache, where the memo kept between calls (tens of thousands of pieces) missed it for every occurrence.
    const hash = hashOfCodeUnits(text, start, end);
    let slot = hash & mask;
    let first = -1;
    for (let tag = seen[2 * slot]!; tag !== 0; slot = (slot + 1) & mask, tag = seen[2 * slot]!) {
      if (tag !== hash + 1) continue;
      const c = seen[2 * slot + 1]!;
      if (sameCodeUnits(text, starts[c]!, ends[c]!, start, end)) {
        first = c;
        break;
      }
    }
    if (first >= 0) {
      lowers[count] = lowers[first]!;
      ids[count] = ids[first]!;
      keys[count] = keys[first]!;
    } else {
      seen[2 * slot] = hash + 1;
      seen[2 * slot + 1] = count;
      const copy = lowerCopies.hashedBetween(text, start, end, hash);
      lowers[count] = copy.lower;
      ids[count] = copy.id;
      keys[count] = shortKey(copy.lower);
    }
    count++;
  }
  lowers.length = count;
  const words = {
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    lowers,
    keys: keys.subarray(0, count),
    ids: ids.subarray(0, count),
    generation: wordGeneration,
  };
  found.derived.capitalisedWords = words;
  return words;
}

/** Where the run of letters that starts at `index` ends (`index` if there is none). */
export function lettersEnd(text: string, index: number): number {
  let at = index;
  for (let end = characterEnd(text, at, LETTER); end > 0; end = characterEnd(text, at, LETTER)) at = end;
  return at;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** Blocks of code points a copy of the patterns keeps: Latin-1, and the Latin Extended blocks with it. */
type Blocks = readonly (readonly [number, number])[];
const LATIN1: Blocks = [[0, 0xff]];
const LATIN_EXTENDED: Blocks = [
  [0, 0x2af],
  [0x1e00, 0x1eff],
];

/** The members of the property classes the patterns use within the blocks, as class ranges ("\\u0041-\\u005a…"), per blocks. */
const rangesByBlocks = new Map<Blocks, Map<string, string>>();
function rangesOf(property: string, blocks: Blocks): string | undefined {
  let byProperty = rangesByBlocks.get(blocks);
  if (!byProperty) rangesByBlocks.set(blocks, (byProperty = new Map()));
  let ranges = byProperty.get(property);
  if (ranges === undefined) {
    if (!/^(?:L|Lu|Ll|N)$/.test(property)) return undefined;
    const member = new RegExp(`^\\p{${property}}$`, 'u');
    const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
    ranges = '';
    for (const [first, last] of blocks) {
      for (let code = first, from = -1; code <= last + 1; code++) {
        const inside = code <= last && member.test(String.fromCharCode(code));
        if (inside && from < 0) from = code;
        else if (!inside && from >= 0) {
          ranges += from === code - 1 ? hex(from) : `${hex(from)}-${hex(code - 1)}`;
          from = -1;
        }
      }
    }
    byProperty.set(property, ranges);
  }
  return ranges;
}

const latin1Copies = new WeakMap<RegExp, RegExp>();
const latinExtendedCopies = new WeakMap<RegExp, RegExp>();

/**
 * The pattern with each \\p{L}, \\p{Lu}, \\p{Ll} and \\p{N} cut down to its Latin-1 members. On a
 * text whose letters and numbers are all Latin-1 it matches exactly
 * what the pattern matches: every character of the text is in the cut class if and only if it is
 * in the whole one, and those classes hold only letters and numbers. V8 tests a character against
 * a class of a few ranges some times faster than against the hundreds of ranges of a Unicode
 * property (measured: a title-and-name try about 130 ns against 400 ns). A case-insensitive
 * pattern (which matches case variants outside Latin-1) or one with \\P{…} stays as it is.
 */
export function latin1Copy(pattern: RegExp): RegExp {
  return blocksCopy(pattern, LATIN1, latin1Copies);
}

/**
 * The same for texts whose letters and numbers are all in Latin-1 and the Latin Extended blocks
 * (U+0100–U+024F, U+1E00–U+1EFF) and the IPA Extensions (U+0250–U+02AF, which Azerbaijani and Akan
 * names write with: Əliyev, Ɔwusu): names such as Şahin, Wiśniewski, Łódź, Nguyễn, common in the
 * notes, sent a text to the Unicode patterns before (one ə did so to two thirds of the new selections
 * of bench.ts). The classes are longer than Latin-1's (Extended-A alternates capitals and small
 * letters), and still far shorter than the whole ones.
 */
export function latinExtendedCopy(pattern: RegExp): RegExp {
  return blocksCopy(pattern, LATIN_EXTENDED, latinExtendedCopies);
}

function blocksCopy(pattern: RegExp, blocks: Blocks, copies: WeakMap<RegExp, RegExp>): RegExp {
  let copy = copies.get(pattern);
  if (copy) return copy;
  copy = pattern;
  const source = pattern.source;
  if (!pattern.flags.includes('i') && source.includes('\\p{')) {
    let out = '';
    let ok = true;
    for (let i = 0; i < source.length && ok; i++) {
      const c = source[i]!;
      if (c === '\\') {
        const property = propertyAt(source, i);
        if (!property) {
          out += source.slice(i, i + 2);
          i++;
          continue;
        }
        const cut = property.negated ? undefined : classOfBlocks(`\\p{${property.name}}`, blocks);
        if (cut === undefined) ok = false;
        else out += cut;
        i += property.length - 1;
        continue;
      }
      if (c === '[') {
        const end = classEnd(source, i);
        const cut = classOfBlocks(source.slice(i + 1, end), blocks);
        if (cut === undefined) ok = false;
        else out += cut;
        i = end;
        continue;
      }
      out += c;
    }
    if (ok) copy = new RegExp(out, pattern.flags);
  }
  copies.set(pattern, copy);
  return copy;
}

/** The property escape (\\p{Lu}, \\P{L}) at `i` of a pattern's source, if one starts there. */
function propertyAt(source: string, i: number): { name: string; negated: boolean; length: number } | undefined {
  const property = /^\\([pP])\{([A-Za-z_=]+)\}/.exec(source.slice(i, i + 40));
  return property ? { name: property[2]!, negated: property[1] === 'P', length: property[0].length } : undefined;
}

/** Where the character class that opens at `open` closes (the index of its "]"). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The blocks beyond Latin-1 of the Latin Extended copies: their classes' members there are a second class (see classOfBlocks). */
const BEYOND_LATIN1: Blocks = [
  [0x100, 0x2af],
  [0x1e00, 0x1eff],
];

/**
 * A class's members (`members`: what stands between its brackets, or one property escape) cut to the blocks, or
 * undefined where a property cannot be cut (\\P{…}, or one the copies do not know). Beyond Latin-1 the class is two,
 * "(?:[Latin-1 members]|[the rest])": one class with the hundreds of ranges of Latin Extended (where capitals and
 * small letters alternate) cost V8 about three times as much per character as the Latin-1 class, also on the
 * ASCII letters that make up most of a name; the Latin-1 class first gives them its speed back. Both forms match
 * the same single characters, so the pattern matches what it did. A negated class stays one class.
 */
function classOfBlocks(members: string, blocks: Blocks): string | undefined {
  const negated = members.startsWith('^');
  const split = !negated && blocks !== LATIN1;
  let first = '';
  let rest = '';
  for (let i = 0; i < members.length; i++) {
    if (members[i] !== '\\') {
      first += members[i];
      continue;
    }
    const property = propertyAt(members, i);
    if (!property) {
      first += members.slice(i, i + 2);
      i++;
      continue;
    }
    if (property.negated) return undefined;
    const ranges = rangesOf(property.name, split ? LATIN1 : blocks);
    if (ranges === undefined) return undefined;
    first += ranges;
    // Defined: rangesOf answers by the property's name alone (the same L, Lu, Ll, N test), and it answered for LATIN1 above.
    if (split) rest += rangesOf(property.name, BEYOND_LATIN1)!;
    i += property.length - 1;
  }
  return rest === '' ? `[${first}]` : `(?:[${first}]|[${rest}])`;
}

/** The pattern to run on the scanned text: its Latin-1 or Latin Extended copy where the text's letters allow it, else itself. */
export function patternFor(pattern: RegExp, text: string, found?: Scan): RegExp {
  if (found === undefined || found.text !== text) return pattern;
  if (found.latin1Letters) return latin1Copy(pattern);
  return found.latinExtendedLetters ? latinExtendedCopy(pattern) : pattern;
}

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) stickyCopies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  return sticky;
}

/** The match of a sticky pattern at `index`; with the scan of the text, its Latin-1 copy where the text allows it (see latin1Copy). */
export function matchAt(pattern: RegExp, text: string, index: number, found?: Scan): RegExpExecArray | null {
  const chosen = patternFor(pattern, text, found);
  chosen.lastIndex = index;
  return chosen.exec(text);
}

/**
 * The matches of a global pattern, tried only at the given positions (ascending), the same as
 * `text.matchAll(pattern)` gives when every match starts at one of them: each search goes on
 * after the end of the last match, as matchAll does. With the scan of the text, a text whose
 * letters are all Latin-1 is searched with the pattern's Latin-1 copy (the same matches, faster).
 */
export function matchesAt(pattern: RegExp, text: string, positions: ArrayLike<number>, found?: Scan): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const chosen = patternFor(pattern, text, found);
  const sticky = stickyOf(chosen);
  let after = 0;
  // By index: callers pass arrays and typed arrays, and for…of over both here left V8 an iterator object per position.
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    if (at < after) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    after = match[0].length > 0 ? match.index + match[0].length : at + 1;
    matches.push(match);
  }
  return matches;
}

/**
 * What matchesAt finds, as numbers instead of match arrays: each match's start and end, for rules
 * that read no group (a match array and its group strings were the largest allocation of a call).
 */
export function rangesAt(pattern: RegExp, text: string, positions: ArrayLike<number>, found?: Scan): number[] {
  return collectRanges(stickyOf(patternFor(pattern, text, found)), null, text, positions);
}

/** The loop of rangesAt and groupRangesAt: with a lead pattern (see leadOf), each match's first group's start between its start and end. */
function collectRanges(sticky: RegExp, lead: RegExp | null, text: string, positions: ArrayLike<number>): number[] {
  const unicode = sticky.unicode || sticky.flags.includes('v');
  const mark = numberStack.mark();
  let after = 0;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    if (at < after) continue;
    sticky.lastIndex = at;
    if (!sticky.test(text)) continue;
    const end = sticky.lastIndex;
    // As matchesAt: the next search starts after the match, or one further for an empty one.
    after = end > at ? end : at + 1;
    // A Unicode pattern tried inside a surrogate pair matches from the pair's start, as exec's index says.
    numberStack.push(unicode && at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)) ? at - 1 : at);
    if (lead !== null) {
      lead.lastIndex = at;
      lead.test(text);
      numberStack.push(lead.lastIndex);
    }
    numberStack.push(end);
  }
  return numberStack.takeFrom(mark);
}

export { classAt, LETTER, LOWER, UPPER };

/** Whether `source` is nothing but lookaround groups, one after the other ("(?!\\d)(?=,)"). */
function onlyLookarounds(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (depth === 0) return false;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      if (depth === 0) return false;
      inClass = true;
    } else if (c === '(') {
      if (depth === 0 && !/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return false;
      depth++;
    } else if (c === ')') depth--;
    else if (depth === 0) return false;
  }
  return depth === 0;
}

const leadCopies = new WeakMap<RegExp, RegExp | null>();

/**
 * The pattern "A(B)C", with C only lookarounds, as the sticky "A(?=(?:B)C)": it stops where the
 * first group starts. It takes the same A as the whole pattern does (the lookahead succeeds
 * exactly where B and C can match after that A), so it finds the group's start without a match
 * array. Null where the pattern has no such shape.
 */
function leadOf(pattern: RegExp): RegExp | null {
  let lead = leadCopies.get(pattern);
  if (lead !== undefined) return lead;
  lead = null;
  const source = pattern.source;
  let depth = 0;
  let inClass = false;
  let open = -1;
  let close = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (open === -1 && source[i + 1] !== '?') {
        if (depth !== 0) break; // the first group sits inside another: no such shape
        open = i;
      }
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && open !== -1 && close === -1) close = i;
    }
  }
  const after = close === -1 ? '' : source.slice(close + 1);
  // A named group before the first numbered one would be the group this finds: no such shape.
  if (!/\(\?<[A-Za-z]/.test(source) && open !== -1 && close !== -1 && onlyLookarounds(after))
    lead = new RegExp(`${source.slice(0, open)}(?=(?:${source.slice(open + 1, close)})${after})`, pattern.flags.replace('g', '') + 'y');
  leadCopies.set(pattern, lead);
  return lead;
}

/**
 * What matchesAt finds, for a pattern "A(B)" or "A(B)C" with C only lookarounds, as numbers
 * instead of match arrays (the largest allocation of a call): for each match its start, its
 * first group's start and the match's end (where the group ends too).
 */
export function groupRangesAt(pattern: RegExp, text: string, positions: ArrayLike<number>, found?: Scan): number[] {
  const chosen = patternFor(pattern, text, found);
  const lead = leadOf(chosen);
  if (lead === null) throw new Error(`groupRangesAt: /${pattern.source}/ is not "A(B)" with only lookarounds after the group`);
  return collectRanges(stickyOf(chosen), lead, text, positions);
}
