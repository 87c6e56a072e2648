import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { listTerms } from '@vertelpunt/taxonomy';
import { csvChunks, CSV_LONG_COLUMNS, toCsvLong, toCsvWide } from '../src/index.js';

const parse = (csv: string, delimiter = ',') => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });

describe('CSV long', () => {
  it('has one row per story × term, Dutch characters intact', () => {
    const stories = [aStory({ title: 'Café in de wijk: één ontmoeting', tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'les-ontmoeting'] } }), aStory()];
    const { data, errors } = parse(toCsvLong(stories));
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...CSV_LONG_COLUMNS]);
    expect(data).toHaveLength(1 + 3);
    expect(data[1]).toEqual(expect.arrayContaining(['Café in de wijk: één ontmoeting', 'kernwaarde-lef', 'Lef', 'core-value', 'kernwaarden']));
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const csv = toCsvLong([aStory({ title: '=HYPERLINK("http://evil.example","klik")' }), aStory({ title: '+31 6 1234' }), aStory({ title: '@SUM(A1)' }), aStory({ title: '-2+3' })]);
    const titles = parse(csv).data.slice(1).map((row) => row[2]);
    expect(titles).toEqual([`'=HYPERLINK("http://evil.example","klik")`, "'+31 6 1234", "'@SUM(A1)", "'-2+3"]);
  });

  it('writes Dutch Excel CSV with ; and a BOM when asked', () => {
    const csv = toCsvLong([aStory()], { excelNl: true });
    expect(csv.startsWith('\uFEFFstory_id;created_at;')).toBe(true);
    expect(parse(csv, ';').data[1]).toHaveLength(CSV_LONG_COLUMNS.length);
  });
});

describe('CSV wide', () => {
  it('has one row per story and a 0/1 column per term in taxonomy order, readable headers', () => {
    const { data } = parse(toCsvWide([aStory({ tags: { version: 'koers-v5-2024-09', terms: ['opgave-armoede'] } })]));
    const terms = listTerms();
    const header = data[0]!;
    expect(header.slice(-terms.length)).toEqual(terms.map((t) => `${t.notation ? `${t.notation}. ` : ''}${t.label.nl} [${t.id}]`));
    const row = data[1]!.slice(-terms.length);
    expect(row.filter((v) => v === '1')).toHaveLength(1);
    expect(row[terms.findIndex((t) => t.id === 'opgave-armoede')]).toBe('1');
  });

  it('puts Brondocument stories in the columns of the latest vocabulary', () => {
    const { data } = parse(toCsvWide([aStory({ tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-3'] } })]));
    const header = data[0]!;
    expect(data[1]![header.indexOf('3. Laagdrempelig beschikbare individuele ondersteuning [ks5-missie-3]')]).toBe('1');
  });
});

describe('streaming', () => {
  it('gives the same CSV in chunks as in one piece', async () => {
    const stories = Array.from({ length: 25 }, () => aStory());
    let streamed = '';
    for await (const chunk of csvChunks(stories, 'long', {}, 7)) streamed += chunk;
    expect(streamed).toBe(toCsvLong(stories));
    let wide = '';
    for await (const chunk of csvChunks(stories, 'wide', { excelNl: true }, 10)) wide += chunk;
    expect(wide).toBe(toCsvWide(stories, { excelNl: true }));
  });
});
