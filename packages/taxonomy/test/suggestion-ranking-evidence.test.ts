import { describe, expect, it } from 'vitest';
import { listTerms } from '../src/index.js';
import { DEFAULT_COMBINE_PARAMETERS, furtherLogits, withSelectionFit } from '../src/suggest/combine.js';
import { buildGramIndex, gramCounts, gramLikeness, relativeLikeness } from '../src/suggest/char-grams.js';
import { dutchWords } from '../src/suggest/dutch-words.js';
import { focusLogits, passagesOf } from '../src/suggest/focus.js';
import { featuresOfWords } from '../src/suggest/note-features.js';
import { loadTermModel, scoreWithModel } from '../src/suggest/term-model.js';
import { classifyInversion, type Inversion } from '../scripts/ranking-inversions.js';

const terms = listTerms({ version: 'koers-v5-2024-09' });
const grams = buildGramIndex(terms);
const mostAlike = (text: string) => [...gramLikeness(grams, dutchWords(text))].sort((a, b) => b[1] - a[1])[0]![0];

describe('character-gram likeness to the terms’ texts (char-grams.ts)', () => {
  it('counts the grams of content words only, with ^ and $ at the ends', () => {
    expect([...gramCounts(dutchWords('de huur'), 4)]).toEqual([
      ['^huu', 1],
      ['huur', 1],
      ['uur$', 1],
    ]);
  });

  it('finds the term of a compound or inflected form the stemmer keeps apart', () => {
    expect(mostAlike('Hij vereenzaamt, eenzamer dan vorig jaar, zit de hele dag binnen.')).toBe('opgave-eenzaamheid');
    expect(mostAlike('Schuldhulpmaatje geregeld; de huurachterstanden en betalingsachterstanden lopen op.')).not.toBe('opgave-eenzaamheid');
  });

  it('gives nothing for a clip without content words, and the relative likeness of the most alike term is 1', () => {
    expect(gramLikeness(grams, dutchWords('en de het')).size).toBe(0);
    const relative = relativeLikeness(gramLikeness(grams, dutchWords('Ze voelt zich eenzaam en alleen.')));
    expect(Math.max(...relative.values())).toBe(1);
    expect(Math.min(...relative.values())).toBeGreaterThanOrEqual(0);
  });

  it('makes a clip of words no term uses less like every term than one of the vocabulary’s words', () => {
    const plain = gramLikeness(grams, dutchWords('eenzaamheid'));
    const diluted = gramLikeness(grams, dutchWords('eenzaamheid fietsenrek paraplu zonnebril kapstok'));
    expect(diluted.get('opgave-eenzaamheid')!).toBeLessThan(plain.get('opgave-eenzaamheid')!);
  });
});

// An invented model of two terms: one carried by debt words, one by loneliness words.
const model = loadTermModel({
  features: ['eenzam', 'huur', 'schuld'],
  terms: [
    { id: 'debt', bias: -2, weights: [1, 3, 2, 3] },
    { id: 'alone', bias: -2, weights: [0, 4] },
  ],
});

describe('focus: the model’s evidence in the best passage (focus.ts)', () => {
  it('cuts a clip into sentences of at least the minimum of content words, a short rest joining the one before', () => {
    // "de" is a stop word: the first sentence has three content words, so it joins the second.
    const words = dutchWords('Aap noot de mies. Wim zus jet. Teun vuur gijs lam kees. Bok.');
    expect(passagesOf(words, 4).map((p) => p.map((w) => w.folded).join(' '))).toEqual([
      'aap noot de mies wim zus jet',
      'teun vuur gijs lam kees bok',
    ]);
    expect(passagesOf(words, 20)).toHaveLength(1);
  });

  it('is the logit of the passage that carries the term, not of the whole clip', () => {
    // The second sentence is long enough that the whole clip is scaled to unit length (note-features.ts), which
    // thins the first sentence's debt words out.
    const clip =
      'De schuld en de huur lopen op, schuld bij de verhuurder. Verder praten we over school, fietsen, koken, sporten, ' +
      'tuinieren, breien, muziek, vakanties, verjaardagen, buren, honden, katten, boodschappen en televisie.';
    const words = dutchWords(clip);
    const focus = focusLogits(words, model, 4);
    const firstPassage = scoreWithModel(model, featuresOfWords(passagesOf(words, 4)[0]!, model)).get('debt')!.logit;
    const whole = scoreWithModel(model, featuresOfWords(words, model)).get('debt')!.logit;
    expect(focus.get('debt')).toBeCloseTo(firstPassage, 9);
    // Concentrated in one sentence, the term's evidence there is stronger than spread over the clip.
    expect(focus.get('debt')!).toBeGreaterThan(whole);
  });
});

const aTerm = (id: string, facet: string, parent?: string) => ({ id, facet, parent }) as unknown as Inversion['wrong'];
const aCase = (overrides: Partial<Inversion>): Inversion => ({
  wrong: aTerm('opgave-a', 'theme'),
  right: aTerm('rol-b', 'role'),
  wrongWords: [],
  rightWords: ['woord'],
  wrongBm25: 0,
  wrongLogitGap: 0.5,
  passageRanks: [{ wrong: 0, right: 1 }],
  ...overrides,
});

describe('the classes of a wrong term ranked above a right one (ranking-inversions.ts)', () => {
  it('names the vocabulary word first when its part is larger than the gap', () => {
    expect(classifyInversion(aCase({ wrongWords: ['gemeente'], wrongBm25: 0.6 })).first).toBe('vocabulary-word');
    expect(classifyInversion(aCase({ wrongWords: ['gemeente'], wrongBm25: 0.4 })).first).toBe('situation');
  });

  it('sees facet neighbours, implied right terms and evidence spread thin', () => {
    expect(classifyInversion(aCase({ right: aTerm('opgave-c', 'theme') })).first).toBe('facet-neighbour');
    expect(classifyInversion(aCase({ rightWords: [] })).first).toBe('right-implied');
    const spread = aCase({
      passageRanks: [
        { wrong: 5, right: 0 },
        { wrong: 4, right: 7 },
      ],
    });
    expect(classifyInversion(spread).first).toBe('spread-thin');
    expect(classifyInversion(aCase({ right: aTerm('opgave-c', 'theme'), rightWords: [] })).all).toEqual([
      'facet-neighbour',
      'right-implied',
    ]);
  });
});

describe('the first stage refitted on the selection sets (combine.ts withSelectionFit)', () => {
  const base = {
    ...DEFAULT_COMBINE_PARAMETERS,
    termBias: { a: 0.4, b: -0.2 },
    gramScale: undefined,
    focusScale: undefined,
  };
  const fit = {
    modelScale: 0.7,
    bm25Scale: 0.1,
    neighbourScale: 1.6,
    naiveBayesScale: 2.4,
    bias: 3,
    offsetFactor: 0.5,
    gramScale: 0.3,
    focusScale: 0.1,
  };

  it('takes the fit’s weights, scales every offset and keeps the rest', () => {
    const c = withSelectionFit(base, fit);
    expect(c.termBias).toEqual({ a: 0.2, b: -0.1 });
    expect([c.modelScale, c.bm25Scale, c.neighbourScale, c.naiveBayes?.scale, c.bias, c.gramScale, c.focusScale]).toEqual([
      0.7, 0.1, 1.6, 2.4, 3, 0.3, 0.1,
    ]);
    expect(c.rerank).toBe(base.rerank);
    expect(c.firstMinScore).toBe(base.firstMinScore);
  });

  it('adds the gram likeness as a share of the most alike term’s and the focus to the logit, and nothing without weights', () => {
    const likeness = new Map([
      ['a', 0.2],
      ['b', 0.1],
    ]);
    const focus = new Map([
      ['a', -2],
      ['c', 1],
    ]);
    const logits = furtherLogits(withSelectionFit(base, fit), likeness, focus);
    expect(logits.get('a')).toBeCloseTo(0.3 - 0.2, 12);
    expect(logits.get('b')).toBeCloseTo(0.15, 12);
    expect(logits.get('c')).toBeCloseTo(0.1, 12);
    expect(furtherLogits(base, likeness, focus).size).toBe(0);
  });
});
