import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The interface is Dutch first and English second, both through the browser's i18n: this test
// fails on a key one locale lacks, placeholders that differ, and a user-facing string written
// in a component instead of a message.

const ROOT = join(import.meta.dirname, '..');
const LOCALES = ['nl', 'en'] as const;

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const messages = Object.fromEntries(
  LOCALES.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>,
  ]),
);

/** `$NAME$` references in a message, as lower-case placeholder names (Chrome matches them case-insensitively). */
const references = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

type Locale = Record<string, Message>;

/** Keys one locale has and the other lacks. */
function missingKeys(nl: Locale, en: Locale): string[] {
  return [
    ...Object.keys(nl)
      .filter((k) => !(k in en))
      .map((k) => `${k}: missing in en`),
    ...Object.keys(en)
      .filter((k) => !(k in nl))
      .map((k) => `${k}: missing in nl`),
  ];
}

/** Placeholders that differ between the locales, are used without a definition, or shown in one language only. */
function placeholderProblems(nl: Locale, en: Locale): string[] {
  const problems: string[] = [];
  const defined = (m: Message) =>
    Object.keys(m.placeholders ?? {})
      .map((p) => p.toLowerCase())
      .sort();
  const contents = (m: Message) =>
    Object.entries(m.placeholders ?? {})
      .map(([p, v]) => `${p.toLowerCase()}=${v.content}`)
      .sort()
      .join(' ');
  for (const [key, n] of Object.entries(nl)) {
    const e = en[key];
    if (!e) continue;
    if (contents(n) !== contents(e)) problems.push(`${key}: nl has [${contents(n)}], en has [${contents(e)}]`);
    for (const [lang, m, other] of [
      ['nl', n, e],
      ['en', e, n],
    ] as const) {
      const used = references(m.message);
      const unknown = used.filter((p) => !defined(m).includes(p));
      if (unknown.length) problems.push(`${key} (${lang}): uses ${unknown.join(', ')} without a placeholder`);
      // A value one language shows and the other leaves out is information lost in translation.
      const left = references(other.message).filter((p) => !used.includes(p));
      if (left.length) problems.push(`${key} (${lang}): does not show ${left.join(', ')}, the other language does`);
      const numbers = Object.values(m.placeholders ?? {}).map((v) => v.content);
      if (numbers.some((c) => !/^\$\d$/.test(c))) problems.push(`${key} (${lang}): a placeholder is not $1…$9: ${numbers.join(' ')}`);
    }
  }
  return problems;
}

describe('the locales', () => {
  it('have the same keys', () => {
    expect(missingKeys(messages.nl!, messages.en!)).toEqual([]);
  });

  it('give every message text in both languages', () => {
    const empty = LOCALES.flatMap((lang) =>
      Object.entries(messages[lang]!)
        .filter(([, m]) => typeof m.message !== 'string' || !m.message.trim())
        .map(([k]) => `${lang}: ${k}`),
    );
    expect(empty).toEqual([]);
  });

  it('define the same placeholders, each with its own $n, and show the same ones', () => {
    expect(placeholderProblems(messages.nl!, messages.en!)).toEqual([]);
  });

  it('the checks find a missing key and each kind of placeholder mismatch', () => {
    const ph = (...names: string[]) => Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }]));
    expect(missingKeys({ a: { message: 'x' }, b: { message: 'y' } }, { a: { message: 'x' }, c: { message: 'z' } })).toEqual([
      'b: missing in en',
      'c: missing in nl',
    ]);
    const nl: Locale = {
      differ: { message: '$N$ verhalen', placeholders: ph('n') },
      undefinedRef: { message: '$N$ en $M$', placeholders: ph('n') },
      leftOut: { message: '$N$ van $TOTAL$', placeholders: ph('n', 'total') },
      fine: { message: '$Count$ termen', placeholders: ph('count') },
    };
    const en: Locale = {
      differ: { message: '$COUNT$ stories', placeholders: ph('count') },
      undefinedRef: { message: '$N$ and $M$', placeholders: ph('n') },
      leftOut: { message: '$N$ stories', placeholders: ph('n', 'total') },
      fine: { message: '$COUNT$ terms', placeholders: ph('count') },
    };
    expect(placeholderProblems(nl, en)).toEqual([
      'differ: nl has [n=$1], en has [count=$1]',
      'differ (nl): does not show count, the other language does',
      'differ (en): does not show n, the other language does',
      'undefinedRef (nl): uses m without a placeholder',
      'undefinedRef (en): uses m without a placeholder',
      'leftOut (en): does not show total, the other language does',
    ]);
  });
});

// --- strings written in components ---------------------------------------------------------------

/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/**
 * Not language: punctuation, symbols, digits (·, ×, →, …, 1–5); file-format names and the names
 * printed on keys, which read the same in Dutch and English.
 */
const NOT_LANGUAGE = /^[\s\p{P}\p{S}\p{N}]*$/u;
const TOKENS = new Set(['SVG', 'PNG', 'CSV', 'JSON', 'NDJSON', 'Ctrl+Enter', 'Esc']);
const isLanguage = (text: string) => !NOT_LANGUAGE.test(text) && !TOKENS.has(text.trim());

function componentFiles(dir: string, pattern = /(?<!\.test)\.tsx$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : componentFiles(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

/** Every JSX text and read attribute given as a literal, with where it is. */
export function writtenStrings(source: string, file = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => {
    // JSX text starts with the whitespace before it: the line is that of its first letter.
    const lead = ts.isJsxText(node) ? node.text.length - node.text.trimStart().length : 0;
    return `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf) + lead).line + 1}`;
  };
  const literal = (node: ts.Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isJsxExpression(node)) return literal(node.expression);
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('').trim();
    if (ts.isConditionalExpression(node)) return [literal(node.whenTrue), literal(node.whenFalse)].filter(Boolean).join(' ') || undefined;
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isLanguage(node.text)) found.push(`${at(node)}: text ${JSON.stringify(node.text.trim())}`);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent) && node.expression) {
      const text = literal(node.expression);
      if (text !== undefined && isLanguage(text)) found.push(`${at(node)}: text ${JSON.stringify(text)}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf))) {
      const text = literal(node.initializer);
      if (text !== undefined && isLanguage(text)) found.push(`${at(node)}: ${node.name.getText(sf)}=${JSON.stringify(text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('components', () => {
  it('write no user-facing text themselves: every string comes from the locales', () => {
    const files = [...componentFiles(join(ROOT, 'entrypoints')), ...componentFiles(join(ROOT, 'src'))];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => writtenStrings(readFileSync(file, 'utf8'), relative(ROOT, file)));
    expect(found).toEqual([]);
  });

  it('the scan sees text, read attributes and literals in expressions, and lets symbols and digits pass', () => {
    const found = writtenStrings(`const A = () => (
      <p title="Sluiten" class="x" data-x="woord">
        Opslaan <b>·</b> {'Annuleren'} {n} × 3 <img alt={\`foto \${n}\`} /> <i aria-label={ok ? 'Ja' : t('nee')} /> {'→'} SVG
      </p>
    );`);
    expect(found).toEqual([
      'x.tsx:2: title="Sluiten"',
      'x.tsx:3: text "Opslaan"',
      'x.tsx:3: text "Annuleren"',
      'x.tsx:3: alt="foto"',
      'x.tsx:3: aria-label="Ja"',
    ]);
  });
});

// --- numbers in messages ------------------------------------------------------------------------

/**
 * Substitutions of `t()` and `plural()` written as `String(…)`: a number so written shows 1234 in
 * both languages, where Dutch writes 1.234 (uiFormat().number). An error's own text is let pass.
 */
export function unformattedNumbers(source: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const check = (node: ts.Expression) => {
    if (ts.isArrayLiteralExpression(node)) return node.elements.forEach(check);
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(sf) === 'String' &&
      !/error|cause|message/i.test(node.arguments[0]?.getText(sf) ?? '')
    )
      found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${node.getText(sf)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ['t', 'plural'].includes(node.expression.getText(sf))) node.arguments.slice(1).forEach(check);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('numbers in messages', () => {
  it('are formatted for the interface language, never written with String()', () => {
    const pattern = /(?<!\.test)(?<!\.testing)\.tsx?$/;
    const files = [...componentFiles(join(ROOT, 'entrypoints'), pattern), ...componentFiles(join(ROOT, 'src'), pattern)];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => unformattedNumbers(readFileSync(file, 'utf8'), relative(ROOT, file)))).toEqual([]);
  });

  it('the scan finds String() of a count among the substitutions, alone or in a list, and lets the text of an error pass', () => {
    expect(
      unformattedNumbers(
        `t('a', String(n)); t('b', [x, String(list.length)]); t('c', String(error.message)); plural(3, keys, String(y)); f(String(z));`,
      ),
    ).toEqual(['x.ts:1: String(n)', 'x.ts:1: String(list.length)', 'x.ts:1: String(y)']);
  });
});
