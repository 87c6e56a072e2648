import { readFileSync, statSync } from 'node:fs';
import { decodeText, InputTextError, oneLine } from '../input/decode.js';
import { UsageError } from './usage-error.js';

/** Tag set files are small; a huge file is a mistake (a wrong path), not a workload. */
export const MAX_TAG_SET_FILE_BYTES = 64 * 1024 * 1024;

export interface TagSetFile {
  /** The file's top level was a single tag set rather than an array. */
  single: boolean;
  entries: unknown[];
}

/** Reads a JSON file holding one tag set or an array of them; errors name the file and what is wrong. */
export function readTagSetFile(file: string): TagSetFile {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_TAG_SET_FILE_BYTES)
      throw new UsageError(`${file}: larger than ${MAX_TAG_SET_FILE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let text: string;
  try {
    // The decoding step every CLI shares: a UTF-8 BOM is skipped, another encoding named.
    text = decodeText(bytes);
  } catch (error) {
    if (!(error instanceof InputTextError)) throw error;
    throw new UsageError(`${file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 quotes the input around the error: escaped and cut, so it stays one harmless line.
    throw new UsageError(`${file}: not valid JSON: ${oneLine((error as Error).message, 200)}`);
  }
  if (Array.isArray(data)) return { single: false, entries: data };
  if (data !== null && typeof data === 'object') return { single: true, entries: [data] };
  throw new UsageError(`${file}: expected a tag set object or an array of tag sets, got ${data === null ? 'null' : typeof data}`);
}

/** "[2].terms[1]" for an entry of an array file, "terms[1]" for a single tag set. */
export function describeEntryPath(single: boolean, index: number, path: readonly (string | number)[]): string {
  const inner = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
  if (single) return inner || '(top level)';
  return `[${index}]${inner && !inner.startsWith('[') ? '.' : ''}${inner}`;
}
