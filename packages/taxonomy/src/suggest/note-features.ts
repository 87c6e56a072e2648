import { compoundHead } from './compound-head.js';
import { dutchWords, type Word } from './dutch-words.js';
import { evidenceWeight } from './everyday-senses.js';

/**
 * A note as the suggestion model sees it: the same words the ranking uses (placeholders dropped,
 * stop, function and domain words left out, everyday senses weighed by their context), as stems,
 * plus pairs of neighbouring stems within a clause ("eigen regie" says more than either word).
 * Values are log-damped counts scaled to unit length, so a long clip is not more certain than a
 * short one; a clip shorter than a short note is scaled as if it were one (MIN_NORM).
 */
export interface NoteFeatures {
  /** Feature → value; unigrams are stems, bigrams two stems joined by a space. */
  readonly values: ReadonlyMap<string, number>;
  /** Feature → the folded words of the note behind it, to say why a term was suggested. */
  readonly words: ReadonlyMap<string, readonly string[]>;
}

/** The norm of the shortest training note's features (about 13 content words, unigrams and pairs). */
export const MIN_NORM = 3.5;

/** About how many grams a word has, so a short clip's grams are not scaled up either. */
const GRAMS_A_WORD = 2.5;

/** A compound the model does not know counts as its head at this share (as in the ranking). */
const COMPOUND_WEIGHT = 0.5;

/**
 * Character grams of stems: each content word also counts as the `size`-letter runs of its stem
 * (with ^ and $ at its ends), so a word form or compound the training notes never had
 * ("schuldhulpverlening", "eenzamer") still shares evidence with those they had. Gram features
 * start with '#'. They are scaled to unit length apart from the words and weigh `weight` beside them.
 */
export interface GramOptions {
  readonly size: number;
  readonly weight: number;
}

/** The model's choices that the features of a note depend on; stored with the model. */
export interface FeatureOptions {
  /** The model's unigram stems: a word whose stem it does not know counts as its longest known last part. */
  readonly known?: ReadonlySet<string>;
  /** Character grams of stems, if the model uses them. */
  readonly grams?: GramOptions;
}

export const isGram = (feature: string) => feature.startsWith('#');

// A stem's grams, remembered like stems (a clip repeats words).
const gramsOfStem = new Map<string, readonly string[]>();
const GRAM_CACHE_LIMIT = 20_000;
function gramsOf(stem: string, size: number): readonly string[] {
  const key = `${size}:${stem}`;
  let grams = gramsOfStem.get(key);
  if (!grams) {
    const marked = `^${stem}$`;
    const list: string[] = [];
    for (let i = 0; i + size <= marked.length; i++) list.push(`#${marked.slice(i, i + size)}`);
    grams = list;
    if (gramsOfStem.size >= GRAM_CACHE_LIMIT) gramsOfStem.clear();
    gramsOfStem.set(key, grams);
  }
  return grams;
}

/**
 * The features of a note. With `options.known`, a word whose stem the model does not know counts
 * as its longest known last part ("energieschuld" as "schuld").
 */
export function noteFeatures(text: string, options: FeatureOptions = {}): NoteFeatures {
  return featuresOfWords(dutchWords(text), options);
}

/** `noteFeatures` of a text already split into words (the ranking splits it once for both kinds of evidence). */
export function featuresOfWords(words: readonly Word[], options: FeatureOptions = {}): NoteFeatures {
  const { known, grams } = options;
  const counts = new Map<string, number>();
  // Which words are behind a feature is asked only for the few terms shown, so each feature's
  // word (and the word before it, for a pair) is kept by position and the folded text made then:
  // a map of lists and a joined string per word were a good part of a call's garbage.
  const added: string[] = [];
  const wordAt: number[] = [];
  const pairedWith: number[] = [];
  const add = (feature: string, weight: number, at: number, before: number) => {
    counts.set(feature, (counts.get(feature) ?? 0) + weight);
    added.push(feature);
    wordAt.push(at);
    pairedWith.push(before);
  };
  let previous = -1;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    // Numbers (ages, amounts, dates) say nothing about a term.
    const weight = word.stop || /^\d+$/.test(word.folded) ? 0 : evidenceWeight(words, at);
    if (weight > 0) {
      let stem: string | undefined = word.stem;
      let share = weight;
      if (known && !known.has(stem)) {
        const head = compoundHead(word.folded, known);
        if (head !== undefined) [stem, share] = [head, weight * COMPOUND_WEIGHT];
      }
      add(stem, share, at, -1);
      if (grams) for (const gram of gramsOf(word.stem, grams.size)) add(gram, weight, at, -1);
      if (previous >= 0) add(`${words[previous]!.stem} ${word.stem}`, weight, at, previous);
      previous = at;
    }
    if (word.breakAfter) previous = -1;
  }
  const values = new Map<string, number>();
  let norm = 0;
  let gramNorm = 0;
  for (const [feature, count] of counts) {
    const value = Math.log1p(count);
    values.set(feature, value);
    if (isGram(feature)) gramNorm += value * value;
    else norm += value * value;
  }
  // A clip of a few words is less evidence than a note: below a note's usual length the values
  // are not scaled up, so one word ("gesprek") cannot carry a term on its own.
  norm = Math.max(Math.sqrt(norm), MIN_NORM);
  gramNorm = Math.max(Math.sqrt(gramNorm), MIN_NORM * GRAMS_A_WORD) / (grams?.weight ?? 1);
  for (const [feature, value] of values) values.set(feature, value / (isGram(feature) ? gramNorm : norm));
  let behind: Map<string, string[]> | undefined;
  return {
    values,
    get words() {
      if (!behind) {
        behind = new Map();
        for (let i = 0; i < added.length; i++) {
          const word = words[wordAt[i]!]!.folded;
          const folded = pairedWith[i]! < 0 ? word : `${words[pairedWith[i]!]!.folded} ${word}`;
          const list = behind.get(added[i]!) ?? [];
          if (!list.includes(folded)) list.push(folded);
          behind.set(added[i]!, list);
        }
      }
      return behind;
    },
  };
}
