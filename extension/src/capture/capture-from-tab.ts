import { browser, type Browser } from 'wxt/browser';
import { ClipSchema, MAX_CLIP_BYTES, defaultTitle, utf8Length } from '@vertelpunt/stories';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { untilTabLoaded } from '../browser/tab-loaded';
import { loadSettings } from '../settings/settings';
import { saveDraft } from '../drafts/drafts';
import type { Draft } from '../drafts/draft';
import { emptyReview } from '../deid/review-state';
import { settled, within, type CaptureOutcome } from './capture-outcome';
import { announceDraft } from './draft-news';
import { MAX_FRAME_ORIGINS, setCaptureState } from './capture-state';
import { isInjectableUrl } from './injectable';
import { pickFrame, unreadFrameOrigins } from './pick-frame';
import { retryRefused } from './retry-refused';
import { sourceOf } from './source-of';

export type { CaptureOutcome } from './capture-outcome';

/** A frame that never answers (a page stuck in a script, a modal dialog) must not hold the capture. */
const FRAME_ANSWER_TIMEOUT_MS = 10_000;

type Tab = Pick<Browser.tabs.Tab, 'id' | 'url'>;

function readFrames(tabId: number) {
  return retryRefused(() => browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/capture.js'] }), {
    untilPageLoaded: () => untilTabLoaded(tabId),
  });
}

/**
 * The one capture handler behind the toolbar button, the context-menu item and the keyboard
 * command: reads the selection from the tab's frames, keeps it as a draft, and tells the side
 * panel (through the capture state) what happened.
 */
export async function captureFromTab(tab: Tab | undefined, now: () => Date = () => new Date()): Promise<CaptureOutcome> {
  // The page is read while "capturing" is being stored (a round trip to the browser); the outcome
  // is stored after it, so the panel sees the two in order.
  const capturing = setCaptureState({ status: 'capturing', at: now().getTime() });
  capturing.catch(() => undefined); // awaited below, where its error still reaches the caller
  const outcome = await settled(() => capture(tab, now));
  await capturing;
  await setCaptureState(
    outcome.ok
      ? { status: 'ready', draftId: outcome.draft.id, at: now().getTime() }
      : {
          status: 'failed',
          reason: outcome.reason,
          ...(outcome.detail ? { detail: outcome.detail.slice(0, 500) } : {}),
          ...(outcome.frameOrigins ? { frameOrigins: outcome.frameOrigins.slice(0, MAX_FRAME_ORIGINS) } : {}),
          ...(tab?.id !== undefined ? { tabId: tab.id } : {}),
          at: now().getTime(),
        },
  );
  return outcome;
}

async function capture(tab: Tab | undefined, now: () => Date): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return { ok: false, reason: 'not-allowed' };
  // The event's tab may come without its URL; the tab itself has it once activeTab is granted.
  const url = tab.url ?? (await browser.tabs.get(tab.id).catch(() => undefined))?.url;
  if (!isInjectableUrl(url)) return { ok: false, reason: 'not-allowed', ...(url ? { detail: new URL(url).protocol } : {}) };
  // Read while the frames are: the draft needs the settings only at the end.
  const settingsRead = loadSettings();
  settingsRead.catch(() => undefined); // a capture that ends early never awaits it; one that does sees the error
  // A refused injection means the page may not be read; a page that never answers is a timeout
  // (thrown, so it ends as 'unreadable').
  const read = await within(
    readFrames(tab.id).then(
      (results) => ({ results }),
      (error: Error) => ({ refused: error.message }),
    ),
    FRAME_ANSWER_TIMEOUT_MS,
    'reading the frames of the page',
  );
  if ('refused' in read) return { ok: false, reason: 'not-allowed', detail: read.refused };
  const { results } = read;
  const selection = pickFrame(results);
  if (!selection) {
    // Never "no selection" while a frame went unread: the selection may well be in there.
    const frameOrigins = unreadFrameOrigins(results);
    return frameOrigins.length > 0 ? { ok: false, reason: 'frame-not-allowed', frameOrigins } : { ok: false, reason: 'no-selection' };
  }
  if (typeof selection.text === 'string' && utf8Length(selection.text) > MAX_CLIP_BYTES) {
    return { ok: false, reason: 'too-large', detail: `${Math.ceil(utf8Length(selection.text) / 1024)} kB` };
  }
  const { focused, ...payload } = selection;
  const clip = ClipSchema.safeParse(payload);
  if (!clip.success) return { ok: false, reason: 'unreadable', detail: clip.error.issues[0]?.message };

  const settings = await settingsRead;
  const at = now().toISOString();
  const draft: Draft = {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    // Triple-clicks and block selections bring a trailing line break; the story needs none.
    text: clip.data.text.trim(),
    title: defaultTitle(clip.data.text),
    notes: '',
    tags: { version: LATEST_VERSION, terms: [] },
    selectors: clip.data.selectors,
    source: sourceOf(clip.data.url, clip.data.pageTitle, settings),
    consent: settings.defaultConsent,
    container: clip.data.container,
    review: emptyReview(),
  };
  // An open panel shows the draft as soon as its write is under way, without reading it back.
  await saveDraft(draft, () => announceDraft(draft, now().getTime()));
  return { ok: true, draft };
}
