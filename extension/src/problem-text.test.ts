import { describe, expect, it } from 'vitest';
import { ImportError, parseStoryFile, PROBLEM_CODES, toJsonExport, type ImportProblem, type ProblemCode } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { localeMessages, sayIn } from './locale-say.testing';
import { PROBLEM_KEYS, problemText } from './problem-text';

const locale = localeMessages;
const nl = sayIn('nl');
const en = sayIn('en');

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
    for (const lang of ['nl', 'en'] as const) {
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

  it('formats numbers and plurals for the interface language and words a problem without a code in it too', () => {
    const more: ImportProblem = { file: 'groot.json', message: 'and 1234 more problems', code: 'more-problems', values: { count: 1234 } };
    expect(problemText(more, nl)).toBe('groot.json: en nog 1.234 problemen');
    expect(problemText({ ...more, values: { count: 1 } }, nl)).toBe('groot.json: en nog 1 probleem');
    expect(problemText({ ...more, values: { count: 1 } }, en)).toBe('groot.json: and 1 more problem');
    const mismatch: ImportProblem = {
      file: 'x.json',
      path: 'storyCount',
      message: '',
      code: 'count-mismatch',
      values: { says: 1200, holds: 1 },
    };
    expect(problemText(mismatch, nl)).toBe('x.json: storyCount: zegt 1.200, maar het bestand bevat 1 verhaal: afgebroken of bewerkt');
    expect(problemText({ ...mismatch, values: { says: 3, holds: 2 } }, en)).toBe(
      'x.json: storyCount: says 3 but the file holds 2 stories: cut off or edited',
    );
    expect(problemText({ file: 'x.json', line: 4, message: 'something else' }, nl)).toBe('x.json:4: dit bestand kan niet worden gelezen');
  });
});

describe('problemText for what zod and the JSON reader found', () => {
  // zod's and V8's English, which must never reach the Dutch interface.
  const ENGLISH = /\b(?:Invalid|input|expected|received|string|number|option|Unexpected|token|JSON at position|property|story \w)/i;

  it('words a story that fails the schema from the locale, fully Dutch in nl and English in en', () => {
    const bad = good
      .replace('"title":"Twee"', '"title":5')
      .replace(/"status":"[a-z-]+"/, '"status":"iets"')
      .replace('"title":"Drie"', '"title":""');
    const problems = problemsOf(bad);
    const [empty] = problemsOf(good.replace('"title":"Drie"', '"title":" "'));
    expect(problemText(empty!, nl)).toBe('bestand.json:8: stories[2].title: geen geldig verhaal: mag niet leeg zijn');
    expect(problemText(empty!, en)).toBe('bestand.json:8: stories[2].title: not a valid story: must not be empty');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Invalid input: expected string, received number/);
    expect(problems.map((p) => problemText(p, nl))).toEqual([
      "bestand.json:6: stories[0].consent.status: geen geldig verhaal: verwacht 'toestemming-inwoner', 'geanonimiseerd' of 'alleen-intern'",
      'bestand.json:7: stories[1].title: geen geldig verhaal: verwacht tekst, gevonden: een getal',
      'bestand.json: en nog 1 probleem',
    ]);
    expect(problems.map((p) => problemText(p, en))).toEqual([
      "bestand.json:6: stories[0].consent.status: not a valid story: expected 'toestemming-inwoner', 'geanonimiseerd' or 'alleen-intern'",
      'bestand.json:7: stories[1].title: not a valid story: expected text, found a number',
      'bestand.json: and 1 more problem',
    ]);
    // The words come from the locale files: each Dutch line is the locale's message with the values filled in.
    const dutch = locale('nl');
    expect(problemText(problems[1]!, nl)).toContain(
      dutch.issueInvalidType!.message.replace('$EXPECTED$', dutch.typeString!.message).replace('$FOUND$', dutch.typeNumber!.message),
    );
    for (const p of problems) expect(problemText(p, nl)).not.toMatch(ENGLISH);
  });

  it('words an unknown term, a missing field and a bad header field from the locale', () => {
    const bad = good
      .replace('"kernwaarde-pragmatisch"', '"bestaat-niet"')
      .replace('"title":"Twee",', '')
      .replace('"exportedAt": "2026-03-01T10:00:00.000Z"', '"exportedAt": "gisteren"');
    const problems = problemsOf(bad);
    const [header] = problems;
    expect(problemText(header!, nl)).toBe(
      'bestand.json:4: exportedAt: ongeldige waarde: geen geldige datum en tijd (ISO 8601, zoals 2026-03-01T10:00:00Z)',
    );
    const rest = problemsOf(good.replace('"kernwaarde-pragmatisch"', '"bestaat-niet"').replace('"title":"Twee",', ''));
    expect(rest.map((p) => problemText(p, nl))).toEqual([
      "bestand.json:6: stories[0].tags.terms[0]: geen geldig verhaal: onbekende term 'bestaat-niet'",
      'bestand.json:7: stories[1].title: geen geldig verhaal: ontbreekt (verwacht: tekst)',
    ]);
    expect(rest.map((p) => problemText(p, en))).toEqual([
      "bestand.json:6: stories[0].tags.terms[0]: not a valid story: unknown term 'bestaat-niet'",
      'bestand.json:7: stories[1].title: not a valid story: is missing (expected text)',
    ]);
    for (const p of [...problems, ...rest]) expect(problemText(p, nl)).not.toMatch(ENGLISH);
  });

  it('says where a JSON syntax error is, by line and column it computes itself, in the interface language', () => {
    const broken = good.replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    const [syntax] = problemsOf(broken);
    expect(syntax!.message).toMatch(/Unexpected|Expected/);
    expect(syntax!.syntax).toEqual({ line: 3, column: 22, end: false });
    expect(problemText(syntax!, nl)).toBe('bestand.json:3: geen geldige JSON op regel 3, kolom 22');
    expect(problemText(syntax!, en)).toBe('bestand.json:3: not valid JSON at line 3, column 22');
    expect(problemText(syntax!, nl)).not.toMatch(ENGLISH);

    // Read whole (another tool's layout), cut off in the middle: the column after its last character.
    const [cut] = problemsOf('{"format": "vertelpunt-stories",\n "stories": [{"id": "x"');
    expect(problemText(cut!, nl)).toBe('bestand.json:2: de JSON houdt op bij regel 2, kolom 24, voordat hij compleet is: afgebroken');
    expect(problemText(cut!, en)).toBe('bestand.json:2: the JSON ends at line 2, column 24, before it is complete: cut off');
  });

  it('says where a story line of NDJSON or of a Vertelpunt export stops being JSON, counting the line as written', () => {
    const lines = good.split('\n');
    // The first story is read as one line; the second is not one line of JSON.
    lines[6] = lines[6]!.replace('"title":"Twee"', '"title":Twee"');
    const [inExport] = problemsOf(lines.join('\n'));
    // The line is indented by 4: the column counts from the line's first character.
    expect(inExport!.syntax).toMatchObject({ line: 7, column: 4 + lines[6]!.trim().indexOf('Twee"') + 1 });
    expect(problemText(inExport!, nl)).toMatch(
      /^bestand\.json:7: stories\[1\]: geen volledig verhaal op één regel \(geen geldige JSON op regel 7, kolom \d+\); Vertelpunt schrijft één verhaal per regel$/,
    );
    expect(problemText(inExport!, nl)).not.toMatch(ENGLISH);

    // 'tja' goes wrong at its 'j' (a 't' begins true): column 11 of the line as written.
    const ndjson = ['{"format":"vertelpunt-stories","schemaVersion":1,"exportedAt":"2026-03-01T10:00:00.000Z"}', '  {"id": tja}'].join(
      '\n',
    );
    const [line] = problemsOf(ndjson, 'regels.ndjson');
    expect(problemText(line!, nl)).toBe('regels.ndjson:2: stories[0]: geen geldige JSON op regel 2, kolom 11');
    expect(problemText(line!, en)).toBe('regels.ndjson:2: stories[0]: not valid JSON at line 2, column 11');
  });

  it('words the kind of value a file held where it expected an object, and sizes in the language', () => {
    const [array] = problemsOf('[1, 2]');
    expect(problemText(array!, nl)).toBe(
      'bestand.json: verwacht: een JSON-object met format, schemaVersion, exportedAt en stories; gevonden: een lijst',
    );
    expect(problemText(array!, en)).toBe(
      'bestand.json: expected a JSON object with format, schemaVersion, exportedAt and stories, found a list',
    );
    const tooLarge: ImportProblem = {
      file: 'x.json',
      message: '',
      code: 'too-large',
      values: { size: 1.5 * 1024 * 1024, limit: 1024 * 1024 },
    };
    expect(problemText(tooLarge, nl)).toBe('x.json: het bestand is 1,5 MB, groter dan de grens van 1 MB');
    expect(problemText(tooLarge, en)).toBe('x.json: 1.5 MB is larger than the limit of 1 MB');
  });
});
