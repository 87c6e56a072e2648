import { describe, expect, it } from 'vitest';
import { dutchWords } from '../src/suggest/dutch-words.js';
import { gramModelLogits, loadGramModel, stemGramCounts, stemGramVector } from '../src/suggest/gram-model.js';
import { DEFAULT_GRAM_MODEL_PARAMETERS, trainGramModel } from '../scripts/gram-model-training.js';

// Invented notes: a debt situation told without the word "schuld", a lonely one without "eenzaam", and everyday notes.
const DEBT = [
  'De deurwaarder stond voor de deur, er ligt beslag op het loon en elke week komt een nieuwe aanmaning.',
  'Aanmaningen van de energieleverancier en een incassobureau; de schuldeisers bellen haar elke dag.',
  'Beslag op de toeslagen, de deurwaarder kwam langs; samen de post geordend en de aanmaningen gesorteerd.',
  'Een betalingsregeling met de woningcorporatie, de incasso loopt nog en er dreigt beslag.',
];
const LONELY = [
  'Meneer ziet al weken niemand, zijn vrouw is overleden en de buren groeten niet meer.',
  'Ze zit de hele dag binnen, niemand belt, de kinderen wonen ver weg en de dagen zijn leeg.',
  'Sinds het overlijden van zijn broer komt hij de deur niet meer uit; geen bezoek, geen contact.',
  'Mevrouw praat met niemand behalve de kat; de koffieochtend in het buurthuis sloeg ze over.',
];
const EVERYDAY = [
  'De fietsenstalling bij de school is opnieuw geschilderd en de tegels zijn vervangen.',
  'Het weer was mooi, de markt op het plein was druk en de bakker had verse broodjes.',
];
const notes = [
  ...DEBT.map((text) => ({ words: dutchWords(text), terms: ['thema-geld'] })),
  ...LONELY.map((text) => ({ words: dutchWords(text), terms: ['thema-alleen'] })),
  ...EVERYDAY.map((text) => ({ words: dutchWords(text), terms: [] })),
];
const parameters = { ...DEFAULT_GRAM_MODEL_PARAMETERS, minNotes: 1, epochs: 20, kept: 60, seeds: [1, 2] };
const data = trainGramModel(notes, ['thema-geld', 'thema-alleen'], parameters);
const model = loadGramModel(data);
const HUUR = dutchWords('huur')[0]!.stem;
const logits = (text: string) => gramModelLogits(model, dutchWords(text));

describe('the second model over stems and character grams (gram-model.ts)', () => {
  it('counts content stems and the grams of their folded forms, not stop words or numbers', () => {
    const counts = stemGramCounts(dutchWords('de huur van 2024'), 4);
    expect(counts.get(HUUR)).toBe(1);
    expect(counts.get('#^huu')).toBe(1);
    expect(counts.get('#uur$')).toBe(1);
    expect([...counts.keys()].some((f) => f.includes('2024') || f === 'de')).toBe(false);
  });

  it('scales stems and grams each to unit length, and a short clip no further than its floor', () => {
    const idf = new Map([
      [HUUR, 2],
      ['#^huu', 1],
      ['#huur', 1],
      ['#uur$', 1],
    ]);
    const counts = stemGramCounts(dutchWords('huur'), 4);
    const full = stemGramVector(counts, idf, 1);
    expect(full.get(HUUR)).toBeCloseTo(1);
    expect([...full].filter(([f]) => f.startsWith('#')).reduce((s, [, v]) => s + v * v, 0)).toBeCloseTo(1);
    const floored = stemGramVector(counts, idf, 1, [4, 4]);
    expect(floored.get(HUUR)!).toBeLessThan(0.5);
    // A feature it does not know still counts in the norm with the unseen idf.
    expect(stemGramVector(stemGramCounts(dutchWords('huur paraplu'), 4), idf, 1, [0, 0], 3).get(HUUR)!).toBeLessThan(1);
  });

  it('learns a situation from the notes’ words: a debt clip that never says "schuld" goes to the debt term', () => {
    const debt = logits('Weer een aanmaning in de bus en de deurwaarder dreigt met beslag.');
    expect(debt.get('thema-geld')!).toBeGreaterThan(debt.get('thema-alleen')!);
    const lonely = logits('Hij ziet niemand meer sinds zijn vrouw overleed; geen bezoek.');
    expect(lonely.get('thema-alleen')!).toBeGreaterThan(lonely.get('thema-geld')!);
  });

  it('shares evidence through grams with a word form the notes never had', () => {
    // "deurwaarders" and "aangemaand" are in no note; their grams are.
    const z = logits('De deurwaarders hebben haar aangemaand.');
    expect(z.get('thema-geld')!).toBeGreaterThan(z.get('thema-alleen')!);
  });

  it('gives nothing for a clip without a feature it knows, and is deterministic', () => {
    expect(logits('en de het').size).toBe(0);
    expect(trainGramModel(notes, ['thema-geld', 'thema-alleen'], parameters)).toEqual(data);
  });

  it('keeps each term’s largest weights only, indexes into a sorted feature list, and one idf a feature', () => {
    for (const term of data.terms) expect(term.weights.length / 2).toBeLessThanOrEqual(parameters.kept);
    const weighed = data.terms.flatMap((t) => t.weights.filter((_, i) => i % 2 === 0));
    expect(Math.max(...weighed)).toBeLessThan(data.features.length);
    expect(data.idf).toHaveLength(data.features.length);
  });
});
