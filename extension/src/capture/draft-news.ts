import { browser } from 'wxt/browser';
import type { Draft } from '../drafts/draft';
import { MessageSchema, type Message } from '../messages';

/** Tells open side panels about a draft just captured. No panel open is fine: it reads the draft when it opens. */
export function announceDraft(draft: Draft, at: number): void {
  browser.runtime.sendMessage({ type: 'draft-captured', draft, at } satisfies Message).catch(() => undefined);
}

/** Calls back with each draft announced by this extension's background, checked before use. */
export function onDraftAnnounced(listener: (draft: Draft, at: number) => void): () => void {
  const handler = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = MessageSchema.safeParse(raw);
    if (message.success && message.data.type === 'draft-captured') listener(message.data.draft, message.data.at);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
