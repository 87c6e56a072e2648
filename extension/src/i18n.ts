import { browser } from 'wxt/browser';
import type { Language } from '@vertelpunt/taxonomy';
import type messages from '../public/_locales/nl/messages.json';
import type { ExportFormatName } from '@vertelpunt/exchange';
import { FORMAT_LABEL_KEYS } from './export-format-label';
import type { Say } from './issue-text';
import { localeFormat, type LocaleFormat } from './locale-format';

export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language (Dutch by default, English as the second language). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language to show vocabulary labels in: the UI's, where the taxonomy has it. */
export function termLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Sets <html lang> to the UI language, for screen readers and hyphenation, and the page's title in it. */
export function setPageLanguage(title?: MessageKey): void {
  document.documentElement.lang = termLanguage();
  // Chrome does not substitute __MSG_…__ in an extension page's HTML: the title is set here.
  if (title) document.title = t(title);
}

let formats: LocaleFormat | undefined;

/** Numbers, dates, months and plural rules in the browser's UI language. */
export function uiFormat(): LocaleFormat {
  return (formats ??= localeFormat(browser.i18n.getUILanguage()));
}

/** The browser's UI language, for wording problems (src/issue-text.ts, src/problem-text.ts). */
export const uiSay = (): Say => ({ t, format: uiFormat() });

/**
 * A message about `n` things, with the plural the UI language's rules choose: `one` for the
 * singular ("1 verhaal"), `other` for the rest. `n` is the first substitution, formatted.
 */
export function plural(n: number, keys: { one: MessageKey; other: MessageKey }, ...rest: string[]): string {
  const format = uiFormat();
  return t(format.plural(n) === 'one' ? keys.one : keys.other, [format.number(n), ...rest]);
}

/** "1 verhaal", "12 verhalen": the count of stories with the right plural. */
export function storyCount(n: number): string {
  return plural(n, { one: 'storyCountOne', other: 'storyCount' });
}

/** An export format's name in the UI language ("CSV, een regel per verhaal"). */
export const formatLabel = (format: ExportFormatName): string => t(FORMAT_LABEL_KEYS[format]);
