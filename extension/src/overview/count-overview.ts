import type { CountTable } from '@vertelpunt/exchange';
import { queryEngine } from '../query/query-client';
import type { StoryFilter } from '../storage/story-filter';

/** Counts of one kind, asked for a table at any minimum group size without counting again (as StoryCounter). */
export interface Counted {
  table(minGroup?: number): CountTable;
}

/** The three counts the overview draws. */
export interface OverviewCounts {
  terms: Counted;
  pairs: Counted;
  months: Counted;
}

export interface CountOptions {
  /** Told how many stories have been counted (once, at the end: the worker counts in one go). */
  onProgress?: (counted: number) => void;
  /** Stop early (a newer filter): the result is then undefined. */
  signal?: AbortSignal;
}

/**
 * Counts the stories that match the filter by term, by pair of terms and by month, in the query
 * worker (@vertelpunt/query), off the page's thread: the same tables StoryCounter makes from a
 * pass over the stories (packages/query/test/overview-groups.test.ts compares them).
 */
export async function countOverview(filter: StoryFilter, { onProgress, signal }: CountOptions = {}): Promise<OverviewCounts | undefined> {
  const counts = await queryEngine.overview(filter);
  if (signal?.aborted) return undefined;
  onProgress?.(counts.terms.table(1).total);
  return counts;
}
