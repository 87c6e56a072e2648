import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { Story } from '@vertelpunt/stories';
import { LATEST_VERSION, type VersionId } from '@vertelpunt/taxonomy';
import { compareStories } from './canonical.js';
import { encodeAll, encodeChunks, joinBytes, type StoryEncoder, type StoryStream } from './encode.js';
import { EXPORT_FORMAT, SCHEMA_VERSION } from './envelope.js';
import { termsIn } from './target-terms.js';

export interface ParquetOptions {
  /** The vocabulary the terms are given in; older stories are migrated to it. Default: the latest. */
  version?: VersionId;
  /** Written into the file's key-value metadata. */
  exportedAt: Date;
  /** Stories per row group (default 10,000): the most the writer holds at a time. */
  rowGroupSize?: number;
}

const text = (name: string, optional = false): SchemaElement => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: optional ? 'OPTIONAL' : 'REQUIRED',
});
const instant = (name: string): SchemaElement => ({
  name,
  type: 'INT64',
  converted_type: 'TIMESTAMP_MILLIS',
  logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
  repetition_type: 'REQUIRED',
});

/**
 * One row per story. `terms` is a list column (DuckDB: `unnest(terms)`, pandas:
 * `df.explode('terms')`), in the vocabulary `taxonomy_version`. The full URL, page title and
 * any kept original text are left out, as in the CSV exports.
 */
export const PARQUET_SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: 12 },
  text('story_id'),
  instant('created_at'),
  instant('updated_at'),
  text('title'),
  text('text'),
  text('notes'),
  text('author', true),
  text('origin'),
  text('consent'),
  text('purpose'),
  text('taxonomy_version'),
  { name: 'terms', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
];

type Columns = Record<
  | 'story_id'
  | 'created_at'
  | 'updated_at'
  | 'title'
  | 'text'
  | 'notes'
  | 'author'
  | 'origin'
  | 'consent'
  | 'purpose'
  | 'taxonomy_version'
  | 'terms',
  unknown[]
>;
const emptyColumns = (): Columns => ({
  story_id: [],
  created_at: [],
  updated_at: [],
  title: [],
  text: [],
  notes: [],
  author: [],
  origin: [],
  consent: [],
  purpose: [],
  taxonomy_version: [],
  terms: [],
});

/** Parquet through hyparquet-writer: a row group per batch of stories, each handed out as soon as it is written. */
export function parquetEncoder(options: ParquetOptions): StoryEncoder<Uint8Array> {
  const version = options.version ?? LATEST_VERSION;
  const rowGroupSize = options.rowGroupSize ?? 10_000;
  // The writer's offsets count every byte; its buffer is emptied after each row group.
  const writer = new ByteWriter();
  const take = (): Uint8Array[] => {
    if (writer.index === 0) return [];
    const bytes = new Uint8Array(writer.buffer.slice(0, writer.index));
    writer.index = 0;
    return [bytes];
  };
  const parquet = new ParquetWriter({
    writer,
    schema: PARQUET_SCHEMA,
    kvMetadata: [
      { key: 'vertelpunt.format', value: EXPORT_FORMAT },
      { key: 'vertelpunt.schemaVersion', value: String(SCHEMA_VERSION) },
      { key: 'vertelpunt.taxonomyVersion', value: version },
      { key: 'vertelpunt.exportedAt', value: options.exportedAt.toISOString() },
    ],
    createdBy: 'Vertelpunt (@vertelpunt/exchange) with hyparquet-writer',
  });
  let columns = emptyColumns();
  let rows = 0;
  const flush = (): Uint8Array[] => {
    if (rows === 0) return take();
    void parquet.write({ columnData: Object.entries(columns).map(([name, data]) => ({ name, data })), rowGroupSize: rows });
    columns = emptyColumns();
    rows = 0;
    return take();
  };
  return {
    begin: take,
    write: (story) => {
      columns.story_id.push(story.id);
      columns.created_at.push(new Date(story.createdAt));
      columns.updated_at.push(new Date(story.updatedAt));
      columns.title.push(story.title);
      columns.text.push(story.text);
      columns.notes.push(story.notes);
      columns.author.push(story.author ?? null);
      columns.origin.push(story.source.origin);
      columns.consent.push(story.consent.status);
      columns.purpose.push(story.consent.purpose);
      columns.taxonomy_version.push(version);
      columns.terms.push([...termsIn(story, version)]);
      rows += 1;
      return rows >= rowGroupSize ? flush() : [];
    },
    end: () => {
      const last = flush();
      void parquet.finish();
      return [...last, ...take()];
    },
  };
}

export const parquetChunks = (stories: StoryStream, options: ParquetOptions) => encodeChunks(parquetEncoder(options), stories);

/** The Parquet export of a whole set, oldest first. */
export function toParquet(stories: Iterable<Story>, options: ParquetOptions): Uint8Array {
  return joinBytes(encodeAll(parquetEncoder(options), [...stories].sort(compareStories)));
}
