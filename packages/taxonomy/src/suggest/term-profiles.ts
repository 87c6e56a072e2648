import type { Term } from '../model.js';
import { dutchWords } from './dutch-words.js';

/**
 * How much a word counts for a term, by where the vocabulary uses it: a term's own label and
 * keywords name it; its description and the quote from its seed describe it in passing.
 */
export interface IndexParameters {
  readonly label: number;
  readonly keyword: number;
  readonly description: number;
  readonly citation: number;
  /** A word of a multi-word label or keyword alone: "zoeken" of "op zoek naar wat er wel kan". */
  readonly phrasePart: number;
}

export const DEFAULT_INDEX_PARAMETERS: IndexParameters = { label: 3, keyword: 2, description: 1, citation: 1, phrasePart: 1 };

/** A run of two or more content words from a label or keyword, matched as a whole. */
export interface Phrase {
  readonly stems: readonly string[];
  /** As written in the vocabulary. */
  readonly text: string;
}

export interface TermProfile {
  readonly term: Term;
  /** Field-weighted frequency of each content stem (BM25F's weighted term frequency). */
  readonly weights: ReadonlyMap<string, number>;
  readonly length: number;
  readonly phrases: readonly Phrase[];
}

export interface ProfileIndex {
  readonly profiles: readonly TermProfile[];
  /** BM25 inverse document frequency over the terms: a stem in many terms' texts tells little. */
  readonly idf: ReadonlyMap<string, number>;
  readonly averageLength: number;
  /** Every content stem of every term, for compound splitting. */
  readonly lexicon: ReadonlySet<string>;
  /** First stem of a phrase → the phrases starting with it, with their term's index. */
  readonly phrasesByFirstStem: ReadonlyMap<string, readonly { phrase: Phrase; term: number }[]>;
}

function contentStems(text: string): string[] {
  return dutchWords(text)
    .filter((w) => !w.stop)
    .map((w) => w.stem);
}

function profileOf(term: Term, fields: IndexParameters): TermProfile {
  const weights = new Map<string, number>();
  const phrases: Phrase[] = [];
  let length = 0;
  const add = (text: string, weight: number, naming: boolean) => {
    if (weight === 0) return;
    const stems = contentStems(text);
    const each = naming && stems.length > 1 ? weight * fields.phrasePart : weight;
    for (const stem of stems) weights.set(stem, (weights.get(stem) ?? 0) + each);
    length += stems.length * each;
    if (naming && stems.length > 1) phrases.push({ stems, text });
  };
  add(term.label.nl, fields.label, true);
  for (const keyword of term.keywords) add(keyword, fields.keyword, true);
  add(term.description.nl, fields.description, false);
  add(term.citation.quote, fields.citation, false);
  return { term, weights, length, phrases };
}

/** Builds the index of a version's terms; callers keep it (see `profileIndexFor`). */
export function buildProfileIndex(terms: readonly Term[], parameters: IndexParameters = DEFAULT_INDEX_PARAMETERS): ProfileIndex {
  const profiles = terms.map((term) => profileOf(term, parameters));
  const documentFrequency = new Map<string, number>();
  for (const profile of profiles) {
    for (const stem of profile.weights.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const n = profiles.length;
  const idf = new Map<string, number>();
  for (const [stem, df] of documentFrequency) idf.set(stem, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const phrasesByFirstStem = new Map<string, { phrase: Phrase; term: number }[]>();
  profiles.forEach((profile, term) => {
    for (const phrase of profile.phrases) {
      const list = phrasesByFirstStem.get(phrase.stems[0]!) ?? [];
      list.push({ phrase, term });
      phrasesByFirstStem.set(phrase.stems[0]!, list);
    }
  });
  return {
    profiles,
    idf,
    averageLength: profiles.reduce((sum, p) => sum + p.length, 0) / Math.max(1, n),
    lexicon: new Set(documentFrequency.keys()),
    phrasesByFirstStem,
  };
}
