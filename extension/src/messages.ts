import { z } from 'zod';

/**
 * Every message between extension parts. One schema each; the receiver parses before it acts.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** Side panel → background: read the selection of a tab again (after the user granted access to a frame's origin). */
  z.strictObject({ type: z.literal('capture-again'), tabId: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof MessageSchema>;
