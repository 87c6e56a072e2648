import { fakeBrowser } from '../settings/fake-browser-globals';
import { beforeEach, describe, expect, it } from 'vitest';
import { aDraft } from '../drafts/a-draft';
import type { Draft } from '../drafts/draft';
import { onDraftAnnounced } from './draft-news';

beforeEach(() => fakeBrowser.reset());

describe('onDraftAnnounced', () => {
  const heard = () => {
    const drafts: [Draft, number][] = [];
    onDraftAnnounced((draft, at) => drafts.push([draft, at]));
    return drafts;
  };
  const own = () => ({ id: fakeBrowser.runtime.id });

  it("hands on a draft announced by the extension's own background, parsed", async () => {
    const drafts = heard();
    const draft = aDraft();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'draft-captured', draft, at: 1234 }, own(), () => undefined);
    expect(drafts).toEqual([[draft, 1234]]);
  });

  it('ignores another sender, another message and a draft that is not one', async () => {
    const drafts = heard();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'draft-captured', draft: aDraft(), at: 1 },
      { id: 'another-extension' },
      () => undefined,
    );
    await fakeBrowser.runtime.onMessage.trigger({ type: 'capture-again', tabId: 3 }, own(), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'draft-captured', draft: { ...aDraft(), text: 7 }, at: 1 }, own(), () => undefined);
    expect(drafts).toEqual([]);
  });
});
