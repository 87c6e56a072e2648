/** Saves the latest value shortly after changes stop, and at once when the page goes away. */
export interface Autosave<T> {
  /** Remembers `value` as the one to save, after the delay (a newer value replaces it). */
  schedule(value: T): void;
  /** Saves the pending value now, if there is one. */
  flush(): Promise<void>;
  /** Forgets the pending value (e.g. the draft is being saved as a story or discarded). */
  cancel(): void;
  /** Flushes and stops listening to the page. */
  dispose(): Promise<void>;
}

export interface AutosaveOptions {
  delayMs: number;
  /** Told about a save that failed (e.g. a full disk), so the page can show it. */
  onError?: (error: unknown) => void;
  // Seams for tests: the page's window and document.
  window_?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document_?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/**
 * A debounced save that never drops the last change: closing the side panel or the tab within
 * the delay fires `visibilitychange` (hidden) and `pagehide`, and the pending value is written
 * then. (`beforeunload` is not fired for a closing side panel; `pagehide` and `visibilitychange`
 * are, and the IndexedDB write started there completes.)
 */
export function createAutosave<T>(save: (value: T) => Promise<void>, options: AutosaveOptions): Autosave<T> {
  const { delayMs, onError, window_ = window, document_ = document } = options;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const next = pending;
    pending = undefined;
    if (!next) return;
    try {
      await save(next.value);
    } catch (error) {
      onError?.(error);
    }
  };
  const onPageHide = () => void flush();
  const onVisibility = () => {
    if (document_.visibilityState === 'hidden') void flush();
  };
  window_.addEventListener('pagehide', onPageHide);
  document_.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(value) {
      pending = { value };
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
    async dispose() {
      window_.removeEventListener('pagehide', onPageHide);
      document_.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}
