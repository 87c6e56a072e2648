import type { Word } from './dutch-words.js';
import { featuresOfWords } from './note-features.js';
import { modelLogits, type TermModel } from './term-model.js';

/**
 * Focus: the model's evidence in the clip's best passage rather than summed over the clip. A term a note is about is
 * usually told in one or two sentences that carry it; a term whose words are spread thin over a long clip (a word
 * here, a word there) sums to as much without any passage being about it. Each passage is scored alone, as a short
 * note (note-features.ts does not scale a short text up), and a term's focus is its highest logit in any passage.
 */

/** A passage has at least this many content words: a sentence of three words is not a passage about anything. */
export const MIN_PASSAGE_WORDS = 8;

/** Sentence ends: a clause break after one of these words' text ends a sentence (`;` and `:` do not). */
const isSentenceEnd = (word: Word, next: Word | undefined) => word.breakAfter && next !== undefined;

/**
 * The clip's words cut into passages: sentences (at clause breaks), each short one joined to the next until it has
 * `minWords` content words; a short rest joins the passage before it.
 */
export function passagesOf(words: readonly Word[], minWords = MIN_PASSAGE_WORDS): Word[][] {
  const passages: Word[][] = [];
  let current: Word[] = [];
  let content = 0;
  words.forEach((word, at) => {
    current.push(word);
    if (!word.stop) content++;
    if (content >= minWords && isSentenceEnd(word, words[at + 1])) {
      passages.push(current);
      current = [];
      content = 0;
    }
  });
  if (current.length > 0) {
    if (content < minWords && passages.length > 0) passages[passages.length - 1]!.push(...current);
    else passages.push(current);
  }
  return passages;
}

/** Per model term, its highest model logit over the clip's passages (none for a clip without content words). */
export function focusLogits(words: readonly Word[], model: TermModel, minWords = MIN_PASSAGE_WORDS): Map<string, number> {
  // Logits only, in the model's term order: a passage needs no per-term score objects.
  let best: number[] | undefined;
  for (const passage of passagesOf(words, minWords)) {
    const features = featuresOfWords(passage, model);
    if (features.values.size === 0) continue;
    const z = modelLogits(model, features.values);
    if (best === undefined) best = z;
    else for (let t = 0; t < z.length; t++) if (z[t]! > best[t]!) best[t] = z[t]!;
  }
  return new Map(best === undefined ? [] : model.ids.map((id, t) => [id, best[t]!] as const));
}
