import type { RowChange } from '@vertelpunt/query';

/** The channel on which every committed story write is announced to the other pages and workers of the extension. */
export const WRITE_NEWS_CHANNEL = 'vertelpunt-story-writes';

/** What one committed write transaction changed; without `changes`, listeners re-read (a large import). */
export interface WriteNews {
  generation: number;
  changes?: RowChange[];
}

/**
 * Tells every other page and worker of the extension (BroadcastChannel reaches all contexts of
 * the origin but the sender object) that stories changed, after the transaction committed.
 */
export function announceWrites(news: WriteNews): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(WRITE_NEWS_CHANNEL);
  channel.postMessage(news);
  channel.close();
}
