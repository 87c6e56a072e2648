import { z } from 'zod';
import { DraftSchema } from './drafts/draft';

/**
 * Every message between extension parts. One schema each; the receiver parses before it acts.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** Side panel → background: read the selection of a tab again (after the user granted access to a frame's origin). */
  z.strictObject({ type: z.literal('capture-again'), tabId: z.number().int().nonnegative() }),
  /**
   * Background → side panel: the draft just captured, as soon as its write is under way, so an
   * open panel shows it without waiting for the commit and reading it back. `at` is the capture
   * state's clock (a panel ignores older states that arrive after it).
   */
  z.strictObject({ type: z.literal('draft-captured'), draft: DraftSchema, at: z.number() }),
]);
export type Message = z.infer<typeof MessageSchema>;
