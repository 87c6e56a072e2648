// The features of the statistical layer's token classifier: for a capitalised word that no rule
// covered, hashed indexes of what is known about it (its shape and affixes, the word lists that
// hold it, the words and punctuation around it, the detections beside it). Shared by the
// classifier in the browser and by scripts/train-token-classifier.ts, so both see the same features.
import type { Label, Span } from '../labels.js';
import {
  CAR_MAKES,
  COUNTRIES,
  FIRST_NAMES,
  GENERIC_SERVICES,
  KNOWN_INSTITUTIONS,
  NAMES_THAT_ARE_WORDS,
  NOT_NAMES,
  PLACES,
  PLACES_ABROAD,
  PLACES_THAT_ARE_WORDS,
  SURNAMES,
} from '../lexicon.js';
import { isSentenceStart } from '../detectors/name-patterns.js';
import { firstEndingAfter } from '../span-list.js';
import { TOKEN_MODEL } from './token-model.js';
import { codeAt } from '../scan.js';

/** The classes the classifier tells apart; OTHER is "no personal data". */
export const CLASSES = ['OTHER', 'PERSON', 'INSTITUTION', 'CITY'] as const satisfies readonly (Label | 'OTHER')[];
export type TokenClass = (typeof CLASSES)[number];

/** Features are hashed into this many buckets per class (a power of two): the weights stay small. */
export const BUCKETS = 1 << 13;
const MASK = BUCKETS - 1;

export const FIRST = 1;
export const SURNAME = 2;
/** A name that is also an ordinary Dutch word (bakker, roos). */
export const NAME_WORD = 4;
export const PLACE = 8;
export const PLACE_WORD = 16;
const ABROAD = 32;
/** Words that start sentences or name things but are no names (lexicon NOT_NAMES). */
export const NOT_NAME = 64;
export const INSTITUTION = 128;
/** Never personal data by the guidelines (countries, agencies, car makes): not even a candidate. */
export const NEVER = 256;
/** One of the common Dutch words (a bit set built from @zxcvbn-ts/language-nl-be's list by the training script). */
export const COMMON = 512;

/** The bit set of common words: 2^17 bits, three per word. */
export const COMMON_BITS = 1 << 17;
let commonWords: Uint8Array | undefined;
/** Sets the bit set of common words (the training script does, before the module that holds it exists). */
export function useCommonWords(bits: Uint8Array): void {
  commonWords = bits;
}
/** The three bits of a word in the set of common words. */
export function commonBitsOf(word: string): [number, number, number] {
  const h1 = hashString(word) >>> 0;
  const h2 = (Math.imul(h1 ^ (h1 >>> 16), 0x45d9f3b) | 1) >>> 0;
  return [h1 % COMMON_BITS, (h1 + h2) % COMMON_BITS, (h1 + 2 * h2) % COMMON_BITS];
}
/** Whether a lower-case word is one of the common Dutch words (a bit set: a rare word may pass for one, ~3 %). */
export function isCommon(word: string): boolean {
  commonWords ??= decodeBase64(TOKEN_MODEL.common);
  for (const bit of commonBitsOf(word)) if ((commonWords[bit >> 3]! & (1 << (bit & 7))) === 0) return false;
  return true;
}
/** Bytes from base64, with `atob` (in browsers and in Node since 16). */
export function decodeBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = codeAt(binary, i);
  return bytes;
}

/** Which lists hold a lower-case word, as bits (entries of several words mark their first word only, as a hint). */
export function listFlags(word: string): number {
  firstWordsOfEntries ??= firstWordsOf();
  return (
    (FIRST_NAMES.has(word) ? FIRST : 0) |
    (SURNAMES.has(word) ? SURNAME : 0) |
    (NAMES_THAT_ARE_WORDS.has(word) ? NAME_WORD : 0) |
    (PLACES.has(word) || firstWordsOfEntries.places.has(word) ? PLACE : 0) |
    (PLACES_THAT_ARE_WORDS.has(word) ? PLACE_WORD : 0) |
    (PLACES_ABROAD.has(word) ? ABROAD : 0) |
    (NOT_NAMES.has(word) ? NOT_NAME : 0) |
    (KNOWN_INSTITUTIONS.has(word) || firstWordsOfEntries.institutions.has(word) ? INSTITUTION : 0) |
    (COUNTRIES.has(word) || GENERIC_SERVICES.has(word) || CAR_MAKES.has(word) ? NEVER : 0) |
    (isCommon(word) ? COMMON : 0)
  );
}

/** The first words of the places and organisations of several words (Den Helder, Eigen Haard): a hint that a name of theirs starts. */
let firstWordsOfEntries: { places: Set<string>; institutions: Set<string> } | undefined;
function firstWordsOf() {
  const firsts = (list: ReadonlySet<string>) =>
    new Set([...list].filter((entry) => entry.includes(' ')).map((entry) => entry.split(' ')[0]!));
  return { places: firsts(PLACES), institutions: firsts(KNOWN_INSTITUTIONS) };
}

/** Kinds of feature, each a seed for the hash so that equal values of different kinds differ. */
const enum Kind {
  Bias = 1,
  Word,
  Suffix2,
  Suffix3,
  Suffix4,
  Prefix3,
  Length,
  Shape,
  Lists,
  Position,
  Previous,
  PreviousTwo,
  Next,
  NextTwo,
  Before,
  After,
  SpanBefore,
  SpanAfter,
  PositionLists,
  PreviousLists,
  NextLists,
  PreviousWithLists,
}

/** A 32-bit mix of a feature kind and value (murmur3's finaliser), cut to a bucket. */
function bucket(kind: number, value: number): number {
  let h = Math.imul(value ^ Math.imul(kind, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

/** FNV-1a of a string's code units. */
function hashString(value: string, from = 0, to = value.length): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ codeAt(value, i), 16777619);
  return hash;
}

/** Letters and digits as the neighbours' words need them: ASCII, and the letters of Latin, Greek, Cyrillic, Arabic … below the punctuation block. */
const isLetterOrDigit = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7);
const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/**
 * Where the word found by `wordBefore` or `wordAfter` ends: they return its start (or -1) and
 * leave its end here, instead of a [start, end] pair per call (several per capitalised word).
 */
let foundEnd = 0;

/** The start of the word that ends before `index` on the same line (its end in `foundEnd`), or -1. */
function wordBefore(text: string, index: number): number {
  let end = index;
  while (end > 0 && end > index - 8 && !isLetterOrDigit(codeAt(text, end - 1))) {
    if (codeAt(text, end - 1) === 10) return -1;
    end--;
  }
  if (end === 0 || !isLetterOrDigit(codeAt(text, end - 1))) return -1;
  let start = end;
  while (start > 0 && isLetterOrDigit(codeAt(text, start - 1))) start--;
  foundEnd = end;
  return start;
}

/** The start of the word that starts after `index` on the same line (its end in `foundEnd`), or -1. */
function wordAfter(text: string, index: number): number {
  let start = index;
  while (start < text.length && start < index + 8 && !isLetterOrDigit(codeAt(text, start))) {
    if (codeAt(text, start) === 10) return -1;
    start++;
  }
  if (start >= text.length || !isLetterOrDigit(codeAt(text, start))) return -1;
  let end = start;
  while (end < text.length && isLetterOrDigit(codeAt(text, end))) end++;
  foundEnd = end;
  return start;
}

/** The punctuation between two places, reduced to a short key: "," "(" ":" "." "-" a digit, a line end, or a space. */
function separatorKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const code = codeAt(text, i);
    if (code === 32 || code === 9) continue;
    key = key * 31 + (code >= 48 && code <= 57 ? 48 : code);
  }
  return key;
}

/** What the separator after a word is: the first characters that follow, digits as one class. */
function afterKey(text: string, end: number): number {
  let key = 0;
  for (let i = end; i < end + 4 && i < text.length; i++) {
    const code = codeAt(text, i);
    if (isLetterOrDigit(code) && !(code >= 48 && code <= 57)) {
      key = key * 31 + (isUpper(code) ? 65 : 97);
      break;
    }
    key = key * 31 + (code >= 48 && code <= 57 ? 48 : code === 9 ? 32 : code);
  }
  return key;
}

/** The label of a detection that ends within two characters before a word (and in `spanAfterCode` one that starts within two after it), by a binary search of the sorted spans. */
let spanAfterCode = 0;
function spanNear(spans: readonly Span[], start: number, end: number): number {
  const low = firstEndingAfter(spans, start);
  const before = spans[low - 1];
  const after = spans[low];
  // The code of the span after in `spanAfterCode`: no pair per word.
  spanAfterCode = after && after.start >= end && after.start - end <= 2 ? labelCode(after.label) : 0;
  return before && start - before.end <= 2 ? labelCode(before.label) : 0;
}
const labelCode = (label: Label) => hashString(label);

/** Where features go: an array in training, the classes' scores in the browser (no array per word there). */
export interface FeatureSink {
  add(bucket: number): void;
}

/** The features of a word that do not depend on where it stands: its form and the lists that hold it. */
export function wordFeatures(word: string, lists: number, sink: FeatureSink): void {
  const length = word.length;
  sink.add(bucket(Kind.Bias, 1));
  sink.add(bucket(Kind.Word, hashString(word)));
  sink.add(bucket(Kind.Suffix2, hashString(word, Math.max(0, length - 2))));
  sink.add(bucket(Kind.Suffix3, hashString(word, Math.max(0, length - 3))));
  sink.add(bucket(Kind.Prefix3, hashString(word, 0, Math.min(3, length))));
  sink.add(bucket(Kind.Length, Math.min(length, 12)));
  if (length > 4) sink.add(bucket(Kind.Suffix4, hashString(word, length - 4)));
  // Hyphen, apostrophe, a letter beyond ASCII, and no vowel (abbreviations: Wvggz).
  let shape = 8;
  for (let i = 0; i < length; i++) {
    const code = codeAt(word, i);
    if (code === 45) shape |= 1;
    else if (code === 39 || code === 0x2019) shape |= 2;
    else if (code >= 128) shape |= 4;
    if (code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121 || code >= 128) shape &= ~8;
  }
  sink.add(bucket(Kind.Shape, shape));
  sink.add(bucket(Kind.Lists, lists));
}

/** Each UTF-16 code unit in lower case, filled on first sight. */
const lowered = new Uint16Array(65536);
/** FNV-1a of text[from, to) in lower case, without slicing: the same as hashString(text.slice(from, to).toLowerCase()) for letters that keep their length. */
function hashLower(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    const code = codeAt(text, i);
    let lower: number;
    if (code < 128) lower = code >= 65 && code <= 90 ? code + 32 : code;
    else {
      lower = lowered[code]!;
      if (lower === 0) {
        const character = String.fromCharCode(code).toLowerCase();
        lowered[code] = lower = character.length === 1 ? codeAt(character, 0) : code;
      }
    }
    hash = Math.imul(hash ^ lower, 16777619);
  }
  return hash;
}

/**
 * The lists that hold a capitalised neighbour at [from, to) (whose lower case hashes to `hash`), 0
 * for a word in lower case (a function word, mostly). The classifier keeps them per call by hash.
 */
export type NeighbourFlags = (text: string, from: number, to: number, hash: number) => number;
const neighbourLists: NeighbourFlags = (text, from, to) =>
  isUpper(codeAt(text, from)) ? 2048 | listFlags(text.slice(from, to).toLowerCase()) : 0;
/** Whether the character at `at` is a capital (the test `neighbourLists` makes first). */
export const isCapitalAt = (text: string, at: number) => isUpper(codeAt(text, at));

/** The lists of the word itself as its features see them: what the lists say, less what makes it no candidate. */
export const ownLists = (flags: number, hideLists: boolean) => (hideLists ? flags & COMMON : flags & ~NEVER);

/**
 * The features of where the capitalised word at [start, end) stands (`lists`: `ownLists` of it):
 * sentence and line start, the words before and after it and the punctuation between, the lists of
 * capitalised neighbours, the detections beside it. `marked`: the last word the classifier marked
 * before this one (in training: the last one the synthetic note's own labels mark).
 */
export function contextFeatures(
  text: string,
  start: number,
  end: number,
  lists: number,
  spans: readonly Span[],
  marked: Span | undefined,
  sink: FeatureSink,
  neighbourFlags: NeighbourFlags = neighbourLists,
): void {
  const position = (isSentenceStart(text, start) ? 1 : 0) | (start === 0 || codeAt(text, start - 1) === 10 ? 2 : 0);
  sink.add(bucket(Kind.Position, position));
  sink.add(bucket(Kind.PositionLists, position * 4096 + lists));
  const from = wordBefore(text, start);
  if (from >= 0) {
    const to = foundEnd;
    const previousHash = hashLower(text, from, to);
    sink.add(bucket(Kind.Previous, previousHash));
    sink.add(bucket(Kind.Before, separatorKey(text, to, start)));
    sink.add(bucket(Kind.PreviousLists, neighbourFlags(text, from, to, previousHash)));
    sink.add(bucket(Kind.PreviousWithLists, previousHash ^ Math.imul(lists, 7919)));
    const second = wordBefore(text, from);
    if (second >= 0) sink.add(bucket(Kind.PreviousTwo, hashLower(text, second, foundEnd)));
  } else sink.add(bucket(Kind.Before, separatorKey(text, Math.max(0, start - 3), start) + 1));
  sink.add(bucket(Kind.After, afterKey(text, end)));
  const nextFrom = wordAfter(text, end);
  if (nextFrom >= 0) {
    const nextTo = foundEnd;
    const nextHash = hashLower(text, nextFrom, nextTo);
    sink.add(bucket(Kind.Next, nextHash));
    sink.add(bucket(Kind.NextLists, neighbourFlags(text, nextFrom, nextTo, nextHash)));
    const second = wordAfter(text, nextTo);
    if (second >= 0) sink.add(bucket(Kind.NextTwo, hashLower(text, second, foundEnd)));
  }
  const rulesBefore = spanNear(spans, start, end);
  const spanAfter = spanAfterCode;
  // The word before, marked by the classifier itself ("Kind 3: Tsegai Woldemariam"): a detection like the rules' ones.
  const spanBefore = marked && marked.end <= start && start - marked.end <= 2 ? labelCode(marked.label) : rulesBefore;
  sink.add(bucket(Kind.SpanBefore, spanBefore));
  sink.add(bucket(Kind.SpanAfter, spanAfter));
}

/**
 * The hashed features of the capitalised word at [start, end) (`word` in lower case), as a list
 * (training; the classifier in `find-by-classifier.ts` adds the same features to its scores
 * directly). `spans`: the rules' detections, sorted. `hideLists`: leave out what the word lists say
 * of the word itself (training does so at random, so that the context counts for names no list
 * holds). `marked`: see `contextFeatures`.
 */
export function tokenFeatures(
  text: string,
  start: number,
  end: number,
  word: string,
  spans: readonly Span[],
  hideLists = false,
  marked?: Span,
): number[] {
  const features: number[] = [];
  const sink: FeatureSink = { add: (b) => features.push(b) };
  const lists = ownLists(listFlags(word), hideLists);
  wordFeatures(word, lists, sink);
  contextFeatures(text, start, end, lists, spans, marked, sink);
  return features;
}
