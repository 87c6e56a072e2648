// Capture on pages nobody here has seen: for a page set (pages + cases.json, by a writer who read
// no code), each case's selection is made in the production build in Debian's Chromium, the
// toolbar button clicked as a user does, and the clip read from the side panel and compared with
// the text the writer expects (whitespace collapsed). A case that differs is reported, not failed:
// the score is the figure. Not part of the CI run; see README.md here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { test, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { EXTENSION_DIR, REPO_ROOT } from '../support/paths.js';
import { allowInSiteAccessSettings } from '../support/site-access.js';
import { clickToolbarButton } from '../support/trigger-action.js';
import { performSelection } from './perform-selection.js';
import { serveDirectory } from './serve-directory.js';
import { collapseWhitespace, firstDifference, readCases, type UnseenCase } from './unseen-cases.js';

const SET_DIR = resolve(process.env.UNSEEN_PAGES_DIR ?? join(import.meta.dirname, 'capture-unseen1'));
const SCORE_FILE = resolve(process.env.UNSEEN_SCORE_FILE ?? join(REPO_ROOT, 'out', 'unseen-pages', `${basename(SET_DIR)}-score.txt`));
const CAPTURE_WAIT_MS = 15_000;

/** The capture state the background keeps in session storage (see extension/src/capture/capture-state.ts). */
interface CaptureState {
  status: string;
  at?: number;
  reason?: string;
  frameOrigins?: string[];
}

/**
 * Waits until the capture is done before the panel opens: a panel tab opened earlier would take
 * the focus from the page while its frames are still being read, and the focused frame decides.
 */
async function captureDone(context: BrowserContext, after = 0): Promise<CaptureState> {
  const worker = await extensionServiceWorker(context);
  const until = Date.now() + CAPTURE_WAIT_MS;
  for (;;) {
    const state = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } })
        .chrome;
      return ((await chrome.storage.session.get('captureState')).captureState ?? { status: 'idle' }) as CaptureState;
    });
    if (((state.status === 'ready' || state.status === 'failed') && (state.at ?? 0) > after) || Date.now() > until) return state;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** What the side panel shows after the click: the clip's text, or the problem it names. */
async function readPanel(panel: Page, state: CaptureState): Promise<{ text?: string; problem?: string }> {
  if (state.status === 'ready') {
    const text = panel.getByLabel('Tekst', { exact: true });
    await text.waitFor({ state: 'attached', timeout: CAPTURE_WAIT_MS });
    return { text: await text.inputValue() };
  }
  if (state.status === 'failed') {
    const alert = panel.getByRole('alert').first();
    await alert.waitFor({ timeout: CAPTURE_WAIT_MS });
    return { problem: `${state.reason}: ${collapseWhitespace(await alert.innerText())}` };
  }
  return { problem: `still "${state.status}" after ${CAPTURE_WAIT_MS / 1000} s` };
}

function pageUrl(origin: string, page: string): string {
  const path = existsSync(join(SET_DIR, page)) ? page : join('pages', page);
  return `${origin}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** One case in a fresh profile: select, click, read the panel, compare. Never throws. */
async function runCase(origin: string, unseen: UnseenCase): Promise<{ ok: boolean; line: string }> {
  const context = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    const worker = await extensionServiceWorker(context);
    // The worker is listed before its script has run; a click before then finds no listener.
    await worker.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    const page = await context.newPage();
    await page.goto(pageUrl(origin, unseen.page));
    await performSelection(page, unseen);
    const extensionId = extensionIdOf(worker);
    await clickToolbarButton(context, extensionId, page);
    let state = await captureDone(context);
    const panel = await openSidePanelAsTab(context, extensionId);
    let shown = await readPanel(panel, state);
    // Where the panel asks for access to a frame's origin, the professional allows it and the
    // panel reads again: each origin it names, in its order, until one gives the clip.
    const allowed: string[] = [];
    for (const origin of state.reason === 'frame-not-allowed' ? (state.frameOrigins ?? []) : []) {
      if (shown.text !== undefined) break;
      await allowInSiteAccessSettings(context, extensionId, origin);
      allowed.push(origin);
      const before = state.at;
      await panel.locator('.problem button', { hasText: origin }).click();
      state = await captureDone(context, before);
      shown = await readPanel(panel, state);
    }
    const how = allowed.length > 0 ? ` (after allowing ${allowed.join(', ')} in the panel)` : '';
    const expected = collapseWhitespace(unseen.expected);
    if (shown.text === undefined) {
      return { ok: false, line: `${unseen.id} different${how} (no clip: ${shown.problem})\n  expected: ${expected}` };
    }
    const captured = collapseWhitespace(shown.text);
    if (captured === expected) return { ok: true, line: `${unseen.id} ok${how}` };
    return {
      ok: false,
      line: `${unseen.id} different${how}\n  expected: ${expected}\n  captured: ${captured}\n  ${firstDifference(expected, captured)}`,
    };
  } catch (error) {
    return { ok: false, line: `${unseen.id} different (the runner could not do the case: ${(error as Error).message.split('\n')[0]})` };
  } finally {
    await context.close();
  }
}

test('capture on an unseen page set: score', async () => {
  const only = process.env.UNSEEN_CASES?.split(',');
  const cases = (await readCases(SET_DIR)).filter((unseen) => !only || only.includes(unseen.id));
  test.setTimeout(cases.length * 90_000);
  const server = await serveDirectory(SET_DIR);
  const lines: string[] = [];
  let right = 0;
  try {
    for (const unseen of cases) {
      const { ok, line } = await runCase(server.origin, unseen);
      if (ok) right++;
      console.log(line);
      lines.push(line);
    }
  } finally {
    await server.close();
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'extension'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
  const score = `score: ${right} / ${cases.length} cases right`;
  console.log(score);
  const inRepo = !relative(REPO_ROOT, SET_DIR).startsWith('..');
  const report = [
    `set: ${inRepo ? relative(REPO_ROOT, SET_DIR) : SET_DIR} (${cases.length} cases)`,
    `command: cd test && UNSEEN_PAGES_DIR=${inRepo ? relative(join(REPO_ROOT, 'test'), SET_DIR) : SET_DIR} pnpm exec playwright test -c unseen-pages/unseen-pages.config.ts`,
    `date: ${new Date().toISOString()}`,
    `code: ${commit}${dirty ? ' with uncommitted changes in extension/' : ''}; production build (extension/.output/chrome-mv3), Debian Chromium, headless`,
    `load average (1, 5, 15 min) at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`,
    '',
    ...lines,
    '',
    score,
    '',
  ].join('\n');
  await mkdir(dirname(SCORE_FILE), { recursive: true });
  await writeFile(SCORE_FILE, report);
  console.log(`written to ${SCORE_FILE}`);
});
