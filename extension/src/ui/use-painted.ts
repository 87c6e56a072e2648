import { useEffect, useState } from 'preact/hooks';

/**
 * False for a component's first render, true from the render after it was painted: what can
 * wait a frame (the side panel's detection and suggestions) waits, so the clip shows at once.
 * Preact runs effects after the next animation frame, i.e. after the first paint.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
