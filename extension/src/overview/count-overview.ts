import { StoryCounter } from '@vertelpunt/exchange';
import type { Story } from '@vertelpunt/stories';

/** The three counts the overview draws, made in one pass over the stories. */
export interface OverviewCounts {
  terms: StoryCounter;
  pairs: StoryCounter;
  months: StoryCounter;
}

export interface CountOptions {
  /** Told how many stories have been counted, every `every` stories and at the end. */
  onProgress?: (counted: number) => void;
  /** Stop early (a newer filter): the result is then undefined. */
  signal?: AbortSignal;
  /** Stories between progress reports and pauses (default 500, one read batch). */
  every?: number;
  /** Gives the page a turn to paint and handle input; a test passes one that returns at once. */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Counts stories by term, by pair of terms and by month in one pass. Counters keep every group,
 * so the page asks each for its table at any minimum group size without counting again. Between
 * batches it yields to the page (100,000 stories take a few hundred of those), so progress shows
 * and the filters stay usable while it counts.
 */
export async function countOverview(stories: AsyncIterable<Story>, { onProgress, signal, every = 500, pause = nextTask }: CountOptions = {}): Promise<OverviewCounts | undefined> {
  // minGroup 1 at count time: the page chooses the minimum when it asks for a table.
  const counts: OverviewCounts = {
    terms: new StoryCounter({ by: 'term', minGroup: 1 }),
    pairs: new StoryCounter({ cooccurrence: true, minGroup: 1 }),
    months: new StoryCounter({ by: 'month', minGroup: 1 }),
  };
  let counted = 0;
  for await (const story of stories) {
    if (signal?.aborted) return undefined;
    counts.terms.add(story);
    counts.pairs.add(story);
    counts.months.add(story);
    counted += 1;
    if (counted % every === 0) {
      onProgress?.(counted);
      await pause();
    }
  }
  if (signal?.aborted) return undefined;
  onProgress?.(counted);
  return counts;
}
