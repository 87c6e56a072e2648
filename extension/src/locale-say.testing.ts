import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from './i18n';
import type { Say } from './issue-text';
import { localeFormat } from './locale-format';

// For tests: a language's messages read from the locale files and substituted as the browser's
// i18n does, so a test sees exactly what the interface shows.

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const localeMessages = (lang: 'nl' | 'en') =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;

/** chrome.i18n.getMessage as the browser does it: $NAME$ → its placeholder's $n → the n-th substitution. */
export const translator = (messages: Record<string, Message>) => (key: MessageKey, substitutions: string[]) => {
  const m = messages[key];
  if (!m) throw new Error(`no message '${key}'`);
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = Object.entries(m.placeholders ?? {}).find(([p]) => p.toLowerCase() === name.toLowerCase())![1].content;
    return substitutions[Number(content.slice(1)) - 1]!;
  });
};

/** Dutch or English as the interface says it. */
export const sayIn = (lang: 'nl' | 'en'): Say => ({
  t: translator(localeMessages(lang)),
  format: localeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB'),
});
