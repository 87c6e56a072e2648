import type { Draft } from '../drafts/draft';
import type { CaptureFailure } from './capture-state';

/** What one capture came to: a draft, or the reason there is none. */
export type CaptureOutcome = { ok: true; draft: Draft } | { ok: false; reason: CaptureFailure; detail?: string; frameOrigins?: string[] };

/**
 * Runs one capture so that it always ends in an outcome: whatever it throws (a draft the store
 * refuses, a browser error) becomes 'unreadable' with the error's message, so the side panel
 * never stays at "Reading the selection…".
 */
export async function settled(run: () => Promise<CaptureOutcome>): Promise<CaptureOutcome> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** `promise`, or a rejection naming `what` once `ms` have passed without it settling. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
