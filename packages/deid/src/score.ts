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

/**
 * How the judges score: a gold span is found when any detection overlaps it (whatever its
 * label), typed when an overlapping detection has its label; a detection is right when it overlaps
 * any gold span. Per label: gold spans by their label, detections by theirs.
 */
export interface Judged {
  spans: number;
  found: number;
  typed: number;
  detections: number;
  rightDetections: number;
}

/** The identifiers the goals require all of (found, whatever the label). */
export const STRUCTURED: readonly Label[] = ['BSN', 'IBAN', 'PHONE', 'EMAIL', 'POSTCODE', 'ADDRESS'];

const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;

export function emptyJudged(): Record<Label, Judged> {
  return Object.fromEntries(LABELS.map((l) => [l, { spans: 0, found: 0, typed: 0, detections: 0, rightDetections: 0 }])) as Record<
    Label,
    Judged
  >;
}

/** Adds one text's gold spans and detections to `into`. */
export function judge(into: Record<Label, Judged>, gold: readonly ScoredSpan[], found: readonly ScoredSpan[]): void {
  for (const g of gold) {
    const hits = found.filter((f) => overlaps(g, f));
    const row = into[g.label];
    row.spans++;
    if (hits.length > 0) row.found++;
    if (hits.some((f) => f.label === g.label)) row.typed++;
  }
  for (const f of found) {
    into[f.label].detections++;
    if (gold.some((g) => overlaps(g, f))) into[f.label].rightDetections++;
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? '    -' : (part / whole).toFixed(3));

/** The judges' figures as a table: per label and for all labels, then the structured identifiers. */
export function formatJudged(rows: Record<Label, Judged>): string {
  const lines = [`${'label'.padEnd(14)} ${'n'.padStart(4)}   found typed precision (detections)`];
  const line = (name: string, r: Judged) =>
    `${name.padEnd(14)} ${String(r.spans).padStart(4)}   ${ratio(r.found, r.spans)} ${ratio(r.typed, r.spans)} ${ratio(r.rightDetections, r.detections)}     (${r.detections})`;
  const sum = (labels: readonly Label[]) =>
    labels.reduce<Judged>(
      (a, l) => ({
        spans: a.spans + rows[l].spans,
        found: a.found + rows[l].found,
        typed: a.typed + rows[l].typed,
        detections: a.detections + rows[l].detections,
        rightDetections: a.rightDetections + rows[l].rightDetections,
      }),
      { spans: 0, found: 0, typed: 0, detections: 0, rightDetections: 0 },
    );
  for (const label of LABELS) if (rows[label].spans > 0 || rows[label].detections > 0) lines.push(line(label, rows[label]));
  lines.push(line('ALL', sum(LABELS)));
  const structured = sum(STRUCTURED);
  lines.push(
    `structured identifiers (${STRUCTURED.join(', ')}) found: ${structured.found}/${structured.spans} = ${ratio(structured.found, structured.spans)}`,
  );
  return lines.join('\n');
}
