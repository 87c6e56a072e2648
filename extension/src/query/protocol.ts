import { z } from 'zod';
import type { Story } from '@vertelpunt/stories';
import { StoryFilterSchema } from '../storage/story-filter';

// The messages between a page of the extension and its query worker, checked on both sides:
// a worker is another thread, and a message is a boundary like any other. Every request carries
// a number `n` that its reply repeats, and `atLeast`: the page's latest write generation, so an
// answer never predates what the page itself saved.

const base = { n: z.number().int().nonnegative(), atLeast: z.number().int().nonnegative().default(0) };

export const QueryRequestSchema = z.discriminatedUnion('type', [
  /** One page of matching ids, newest first, and how many match. */
  z.strictObject({
    type: z.literal('page'),
    ...base,
    filter: StoryFilterSchema,
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive().max(10_000),
    /** Also the stories themselves, read and parsed here, off the page's thread (the list's pages while it scrolls). */
    stories: z.boolean().optional(),
  }),
  /** For each term, how many matching stories carry it. */
  z.strictObject({ type: z.literal('facets'), ...base, filter: StoryFilterSchema }),
  /** The distinct origins of all stories. */
  z.strictObject({ type: z.literal('origins'), ...base }),
  /** Stories per term, pair of terms and month of the matching stories. */
  z.strictObject({ type: z.literal('overview'), ...base, filter: StoryFilterSchema }),
]);
export type QueryRequest = z.input<typeof QueryRequestSchema>;
export type ParsedQueryRequest = z.infer<typeof QueryRequestSchema>;

const pairs = z.array(z.tuple([z.string(), z.number().int().nonnegative()]));
/** Pairs of terms with their stories: [[term, term], stories]. */
const termPairs = z.array(z.tuple([z.tuple([z.string(), z.string()]), z.number().int().nonnegative()]));

export const QueryReplySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('page'),
    n: z.number().int(),
    total: z.number().int().nonnegative(),
    ids: z.array(z.string()),
    // Parsed with the full story schema in the worker; parsing them again here would put back
    // on the page's thread the work the worker took off it: the shape the list relies on is checked.
    stories: z
      .array(z.custom<Story>((v) => typeof (v as Story | null)?.id === 'string' && typeof (v as Story).title === 'string'))
      .optional(),
  }),
  z.strictObject({ type: z.literal('facets'), n: z.number().int(), counts: pairs }),
  z.strictObject({ type: z.literal('origins'), n: z.number().int(), origins: z.array(z.string()) }),
  z.strictObject({
    type: z.literal('overview'),
    n: z.number().int(),
    groups: z.strictObject({ total: z.number().int().nonnegative(), terms: pairs, pairs: termPairs, months: pairs }),
  }),
  /** The request could not be answered (e.g. the database could not be opened); `n` absent when no request was understood. */
  z.strictObject({
    type: z.literal('failed'),
    n: z.number().int().optional(),
    message: z.string(),
    name: z.string().optional(),
    // A failed upgrade of the database, so that the page can say what it means (storage-problem.ts).
    migration: z.strictObject({ toVersion: z.number().int(), cause: z.string() }).optional(),
  }),
  /** Unasked: the stories changed (another page or tab wrote): what the page shows may be stale. */
  z.strictObject({ type: z.literal('changed'), generation: z.number().int() }),
  /** Unasked: stored records that do not read as stories, left out of every answer. */
  z.strictObject({ type: z.literal('unreadable'), records: z.array(z.strictObject({ id: z.string(), problem: z.string() })) }),
]);
export type QueryReply = z.infer<typeof QueryReplySchema>;
