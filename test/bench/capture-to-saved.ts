// Benchmark (prints figures; not a test): real toolbar clicks (CDP Extensions.triggerAction) in
// headless Chromium with the production build, each followed by a save from the keyboard, plus the
// injected script's size. The panel is sidepanel.html in a window of its own, visible beside the
// case page as the side panel is (Playwright cannot drive the browser's side panel itself, and a
// background tab is not what the user looks at: its renderer is scheduled as one). The browser's
// own side panel is switched off for the run (sidePanel.setOptions), so one panel renders each
// draft, as for a user; SIDE_PANEL=keep leaves it on (then two panels render every draft in the
// extension's one renderer process). Per capture:
// - click → shown: from just before the click is sent until the panel's first animation frame
//   with the draft's text in it (a requestAnimationFrame loop, started in the panel before the
//   click, stamps the time; the panel's clock offset to this process is measured before each click);
// - save → committed: from the Ctrl+Enter keydown in the panel until "Bewaard" is in its DOM,
//   both stamped in the panel; beside it, in the same page, a bare put of the same record (read
//   back from IndexedDB, under a new id, removed again untimed) in a strict-durability transaction
//   as the extension's writes use, one with the browser's default durability, a
//   browser.storage.local read + write (the save keeps the recently used tags there, after
//   "Bewaard"), and the save's own transaction over its four stores replayed alone (strict and
//   default), which splits the save into that transaction and the panel's script and render.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/capture-to-saved.ts
// (RUNS=200 by default.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { EXTENSION_DIR } from '../support/paths.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { benchJsonLine } from './figures.js';
import { percentile } from './mixed-queries.js';

const RUNS = Number(process.env.RUNS ?? 200);
const now = () => performance.timeOrigin + performance.now();

const captureJs = readFileSync(join(EXTENSION_DIR, 'capture.js'));
const server = await serveFixturePages();
const context = await launchWithExtension();
try {
  const worker = await extensionServiceWorker(context);
  const extensionId = extensionIdOf(worker);
  if (process.env.SIDE_PANEL !== 'keep') await worker.evaluate('chrome.sidePanel.setOptions({ enabled: false })');
  const opened = context.waitForEvent('page', (page) => page.url().endsWith('/sidepanel.html'));
  await worker.evaluate(`chrome.windows.create({ url: chrome.runtime.getURL('sidepanel.html'), type: 'popup', width: 420, height: 800 })`);
  const panel = await opened;
  await panel.waitForLoadState('load');
  const cdp = await context.browser()!.newBrowserCDPSession();
  const toShown: number[] = [];
  const toSaved: number[] = [];
  const barePutStrict: number[] = [];
  const saveTx: number[] = [];
  const saveTxDefault: number[] = [];
  const barePutDefault: number[] = [];
  const storageRoundTrip: number[] = [];
  const panelNow = () => panel.evaluate(() => performance.timeOrigin + performance.now());
  for (let i = 0; i < RUNS; i++) {
    const casePage = await context.newPage();
    await casePage.goto(`${server.origin}/dossier/bench-${i}-${Date.now()}`);
    await casePage.locator('#note-1').click({ clickCount: 3 });
    // As test/support/trigger-action.ts, but with the tab target found before the clock starts.
    await casePage.bringToFront();
    await casePage.waitForLoadState('load');
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
    const tab = targetInfos.find((target) => target.url === casePage.url());
    if (!tab) throw new Error(`no tab target for ${casePage.url()}`);
    // The panel's clock against this process's: the midpoint of one round trip.
    const before = now();
    const panelAt = await panelNow();
    const offset = panelAt - (before + now()) / 2;

    // Watching from before the click: a poller sent after it would start late and stamp late.
    // (A string: tsx would wrap a named inner function in a helper the page does not have.)
    await panel.evaluate(`(() => {
      globalThis.__shownAt = undefined;
      const frame = () => {
        if (document.getElementById('story-text')?.value.startsWith('Keukentafelgesprek')) globalThis.__shownAt = performance.timeOrigin + performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);

    const start = now();
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    const shownAt = (await (
      await panel.waitForFunction(() => (globalThis as unknown as { __shownAt?: number }).__shownAt ?? false, undefined, {
        timeout: 30_000,
      })
    ).jsonValue()) as number;
    toShown.push(shownAt - offset - start);

    // The user turns to the panel to tag and save.
    await panel.bringToFront();
    await panel.getByLabel('Zoek een term').fill('lef');
    await panel.keyboard.press('Enter');
    // Stamps in the panel: the Ctrl+Enter keydown, and the first DOM change that shows "Bewaard".
    await panel.evaluate(`(() => {
      const marks = (globalThis.__saveMarks = {});
      addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.ctrlKey && marks.key === undefined) marks.key = performance.now(); }, { capture: true });
      const observer = new MutationObserver(() => { if (document.querySelector('p.saved')) { marks.saved = performance.now(); observer.disconnect(); } });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await panel.keyboard.press('Control+Enter');
    await panel.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
    const marks = (await panel.evaluate('globalThis.__saveMarks')) as { key: number; saved: number };
    toSaved.push(marks.saved - marks.key);

    const puts = (await panel.evaluate(`(async () => {
      const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = tx.onabort = () => reject(tx.error); });
      const db = (globalThis.__benchDb ??= await new Promise((resolve, reject) => { const r = indexedDB.open('vertelpunt'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); }));
      // The story just saved: the newest by creation time.
      const newest = await new Promise((resolve) => { const r = db.transaction('stories').objectStore('stories').index('byCreated').openCursor(null, 'prev'); r.onsuccess = () => resolve(r.result.value); });
      const timedPut = async (durability) => {
        const copy = { ...newest, id: crypto.randomUUID() };
        const start = performance.now();
        const tx = db.transaction('stories', 'readwrite', { durability });
        tx.objectStore('stories').put(copy);
        await done(tx);
        const ms = performance.now() - start;
        const cleanup = db.transaction('stories', 'readwrite');
        cleanup.objectStore('stories').delete(copy.id);
        await done(cleanup);
        return ms;
      };
      // The save also reads the settings and the recent tags and writes the recent tags
      // (browser.storage.local, a round trip to the browser process each): one read + write, timed.
      const storageStart = performance.now();
      await chrome.storage.local.get('benchProbe');
      await chrome.storage.local.set({ benchProbe: ['kernwaarde-lef'] });
      const storage = performance.now() - storageStart;
      // The save's own transaction, as saveDraftAsStory issues it (the draft delete and the
      // existing-story read together, then the story and its engine row; the generation read and
      // written back unchanged), without the panel's script and render around it: strict, and the
      // same with default durability.
      const timedSaveTx = async (durability) => {
        const copy = { ...newest, id: crypto.randomUUID() };
        const row = await new Promise((resolve) => { const r = db.transaction('storyRows').objectStore('storyRows').get(newest.id); r.onsuccess = () => resolve({ ...r.result, id: copy.id }); });
        const start = performance.now();
        const tx = db.transaction(['stories', 'storyRows', 'engineState', 'drafts'], 'readwrite', { durability });
        tx.objectStore('drafts').delete(copy.id);
        const existing = tx.objectStore('stories').get(copy.id);
        existing.onsuccess = () => { tx.objectStore('stories').add(copy); tx.objectStore('storyRows').put(row); };
        const state = tx.objectStore('engineState');
        const generation = state.get('generation');
        generation.onsuccess = () => state.put(generation.result, 'generation');
        await done(tx);
        const ms = performance.now() - start;
        const cleanup = db.transaction(['stories', 'storyRows'], 'readwrite');
        cleanup.objectStore('stories').delete(copy.id);
        cleanup.objectStore('storyRows').delete(copy.id);
        await done(cleanup);
        return ms;
      };
      return { strict: await timedPut('strict'), default: await timedPut('default'), storage, saveTx: await timedSaveTx('strict'), saveTxDefault: await timedSaveTx('default') };
    })()`)) as { strict: number; default: number; storage: number; saveTx: number; saveTxDefault: number };
    barePutStrict.push(puts.strict);
    saveTx.push(puts.saveTx);
    saveTxDefault.push(puts.saveTxDefault);
    barePutDefault.push(puts.default);
    storageRoundTrip.push(puts.storage);
    await casePage.close();
  }
  const row = (name: string, values: number[]) =>
    console.log(
      `${name.padEnd(52)} median ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms  max ${Math.max(...values).toFixed(1)} ms`,
    );
  const gzipBytes = gzipSync(captureJs, { level: 9 }).length;
  console.log(`Capture benchmark, ${RUNS} toolbar clicks, headless Chromium, production build`);
  row('toolbar click → draft shown in the panel', toShown);
  row('Ctrl+Enter → "Bewaard" shown (save committed)', toSaved);
  row('bare put of the same record, strict durability', barePutStrict);
  row('bare put of the same record, default durability', barePutDefault);
  row('storage.local get + set (recent tags), same page', storageRoundTrip);
  row("the save's transaction alone (4 stores), strict", saveTx);
  row("the save's transaction alone (4 stores), default", saveTxDefault);
  console.log(`injected capture.js: ${captureJs.length} B, ${gzipBytes} B gzipped`);
  console.log(
    benchJsonLine({
      clicks: RUNS,
      clickToShownP50Ms: percentile(toShown, 50),
      clickToShownP95Ms: percentile(toShown, 95),
      saveP50Ms: percentile(toSaved, 50),
      saveP95Ms: percentile(toSaved, 95),
      barePutStrictP50Ms: percentile(barePutStrict, 50),
      barePutDefaultP50Ms: percentile(barePutDefault, 50),
      storageGetSetP50Ms: percentile(storageRoundTrip, 50),
      saveTxStrictP50Ms: percentile(saveTx, 50),
      saveTxDefaultP50Ms: percentile(saveTxDefault, 50),
      // Medians: a single garbage collection in 200 saves should not decide the ratio.
      saveRatioVsBarePut: percentile(toSaved, 50) / percentile(barePutStrict, 50),
      injectedBytes: captureJs.length,
      injectedGzipBytes: gzipBytes,
    }),
  );
} finally {
  await context.close();
  await server.close();
}
