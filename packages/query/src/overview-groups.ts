import { DEFAULT_MIN_GROUP, type CountRow, type CountTable } from '@vertelpunt/exchange';
import { getTerm, LATEST_VERSION } from '@vertelpunt/taxonomy';

/** Counted groups as they cross from the worker: [key, stories] pairs. */
export interface OverviewGroups {
  total: number;
  terms: [string, number][];
  pairs: [string, number][];
  months: [string, number][];
}

const termLabel = (id: string) => getTerm(id, LATEST_VERSION)?.label.nl ?? id;
const pairLabel = (key: string) => key.split(' + ').map(termLabel).join(' + ');

/**
 * The counts of one kind with `table(minGroup)`, as `StoryCounter` (packages/exchange) gives
 * them, so the overview draws the same tables whether the counts come from the engine or from
 * a pass over the stories (a test compares the two on random stories). The suppression rule is
 * StoryCounter's: groups under the minimum left out, and for months (disjoint groups) the
 * smallest shown one too when exactly one would be left out.
 */
export class GroupCounts {
  constructor(
    private readonly groups: readonly [string, number][],
    private readonly total: number,
    private readonly kind: 'term' | 'pair' | 'month',
  ) {}

  table(minGroup = DEFAULT_MIN_GROUP): CountTable {
    if (!Number.isInteger(minGroup) || minGroup < 1) throw new RangeError(`minGroup must be a whole number of at least 1, got ${minGroup}`);
    const label = this.kind === 'term' ? termLabel : this.kind === 'pair' ? pairLabel : (key: string) => key;
    const all: CountRow[] = this.groups
      .map(([key, stories]) => ({ key, label: label(key), stories }))
      .sort((a, b) => b.stories - a.stories || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const rows = all.filter((r) => r.stories >= minGroup);
    if (this.kind === 'month' && all.length - rows.length === 1 && rows.length > 0) rows.pop();
    const shown = new Set(rows.map((r) => r.key));
    const suppressedKeys = all.filter((r) => !shown.has(r.key)).map((r) => r.key).sort();
    return { rows, suppressed: suppressedKeys.length, suppressedKeys, total: this.total };
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
