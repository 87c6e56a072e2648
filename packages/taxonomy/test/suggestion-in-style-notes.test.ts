import { describe, expect, it } from 'vitest';
import { inStyleTrainingNotes, readInStyleSet, toLatestIds } from '../scripts/in-style-suggestion-notes.js';
import { fitInStyleOffsets, judgedTerms, withTermOffsets } from '../scripts/in-style-suggestion-offsets.js';
import { SUGGESTION_COMBINATION } from '../src/generated/suggestion-combination.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import { SUGGESTION_NEIGHBOURS } from '../src/generated/suggestion-neighbours.js';
import { listTerms } from '../src/index.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { loadNeighbourIndex } from '../src/suggest/neighbours.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';

describe("the labelled sets' notes as training notes in their own style", () => {
  it("moves the labelled version's ids to the latest through the vocabulary's migration", () => {
    expect(toLatestIds(['waarde-fatsoen', 'opgave-armoede'], 'x')).toEqual(['waarde-medemenselijkheid', 'opgave-armoede']);
    // Two ids that become one are kept once.
    expect(toLatestIds(['waarde-fatsoen', 'waarde-medemenselijkheid'], 'x')).toEqual(['waarde-medemenselijkheid']);
    expect(() => toLatestIds(['opgave-bestaat-niet'], 'labelled2:s-007')).toThrow(/^labelled2:s-007: .*opgave-bestaat-niet/);
  });

  it('takes the dev half of the first set, never its held-out half, with the weights asked for', () => {
    const notes = inStyleTrainingNotes(['dev'], { weight: 4, wrongWeight: 3 });
    expect(notes.map((n) => n.id)).toEqual(readInStyleSet('dev').map((n) => `dev:${n.id}`));
    expect(notes).toHaveLength(30);
    expect(notes.at(-1)!.id).toBe('dev:s-030');
    expect(notes.every((n) => n.weight === 4 && n.wrongWeight === 3)).toBe(true);
  });

  it('labels every note with active terms of the latest version, and names none both chosen and wrong', () => {
    const active = new Set(listTerms().map((t) => t.id as string));
    const notes = inStyleTrainingNotes(['dev', 'labelled2', 'labelled3'], { weight: 1 });
    expect(notes).toHaveLength(150);
    expect(notes.flatMap((n) => [...n.terms, ...(n.wrong ?? [])].filter((t) => !active.has(t)).map((t) => `${n.id}: ${t}`))).toEqual([]);
    expect(notes.filter((n) => n.wrong?.some((t) => n.terms.includes(t))).map((n) => n.id)).toEqual([]);
  });
});

describe('the per-term offsets fitted on the in-style notes (leave-one-set-out.ts --offset-ridges; not shipped)', () => {
  it('move only terms the judges could choose, and are added to the offsets of the combination given', () => {
    const judged = judgedTerms();
    expect(judged.has('waarde-medemenselijkheid')).toBe(true);
    expect(judged.has('waarde-fatsoen')).toBe(false);
    expect(judged.has('opgave-jeugd-en-gezin')).toBe(false);
    const moved = withTermOffsets(SUGGESTION_COMBINATION, { 'rol-netwerker': 0.5, 'ks5-missie-4': -0.25 });
    expect(moved.termBias['rol-netwerker']).toBeCloseTo((SUGGESTION_COMBINATION.termBias['rol-netwerker'] ?? 0) + 0.5, 3);
    expect(moved.termBias['ks5-missie-4']).toBeCloseTo((SUGGESTION_COMBINATION.termBias['ks5-missie-4'] ?? 0) - 0.25, 3);
    expect(moved.termBias['opgave-jeugd-en-gezin']).toBe(SUGGESTION_COMBINATION.termBias['opgave-jeugd-en-gezin']);
  });

  it('fit a term up when the judges choose it more often than the learners score it, and down when less', () => {
    const neighbours = loadNeighbourIndex(SUGGESTION_NEIGHBOURS, SUGGESTION_MODEL.features);
    const learners = { model: loadTermModel(SUGGESTION_MODEL), neighbours, nb: naiveBayesOf(neighbours) };
    const index = buildProfileIndex(listTerms());
    const notes = inStyleTrainingNotes(['dev'], { weight: 1 });
    const fit = (labelled: typeof notes) => fitInStyleOffsets(labelled, index, learners, SUGGESTION_COMBINATION, { ridge: 10 });
    const asIs = fit(notes);
    expect(Object.keys(asIs).filter((id) => !judgedTerms().has(id))).toEqual([]);
    const always = fit(notes.map((n) => ({ ...n, terms: [...n.terms, 'rol-netwerker'] })));
    const never = fit(notes.map((n) => ({ ...n, terms: n.terms.filter((t) => t !== 'rol-netwerker') })));
    expect(always['rol-netwerker']!).toBeGreaterThan(asIs['rol-netwerker']! + 1);
    expect(never['rol-netwerker']!).toBeLessThanOrEqual(asIs['rol-netwerker']!);
    // A stronger ridge keeps the offsets nearer 0.
    const loose = fitInStyleOffsets(notes, index, learners, SUGGESTION_COMBINATION, { ridge: 1000 });
    expect(Math.abs(loose['ks5-missie-4']!)).toBeLessThan(Math.abs(asIs['ks5-missie-4']!));
  });
});
