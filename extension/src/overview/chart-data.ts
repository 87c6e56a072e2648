import type { CountTable } from '@vertelpunt/exchange';

// Pure: count tables in, the rows of each chart (and of the table beside it) out. No DOM here.

/** A row of a chart's table; `stories: null` is a group left out to protect small numbers. */
export interface ChartRow {
  key: string;
  label: string;
  stories: number | null;
}

/** Stories per term, largest first (the counter's order), labelled in the page's language. */
export function termBars(table: CountTable, labelOf: (termId: string) => string): ChartRow[] {
  return table.rows.map((r) => ({ key: r.key, label: labelOf(r.key), stories: r.stories }));
}

/** A cell of the co-occurrence heat map: `stories` null where the pair was left out. */
export interface HeatCell {
  x: string;
  y: string;
  stories: number | null;
}

export interface HeatMap {
  /** The terms on both axes, in `order`: those in at least one pair that is shown. */
  terms: { id: string; label: string }[];
  /** Both halves of the symmetric matrix; pairs left out only where both terms are on the axes. */
  cells: HeatCell[];
  /** One row per pair, for the table and the CSV: the counter's order, left-out pairs after. */
  rows: ChartRow[];
}

const SEP = ' + ';

function splitPair(key: string): [string, string] | undefined {
  const at = key.indexOf(SEP);
  return at < 0 ? undefined : [key.slice(0, at), key.slice(at + SEP.length)];
}

/**
 * The co-occurrence table as a heat map. Pairs left out whose terms are not otherwise on the
 * axes are not drawn (a row and column for a term with nothing shown would only say "left out").
 * `order` is the order of the axes (the vocabulary's); terms outside it come last, by id.
 */
export function heatMap(table: CountTable, labelOf: (termId: string) => string, order: readonly string[] = []): HeatMap {
  const shown = table.rows.flatMap((r) => {
    const pair = splitPair(r.key);
    return pair ? [{ pair, stories: r.stories }] : [];
  });
  const left = table.suppressedKeys.flatMap((key) => {
    const pair = splitPair(key);
    return pair ? [pair] : [];
  });
  const onAxis = new Set(shown.flatMap((s) => s.pair));
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const terms = [...onAxis].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map((id) => ({ id, label: labelOf(id) }));
  const label = new Map(terms.map((t) => [t.id, t.label]));
  const cells: HeatCell[] = [];
  const both = ([a, b]: [string, string], stories: number | null) => {
    cells.push({ x: label.get(a)!, y: label.get(b)!, stories }, { x: label.get(b)!, y: label.get(a)!, stories });
  };
  for (const s of shown) both(s.pair, s.stories);
  for (const pair of left) if (onAxis.has(pair[0]) && onAxis.has(pair[1])) both(pair, null);
  const pairLabel = ([a, b]: [string, string]) => `${labelOf(a)}${SEP}${labelOf(b)}`;
  const rows: ChartRow[] = [
    ...shown.map((s) => ({ key: s.pair.join(SEP), label: pairLabel(s.pair), stories: s.stories })),
    ...left.map((pair) => ({ key: pair.join(SEP), label: pairLabel(pair), stories: null })),
  ];
  return { terms, cells, rows };
}

/** The month after a YYYY-MM month. */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Stories per month from the first month with stories to the last, every month in between
 * present: a month without stories is 0, a month left out (1–4 stories, or one that would give
 * a small one away) is null, never 0. `labelOf` names a YYYY-MM month for people.
 */
export function monthSeries(table: CountTable, labelOf: (month: string) => string = (m) => m): ChartRow[] {
  const counted = new Map(table.rows.map((r) => [r.key, r.stories]));
  const left = new Set(table.suppressedKeys);
  const months = [...counted.keys(), ...left].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (months.length === 0) return [];
  const out: ChartRow[] = [];
  const last = months[months.length - 1]!;
  for (let month = months[0]!; month <= last; month = nextMonth(month)) {
    out.push({ key: month, label: labelOf(month), stories: counted.get(month) ?? (left.has(month) ? null : 0) });
  }
  return out;
}
