// The store listings in nl.md and en.md: both present, within the stores' limits, and saying what
// the extension itself says (its name, its manifest description, its context-menu item).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The text under each `## Heading` of a listing. */
function sections(markdown: string): Record<string, string> {
  const parts = markdown.split(/^## (.+)$/m);
  const out: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) out[parts[i]!.trim()] = parts[i + 1]!.trim();
  return out;
}

const LISTINGS = {
  nl: { file: './nl.md', name: 'Naam', short: 'Korte beschrijving', long: 'Lange beschrijving' },
  en: { file: './en.md', name: 'Name', short: 'Short description', long: 'Long description' },
} as const;

describe.each(Object.entries(LISTINGS))('the %s store listing', (locale, listing) => {
  const text = sections(read(listing.file));
  const messages = JSON.parse(read(`../public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;

  it('has a name, a short and a long description', () => {
    expect(Object.keys(text)).toEqual([listing.name, listing.short, listing.long]);
  });

  it('uses the extension name and, as short description, the manifest description (Chrome shows that; at most 132 characters)', () => {
    expect(text[listing.name]).toBe(messages['extName']!.message);
    expect(text[listing.short]).toBe(messages['extDescription']!.message);
    expect(text[listing.short]!.length).toBeLessThanOrEqual(132);
  });

  it("has a long description within the stores' limits that names the menu item as the extension shows it, and speaks about privacy", () => {
    const long = text[listing.long]!;
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(16_000);
    expect(long).toContain(`"${messages['contextMenuSave']!.message}"`);
    expect(long).toMatch(locale === 'nl' ? /Privacy: alles blijft op je eigen computer/ : /Privacy: everything stays on your own computer/);
  });
});
