/** How long focus is watched after a dialog goes (a list reloading after the save re-renders its rows). */
const WATCH_MS = 2000;

/**
 * Gives the focus back to what opened a dialog, as WAI-ARIA's dialog pattern asks. The opener
 * may be replaced while or just after the dialog closes (the list re-renders after a save), which
 * drops the focus to the page's start; for a moment the focus then goes to what `find` returns.
 * Once the user moves the focus elsewhere, it is left alone.
 */
export function restoreFocus(opener: Element | null, find: () => HTMLElement | null, now: () => number = () => performance.now()): void {
  const until = now() + WATCH_MS;
  let ours = opener instanceof HTMLElement && opener.isConnected ? opener : find();
  ours?.focus();
  const watch = () => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (!lost && active !== ours) return; // the user moved on
    if (lost) {
      const target = find();
      if (target) {
        ours = target;
        target.focus();
      }
    }
    if (now() < until) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}
