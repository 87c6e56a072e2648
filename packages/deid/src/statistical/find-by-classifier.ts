// The statistical layer: a token classifier (an averaged perceptron over hashed features, trained
// by scripts/train-token-classifier.ts on synthetic notes only) that looks at the capitalised words
// no rule covered and marks those it judges a person, an organisation or a place. The rules stay
// in charge of everything they find and of every structured identifier; the classifier only adds.
import type { Span } from '../labels.js';
import { capitalisedWords, isSpaceAt, type Scan } from '../scan.js';
import { CAR_MAKES, COUNTRIES, GENERIC_SERVICES } from '../lexicon.js';
import { isSentenceStart } from '../detectors/name-patterns.js';
import { CLASSES, decodeBase64, listFlags, NAME_WORD, NEVER, tokenFeatures, type TokenClass, type WordCache } from './token-features.js';
import { TOKEN_MODEL } from './token-model.js';

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

const ARTICLES = new Set(['de', 'het', 'een', 'ons', 'onze', 'mijn', 'zijn', 'haar', 'hun', 'dit', 'dat', 'deze', 'die', 'wij', 'we', 'zij', 'ze', 'hij', 'ik']);
/** Where the run of letters (and hyphens) that starts at `index` ends. */
function lettersAfter(text: string, index: number): number {
  let end = index;
  for (let code = text.charCodeAt(end); isLower(code) || isCapital(code) || code === 45; code = text.charCodeAt(end)) end++;
  return end;
}
const isLower = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
const isCapital = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** A capitalised word that no rule covered and the guidelines do not leave out: [start, end, lower case]. */
export type Candidate = [number, number, string];

/** The capitalised words of the text that no span covers (spans sorted and non-overlapping). */
export function candidates(found: Scan, spans: readonly Span[]): Candidate[] {
  const words = capitalisedWords(found);
  const out: Candidate[] = [];
  let s = 0;
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    while (s < spans.length && spans[s]!.end <= start) s++;
    if (s < spans.length && spans[s]!.start < end) continue;
    const word = words.lowers[c]!;
    if (word.length < 2 || (listFlags(word) & NEVER) !== 0) continue;
    // A camel-case brand (PostNL, DeepL), a word glued to a number, an abbreviation ("Geb.:", "Geb.datum").
    const after = found.text.charCodeAt(end);
    if ((after >= 65 && after <= 90) || (after >= 48 && after <= 57)) continue;
    if (after === 46 && end + 1 < found.text.length && !isSpaceAt(found.text, end + 1)) continue;
    // An article or pronoun starts a name only before a capitalised word (De Springplank, not "Het gezin" or "Ons IBAN").
    if (ARTICLES.has(word) && !(after === 32 && isCapital(found.text.charCodeAt(end + 1)) && isLower(found.text.charCodeAt(end + 2)))) continue;
    // Words in another script (a message in Ukrainian, Arabic): the features know Latin names only.
    if (found.text.charCodeAt(start) >= 0x250) continue;
    // A name that is also a word (Kok, Visser) at the start of a sentence is the word, as the rules decide, unless it heads a chat line ("Ria:").
    if ((listFlags(word) & NAME_WORD) !== 0 && after !== 58 && isSentenceStart(found.text, start)) continue;
    // The model after a car make (Opel Astra), the second word of an agency's name (Zilveren Kruis).
    if (c > 0 && words.ends[c - 1] === start - 1) {
      const previous = words.lowers[c - 1]!;
      if (CAR_MAKES.has(previous) || isNeverPhrase(`${previous} ${word}`)) continue;
    }
    out.push([start, end, word]);
  }
  return out;
}

/** The scores of each class for a word's features, in the quantised units. */
export function scores(features: readonly number[]): number[] {
  const w = modelWeights();
  const { buckets } = TOKEN_MODEL;
  const out = CLASSES.map(() => 0);
  for (let c = 0; c < CLASSES.length; c++) {
    let sum = 0;
    const base = c * buckets;
    for (const f of features) sum += w[base + f]!;
    out[c] = sum;
  }
  return out;
}

/** The class the classifier gives a word, OTHER unless one is MARGIN above it. */
export function classify(features: readonly number[], margin = MARGIN): TokenClass {
  const score = scores(features);
  let best = 0;
  for (let c = 1; c < CLASSES.length; c++) if (score[c]! > score[best]!) best = c;
  return best > 0 && score[best]! - score[0]! > margin * TOKEN_MODEL.scale ? CLASSES[best]! : 'OTHER';
}

/** Spans for the words the rules left that the classifier marks; neighbours of one class, a space or hyphen apart, are one span. */
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
  const cache: WordCache = new Map();
  let s = 0;
  for (const candidate of candidates(found, spans)) {
    const [start, , word] = candidate;
    let end = candidate[1];
    // The word after an article the classifier marked is in that span already.
    if (added.length > 0 && start < added[added.length - 1]!.end) continue;
    const label = classify(tokenFeatures(text, start, end, word, spans, false, cache, added[added.length - 1]), margin);
    if (label === 'OTHER') continue;
    // An article the classifier marks starts the name of what follows it ("op De Kletskop"): the next word is in the span.
    if (ARTICLES.has(word)) end = lettersAfter(text, end + 1);
    while (s < spans.length && spans[s]!.end <= start) s++;
    const before = s > 0 ? s - 1 : -1;
    const last = added[added.length - 1];
    if (last && last.label === label && joins(last.end, start)) last.end = end;
    else if (before >= 0 && spans[before]!.label === label && joins((extended.get(before) ?? spans[before]!).end, start))
      extended.set(before, { ...(extended.get(before) ?? spans[before]!), end });
    else if (s < spans.length && spans[s]!.label === label && joins(end, spans[s]!.start))
      extended.set(s, { ...(extended.get(s) ?? spans[s]!), start });
    else added.push({ start, end, label, source: 'token-classifier' });
  }
  if (added.length === 0 && extended.size === 0) return spans as Span[];
  return spans
    .map((span, i) => extended.get(i) ?? span)
    .concat(added)
    .sort((a, b) => a.start - b.start);
}
