// The statistical layer: a token classifier (an averaged perceptron over hashed features, trained
// by scripts/train-token-classifier.ts on synthetic notes only) that looks at the capitalised words
// no rule covered and marks those it judges a person, an organisation or a place. The rules stay
// in charge of everything they find and of every structured identifier; the classifier only adds.
import type { Span } from '../labels.js';
import { capitalisedWords, codeAt, isSpaceAt, type Scan } from '../scan.js';
import { numberStack } from '../number-stack.js';
import { WordFacts } from '../word-facts.js';
import { CAR_MAKES, COUNTRIES, GENERIC_SERVICES } from '../lexicon.js';
import { isSentenceStart } from '../detectors/name-patterns.js';
import {
  contextFeatures,
  decodeBase64,
  isCapitalAt,
  COMMON,
  FIRST,
  INSTITUTION,
  listFlags,
  NAME_WORD,
  NEVER,
  NOT_NAME,
  PLACE,
  PLACE_WORD,
  SURNAME,
  ownLists,
  wordFeatures,
  type FeatureSink,
  type TokenClass,
} from './token-features.js';
import { TOKEN_MODEL } from './token-model.js';
import { reextended } from '../span-copies.js';

/**
 * How far a class's score must be above "no personal data" (in the units of the unquantised
 * weights) before the classifier adds a span. Chosen on the studied sets (dev, held-out, unseen,
 * unseen2, unseen3's study half; scripts/classifier-effect.ts): 5 is the lowest that adds no false
 * alarm to their items without personal data; 6 leaves a step to spare.
 */
export const MARGIN = 6;

let weights: Int8Array | undefined;
/** The quantised weights, decoded from the generated module on first use. */
function modelWeights(): Int8Array {
  if (!weights) {
    const bytes = decodeBase64(TOKEN_MODEL.weights);
    weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  return weights;
}

/** Two-word names the guidelines leave out (Zilveren Kruis, Veilig Thuis, Land Rover): their second word is no candidate. */
let neverPhrases: Set<string> | undefined;
function isNeverPhrase(phrase: string): boolean {
  neverPhrases ??= new Set([...GENERIC_SERVICES, ...COUNTRIES, ...CAR_MAKES].filter((entry) => entry.includes(' ')));
  return neverPhrases.has(phrase);
}

/** The names of several words the guidelines leave out, by their first word: "Jeugdfonds Sport & Cultuur" starts no organisation at "Jeugdfonds". */
let neverByFirst: Map<string, string[]> | undefined;
function startsNeverPhrase(text: string, start: number, word: string): boolean {
  if (!neverByFirst) {
    neverByFirst = new Map();
    for (const entry of [...GENERIC_SERVICES, ...COUNTRIES, ...CAR_MAKES]) {
      const space = entry.indexOf(' ');
      if (space < 0) continue;
      const first = entry.slice(0, space);
      neverByFirst.set(first, [...(neverByFirst.get(first) ?? []), entry]);
    }
  }
  const entries = neverByFirst.get(word);
  return entries !== undefined && entries.some((entry) => text.slice(start, start + entry.length).toLowerCase() === entry);
}

/** Lists that make a capitalised word a possible name, place or organisation. */
const NAME_OR_PLACE = FIRST | SURNAME | NAME_WORD | PLACE | PLACE_WORD | INSTITUTION;
const ARTICLES = new Set([
  'de',
  'het',
  'een',
  'ons',
  'onze',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'dit',
  'dat',
  'deze',
  'die',
  'wij',
  'we',
  'zij',
  'ze',
  'hij',
  'ik',
]);
/** Where the run of letters (and hyphens) that starts at `index` ends. */
function lettersAfter(text: string, index: number): number {
  let end = index;
  for (let code = codeAt(text, end); isLower(code) || isCapital(code) || code === 45; code = codeAt(text, end)) end++;
  return end;
}
const isLower = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
const isCapital = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** `listFlags` of each capitalised word, kept by its id between calls (numbers, no words): it ran for every capitalised word. */
const LISTS_BY_WORD = new WordFacts(listFlags);

/** A capitalised word that no rule covered and the guidelines do not leave out: [start, end, lower case]. */
export type Candidate = [number, number, string];

/** The capitalised words of the text that no span covers (spans sorted and non-overlapping). */
export function candidates(found: Scan, spans: readonly Span[]): Candidate[] {
  const { ranges, words } = candidateRanges(found, spans, listFlags);
  const out = new Array<Candidate>(words.length);
  for (let k = 0; k < words.length; k++) out[k] = [ranges[2 * k]!, ranges[2 * k + 1]!, words[k]!];
  return out;
}

/**
 * What `candidates` gives, as each candidate's start and end in one list of numbers and its word in another: no tuple per candidate.
 * `flagsOf` gives the lists' flags of the word after an article, which is no capitalised word of the scan (those are in `LISTS_BY_WORD`).
 */
function candidateRanges(found: Scan, spans: readonly Span[], flagsOf: (word: string) => number): { ranges: number[]; words: string[] } {
  const words = capitalisedWords(found);
  const mark = numberStack.mark();
  const chosen: string[] = [];
  let s = 0;
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    while (s < spans.length && spans[s]!.end <= start) s++;
    if (s < spans.length && spans[s]!.start < end) continue;
    const word = words.lowers[c]!;
    if (word.length < 2) continue;
    const flags = LISTS_BY_WORD.of(words, c);
    // Words the guidelines leave out, and words that are never names (titles, kinship, greetings: Mw, Moeder, Beste; articles have their own rule below).
    if ((flags & NEVER) !== 0 || ((flags & NOT_NAME) !== 0 && !ARTICLES.has(word))) continue;
    // A camel-case brand (PostNL, DeepL), a word glued to a number, an abbreviation ("Geb.:", "Geb.datum").
    const after = codeAt(found.text, end);
    if ((after >= 65 && after <= 90) || (after >= 48 && after <= 57)) continue;
    if (after === 46 && end + 1 < found.text.length && !isSpaceAt(found.text, end + 1)) continue;
    // The first half of a compound cut short ("Zorg- en Adviesteam"): the rules judge the whole.
    if (after === 45 && isSpaceAt(found.text, end + 1)) continue;
    // An article or pronoun starts a name only before a capitalised word (De Springplank, not "Het gezin" or "Ons IBAN").
    if (ARTICLES.has(word) && !(after === 32 && isCapital(codeAt(found.text, end + 1)) && isLower(codeAt(found.text, end + 2)))) continue;
    if (ARTICLES.has(word)) {
      // "Het Ziekenhuis", "De Gemeente": a generic kind after the article names no one; "Het Zorg- en …" is a compound the rules judge.
      const nextEnd = lettersAfter(found.text, end + 1);
      if (codeAt(found.text, nextEnd - 1) === 45 || (flagsOf(found.text.slice(end + 1, nextEnd).toLowerCase()) & (NEVER | NOT_NAME)) !== 0)
        continue;
    }
    // Words in another script (a message in Ukrainian, Arabic): the features know Latin names only.
    if (codeAt(found.text, start) >= 0x250) continue;
    // A common word that no list holds as a name, place or organisation, at the start of a sentence: the word (Contact, Vandaag).
    if ((flags & COMMON) !== 0 && (flags & NAME_OR_PLACE) === 0 && isSentenceStart(found.text, start)) continue;
    // A name that is also a word (Kok, Visser) at the start of a sentence is the word, as the rules decide, unless it heads a chat line ("Ria:").
    if ((flags & NAME_WORD) !== 0 && after !== 58 && isSentenceStart(found.text, start)) continue;
    // The model after a car make (Opel Astra), the second word of an agency's name (Zilveren Kruis).
    if (c > 0 && words.ends[c - 1] === start - 1) {
      const previous = words.lowers[c - 1]!;
      if (CAR_MAKES.has(previous) || isNeverPhrase(`${previous} ${word}`)) continue;
    }
    if (startsNeverPhrase(found.text, start, word)) continue;
    numberStack.push(start);
    numberStack.push(end);
    chosen.push(word);
  }
  return { ranges: numberStack.takeFrom(mark), words: chosen };
}

/** The scores of each class for a list of features, in the quantised units. */
export function scores(features: readonly number[]): number[] {
  const scorer = new Scorer();
  for (const f of features) scorer.add(f);
  return [scorer.other, scorer.person, scorer.institution, scorer.city];
}

/** Adds each feature's weights to the four classes' scores: no list of features per word. */
class Scorer implements FeatureSink {
  other = 0;
  person = 0;
  institution = 0;
  city = 0;
  private readonly weights = modelWeights();
  private readonly buckets = TOKEN_MODEL.buckets;
  add(bucket: number): void {
    const w = this.weights;
    this.other += w[bucket]!;
    this.person += w[this.buckets + bucket]!;
    this.institution += w[2 * this.buckets + bucket]!;
    this.city += w[3 * this.buckets + bucket]!;
  }
  set(other: number, person: number, institution: number, city: number): void {
    this.other = other;
    this.person = person;
    this.institution = institution;
    this.city = city;
  }
  /** The class with the highest score, OTHER unless it is `margin` above OTHER. */
  best(margin: number): TokenClass {
    let best: TokenClass = 'OTHER';
    let score = this.other;
    if (this.person > score) [best, score] = ['PERSON', this.person];
    if (this.institution > score) [best, score] = ['INSTITUTION', this.institution];
    if (this.city > score) [best, score] = ['CITY', this.city];
    return best !== 'OTHER' && score - this.other > margin * TOKEN_MODEL.scale ? best : 'OTHER';
  }
}

/** The class the classifier gives a word from its list of features, OTHER unless one is `margin` above it. */
export function classify(features: readonly number[], margin = MARGIN): TokenClass {
  const scorer = new Scorer();
  for (const f of features) scorer.add(f);
  return scorer.best(margin);
}

/**
 * What one call keeps of the words it has seen, and forgets with it (no word outlives a call): the
 * lists that hold each word, the scores of its form and lists, and the lists of capitalised
 * neighbours by their hash.
 */
class CallMemory {
  private readonly flags = new Map<string, number>();
  private readonly wordScores = new Map<string, Int32Array>();
  private readonly neighbours = new Map<number, number>();
  readonly flagsOf = (word: string): number => {
    let flags = this.flags.get(word);
    if (flags === undefined) this.flags.set(word, (flags = listFlags(word)));
    return flags;
  };
  readonly neighbourFlags = (text: string, from: number, to: number, hash: number): number => {
    if (!isCapitalAt(text, from)) return 0;
    let flags = this.neighbours.get(hash);
    if (flags === undefined) this.neighbours.set(hash, (flags = 2048 | this.flagsOf(text.slice(from, to).toLowerCase())));
    return flags;
  };
  /** Sets the scorer to the scores of the word's own features. */
  startWith(scorer: Scorer, word: string, lists: number): void {
    let own = this.wordScores.get(word);
    if (!own) {
      scorer.set(0, 0, 0, 0);
      wordFeatures(word, lists, scorer);
      this.wordScores.set(word, (own = Int32Array.of(scorer.other, scorer.person, scorer.institution, scorer.city)));
    }
    scorer.set(own[0]!, own[1]!, own[2]!, own[3]!);
  }
}

/**
 * The detections with the words the classifier marks: a word beside a detection of its class,
 * a space or hyphen apart, extends it ("Woningcorporatie" before a known corporation); other
 * neighbours of one class are one span. Returns the spans sorted, or `spans` itself if none was added.
 */
export function withClassifierSpans(found: Scan, spans: readonly Span[], margin = MARGIN): Span[] {
  const { text } = found;
  const added: Span[] = [];
  const extended = new Map<number, Span>();
  const joins = (from: number, to: number) => to - from === 1 && (text[from] === ' ' || text[from] === '-');
  const memory = new CallMemory();
  const scorer = new Scorer();
  let s = 0;
  const { ranges, words } = candidateRanges(found, spans, memory.flagsOf);
  // By index: for…of and array destructuring left an iterator per candidate.
  for (let k = 0; k < words.length; k++) {
    const start = ranges[2 * k]!;
    const word = words[k]!;
    let end = ranges[2 * k + 1]!;
    // The word after an article the classifier marked is in that span already.
    if (added.length > 0 && start < added[added.length - 1]!.end) continue;
    const lists = ownLists(memory.flagsOf(word), false);
    memory.startWith(scorer, word, lists);
    contextFeatures(text, start, end, lists, spans, added[added.length - 1], scorer, memory.neighbourFlags);
    const label = scorer.best(margin);
    if (label === 'OTHER') continue;
    while (s < spans.length && spans[s]!.end <= start) s++;
    // An article the classifier marks starts the name of what follows it ("op De Kletskop"): the next
    // word is in the span, unless a rule found that word (then the article joins the rule's span below).
    if (ARTICLES.has(word)) {
      const nameEnd = lettersAfter(text, end + 1);
      if (s >= spans.length || spans[s]!.start >= nameEnd) end = nameEnd;
    }
    const before = s > 0 ? s - 1 : -1;
    const last = added[added.length - 1];
    if (last && last.label === label && joins(last.end, start)) added[added.length - 1] = reextended(last, last.start, end);
    else if (before >= 0 && spans[before]!.label === label && joins((extended.get(before) ?? spans[before]!).end, start)) {
      const joined = extended.get(before) ?? spans[before]!;
      extended.set(before, reextended(joined, joined.start, end));
    } else if (s < spans.length && spans[s]!.label === label && joins(end, spans[s]!.start)) {
      const joined = extended.get(s) ?? spans[s]!;
      extended.set(s, reextended(joined, start, joined.end));
    } else added.push({ start, end, label, source: 'token-classifier' });
  }
  if (added.length === 0 && extended.size === 0) return spans as Span[];
  return mergedByStart(spans, extended, added);
}

const isSortedByStart = (list: readonly Span[]) => {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return false;
  return true;
};

/**
 * The spans (each replaced by its extension where it has one) and the added ones, by start, the
 * spans first where two start alike: what map, concat and a stable sort give, in one list sized
 * once where both lists come sorted (they do: the classifier adds in text order, and an extension
 * to the left ends where the span it extends started).
 */
function mergedByStart(spans: readonly Span[], extended: ReadonlyMap<number, Span>, added: readonly Span[]): Span[] {
  const at = (i: number) => extended.get(i) ?? spans[i]!;
  let sorted = isSortedByStart(added);
  for (let i = 1; i < spans.length && sorted; i++) sorted = at(i - 1).start <= at(i).start;
  if (!sorted)
    return spans
      .map((span, i) => extended.get(i) ?? span)
      .concat(added)
      .sort((a, b) => a.start - b.start);
  const out = new Array<Span>(spans.length + added.length);
  let i = 0;
  let a = 0;
  for (let o = 0; o < out.length; o++)
    out[o] = a >= added.length || (i < spans.length && at(i).start <= added[a]!.start) ? at(i++) : added[a++]!;
  return out;
}
