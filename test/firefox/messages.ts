import { readFileSync } from 'node:fs';

/** The extension's Dutch strings: tests find controls by the text users see, not by copies of it. */
const NL: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = JSON.parse(
  readFileSync(new URL('../../extension/public/_locales/nl/messages.json', import.meta.url), 'utf8'),
);

/** One message with its $1…$n substitutions, as browser.i18n.getMessage would give it. */
export function message(key: string, ...substitutions: string[]): string {
  const entry = NL[key];
  if (!entry) throw new Error(`no message '${key}' in the nl locale`);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(/^\$(\d)$/.exec(content)?.[1] ?? 0);
    return substitutions[index - 1] ?? '';
  });
}
