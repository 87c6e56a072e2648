import { fakeBrowser } from '../settings/fake-browser-globals';
import { browser, type Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { untilTabLoaded } from './tab-loaded';

const TAB_ID = 7;
/** The tab as tabs.get reports it; only its id and load status matter here. */
const tabWithStatus = (status: 'loading' | 'complete') => ({ id: TAB_ID, status }) as unknown as Browser.tabs.Tab;

/** tabs.get answering as `answer` does (its callback overload would hide the promise one from vi.spyOn's types). */
function tabsGetAnswers(answer: () => Promise<Browser.tabs.Tab>): void {
  (vi.spyOn(browser.tabs, 'get') as unknown as MockInstance<() => Promise<Browser.tabs.Tab>>).mockImplementation(answer);
}

describe('untilTabLoaded', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** Whether `promise` has settled once pending callbacks have run. */
  async function settledYet(promise: Promise<void>): Promise<boolean> {
    let settled = false;
    void promise.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    return settled;
  }

  it('resolves at once for a tab that has finished loading, and stops listening', async () => {
    tabsGetAnswers(async () => tabWithStatus('complete'));
    expect(await settledYet(untilTabLoaded(TAB_ID))).toBe(true);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
  });

  it('waits for a loading tab until that tab reports complete, not another tab', async () => {
    tabsGetAnswers(async () => tabWithStatus('loading'));
    const loaded = untilTabLoaded(TAB_ID);
    expect(await settledYet(loaded)).toBe(false);
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID + 1, { status: 'complete' }, tabWithStatus('complete'));
    expect(await settledYet(loaded)).toBe(false);
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'complete' }, tabWithStatus('complete'));
    expect(await settledYet(loaded)).toBe(true);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
  });

  it('stops waiting after the longest wait for a tab that stays loading', async () => {
    tabsGetAnswers(async () => tabWithStatus('loading'));
    const loaded = untilTabLoaded(TAB_ID, 500);
    await vi.advanceTimersByTimeAsync(499);
    expect(await settledYet(loaded)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settledYet(loaded)).toBe(true);
  });

  it('resolves at once for a tab that is gone', async () => {
    tabsGetAnswers(() => Promise.reject(new Error(`No tab with id: ${TAB_ID}`)));
    expect(await settledYet(untilTabLoaded(TAB_ID))).toBe(true);
  });
});
