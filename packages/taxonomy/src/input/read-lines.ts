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
export async function* readLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<TextLine> {
  const splitter = new LineSplitter(maxLineBytes);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * `readLines` a chunk at a time, without a promise per line: a reader of a million lines calls
 * `push` for each chunk it has and `end` once, and handles the lines of a chunk in one go.
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private pending = 0;
  private number = 0;
  private offset = 0;
  private started = false;
  /** A problem found after some good lines of the same chunk: those are handed out first, as line by line. */
  private failure: unknown;

  constructor(private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES) {}

  /** The lines this chunk completes. */
  push(chunk: Uint8Array): TextLine[] {
    if (this.failure !== undefined) throw this.failure;
    if (this.started) return this.split(chunk);
    this.parts.push(chunk);
    this.pending += chunk.length;
    return this.pending >= 4 ? this.split(this.head()) : [];
  }

  /** The last line, if the file does not end with a line break. */
  end(): TextLine[] {
    if (this.failure !== undefined) throw this.failure;
    const lines = this.started ? [] : this.split(this.head());
    if (this.pending > 0) lines.push(this.line(new Uint8Array(0)));
    return lines;
  }

  private tooLong(): InputTextError {
    return new InputTextError(
      this.number + 1,
      `line ${this.number + 1} is longer than the limit of ${mebibytes(this.maxLineBytes)} (a file without line breaks?): one story per line is expected`,
    );
  }

  private line(end: Uint8Array): TextLine {
    const whole = this.parts.length === 0 ? end : concat([...this.parts, end], this.pending + end.length);
    const bytes = whole.length > 0 && whole[whole.length - 1] === 13 ? whole.subarray(0, whole.length - 1) : whole;
    this.number += 1;
    const result = { text: decodeUtf8(bytes, this.number), number: this.number, offset: this.offset, bytes: bytes.length };
    this.offset += whole.length + 1;
    this.parts = [];
    this.pending = 0;
    return result;
  }

  private split(chunk: Uint8Array): TextLine[] {
    const lines: TextLine[] = [];
    let from = 0;
    try {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
        if (this.pending + at - from > this.maxLineBytes + 1) throw this.tooLong();
        lines.push(this.line(chunk.subarray(from, at)));
        from = at + 1;
      }
      if (from < chunk.length) {
        if (this.pending + chunk.length - from > this.maxLineBytes + 1) throw this.tooLong();
        this.parts.push(chunk.subarray(from));
        this.pending += chunk.length - from;
      }
    } catch (error) {
      if (lines.length === 0) throw error;
      this.failure = error;
    }
    return lines;
  }

  /** The first bytes, once at least 4 are there (or the file has ended): the encoding is sniffed. */
  private head(): Uint8Array {
    const first = concat(this.parts, this.pending);
    this.parts = [];
    this.pending = 0;
    this.started = true;
    this.offset = skipByteOrderMark(first.subarray(0, 4));
    return first.subarray(this.offset);
  }
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

const mebibytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`;
