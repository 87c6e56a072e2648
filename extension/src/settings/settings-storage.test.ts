import { fakeBrowser } from './fake-browser-globals';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test loads the modules afresh: a storage item migrates when it is defined, as in the extension.
// The first load transforms the workspace packages settings import (seconds on a busy machine).
vi.setConfig({ testTimeout: 30_000 });
const load = async () => {
  vi.resetModules();
  return { settings: await import('./settings'), recent: await import('./recent-tags'), capture: await import('../capture/capture-state') };
};

beforeEach(() => fakeBrowser.reset());

describe('settings as a wxt/storage item', () => {
  it('reads and migrates the settings version 1 stored (consent as a bare status)', async () => {
    const v1 = { systems: { 'https://reg.example.nl': { keepFullUrl: true } }, author: 'Team Noord', defaultConsent: 'alleen-intern' };
    await fakeBrowser.storage.local.set({ settings: v1 });
    const { settings } = await load();
    expect(await settings.loadUserSettings()).toEqual({ ...v1, defaultConsent: { status: 'alleen-intern', purpose: '' } });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...v1, defaultConsent: { status: 'alleen-intern', purpose: '' } },
      settings$: { v: 2 },
    });
  });

  it('starts from the defaults and stores a save at version 2', async () => {
    const { settings } = await load();
    const defaults = await settings.loadUserSettings();
    expect(defaults).toEqual({ systems: {}, author: '', defaultConsent: { status: 'geanonimiseerd', purpose: '' } });
    await settings.saveSettings({ ...defaults, author: 'X' });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...defaults, author: 'X' },
      settings$: { v: 2 },
    });
  });

  it('falls back to the defaults for unreadable settings rather than blocking capture', async () => {
    await fakeBrowser.storage.local.set({ settings: { author: 42 }, settings$: { v: 2 } });
    const { settings } = await load();
    expect((await settings.loadUserSettings()).author).toBe('');
  });

  it('applies the organisation policy from managed storage over what the user stored', async () => {
    await fakeBrowser.storage.local.set({
      settings: { systems: {}, author: 'Zelf', defaultConsent: { status: 'toestemming-inwoner', purpose: 'eigen' } },
      settings$: { v: 2 },
    });
    await fakeBrowser.storage.managed.set({ professionalId: 'wt-017', defaultConsent: 'alleen-intern', minimumGroupSize: 'tien' });
    const { settings } = await load();
    const effective = await settings.loadSettings();
    expect(effective.author).toBe('wt-017');
    expect(effective.defaultConsent).toEqual({ status: 'alleen-intern', purpose: 'eigen' });
    expect(effective.minimumGroupSize).toBeUndefined();
    expect((await settings.loadPolicy()).problems.map((p) => p.key)).toEqual(['minimumGroupSize']);
    // The user's own values are kept underneath, for when the policy goes.
    expect((await settings.loadUserSettings()).author).toBe('Zelf');
  });
});

describe('recent tags and capture state as wxt/storage items', () => {
  it('reads the recent tags stored before and keeps the newest first', async () => {
    await fakeBrowser.storage.local.set({ recentTags: ['kernwaarde-lef'] });
    const { recent } = await load();
    expect(await recent.loadRecentTags()).toEqual(['kernwaarde-lef']);
    await recent.rememberTags(['kernwaarde-samen', 'kernwaarde-lef']);
    expect((await fakeBrowser.storage.local.get('recentTags')).recentTags).toEqual(['kernwaarde-samen', 'kernwaarde-lef']);
  });

  it('reads, writes and watches the capture state in session storage', async () => {
    await fakeBrowser.storage.session.set({ captureState: { status: 'capturing', at: 1 } });
    const { capture } = await load();
    expect(await capture.getCaptureState()).toEqual({ status: 'capturing', at: 1 });
    const seen: unknown[] = [];
    const stop = capture.onCaptureStateChange((state) => seen.push(state));
    await capture.setCaptureState({ status: 'ready', draftId: 'd1', at: 2 });
    await fakeBrowser.storage.session.set({ captureState: { status: 'nonsense' } });
    stop();
    await capture.setCaptureState({ status: 'idle' });
    expect(seen).toEqual([{ status: 'ready', draftId: 'd1', at: 2 }]);
  });
});
