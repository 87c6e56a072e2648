import type { VersionId } from '@vertelpunt/taxonomy';
import { csvLongEncoder, csvWideEncoder } from './csv.js';
import { encodeChunks, type Chunk, type StoryEncoder, type StoryStream } from './encode.js';
import { parquetEncoder } from './parquet.js';
import { qdpxEncoder } from './qdpx.js';
import { webAnnotationEncoder } from './web-annotation.js';
import { backupEncoder, jsonExportEncoder, ndjsonEncoder } from './write-json.js';

/** Everything any export needs; each format takes what it uses. */
export interface ExportOptions {
  /** Written into the file where the format has a place for it (inject it: same time, same bytes). */
  exportedAt: Date;
  /** The vocabulary of the term columns and codes (CSV, Parquet, REFI-QDA); older stories are migrated. Default: the latest. */
  version?: VersionId;
  /** CSV only: ';' and a UTF-8 BOM, for Dutch Excel. */
  excelNl?: boolean;
}

export interface ExportFormat {
  readonly name: string;
  /** Dutch, for a menu in the extension. */
  readonly label: string;
  readonly extension: string;
  readonly mediaType: string;
  readonly encoder: (options: ExportOptions) => StoryEncoder<string> | StoryEncoder<Uint8Array>;
}

const opt = (version: VersionId | undefined) => (version ? { version } : {});

/** Every export format by the name the CLI's --format takes. */
export const EXPORT_FORMATS = {
  'csv-long': {
    name: 'csv-long',
    label: 'CSV, een regel per verhaal en term',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    encoder: (o) => csvLongEncoder({ excelNl: o.excelNl ?? false, ...opt(o.version) }),
  },
  'csv-wide': {
    name: 'csv-wide',
    label: 'CSV, een regel per verhaal',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    encoder: (o) => csvWideEncoder({ excelNl: o.excelNl ?? false, ...opt(o.version) }),
  },
  json: { name: 'json', label: 'JSON', extension: 'json', mediaType: 'application/json', encoder: (o) => jsonExportEncoder(o) },
  ndjson: {
    name: 'ndjson',
    label: 'JSON, een regel per verhaal (NDJSON)',
    extension: 'ndjson',
    mediaType: 'application/x-ndjson',
    encoder: (o) => ndjsonEncoder(o),
  },
  qdpx: {
    name: 'qdpx',
    label: 'REFI-QDA-project (ATLAS.ti, MAXQDA, NVivo)',
    extension: 'qdpx',
    mediaType: 'application/zip',
    encoder: (o) => qdpxEncoder({ exportedAt: o.exportedAt, ...opt(o.version) }),
  },
  webanno: {
    name: 'webanno',
    label: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    encoder: (o) => webAnnotationEncoder(o),
  },
  parquet: {
    name: 'parquet',
    label: 'Parquet (DuckDB, pandas, Spark)',
    extension: 'parquet',
    mediaType: 'application/vnd.apache.parquet',
    encoder: (o) => parquetEncoder({ exportedAt: o.exportedAt, ...opt(o.version) }),
  },
  backup: {
    name: 'backup',
    label: 'Volledige back-up',
    extension: 'json',
    mediaType: 'application/json',
    encoder: (o) => backupEncoder(o),
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export const isExportFormat = (name: string): name is ExportFormatName => Object.hasOwn(EXPORT_FORMATS, name);

/**
 * Any export as a stream of chunks (strings for the text formats, bytes for qdpx and parquet):
 * `new Blob(await Array.fromAsync(exportChunks(...)))` in the extension, a file stream in the CLI.
 */
export const exportChunks = (format: ExportFormatName, stories: StoryStream, options: ExportOptions): AsyncGenerator<Chunk> =>
  encodeChunks(EXPORT_FORMATS[format].encoder(options) as StoryEncoder<Chunk>, stories);
