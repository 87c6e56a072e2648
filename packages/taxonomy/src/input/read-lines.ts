import { decodeUtf8, InputTextError, skipByteOrderMark } from './decode.js';

/** A line longer than this is not a story or tag set but a file without line breaks (default 16 MiB). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface TextLine {
  /** The line without its end (\n or \r\n). */
  readonly text: string;
  /** From 1. */
  readonly number: number;
  /** Where its first byte is in the file, and how many bytes it has (without the line end). */
  readonly offset: number;
  readonly bytes: number;
}

/**
 * The lines of a UTF-8 file read as bytes (a file stream, `Blob.stream()`), each decoded on its
 * own: a UTF-8 BOM skipped, another encoding or invalid UTF-8 an `InputTextError` naming the
 * line, and a line longer than `maxLineBytes` refused as soon as it is, never held whole.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<TextLine> {
  let parts: Uint8Array[] = [];
  let pending = 0;
  let number = 0;
  let offset = 0;
  let started = false;
  const tooLong = () =>
    new InputTextError(number + 1, `line ${number + 1} is longer than the limit of ${mebibytes(maxLineBytes)} (a file without line breaks?): one story per line is expected`);
  function line(end: Uint8Array): TextLine {
    const whole = parts.length === 0 ? end : concat([...parts, end], pending + end.length);
    const bytes = whole.length > 0 && whole[whole.length - 1] === 13 ? whole.subarray(0, whole.length - 1) : whole;
    number += 1;
    const result = { text: decodeUtf8(bytes, number), number, offset, bytes: bytes.length };
    offset += whole.length + 1;
    parts = [];
    pending = 0;
    return result;
  }
  function* split(chunk: Uint8Array): Generator<TextLine> {
    let from = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
      if (pending + at - from > maxLineBytes + 1) throw tooLong();
      yield line(chunk.subarray(from, at));
      from = at + 1;
    }
    if (from < chunk.length) {
      if (pending + chunk.length - from > maxLineBytes + 1) throw tooLong();
      parts.push(chunk.subarray(from));
      pending += chunk.length - from;
    }
  }
  /** The first bytes, once at least 4 are there (or the file has ended): the encoding is sniffed. */
  function head(): Uint8Array {
    const first = concat(parts, pending);
    parts = [];
    pending = 0;
    started = true;
    offset = skipByteOrderMark(first.subarray(0, 4));
    return first.subarray(offset);
  }
  for await (const chunk of chunks) {
    if (started) {
      yield* split(chunk);
      continue;
    }
    parts.push(chunk);
    pending += chunk.length;
    if (pending >= 4) yield* split(head());
  }
  if (!started) yield* split(head());
  if (pending > 0) yield line(new Uint8Array(0));
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const mebibytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`);
