import { z } from 'zod';
import {
  ConsentSchema,
  SelectorSchema,
  StorySourceSchema,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  utf8Length,
  MAX_CLIP_BYTES,
} from '@vertelpunt/stories';
import { TagSetInputSchema } from '@vertelpunt/taxonomy';
import { DeidReviewSchema } from '../deid/review-state';

/**
 * An unsaved clip and the edits made to it in the side panel. It survives the panel closing and
 * the service worker restarting, until the user saves or discards it. Tags may still be
 * incomplete here (a story needs one; a draft does not).
 */
export const DraftSchema = z.strictObject({
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  text: z.string().refine((t) => utf8Length(t) <= MAX_CLIP_BYTES, 'text too large'),
  title: z.string().max(MAX_TITLE_LENGTH),
  notes: z.string().max(MAX_NOTES_LENGTH),
  tags: TagSetInputSchema,
  selectors: z.array(SelectorSchema).max(4),
  source: StorySourceSchema,
  consent: ConsentSchema,
  container: z.enum(['document', 'shadow-root', 'text-field', 'contenteditable']),
  /** The user's review of the personal data found in the text. */
  review: DeidReviewSchema.default(DeidReviewSchema.parse({})),
});
export type Draft = z.output<typeof DraftSchema>;
