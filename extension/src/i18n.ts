import { browser } from 'wxt/browser';
import type { Language } from '@vertelpunt/taxonomy';
import type messages from '../public/_locales/nl/messages.json';

export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language (Dutch by default, English as the second language). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language to show vocabulary labels in: the UI's, where the taxonomy has it. */
export function termLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Sets <html lang> to the UI language, for screen readers and hyphenation. */
export function setPageLanguage(): void {
  document.documentElement.lang = termLanguage();
}

/** "1 verhaal", "12 verhalen": the count of stories with the right plural. */
export function storyCount(n: number): string {
  return n === 1 ? t('storyCountOne') : t('storyCount', String(n));
}
