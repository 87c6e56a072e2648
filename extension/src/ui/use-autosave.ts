import { useEffect, useRef } from 'preact/hooks';
import { createAutosave, type Autosave } from './autosave';

/**
 * A component's autosave (see createAutosave): one per mounted component, flushed when the
 * component unmounts (e.g. the side panel switches to another draft) or the page goes away.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs: number, onError?: (error: unknown) => void): Autosave<T> {
  // The latest callbacks, so a re-render never loses the pending value.
  const latest = useRef({ save, onError });
  latest.current = { save, onError };
  const autosave = useRef<Autosave<T> | undefined>(undefined);
  autosave.current ??= createAutosave<T>((value) => latest.current.save(value), {
    delayMs,
    onError: (error) => latest.current.onError?.(error),
  });
  useEffect(() => {
    const mine = autosave.current!;
    return () => void mine.dispose();
  }, []);
  return autosave.current;
}
