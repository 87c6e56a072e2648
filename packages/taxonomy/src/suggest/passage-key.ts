import { foldForMatching } from '../fold.js';

/** The key of a cited quote's seed paragraph in the generated suggestion data. */
export function passageKey(seed: string, quote: string): string {
  return `${seed}#${foldForMatching(quote)}`;
}
