import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the library loaded at its first use and kept; a failed load is tried again at the
 * next use. `now()` is the part once loaded, so a page that has it renders it without a wait.
 */
export interface LaterPart<T> {
  (): Promise<T>;
  now(): T | undefined;
}

function onFirstUse<T>(load: () => Promise<T>): LaterPart<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  const part = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.assign(part, { now: () => loaded });
}

// The library's first rows need neither part: each is most of the page's code, and many visits
// never open an editor or an export.
/** The story editor with the de-identifier's review, the term picker with its suggestions, bulk retag, undo of a delete. */
export const editingPart = onFirstUse(() => import('./editing-part'));
/** The export and import dialogs and the backup, with every export format's encoder. */
export const exchangePart = onFirstUse(() => import('./exchange-part'));

/** The part once `wanted` (undefined until it has loaded). */
export function useLaterPart<T>(part: LaterPart<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState(part.now);
  useEffect(() => {
    if (wanted && !loaded)
      void part().then(
        (module) => setLoaded(() => module),
        () => undefined,
      );
  }, [wanted]);
  return loaded ?? part.now();
}
