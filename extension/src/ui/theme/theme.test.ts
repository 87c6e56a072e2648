import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import colorNames from 'color-name';
import { describe, expect, it } from 'vitest';
import { generateTokens, ownStylesheets, TOKENS_FILE } from './generate-tokens';

const THEME_DIR = import.meta.dirname;
/** The token layer: the only stylesheets that may choose a colour. */
const TOKEN_LAYER = [TOKENS_FILE, join(THEME_DIR, 'app-tokens.css')];

/** Colour values written out: hex, the colour functions, and CSS's named colours (not transparent or currentColor). */
function colourLiterals(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const values = [...withoutComments.matchAll(/:\s*([^;{}]+)/g)].map((m) => m[1]!);
  const named = new RegExp(`(?<![\\w-])(${Object.keys(colorNames).join('|')})(?![\\w-])`, 'gi');
  return values.flatMap((value) => [
    ...(value.match(/#[0-9a-f]{3,8}\b/gi) ?? []),
    ...(value.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi) ?? []),
    ...(value.replace(/var\([^)]*\)/g, '').match(named) ?? []),
  ]);
}

describe('the token layer', () => {
  it('finds colour literals of every kind, and nothing in token references', () => {
    expect(colourLiterals('a { color: #1f5fbf; background: rgb(0 0 0); border: 1px solid hsl(0 0% 50%); outline-color: white }')).toEqual([
      '#1f5fbf',
      'rgb(',
      'hsl(',
      'white',
    ]);
    expect(colourLiterals('a { color: var(--vp-color-text); border: 1px solid currentColor; background: transparent } /* #fff */')).toEqual(
      [],
    );
    expect(colourLiterals('.red-box { color: var(--utrecht-color-red-40); }')).toEqual([]);
  });

  it('no stylesheet outside the token layer writes a colour value', () => {
    const outside = ownStylesheets().filter((file) => !TOKEN_LAYER.includes(file));
    expect(outside.length).toBeGreaterThanOrEqual(5);
    const found = outside
      .map((file) => [relative(THEME_DIR, file), colourLiterals(readFileSync(file, 'utf8'))] as const)
      .filter(([, hits]) => hits.length > 0);
    expect(found).toEqual([]);
  });

  it('tokens.css is what generate-tokens.ts writes today (run it after changing a stylesheet)', () => {
    expect(readFileSync(TOKENS_FILE, 'utf8')).toBe(generateTokens());
  });

  it('every token a stylesheet uses is defined, in light and in dark', () => {
    const tokens = readFileSync(TOKENS_FILE, 'utf8') + readFileSync(join(THEME_DIR, 'app-tokens.css'), 'utf8');
    const defined = new Set([...tokens.matchAll(/(--[\w-]+):/g)].map((m) => m[1]!));
    const used = new Set(
      ownStylesheets().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/var\(\s*(--(?:vp|utrecht)-[\w-]+)\s*\)/g)].map((m) => m[1]!),
      ),
    );
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
