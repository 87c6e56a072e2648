import type { Page } from '@playwright/test';

/**
 * Scrolls the library list from row `fromRow` to row `toRow` in 40 steps, one a frame, as a
 * flick of the wheel does, until the last row's title is rendered; returns the longest gap
 * between two animation frames meanwhile (ms): the frame the user saw stutter.
 */
export async function longestFrameWhileScrolling(page: Page, fromRow: number, toRow: number, rowHeight = 88): Promise<number> {
  // Passed as text: tsx would wrap functions defined inside an evaluated function in a helper the page lacks.
  return (await page.evaluate(`(async () => {
    const viewport = document.querySelector('.story-viewport');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    viewport.scrollTop = ${fromRow} * ${rowHeight};
    await frame();
    await frame();
    let last = await frame();
    let longest = 0;
    let running = true;
    const tick = (now) => { longest = Math.max(longest, now - last); last = now; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    for (let step = 1; step <= 40; step++) {
      viewport.scrollTop = (${fromRow} + ((${toRow} - ${fromRow}) * step) / 40) * ${rowHeight};
      await frame();
    }
    const deadline = performance.now() + 60000;
    while (!document.querySelector('.story-row[aria-posinset="${toRow + 1}"] .story-title') && performance.now() < deadline) await frame();
    await frame();
    running = false;
    return longest;
  })()`)) as number;
}
