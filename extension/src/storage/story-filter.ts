import { z } from 'zod';

/** What the library filters on. Every part is optional; all given parts must hold. */
export const StoryFilterSchema = z.strictObject({
  text: z.string().optional(),
  terms: z.array(z.string()).optional(),
  termMode: z.enum(['any', 'all']).default('any'),
  /** Inclusive ISO date-times on createdAt. */
  from: z.string().optional(),
  to: z.string().optional(),
  origin: z.string().optional(),
});
export type StoryFilter = z.input<typeof StoryFilterSchema>;

/** Where the previous page ended: the last story's [createdAt, id]. */
export type PageCursor = [createdAt: string, id: string];

/** Whether a filter narrows the library at all (an empty search or no terms filter nothing). */
export const filtersAnything = (filter: StoryFilter): boolean => Boolean(filter.text?.trim() || filter.terms?.length || filter.from || filter.to || filter.origin);
