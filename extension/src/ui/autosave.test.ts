import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

/** A window and document to fire page events on, with a visibility the test sets. */
function aPage() {
  const window_ = new EventTarget();
  const document_ = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return { window_, document_ };
}

describe('createAutosave (finding 7: closing the panel within the delay)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves only the latest value once changes stop for the delay', async () => {
    const saved: string[] = [];
    const autosave = createAutosave<string>(async (v) => void saved.push(v), { delayMs: 250, ...aPage() });
    autosave.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    autosave.schedule('ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(saved).toEqual(['ab']);
  });

  it('saves the pending value at once when the page is hidden or hides, and only once', async () => {
    const saved: string[] = [];
    const page = aPage();
    const autosave = createAutosave<string>(async (v) => void saved.push(v), { delayMs: 250, ...page });
    autosave.schedule('laatste letter');
    page.document_.visibilityState = 'hidden';
    page.document_.dispatchEvent(new Event('visibilitychange'));
    page.window_.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['laatste letter']);

    autosave.schedule('na terugkomst');
    page.window_.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['laatste letter', 'na terugkomst']);
  });

  it('does not save when the page becomes visible, nor after cancel', async () => {
    const save = vi.fn(async () => undefined);
    const page = aPage();
    const autosave = createAutosave<string>(save, { delayMs: 250, ...page });
    autosave.schedule('x');
    page.document_.dispatchEvent(new Event('visibilitychange')); // still visible
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    page.window_.dispatchEvent(new Event('pagehide'));
    expect(save).not.toHaveBeenCalled();
  });

  it('flushes on dispose and then stops listening; a failed save reaches onError', async () => {
    const errors: unknown[] = [];
    const page = aPage();
    const save = vi.fn(async () => {
      throw new DOMException('vol', 'QuotaExceededError');
    });
    const autosave = createAutosave<string>(save, { delayMs: 250, onError: (e) => errors.push(e), ...page });
    autosave.schedule('y');
    await autosave.dispose();
    expect(save).toHaveBeenCalledWith('y');
    expect(errors).toEqual([expect.objectContaining({ name: 'QuotaExceededError' })]);
    autosave.schedule('z');
    autosave.cancel();
    page.window_.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
