// The Dutch-Excel CSVs as a real spreadsheet opens them: LibreOffice Calc (headless, from
// Debian's libreoffice-calc-nogui) reads both with ';' and UTF-8, saves them as .xlsx, and the
// sheets are read back from the xlsx's XML. One soffice call for both files: its start-up is
// the slow part.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_LONG_COLUMNS, toCsvLong, toCsvWide } from '../src/index.js';
import { aStory, V5 } from './factory.js';

const SOFFICE = process.env.SOFFICE ?? 'soffice';
const dangerous = ['=1+1', '+1+1', '-1+1', '@SUM(1;1)', '=HYPERLINK("http://evil.example";"klik")'];
const stories = [
  aStory({
    title: 'Één café, geïnterviewd: “zó fijn” — ĳs 😀',
    text: 'Tekst met ë, ï, é; puntkomma en "aanhalingstekens".\nTweede regel.',
    author: 'Buurtteam Zuid-Oost',
    tags: { version: V5, terms: ['kernwaarde-lef'] },
  }),
  ...dangerous.map((title) => aStory({ title, notes: title, tags: { version: V5, terms: ['opgave-armoede'] } })),
];

type Cell = { r: string; t?: string; f?: unknown; v?: string | number; is?: { t: string | { '#text': string } } };

/** Every cell of the first sheet of an xlsx, as text, with whether any cell holds a formula. */
function readXlsx(file: string): { rows: string[][]; formulas: number } {
  const zip = unzipSync(readFileSync(file));
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['row', 'c', 'si'].includes(name),
    parseTagValue: false,
    htmlEntities: true,
  });
  const text = (t: unknown): string =>
    typeof t === 'object' && t !== null ? String((t as { '#text': unknown })['#text'] ?? '') : String(t ?? '');
  const shared = zip['xl/sharedStrings.xml']
    ? (parser.parse(strFromU8(zip['xl/sharedStrings.xml'])).sst.si as { t?: unknown; r?: { t: unknown }[] }[]).map((si) =>
        si.t !== undefined ? text(si.t) : (si.r ?? []).map((r) => text(r.t)).join(''),
      )
    : [];
  const sheet = parser.parse(strFromU8(zip['xl/worksheets/sheet1.xml']!));
  let formulas = 0;
  const rows = (sheet.worksheet.sheetData.row as { c: Cell[] }[]).map((row) =>
    row.c.map((c) => {
      if (c.f !== undefined) formulas += 1;
      if (c.t === 's') return shared[Number(c.v)]!;
      if (c.t === 'inlineStr') return text(c.is?.t);
      return String(c.v ?? '');
    }),
  );
  return { rows, formulas };
}

describe('LibreOffice opens the Dutch-Excel CSVs', () => {
  let long: ReturnType<typeof readXlsx>;
  let wide: ReturnType<typeof readXlsx>;
  let control: ReturnType<typeof readXlsx>;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-calc-'));
    writeFileSync(join(dir, 'long.csv'), toCsvLong(stories, { excelNl: true }));
    writeFileSync(join(dir, 'wide.csv'), toCsvWide(stories, { excelNl: true }));
    // The control: the same kind of cell, not neutralised, must come out as a formula.
    writeFileSync(join(dir, 'control.csv'), '\uFEFFtitle;n\r\n=1+1;2\r\n');
    // Filter options: separator 59 (;), text delimiter 34 ("), charset 76 (UTF-8), from line 1.
    try {
      execFileSync(
        SOFFICE,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--infilter=CSV:59,34,76,1',
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          join(dir, 'long.csv'),
          join(dir, 'wide.csv'),
          join(dir, 'control.csv'),
        ],
        { stdio: 'pipe', timeout: 90_000 },
      );
    } catch (error) {
      throw new Error(
        `LibreOffice (soffice) failed or is missing: apt-get install -y libreoffice-calc-nogui (scripts/bootstrap.sh installs it)`,
        { cause: error },
      );
    }
    long = readXlsx(join(dir, 'long.xlsx'));
    wide = readXlsx(join(dir, 'wide.xlsx'));
    control = readXlsx(join(dir, 'control.xlsx'));
  }, 120_000);

  it('reads the header without the BOM and every Dutch character intact', () => {
    expect(long.rows[0]).toEqual([...CSV_LONG_COLUMNS]);
    expect(long.rows[1]![2]).toBe(stories[0]!.title);
    expect(long.rows[1]![3]).toBe('Buurtteam Zuid-Oost');
    expect(wide.rows[0]![0]).toBe('story_id');
    expect(wide.rows[1]![4]).toBe(stories[0]!.text);
    expect(wide.rows[0]).toContain('1c. Sociaal netwerk met liefdevolle, duurzame relaties [ks5-missie-1c]');
  });

  it('evaluates no formula: the cells keep their text', () => {
    expect(control.formulas, 'the control shows that this reading would see a formula').toBe(1);
    expect(long.formulas + wide.formulas).toBe(0);
    expect(long.rows.slice(2).map((r) => r[2])).toEqual(dangerous.map((t) => `'${t}`));
    expect(wide.rows.slice(2).map((r) => r[5])).toEqual(dangerous.map((t) => `'${t}`));
  });

  it('keeps one row per line of the CSV', () => {
    expect(long.rows).toHaveLength(1 + stories.length);
    expect(wide.rows).toHaveLength(1 + stories.length);
  });
});
