import type { RowChange } from '@vertelpunt/query';
import { z } from 'zod';

/** The channel on which every committed story write is announced to the other pages and workers of the extension. */
export const WRITE_NEWS_CHANNEL = 'vertelpunt-story-writes';

/** What one committed write transaction changed; without `changes`, listeners re-read (a large import). */
export interface WriteNews {
  generation: number;
  changes?: RowChange[];
}

const RowSchema = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  origin: z.string(),
  version: z.string(),
  terms: z.array(z.string()),
  words: z.array(z.string()),
});

/** A message on the channel, checked by whoever hears it (another context is a boundary). */
export const WriteNewsSchema = z.strictObject({
  generation: z.number().int().positive(),
  changes: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('upsert'), row: RowSchema }),
        z.strictObject({ kind: z.literal('delete'), id: z.string() }),
      ]),
    )
    .optional(),
}) satisfies z.ZodType<WriteNews>;

let latest = 0;

/** The generation of the latest write this context committed: its queries wait for the engine to have it. */
export const latestWrite = (): number => latest;

/**
 * Tells every other page and worker of the extension (BroadcastChannel reaches all contexts of
 * the origin but the sender object) that stories changed, after the transaction committed.
 */
export function announceWrites(news: WriteNews): void {
  latest = Math.max(latest, news.generation);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(WRITE_NEWS_CHANNEL);
  channel.postMessage(news);
  channel.close();
}
