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

/** The parts of a filter that narrow the library (an empty search, no terms, or a term mode without terms narrow nothing). */
export function narrowingPart(filter: StoryFilter): StoryFilter {
  const out: StoryFilter = {};
  if (filter.text?.trim()) out.text = filter.text;
  if (filter.terms?.length) out.terms = [...filter.terms];
  if (filter.terms?.length && filter.termMode === 'all') out.termMode = 'all';
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.origin) out.origin = filter.origin;
  return out;
}

/** Whether a filter narrows the library at all. */
export const filtersAnything = (filter: StoryFilter): boolean => Object.keys(narrowingPart(filter)).length > 0;
