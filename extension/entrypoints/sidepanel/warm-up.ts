import { warmUp as warmUpDeid } from '@vertelpunt/deid';
import { warmUpSuggestions } from '@vertelpunt/taxonomy';

/**
 * When the panel opens, once the page is idle, detect a short note and rank the vocabulary's own
 * descriptions, so that the first clip pays neither for compiling the de-identifier's patterns nor
 * for building the suggestion indexes, nor for a cold JIT (packages/deid/src/warm-up.ts,
 * packages/taxonomy/src/suggest.ts). Two idle slots, so neither blocks input for long.
 */
export function scheduleWarmUp(): void {
  whenIdle(() => {
    warmUpDeid();
    whenIdle(() => void warmUpSuggestions());
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
