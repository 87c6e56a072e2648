// Keystrokes and seconds for the tour's capture → tag → save, for one or more builds (prints figures; not a test).
// The same scripted path on each build (tag-by-keys.ts): the note is selected, the toolbar command
// captures it (1 key, Alt+Shift+V), one key moves the keyboard into the side panel (F6 in Chrome),
// then Tab to the term search where it is not focused already, each of the tour's two terms by its
// suggestion's number where the panel offers one, else by its search word and Enter, Ctrl+Enter.
// Run: node --conditions=vertelpunt-source --import tsx test/tour/measure-capture-tag-save.ts <build dir>... (default: this build)
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { EXTENSION_DIR } from '../support/paths.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { clickToolbarButton } from '../support/trigger-action.js';
import { tagByKeysAndSave, TOUR_TERMS } from './tag-by-keys.js';

const RUNS = Number(process.env.RUNS ?? 5);
/** Keys every build needs around the panel's own: the capture shortcut and the key into the panel. */
const KEYS_OUTSIDE_PANEL = 2;
// Keystroke-level model (Card, Moran & Newell 1980): an average skilled typist's key press, and
// the mental preparation before each choice (two terms and the save, the same on every build).
const K_SECONDS = 0.28;
const M_SECONDS = 1.35;
const DECISIONS = TOUR_TERMS.length + 1;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(extensionDir: string, origin: string): Promise<{ keys: number; seconds: number[] }> {
  const context = await launchWithExtension({ extensionDir });
  try {
    const extensionId = extensionIdOf(await extensionServiceWorker(context));
    const panel = await openSidePanelAsTab(context, extensionId);
    await panel.setViewportSize({ width: 420, height: 800 });
    const seconds: number[] = [];
    let keys = 0;
    for (let run = 0; run < RUNS; run++) {
      const casePage = await context.newPage();
      await casePage.goto(`${origin}/dossier/measure-${run}-${Date.now()}`);
      await casePage.locator('#note-1').click({ clickCount: 3 });
      const start = performance.now();
      await clickToolbarButton(context, extensionId, casePage);
      await panel.waitForFunction(() => document.querySelector('.deid-text')?.textContent?.startsWith('Keukentafelgesprek') ?? false);
      await panel.bringToFront();
      const count = await tagByKeysAndSave(panel);
      seconds.push((performance.now() - start) / 1000);
      keys = count.presses + KEYS_OUTSIDE_PANEL;
      await casePage.close();
    }
    return { keys, seconds };
  } finally {
    await context.close();
  }
}

const dirs = process.argv.slice(2);
const builds = dirs.length > 0 ? dirs : [EXTENSION_DIR];
const server = await serveFixturePages();
try {
  console.log(
    `capture → tag (${TOUR_TERMS.map((t) => t.id).join(', ')}) → save, demo note 1, side panel 420 × 800, ${RUNS} runs per build`,
  );
  for (const dir of builds) {
    const { keys, seconds } = await measure(dir, server.origin);
    const estimate = keys * K_SECONDS + DECISIONS * M_SECONDS;
    console.log(
      `${dir}\n  key presses: ${keys} (${KEYS_OUTSIDE_PANEL} outside the panel)\n  scripted wall time, median: ${median(seconds).toFixed(2)} s (min ${Math.min(...seconds).toFixed(2)}, max ${Math.max(...seconds).toFixed(2)})\n  a person at the keyboard (keystroke-level model, ${K_SECONDS} s a key + ${M_SECONDS} s per choice × ${DECISIONS}): ${estimate.toFixed(1)} s`,
    );
  }
} finally {
  await server.close();
}
