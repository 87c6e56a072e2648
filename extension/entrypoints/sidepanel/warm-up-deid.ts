import { warmUp } from '@vertelpunt/deid';

/**
 * When the panel opens, detect a short note once the page is idle, so that the first clip's
 * detection does not pay for compiling patterns and a cold JIT (see packages/deid/src/warm-up.ts).
 */
export function scheduleDeidWarmUp(): void {
  const run = () => void warmUp();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
