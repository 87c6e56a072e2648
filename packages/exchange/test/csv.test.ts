import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Story } from '@vertelpunt/stories';
import { getTerm, LATEST_VERSION, listTerms, unparseCsv } from '@vertelpunt/taxonomy';
import {
  collectText,
  compareStories,
  csvChunks,
  csvField,
  CSV_LONG_COLUMNS,
  csvWideColumns,
  termsIn,
  toCsvLong,
  toCsvWide,
  VersionMismatchError,
  wideTermColumns,
} from '../src/index.js';
import { aStory, arbitraryStory, BD, storyStream, V5 } from './factory.js';

const parse = (csv: string, delimiter = ',') => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });

describe('CSV long', () => {
  it('has one row per story × term, Dutch characters intact', () => {
    const stories = [
      aStory({
        title: 'Café in de wijk: één ontmoeting',
        author: 'team-noord',
        tags: { version: V5, terms: ['kernwaarde-lef', 'les-ontmoeting'] },
      }),
      aStory(),
    ];
    const { data, errors } = parse(toCsvLong(stories));
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...CSV_LONG_COLUMNS]);
    expect(data).toHaveLength(1 + 3);
    const row = Object.fromEntries(CSV_LONG_COLUMNS.map((c, i) => [c, data[1]![i]]));
    expect(row).toMatchObject({
      title: 'Café in de wijk: één ontmoeting',
      author: 'team-noord',
      term_id: 'kernwaarde-lef',
      term_label: 'Lef',
      term_kind: 'core-value',
      term_facet: 'kernwaarden',
      taxonomy_version: LATEST_VERSION,
    });
  });

  it('neutralises every cell a spreadsheet would run as a formula (=, +, -, @, tab, CR)', () => {
    const titles = ['=HYPERLINK("http://evil.example","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const csv = toCsvLong(titles.map((title) => aStory({ title: `${title} x` })));
    const cells = parse(csv)
      .data.slice(1)
      .map((row) => row[2]);
    // StorySchema trims titles, so tab and CR cannot start one; the notes of a wide row can.
    expect(cells.slice(0, 4)).toEqual(titles.slice(0, 4).map((t) => `'${t} x`));
    const wide = parse(toCsvWide(titles.map((t) => aStory({ notes: t }))));
    const notes = wide.data.slice(1).map((row) => row[5]);
    expect(notes).toEqual(titles.map((t) => `'${t}`));
  });

  it('removes control characters and neutralises a trigger behind them, behind spaces, or on the first of several lines (issue 12, finding 10)', () => {
    const notes = [
      '\u0000=HYPERLINK("http://evil.example","klik")',
      '\u001b=1',
      ' =1+1',
      '\u00a0@SUM(A1)',
      '=1+1\nregel twee',
      '-2\r\nregel twee',
      '\u0085=1',
      'gewoon \u0007tekst',
    ];
    const wide = parse(toCsvWide(notes.map((n) => aStory({ notes: n }))));
    const cells = wide.data.slice(1).map((row) => row[5]);
    expect(cells).toEqual([
      '\'=HYPERLINK("http://evil.example","klik")',
      "'=1",
      "' =1+1",
      "'\u00a0@SUM(A1)",
      "'=1+1\nregel twee",
      "'-2\r\nregel twee",
      "'\u0085=1",
      'gewoon tekst',
    ]);
    // No C0 control character but tab, LF and CR anywhere in the file.
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(toCsvWide(notes.map((n) => aStory({ notes: n })))).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
  });

  it('writes Dutch Excel CSV with ; and a BOM when asked', () => {
    const csv = toCsvLong([aStory()], { excelNl: true });
    expect(csv.startsWith('\uFEFFstory_id;created_at;')).toBe(true);
    expect(parse(csv, ';').data[1]).toHaveLength(CSV_LONG_COLUMNS.length);
  });

  it('gives Brondocument stories their Koers v5 terms, and refuses to move tags backwards', () => {
    const { data } = parse(toCsvLong([aStory({ tags: { version: BD, terms: ['bd24-missie-3'] } })]));
    expect(data[1]![CSV_LONG_COLUMNS.indexOf('term_id')]).toBe('ks5-missie-3');
    expect(() => toCsvLong([aStory()], { version: BD })).toThrow(VersionMismatchError);
  });
});

describe('CSV wide', () => {
  it('has one row per story and a 0/1 column per term in taxonomy order, readable headers', () => {
    const { data } = parse(toCsvWide([aStory({ tags: { version: V5, terms: ['opgave-armoede'] } })]));
    const terms = listTerms();
    const header = data[0]!;
    expect(header).toEqual(csvWideColumns());
    expect(header.slice(-terms.length)).toEqual(terms.map((t) => `${t.notation ? `${t.notation}. ` : ''}${t.label.nl} [${t.id}]`));
    const row = data[1]!.slice(-terms.length);
    expect(row.filter((v) => v === '1')).toHaveLength(1);
    expect(row[terms.findIndex((t) => t.id === 'opgave-armoede')]).toBe('1');
  });

  it('puts Brondocument stories in the columns of the latest vocabulary', () => {
    const { data } = parse(toCsvWide([aStory({ tags: { version: BD, terms: ['bd24-missie-3'] } })]));
    const header = data[0]!;
    expect(data[1]![header.indexOf('3. Laagdrempelig beschikbare individuele ondersteuning [ks5-missie-3]')]).toBe('1');
  });

  it('can use the Brondocument columns instead', () => {
    const { data } = parse(toCsvWide([aStory({ tags: { version: BD, terms: ['bd24-missie-3'] } })], { version: BD }));
    expect(data[0]).toEqual(csvWideColumns(BD));
    expect(data[0]!.filter((h) => / \[[a-z0-9-]+\]$/.test(h))).toHaveLength(listTerms({ version: BD }).length);
    expect(data[1]![data[0]!.indexOf(data[0]!.find((h) => h.endsWith('[bd24-missie-3]'))!)]).toBe('1');
  });
});

describe('streaming', () => {
  it('gives the same CSV in chunks as in one piece', async () => {
    const stories = [...storyStream(2500, 7)];
    expect(await collectText(csvChunks(stories, 'long', { batchSize: 7 }))).toBe(toCsvLong(stories));
    expect(await collectText(csvChunks(stories, 'wide', { excelNl: true, batchSize: 100 }))).toBe(toCsvWide(stories, { excelNl: true }));
  });
});

describe('cells as papaparse writes them', () => {
  // Every character that makes papaparse quote, escape or neutralise a cell, and some that do not.
  const odd = fc.string({
    unit: fc.constantFrom(
      'a',
      'é',
      ' ',
      '\t',
      '\r',
      '\n',
      '"',
      "'",
      ',',
      ';',
      '=',
      '+',
      '-',
      '@',
      '\uFEFF',
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u3000',
      '\uFF1D',
      '\uFF20',
    ),
    maxLength: 8,
  });
  const cell = fc.oneof(odd, fc.string({ maxLength: 12 }), fc.integer(), fc.constant(undefined), fc.constant(null));

  it('writes any cell, and any rows, byte for byte as unparseCsv does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 4 }), fc.constantFrom(',' as const, ';' as const), (rows, d) => {
        const ours = rows.map((row) => row.map((value) => csvField(value, d)).join(d)).join('\r\n');
        expect(ours).toBe(unparseCsv(rows, { delimiter: d, newline: '\r\n' }));
      }),
      { numRuns: 2000 },
    );
  });

  // The writer before the per-cell fast path: every row through papaparse, 1,000 rows a call.
  const byPapaparse = (stories: Story[], shape: 'long' | 'wide', excelNl: boolean): string => {
    const delimiter = excelNl ? ';' : ',';
    const rows = [...stories].sort(compareStories).flatMap((story): unknown[][] => {
      if (shape === 'long')
        return termsIn(story).map((id) => {
          const term = getTerm(id, LATEST_VERSION);
          const { author, source, consent } = story;
          return [story.id, story.createdAt, story.title, author ?? '', source.origin, consent.status, LATEST_VERSION, id].concat([
            term?.label.nl ?? '',
            term?.kind ?? '',
            term?.facet ?? '',
          ]);
        });
      const set = new Set<string>(termsIn(story));
      const { author, source, consent } = story;
      return [
        ([story.id, story.createdAt, story.updatedAt, story.title, story.text, story.notes, author ?? '', source.origin] as unknown[])
          .concat([consent.status, consent.purpose, LATEST_VERSION])
          .concat(wideTermColumns().map((c) => (set.has(c.id) ? 1 : 0))),
      ];
    });
    const header = shape === 'long' ? [...CSV_LONG_COLUMNS] : csvWideColumns();
    let out = `${excelNl ? '\uFEFF' : ''}${unparseCsv([], { delimiter, newline: '\r\n', fields: header })}`;
    for (let i = 0; i < rows.length; i += 1000) out += `${unparseCsv(rows.slice(i, i + 1000), { delimiter, newline: '\r\n' })}\r\n`;
    return out;
  };

  it('writes the CSV exports of any stories as papaparse row by row did', () => {
    fc.assert(
      fc.property(fc.array(arbitraryStory, { maxLength: 12 }), fc.boolean(), (stories, excelNl) => {
        expect(toCsvLong(stories, { excelNl })).toBe(byPapaparse(stories, 'long', excelNl));
        expect(toCsvWide(stories, { excelNl })).toBe(byPapaparse(stories, 'wide', excelNl));
      }),
      { numRuns: 150 },
    );
  });
});
