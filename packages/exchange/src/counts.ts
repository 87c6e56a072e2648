import type { Story } from '@vertelpunt/stories';
import { getTerm, LATEST_VERSION, listFacets, type VersionId } from '@vertelpunt/taxonomy';
import { termsIn } from './target-terms.js';

export const COUNT_BY = ['term', 'facet', 'month', 'origin'] as const;
export type CountBy = (typeof COUNT_BY)[number];

/** Fewer stories than this in a group and the group is not shown. */
export const DEFAULT_MIN_GROUP = 5;

/** The two term ids of a co-occurrence group, in id order. */
export type TermPair = readonly [string, string];

export interface CountRow {
  key: string;
  label: string;
  stories: number;
  /** Co-occurrence only: the pair's two term ids (the key joins them for people and CSV cells; never split it). */
  pair?: TermPair;
}

export interface CountTable {
  /** Largest first, ties by key. */
  rows: CountRow[];
  /** Groups left out so a count cannot single anyone out (too small, or to protect a small one). */
  suppressed: number;
  /**
   * The keys of those groups, sorted, never their counts: a chart can then tell a month that was
   * left out from a month without stories.
   */
  suppressedKeys: string[];
  /** Co-occurrence only: the pairs of `suppressedKeys`, in the same order, as term ids. */
  suppressedPairs?: TermPair[];
  /** Stories counted. */
  total: number;
}

/** Groups and total of a counter, to be added to another one. */
export interface CountPart {
  groups: CountRow[];
  total: number;
}

export interface CountOptions {
  by?: CountBy;
  /** Count pairs of terms on the same story instead of single groups. */
  cooccurrence?: boolean;
  /** The vocabulary that terms and facets are counted in; older stories are migrated. Default: the latest. */
  version?: VersionId;
  /** Smallest group shown (default 5). */
  minGroup?: number;
}

// Months are Dutch months: a story saved at 00:30 on 1 February in Amsterdam is a February
// story, though it is still January in UTC. Only the last hours of a month can differ, so the
// slow time-zone conversion runs only there.
const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });

/** The month (YYYY-MM) of an instant in Dutch local time. */
export function dutchMonth(iso: string): string {
  const at = new Date(iso);
  const utcMonth = iso.slice(0, 7);
  const next = new Date(at.getTime() + 3 * 3600_000);
  if (/Z$/.test(iso) && next.getUTCMonth() === at.getUTCMonth()) return utcMonth;
  const parts = amsterdam.formatToParts(at);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** What a count reads of a story (`counts` of a large file reads no more of each line: cli/story-line.ts). */
export type CountedStory = Pick<Story, 'id' | 'tags' | 'createdAt'> & { source: Pick<Story['source'], 'origin'> };

/** Stories per group in one pass, a story counted once per group: feed it a stream of any length. */
export class StoryCounter {
  private readonly groups = new Map<string, CountRow>();
  private total = 0;
  readonly by: CountBy;
  readonly cooccurrence: boolean;
  readonly version: VersionId;
  readonly minGroup: number;
  private readonly facetLabels: Map<string, string>;

  constructor(options: CountOptions = {}) {
    this.by = options.by ?? 'term';
    this.cooccurrence = options.cooccurrence ?? false;
    this.version = options.version ?? LATEST_VERSION;
    this.minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
    if (!Number.isInteger(this.minGroup) || this.minGroup < 1)
      throw new RangeError(`minGroup must be a whole number of at least 1, got ${this.minGroup}`);
    this.facetLabels = new Map(listFacets(this.version).map((f) => [f.id, f.label.nl]));
  }

  add(story: CountedStory): void {
    this.total += 1;
    if (this.cooccurrence) {
      for (const pair of this.pairs(story)) {
        const key = `${pair[0]} + ${pair[1]}`;
        const row = this.groups.get(key);
        if (row) row.stories += 1;
        else this.groups.set(key, { key, label: `${this.label(pair[0])} + ${this.label(pair[1])}`, stories: 1, pair });
      }
      return;
    }
    // The label only for a new group: a million stories make a few dozen groups.
    for (const key of this.keys(story)) {
      const row = this.groups.get(key);
      if (row) row.stories += 1;
      else this.groups.set(key, { key, label: this.groupLabel(key), stories: 1 });
    }
  }

  /** What was counted so far, as plain data: a worker thread's share of a file. */
  part(): CountPart {
    return { groups: [...this.groups.values()], total: this.total };
  }

  /** Adds another counter's part (same options): counting a file in pieces gives the same table. */
  absorb(part: CountPart): void {
    this.total += part.total;
    for (const { key, label, stories } of part.groups) {
      const row = this.groups.get(key);
      if (row) row.stories += stories;
      else this.groups.set(key, { key, label, stories });
    }
  }

  private label(id: string): string {
    return getTerm(id, this.version)?.label.nl ?? id;
  }

  private keys(story: CountedStory): readonly string[] {
    switch (this.by) {
      case 'term':
        return termsIn(story, this.version);
      case 'facet':
        return [...new Set(termsIn(story, this.version).map((id) => getTerm(id, this.version)?.facet ?? 'onbekend'))];
      case 'month':
        return [dutchMonth(story.createdAt)];
      case 'origin':
        return [story.source.origin];
    }
  }

  private groupLabel(key: string): string {
    return this.by === 'term' ? this.label(key) : this.by === 'facet' ? (this.facetLabels.get(key) ?? key) : key;
  }

  private pairs(story: CountedStory): TermPair[] {
    const terms = [...new Set(termsIn(story, this.version))].sort();
    const out: TermPair[] = [];
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) out.push([terms[i]!, terms[j]!]);
    }
    return out;
  }

  /**
   * The table, with every group below `minGroup` left out. Months and origins split the stories
   * into disjoint groups, so with the total shown one group left out alone could be worked out
   * by subtraction: then the smallest group shown is left out too (secondary suppression).
   * `minGroup` overrides the counter's, so one count serves any minimum without counting again.
   */
  table(minGroup = this.minGroup): CountTable {
    if (!Number.isInteger(minGroup) || minGroup < 1) throw new RangeError(`minGroup must be a whole number of at least 1, got ${minGroup}`);
    const all = [...this.groups.values()]
      .sort((a, b) => b.stories - a.stories || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((r) => ({ ...r }));
    const rows = all.filter((r) => r.stories >= minGroup);
    const partition = !this.cooccurrence && (this.by === 'month' || this.by === 'origin');
    if (partition && all.length - rows.length === 1 && rows.length > 0) rows.pop();
    const shown = new Set(rows.map((r) => r.key));
    const left = all.filter((r) => !shown.has(r.key)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const suppressedKeys = left.map((r) => r.key);
    const pairs = this.cooccurrence ? { suppressedPairs: left.map((r) => r.pair!) } : {};
    return { rows, suppressed: suppressedKeys.length, suppressedKeys, ...pairs, total: this.total };
  }
}

/** Stories per group (a story counts once per group), groups below `minGroup` suppressed. */
export function countStories(
  stories: Iterable<Story>,
  by: CountBy = 'term',
  minGroup = DEFAULT_MIN_GROUP,
  version?: VersionId,
): CountTable {
  const counter = new StoryCounter({ by, minGroup, ...(version ? { version } : {}) });
  for (const story of stories) counter.add(story);
  return counter.table();
}

/** How often two terms are on the same story; pairs below `minGroup` suppressed. */
export function cooccurrence(stories: Iterable<Story>, minGroup = DEFAULT_MIN_GROUP, version?: VersionId): CountTable {
  const counter = new StoryCounter({ cooccurrence: true, minGroup, ...(version ? { version } : {}) });
  for (const story of stories) counter.add(story);
  return counter.table();
}
