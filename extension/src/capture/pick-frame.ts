import type { BlockedFrame, FrameSelection } from './read-selection';

/** One frame's answer to the injected script (InjectionResult, narrowed to what we use). */
export interface FrameResult {
  frameId: number;
  result?: unknown;
}

/**
 * Chooses the frame whose selection the user meant: a frame that has one, the focused frame
 * first (each frame keeps its own selection), then the top frame, then document order.
 */
export function pickFrame(results: readonly FrameResult[]): FrameResult | undefined {
  const withSelection = results.filter((r) => r.result !== null && typeof r.result === 'object' && 'text' in r.result);
  const focused = (r: FrameResult) => ((r.result as Partial<FrameSelection>).focused ? 0 : 1);
  return [...withSelection].sort((a, b) => focused(a) - focused(b) || Number(a.frameId !== 0) - Number(b.frameId !== 0))[0];
}

/** The origin of a focused frame the script could not enter, when no frame had a selection. */
export function blockedFrameOrigin(results: readonly FrameResult[]): string | undefined {
  for (const { result } of results) {
    if (result !== null && typeof result === 'object' && 'blockedFrameOrigin' in result) {
      const origin = (result as BlockedFrame).blockedFrameOrigin;
      if (typeof origin === 'string') return origin;
    }
  }
  return undefined;
}
