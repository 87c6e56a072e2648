import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** Why a capture did not produce a draft; each has its own Dutch message in the side panel. */
export const CAPTURE_FAILURES = ['no-selection', 'not-allowed', 'too-large', 'frame-not-allowed', 'unreadable'] as const;
export type CaptureFailure = (typeof CAPTURE_FAILURES)[number];

/** The most frame origins a failed capture names; a page with more embeds is odd enough. */
export const MAX_FRAME_ORIGINS = 20;

/**
 * The last capture, as the side panel shows it. Kept in session storage: it survives a
 * service-worker restart and the panel reopening, and holds no clipped text (that is in the draft).
 */
export const CaptureStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('idle') }),
  z.strictObject({ status: z.literal('capturing'), at: z.number() }),
  z.strictObject({ status: z.literal('ready'), draftId: z.string(), at: z.number() }),
  z.strictObject({
    status: z.literal('failed'),
    reason: z.enum(CAPTURE_FAILURES),
    detail: z.string().optional(),
    /** With frame-not-allowed: the origins of the frames the extension could not read. */
    frameOrigins: z.array(z.string()).max(MAX_FRAME_ORIGINS).optional(),
    tabId: z.number().int().optional(),
    at: z.number(),
  }),
]);
export type CaptureState = z.infer<typeof CaptureStateSchema>;

/** In `storage.session` as `captureState`, as before. */
export const captureStateItem = storage.defineItem<unknown>('session:captureState', { fallback: { status: 'idle' } });

const read = (value: unknown): CaptureState => {
  const parsed = CaptureStateSchema.safeParse(value);
  return parsed.success ? parsed.data : { status: 'idle' };
};

export async function setCaptureState(state: CaptureState): Promise<void> {
  await captureStateItem.setValue(CaptureStateSchema.parse(state));
}

export async function getCaptureState(): Promise<CaptureState> {
  return read(await captureStateItem.getValue());
}

export function onCaptureStateChange(listener: (state: CaptureState) => void): () => void {
  return captureStateItem.watch((value) => {
    // An unreadable value is ignored, as before; `watch` hands the fallback for a removed one.
    const parsed = CaptureStateSchema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  });
}
