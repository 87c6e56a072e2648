// Lines of a JSONL input for the deid CLI, in bounded memory. @vertelpunt/deid depends on no other
// package of this repo, so this is a small reader of its own; the analyst and taxonomy CLIs share
// one in @vertelpunt/taxonomy (readLines) that behaves the same: a UTF-8 BOM is skipped, UTF-16 and
// invalid UTF-8 are named, a line above the limit is refused before it is held whole.

/** Bad input: printed as `deid: <where>:<line>: <message>`, exit code 2. */
export class InputError extends Error {}

/** A line longer than this is a file without line breaks, not an item (default 16 MiB; DEID_MAX_LINE_BYTES sets it). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Input text shown in a message: escaped control characters, one line, at most `max` characters. */
export function escapeForTerminal(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const escaped = text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

function encodingOf(head: Buffer): string | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16 LE (it starts with a UTF-16 LE byte order mark)';
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16 BE (it starts with a UTF-16 BE byte order mark)';
  if (head.length >= 2 && (head[0] === 0) !== (head[1] === 0)) return 'UTF-16 without a byte order mark (every other byte is zero)';
  return undefined;
}

/** Splits bytes into non-empty decoded lines as they come (`push`), and the last at `end`. */
export class LineSplitter {
  private rest: Buffer = Buffer.alloc(0);
  private line = 0;
  private first = true;

  constructor(
    private readonly where: string,
    private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer): { text: string; line: number }[] {
    this.rest = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
    if (this.first && this.rest.length < 4) return [];
    this.start();
    const out: { text: string; line: number }[] = [];
    let from = 0;
    for (let at = this.rest.indexOf(10); at !== -1; at = this.rest.indexOf(10, from)) {
      this.take(this.rest.subarray(from, at), out);
      from = at + 1;
    }
    this.rest = this.rest.subarray(from);
    if (this.rest.length > this.maxLineBytes) this.tooLong(this.line + 1);
    return out;
  }

  end(): { text: string; line: number }[] {
    this.start();
    const out: { text: string; line: number }[] = [];
    if (this.rest.length > 0) this.take(this.rest, out);
    this.rest = Buffer.alloc(0);
    return out;
  }

  /** The first bytes: another encoding is named, a UTF-8 BOM skipped. */
  private start(): void {
    if (!this.first) return;
    this.first = false;
    const other = encodingOf(this.rest);
    if (other) throw new InputError(`${this.where}:1: the input is ${other}; expected UTF-8: save it as UTF-8`);
    if (this.rest[0] === 0xef && this.rest[1] === 0xbb && this.rest[2] === 0xbf) this.rest = this.rest.subarray(3);
  }

  private take(bytes: Buffer, out: { text: string; line: number }[]): void {
    this.line += 1;
    if (bytes.length > this.maxLineBytes) this.tooLong(this.line);
    let text: string;
    try {
      text = decoder.decode(bytes).trim();
    } catch {
      throw new InputError(`${this.where}:${this.line}: not valid UTF-8: is the input Windows-1252 or Latin-1? Save it as UTF-8`);
    }
    if (text) out.push({ text, line: this.line });
  }

  private tooLong(line: number): never {
    throw new InputError(
      `${this.where}:${line}: line ${line} is longer than the limit of ${this.maxLineBytes} bytes (an input without line breaks?): one item per line is expected`,
    );
  }
}
