import { describe, expect, it } from 'vitest';
import { encodeNeighbours, loadNeighbourIndex, MIN_FEATURES } from '../src/suggest/neighbours.js';
import { naiveBayesOf, naiveBayesScores } from '../src/suggest/naive-bayes.js';
import { scaledBayes } from '../src/suggest/combine.js';

// Five notes over six features, each kept by two notes (a feature of one note is not in the index).
const FEATURES = ['armoed', 'huur', 'schuld', 'eenzam', 'buurt', 'koffie'];
const NOTES = [
  { features: [0, 1, 2], terms: ['opgave-armoede'] },
  { features: [1, 2], terms: ['opgave-armoede', 'opgave-woningnood'] },
  { features: [3, 4], terms: ['opgave-eenzaamheid'] },
  { features: [3, 4, 5], terms: [] },
  { features: [0, 5], terms: ['opgave-armoede'] },
];
const index = loadNeighbourIndex(encodeNeighbours(NOTES, FEATURES.length, { k: 2, power: 1 }), FEATURES);
const clip = (...features: string[]) => new Map(features.map((f) => [f, 1]));

describe('naive Bayes over the neighbour index', () => {
  it("counts, per feature, the notes of each term that keep it, from the index's postings and labels", () => {
    const nb = naiveBayesOf(index);
    const counts = (feature: string) => {
      const entry = nb.counts.get(feature)!;
      return Object.fromEntries([...entry.terms].map((t, i) => [nb.termIds[t]!, entry.counts[i]!]));
    };
    expect(counts('huur')).toEqual({ 'opgave-armoede': 2, 'opgave-woningnood': 1 });
    expect(counts('koffie')).toEqual({ 'opgave-armoede': 1 });
    expect(nb.total).toBe(12);
    expect(nb.vocabulary).toBe(6);
    expect(nb.termTotals[nb.termIds.indexOf('opgave-armoede')]).toBe(7);
  });

  it('counts a note of weight w as w notes', () => {
    const weighted = NOTES.map((n, i) => (i === 1 ? { ...n, weight: 2 } : n));
    const nb = naiveBayesOf(loadNeighbourIndex(encodeNeighbours(weighted, FEATURES.length, { k: 2, power: 1 }), FEATURES));
    const entry = nb.counts.get('huur')!;
    expect(Object.fromEntries([...entry.terms].map((t, i) => [nb.termIds[t]!, entry.counts[i]!]))).toEqual({
      'opgave-armoede': 3,
      'opgave-woningnood': 2,
    });
    expect(entry.all).toBe(3);
    expect(nb.total).toBe(14);
  });

  it('scores each term by the mean log-likelihood ratio of the clip features against the other notes', () => {
    const nb = naiveBayesOf(index);
    const alpha = 0.5;
    const scores = naiveBayesScores(nb, clip('huur', 'schuld', 'onbekend'), alpha);
    // Worked out apart: armoede has 7 of the 12 kept features; 2 of its notes keep huur and schuld, no other note does.
    const own = Math.log((2 + alpha) / (7 + alpha * 6));
    const rest = Math.log((0 + alpha) / (12 - 7 + alpha * 6));
    expect(scores.get('opgave-armoede')).toBeCloseTo(own - rest, 10);
    expect(scores.get('opgave-armoede')!).toBeGreaterThan(scores.get('opgave-woningnood')!);
    expect(scores.get('opgave-woningnood')!).toBeGreaterThan(scores.get('opgave-eenzaamheid')!);
    expect(naiveBayesScores(nb, clip('onbekend'), alpha).size).toBe(0);
  });

  it('weighs a clip of few features by its share of a note, as the votes do', () => {
    const nb = naiveBayesOf(index);
    const two = clip('eenzam', 'buurt');
    const full = scaledBayes(nb, new Map([...two, ...Array.from({ length: MIN_FEATURES }, (_, i) => [`woord${i}`, 1] as const)]), 0.5);
    expect(scaledBayes(nb, two, 0.5).get('opgave-eenzaamheid')).toBeCloseTo((full.get('opgave-eenzaamheid')! * 2) / MIN_FEATURES, 10);
  });
});
