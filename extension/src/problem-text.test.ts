import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, parseStoryFile, PROBLEM_CODES, toJsonExport, type ImportProblem, type ProblemCode } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import type { MessageKey } from './i18n';
import { PROBLEM_KEYS, problemText } from './problem-text';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;

/** chrome.i18n.getMessage as the browser does it: $NAME$ → its placeholder's $n → the n-th substitution. */
const translator = (messages: Record<string, Message>) => (key: MessageKey, substitutions: string[]) => {
  const m = messages[key]!;
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = Object.entries(m.placeholders ?? {}).find(([p]) => p.toLowerCase() === name.toLowerCase())![1].content;
    return substitutions[Number(content.slice(1)) - 1]!;
  });
};
const nl = translator(locale('nl'));
const en = translator(locale('en'));

const problemsOf = (text: string, file = 'bestand.json'): readonly ImportProblem[] => {
  try {
    parseStoryFile(text, file, { maxProblems: 2 });
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('the file was read without problems');
};
const good = toJsonExport([aStory({ title: 'Een' }), aStory({ title: 'Twee' }), aStory({ title: 'Drie' })], {
  exportedAt: new Date('2026-03-01T10:00:00Z'),
});

describe('problemText', () => {
  it('has a message in both locales for every problem code, with one placeholder per value the code names', () => {
    for (const lang of ['nl', 'en']) {
      const messages = locale(lang);
      const wrong = (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter((code) => {
        const m = messages[PROBLEM_KEYS[code]];
        return (
          !m ||
          Object.keys(m.placeholders ?? {})
            .sort()
            .join() !== [...PROBLEM_CODES[code]].sort().join()
        );
      });
      expect(wrong, lang).toEqual([]);
    }
  });

  it('says what the reader found in Dutch for the Dutch interface and in English for the English one', () => {
    const [cutOff] = problemsOf(good.split('\n').slice(0, 6).join('\n'), 'afgebroken.json');
    expect(problemText(cutOff!, nl)).toMatch(
      /^afgebroken\.json: het bestand houdt op bij regel 6, voordat de lijst verhalen en het object zijn afgesloten: het is afgebroken$/,
    );
    expect(problemText(cutOff!, en)).toBe(`afgebroken.json: ${cutOff!.message}`);

    const [newer] = problemsOf(good.replace('"schemaVersion": 1', '"schemaVersion": 9'));
    expect(problemText(newer!, nl)).toBe(
      'bestand.json:3: schemaVersion 9: gemaakt door een nieuwere Vertelpunt; deze versie kent schemaVersion 1',
    );
  });

  it('gives every problem of a range of bad files a code, so none falls back to English', () => {
    const bad = [
      '',
      '[1, 2]',
      '{"format": "iets", "schemaVersion": 1}',
      good.replace('"format": "vertelpunt-stories"', '"formaat": "x"'),
      good.replace('"schemaVersion": 1', '"schemaVersion": "een"'),
      good.replace('"Twee"', '""').replace('"Drie"', '""'),
      good.replace(/"storyCount": \d+/, '"storyCount": 7'),
      `${good}\nnog iets`,
      good.replace('"stories": [', '"extra": 1,\n  "stories": ['),
    ];
    const problems = bad.flatMap((text) => problemsOf(text));
    expect(problems.length).toBeGreaterThan(bad.length);
    expect(problems.filter((p) => !p.code)).toEqual([]);
    for (const p of problems) {
      expect(Object.keys(p.values ?? {}).sort(), p.code).toEqual([...PROBLEM_CODES[p.code!]].sort());
      expect(problemText(p, nl)).not.toMatch(/\$[A-Z]+\$|undefined/);
    }
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(7);
  });

  it('formats numbers for the interface language and keeps a problem without a code as the reader wrote it', () => {
    const more: ImportProblem = { file: 'groot.json', message: 'and 1234 more problems', code: 'more-problems', values: { count: 1234 } };
    expect(problemText(more, nl, (n) => new Intl.NumberFormat('nl-NL').format(n))).toBe('groot.json: en nog 1.234 problemen');
    expect(problemText({ file: 'x.json', line: 4, message: 'something else' }, nl)).toBe('x.json:4: something else');
  });
});
