import { LABELS, type Label } from './labels.js';

export interface ScoredSpan {
  start: number;
  end: number;
  label: Label;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export const toScores = ({ tp, fp, fn }: Counts): Scores => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support: tp + fn };
};

type Match = (gold: ScoredSpan, found: ScoredSpan) => boolean;
export const exactMatch: Match = (g, f) => g.label === f.label && g.start === f.start && g.end === f.end;
export const overlapMatch: Match = (g, f) => g.label === f.label && g.start < f.end && f.start < g.end;

/** Counts per label, each gold span matched at most once. */
export function countMatches(gold: readonly ScoredSpan[], found: readonly ScoredSpan[], match: Match): Record<Label, Counts> {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Label, Counts>;
  const used = new Set<number>();
  for (const f of found) {
    const i = gold.findIndex((g, index) => !used.has(index) && match(g, f));
    if (i >= 0) {
      used.add(i);
      counts[f.label].tp++;
    } else counts[f.label].fp++;
  }
  gold.forEach((g, index) => {
    if (!used.has(index)) counts[g.label].fn++;
  });
  return counts;
}

export function addCounts(into: Record<Label, Counts>, more: Record<Label, Counts>): void {
  for (const label of LABELS) {
    into[label].tp += more[label].tp;
    into[label].fp += more[label].fp;
    into[label].fn += more[label].fn;
  }
}
