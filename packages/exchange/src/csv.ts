import Papa from 'papaparse';
import type { Story } from '@vertelpunt/stories';
import { getTerm, LATEST_VERSION, listTerms, migrateTagSet, canMigrate, type VersionId } from '@vertelpunt/taxonomy';

export interface CsvOptions {
  /** Dutch Excel opens a CSV by double-click with ';' as separator and needs a BOM to read UTF-8. */
  excelNl?: boolean;
}

const BOM = '\uFEFF';

function unparse(rows: unknown[][], options: CsvOptions, header?: readonly string[]): string {
  return Papa.unparse(
    { fields: header ? [...header] : [], data: rows },
    {
      delimiter: options.excelNl ? ';' : ',',
      newline: '\r\n',
      header: header !== undefined,
      // OWASP CSV injection: a cell that starts with = + - @ tab or CR is prefixed with ' so no
      // spreadsheet evaluates it as a formula.
      escapeFormulae: true,
    },
  );
}

export const CSV_LONG_COLUMNS = ['story_id', 'created_at', 'title', 'taxonomy_version', 'term_id', 'term_label', 'term_kind', 'term_facet', 'origin', 'consent'] as const;

function longRows(story: Story): unknown[][] {
  return story.tags.terms.map((id) => {
    const term = getTerm(id, story.tags.version as VersionId);
    return [story.id, story.createdAt, story.title, story.tags.version, id, term?.label.nl ?? '', term?.kind ?? '', term?.facet ?? '', story.source.origin, story.consent.status];
  });
}

/** One row per story × term: the shape for counting and pivot tables. */
export function toCsvLong(stories: Iterable<Story>, options: CsvOptions = {}): string {
  const rows = [...stories].flatMap(longRows);
  return `${options.excelNl ? BOM : ''}${unparse(rows, options, CSV_LONG_COLUMNS)}\r\n`;
}

export interface WideOptions extends CsvOptions {
  /** The vocabulary whose terms become the columns; older stories are migrated to it. Default: the latest. */
  version?: VersionId;
}

const WIDE_FIXED = ['story_id', 'created_at', 'title', 'text', 'notes', 'origin', 'consent', 'purpose', 'taxonomy_version'] as const;

/** The 0/1 term columns of a wide CSV, in taxonomy order, with readable headers. */
export function wideTermColumns(version: VersionId = LATEST_VERSION): { id: string; header: string }[] {
  return listTerms({ version }).map((t) => ({ id: t.id, header: `${t.notation ? `${t.notation}. ` : ''}${t.label.nl} [${t.id}]` }));
}

function wideRow(story: Story, version: VersionId, columns: readonly { id: string }[]): unknown[] {
  const from = story.tags.version as VersionId;
  const terms = from === version ? story.tags.terms : canMigrate(from, version) ? migrateTagSet(story.tags, version).tagSet.terms : [];
  const set = new Set<string>(terms);
  return [story.id, story.createdAt, story.title, story.text, story.notes, story.source.origin, story.consent.status, story.consent.purpose, version, ...columns.map((c) => (set.has(c.id) ? 1 : 0))];
}

/** One row per story, one 0/1 column per term: the shape for statistics packages. */
export function toCsvWide(stories: Iterable<Story>, options: WideOptions = {}): string {
  const version = options.version ?? LATEST_VERSION;
  const columns = wideTermColumns(version);
  const rows = [...stories].map((s) => wideRow(s, version, columns));
  return `${options.excelNl ? BOM : ''}${unparse(rows, options, [...WIDE_FIXED, ...columns.map((c) => c.header)])}\r\n`;
}

/**
 * The same CSVs for very many stories: chunks of text to write one after another, so memory
 * holds one batch, not the whole export.
 */
export async function* csvChunks(stories: AsyncIterable<Story> | Iterable<Story>, shape: 'long' | 'wide', options: WideOptions = {}, batchSize = 1000): AsyncGenerator<string> {
  const version = options.version ?? LATEST_VERSION;
  const columns = wideTermColumns(version);
  const header = shape === 'long' ? [...CSV_LONG_COLUMNS] : [...WIDE_FIXED, ...columns.map((c) => c.header)];
  // With no rows, papaparse already ends the header line.
  yield `${options.excelNl ? BOM : ''}${unparse([], options, header)}`;
  let batch: unknown[][] = [];
  for await (const story of stories) {
    if (shape === 'long') batch.push(...longRows(story));
    else batch.push(wideRow(story, version, columns));
    if (batch.length >= batchSize) {
      yield `${unparse(batch, options)}\r\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${unparse(batch, options)}\r\n`;
}
