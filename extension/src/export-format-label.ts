import type { ExportFormatName } from '@vertelpunt/exchange';
import type { MessageKey } from './i18n';

// The exchange package's labels are the CLI's (Dutch); the interface names each format in its own language.

/** The message naming each export format. */
export const FORMAT_LABEL_KEYS = {
  'csv-long': 'formatCsvLong',
  'csv-wide': 'formatCsvWide',
  json: 'formatJson',
  ndjson: 'formatNdjson',
  qdpx: 'formatQdpx',
  webanno: 'formatWebanno',
  parquet: 'formatParquet',
  backup: 'formatBackup',
} as const satisfies Record<ExportFormatName, MessageKey>;
