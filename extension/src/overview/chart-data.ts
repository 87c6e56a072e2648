import type { CountTable, TermPair } from '@vertelpunt/exchange';
import { getTerm, LATEST_VERSION, listFacets, type Facet, type VersionId } from '@vertelpunt/taxonomy';

// Pure: count tables in, the rows of each chart (and of the table beside it) out. No DOM here.

/** A row of a chart's table; `stories: null` is a group left out to protect small numbers. */
export interface ChartRow {
  key: string;
  label: string;
  stories: number | null;
  /** A pair of terms: their ids. */
  pair?: TermPair;
}

/** Stories per term, largest first (the counter's order), labelled in the page's language. */
export function termBars(table: CountTable, labelOf: (termId: string) => string): ChartRow[] {
  return table.rows.map((r) => ({ key: r.key, label: labelOf(r.key), stories: r.stories }));
}

/** The terms of one facet of the vocabulary, as the analysts' mental map groups them. */
export interface FacetChart {
  /** The facet; undefined for terms outside the vocabulary's facets. */
  facet: Facet | undefined;
  /** The facet's terms that are shown, largest first. */
  rows: ChartRow[];
  /** The facet's terms with stories that were left out (too few stories). */
  suppressed: number;
}

/**
 * Stories per term, split by the vocabulary's facets (mission points, core values, themes…) in
 * the vocabulary's order. A facet without any counted term is still listed (its chart says
 * nothing is shown), so the page has the same sections for every filter. Terms outside the
 * vocabulary's facets (none today: counts are migrated to `version`) come last, facet undefined.
 */
export function facetCharts(table: CountTable, labelOf: (termId: string) => string, version: VersionId = LATEST_VERSION): FacetChart[] {
  const charts: FacetChart[] = listFacets(version).map((facet) => ({ facet, rows: [], suppressed: 0 }));
  const byId = new Map<string, FacetChart>(charts.map((c) => [c.facet!.id, c]));
  const rest: FacetChart = { facet: undefined, rows: [], suppressed: 0 };
  const chartOf = (id: string) => byId.get(getTerm(id, version)?.facet ?? '') ?? rest;
  for (const row of termBars(table, labelOf)) chartOf(row.key).rows.push(row);
  for (const key of table.suppressedKeys) chartOf(key).suppressed += 1;
  return rest.rows.length > 0 || rest.suppressed > 0 ? [...charts, rest] : charts;
}

/** The co-occurrence chart's rows: the largest pairs, or all of them. */
export interface PairRows {
  rows: ChartRow[];
  /** Pairs shown (at or above the minimum group), of which `rows` holds at most `limit`. */
  shown: number;
  /** Pairs left out under the minimum group. */
  suppressed: number;
}

/**
 * Pairs of terms on the same story, largest first. With `limit`, only the first `limit` pairs
 * (the ones that matter at a glance); without, every pair shown and then every pair left out
 * (`stories: null`), for the table and CSV. Pairs come from the counter as tuples of term ids.
 */
export function pairRows(table: CountTable, labelOf: (termId: string) => string, limit?: number): PairRows {
  const label = ([a, b]: TermPair) => `${labelOf(a)} + ${labelOf(b)}`;
  const shown = table.rows.flatMap((r) => (r.pair ? [{ key: r.key, label: label(r.pair), stories: r.stories, pair: r.pair }] : []));
  const left = (table.suppressedPairs ?? []).map((pair, i) => ({ key: table.suppressedKeys[i]!, label: label(pair), stories: null, pair }));
  const rows = limit === undefined ? [...shown, ...left] : shown.slice(0, limit);
  return { rows, shown: shown.length, suppressed: left.length };
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
