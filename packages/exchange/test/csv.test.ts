import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, listTerms } from '@vertelpunt/taxonomy';
import { collectText, csvChunks, CSV_LONG_COLUMNS, csvWideColumns, toCsvLong, toCsvWide, VersionMismatchError } from '../src/index.js';
import { aStory, BD, storyStream, V5 } from './factory.js';

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
