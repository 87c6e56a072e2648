import { EXPORT_FORMATS, type ExportFormatName } from '@vertelpunt/exchange';
import { datedFilename, saveFile } from '../browser/save-file';
import type { StoryFilter } from '../storage/story-filter';
import type { Exchange, RequestOptions } from './exchange-client';
import type { Outcome } from './protocol';

export interface FileExport {
  format: ExportFormatName;
  filter: StoryFilter;
  /** CSV only: ';' and a BOM for Dutch Excel. */
  excelNl?: boolean;
  /** The middle of the file name: `vertelpunt-<stem>-2026-11-23.csv`. */
  stem: string;
}

/** What was saved: how many stories, how many stored records were unreadable and left out, under which name. */
export interface SavedExport {
  count: number;
  unreadable: number;
  fileName: string;
}

/**
 * Exports in the worker and hands the file to the browser's download: the one way every export
 * and backup of the extension is made. The time in the file and in its name is the same.
 */
export async function exportToFile(
  exchange: Exchange,
  { format, filter, excelNl = false, stem }: FileExport,
  options: RequestOptions & { save?: (blob: Blob, fileName: string) => void; now?: Date },
): Promise<Outcome<SavedExport>> {
  const { save = saveFile, now = new Date(), ...requestOptions } = options;
  // User Timing marks: test/bench/export-100k.ts splits an export's time with them.
  performance.mark('vertelpunt:export-requested');
  const outcome = await exchange.request({ type: 'export', format, filter, exportedAt: now.toISOString(), excelNl }, requestOptions);
  performance.mark('vertelpunt:export-replied');
  if (!outcome.ok) return outcome;
  const fileName = datedFilename(stem, EXPORT_FORMATS[format].extension, now);
  save(outcome.reply.blob, fileName);
  return { ok: true, reply: { count: outcome.reply.count, unreadable: outcome.reply.unreadable, fileName } };
}
