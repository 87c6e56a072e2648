import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNeighbourData, renderNeighbourModule } from '../scripts/suggestion-neighbours.js';
import { trainTermModel } from '../scripts/suggestion-training.js';
import { NEIGHBOURS_MODULE, readTrainingDir } from '../scripts/train-suggestions.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import {
  buildNeighbourIndex,
  encodeNeighbours,
  encodeNumber,
  loadNeighbourIndex,
  neighbourVotes,
  MIN_FEATURES,
  DIGITS,
} from '../src/suggest/neighbours.js';

const TRAINING_TIMEOUT = 120_000;

describe('the nearest-neighbour index of the training notes', () => {
  it(
    'is what the training notes and the model give (run scripts/train-suggestions.ts after changing the notes)',
    () => {
      const notes = readTrainingDir();
      // The model module has its own test; the index is checked against the model as stored.
      expect(readFileSync(NEIGHBOURS_MODULE, 'utf8')).toBe(renderNeighbourModule(buildNeighbourData(notes, SUGGESTION_MODEL)));
    },
    TRAINING_TIMEOUT,
  );

  it('stores numbers as digits that read back the same, with more digits only for larger numbers', () => {
    expect(encodeNumber(0)).toBe('A');
    expect(encodeNumber(31)).toBe(DIGITS[31]);
    expect(encodeNumber(32)).toHaveLength(2);
    expect(encodeNumber(5000)).toHaveLength(3);
  });

  it('reads back from its stored form the index built from the notes themselves', () => {
    const features = ['armoed', 'huur', 'schuld', 'eenzam', 'buurt', 'koffie'];
    const notes = [
      { features: [0, 1, 2], terms: ['opgave-armoede'] },
      { features: [1, 2], terms: ['opgave-armoede', 'opgave-woningnood'] },
      { features: [3, 4], terms: ['opgave-eenzaamheid'] },
      { features: [3, 4, 5], terms: [] },
      { features: [0, 5], terms: ['opgave-armoede'] },
    ];
    const stored = encodeNeighbours(notes, features.length, { k: 3, power: 1 });
    const loaded = loadNeighbourIndex(stored, features);
    const direct = buildNeighbourIndex(notes.map((n) => ({ values: new Map(n.features.map((f) => [features[f]!, 1])), terms: n.terms })));
    expect(loaded.termIds).toEqual(direct.termIds);
    expect(loaded.labels).toEqual(direct.labels);
    expect(loaded.idf).toEqual(direct.idf);
    expect(new Map([...loaded.postings].map(([f, list]) => [f, list.map((p) => p.note)]))).toEqual(
      new Map([...direct.postings].map(([f, list]) => [f, list.map((p) => p.note)])),
    );
  });

  it("votes for the terms of the notes most like a clip, each vote a share of the neighbours' similarity", () => {
    const features = ['armoed', 'huur', 'schuld', 'eenzam', 'buurt', 'koffie'];
    const index = loadNeighbourIndex(
      encodeNeighbours(
        [
          { features: [0, 1, 2], terms: ['opgave-armoede'] },
          { features: [1, 2], terms: ['opgave-armoede', 'opgave-woningnood'] },
          { features: [3, 4], terms: ['opgave-eenzaamheid'] },
          { features: [3, 4, 5], terms: [] },
          { features: [0, 5], terms: ['opgave-armoede'] },
        ],
        features.length,
        { k: 2, power: 1 },
      ),
      features,
    );
    // A clip of a whole note's worth of features (the ones the index does not know still count as the clip's length).
    const filler = Array.from({ length: MIN_FEATURES - 2 }, (_, i) => [`woord${i}`, 1] as const);
    const clip = new Map([['huur', 1], ['schuld', 1], ...filler]);
    const votes = neighbourVotes(index, clip);
    expect(votes.get('opgave-armoede')).toBeCloseTo(1);
    expect(votes.get('opgave-woningnood')).toBeGreaterThan(0.3);
    expect(votes.has('opgave-eenzaamheid')).toBe(false);
    // The same two words alone are a few words, not a note: they vote with that share.
    const few = neighbourVotes(
      index,
      new Map([
        ['huur', 1],
        ['schuld', 1],
      ]),
    );
    expect(few.get('opgave-armoede')).toBeCloseTo(2 / MIN_FEATURES);
    // A clip sharing no feature with any note gets no vote.
    expect(neighbourVotes(index, new Map([['onbekend', 1]])).size).toBe(0);
  });

  it("weighs a note's similarity by the note's weight, stored only when some note does not weigh 1", () => {
    const features = ['armoed', 'huur', 'schuld'];
    const notes = [
      { features: [1, 2], terms: ['opgave-armoede'] },
      { features: [1, 2], terms: ['opgave-woningnood'], weight: 3 },
      { features: [0], terms: [] },
      { features: [0], terms: [] },
    ];
    const stored = encodeNeighbours(notes, features.length, { k: 2, power: 1 });
    expect(stored.weights).toBe('BDBB');
    expect(
      encodeNeighbours(
        notes.map(({ weight: _w, ...n }) => n),
        features.length,
        { k: 2, power: 1 },
      ),
    ).not.toHaveProperty('weights');
    const filler = Array.from({ length: MIN_FEATURES - 2 }, (_, i) => [`woord${i}`, 1] as const);
    const votes = neighbourVotes(loadNeighbourIndex(stored, features), new Map([['huur', 1], ['schuld', 1], ...filler]));
    // Two notes equally near: the one of weight 3 carries three quarters of the vote.
    expect(votes.get('opgave-woningnood')).toBeCloseTo(0.75);
    expect(votes.get('opgave-armoede')).toBeCloseTo(0.25);
    expect(() => encodeNeighbours([{ features: [0], terms: [], weight: 64 }], 1, { k: 1, power: 1 })).toThrow(/whole number from 0 to 63/);
  });

  it(
    'trains the index over the features the model keeps: a smaller model, a smaller index',
    () => {
      const notes = readTrainingDir().slice(0, 200);
      const model = trainTermModel(notes);
      const data = buildNeighbourData(notes, model);
      expect(data.postings.split(',')).toHaveLength(model.features.length);
      expect(data.labels.split(',')).toHaveLength(notes.length);
    },
    TRAINING_TIMEOUT,
  );
});
