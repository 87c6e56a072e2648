import { DEFAULT_MIN_GROUP, type CountRow, type CountTable, type TermPair } from '@vertelpunt/exchange';
import { getTerm, LATEST_VERSION } from '@vertelpunt/taxonomy';

/** Counted groups as they cross from the worker: [group, stories]; a pair of terms as a tuple of their ids. */
export interface OverviewGroups {
  total: number;
  terms: [string, number][];
  pairs: [[string, string], number][];
  months: [string, number][];
}

const termLabel = (id: string) => getTerm(id, LATEST_VERSION)?.label.nl ?? id;

/**
 * The counts of one kind with `table(minGroup)`, as `StoryCounter` (packages/exchange) gives
 * them, so the overview draws the same tables whether the counts come from the engine or from
 * a pass over the stories (a test compares the two on random stories). The suppression rule is
 * StoryCounter's: groups under the minimum left out, and for months (disjoint groups) the
 * smallest shown one too when exactly one would be left out.
 */
export class GroupCounts {
  private readonly rows: CountRow[];

  constructor(
    groups: readonly [string | TermPair, number][],
    private readonly total: number,
    private readonly kind: 'term' | 'pair' | 'month',
  ) {
    // A pair's key and label join its two terms for people and CSV cells, as StoryCounter's do; the tuple stays on the row.
    this.rows = groups.map(([group, stories]) =>
      typeof group === 'string'
        ? { key: group, label: kind === 'term' ? termLabel(group) : group, stories }
        : { key: `${group[0]} + ${group[1]}`, label: `${termLabel(group[0])} + ${termLabel(group[1])}`, stories, pair: group },
    );
  }

  table(minGroup = DEFAULT_MIN_GROUP): CountTable {
    if (!Number.isInteger(minGroup) || minGroup < 1) throw new RangeError(`minGroup must be a whole number of at least 1, got ${minGroup}`);
    const all: CountRow[] = this.rows
      .map((row) => ({ ...row }))
      .sort((a, b) => b.stories - a.stories || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const rows = all.filter((r) => r.stories >= minGroup);
    if (this.kind === 'month' && all.length - rows.length === 1 && rows.length > 0) rows.pop();
    const shown = new Set(rows.map((r) => r.key));
    const left = all.filter((r) => !shown.has(r.key)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const suppressedKeys = left.map((r) => r.key);
    const pairs = this.kind === 'pair' ? { suppressedPairs: left.map((r) => r.pair!) } : {};
    return { rows, suppressed: suppressedKeys.length, suppressedKeys, ...pairs, total: this.total };
  }
}

/** The three counters the overview page reads, from counted groups. */
export function overviewCounters(groups: OverviewGroups): { terms: GroupCounts; pairs: GroupCounts; months: GroupCounts } {
  return {
    terms: new GroupCounts(groups.terms, groups.total, 'term'),
    pairs: new GroupCounts(groups.pairs, groups.total, 'pair'),
    months: new GroupCounts(groups.months, groups.total, 'month'),
  };
}
