// Reading text files given to a CLI: one decoding step for every command, so a UTF-8 byte order
// mark is accepted everywhere and a file in another encoding is named as such instead of failing
// later with "Unexpected token". Pure (bytes in, text out): no Node API.

/** Bad input text: where (a line from 1, when known) and what, for the caller's own error format. */
export class InputTextError extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'InputTextError';
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Byte order marks of the encodings a text editor may save in instead of UTF-8. */
const OTHER_BOMS: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 BE' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * How many leading bytes to skip (3 for a UTF-8 BOM, else 0), from at least the first 4 bytes of
 * a file (fewer only if the file is shorter). Throws for UTF-16 or UTF-32, with or without a BOM.
 */
export function skipByteOrderMark(head: Uint8Array): number {
  if (startsWith(head, UTF8_BOM)) return UTF8_BOM.length;
  const other = OTHER_BOMS.find((bom) => startsWith(head, bom.bytes));
  if (other)
    throw new InputTextError(
      1,
      `the file is ${other.name} (it starts with a ${other.name} byte order mark); expected UTF-8: save it as UTF-8`,
    );
  // JSON starts with an ASCII character: a zero byte beside it is UTF-16 without a BOM.
  if (head.length >= 2 && (head[0] === 0) !== (head[1] === 0))
    throw new InputTextError(
      1,
      `the file looks like UTF-16 ${head[0] === 0 ? 'BE' : 'LE'} (every other byte is zero); expected UTF-8: save it as UTF-8`,
    );
  return 0;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text; bytes that are not UTF-8 are an error naming the likely encoding. */
export function decodeUtf8(bytes: Uint8Array, line?: number): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const near =
      at < bytes.length
        ? ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0').toUpperCase()} at byte ${at + 1}${line === undefined ? '' : ' of the line'})`
        : '';
    throw new InputTextError(line, `not valid UTF-8${near}: is the file Windows-1252 or Latin-1? Save it as UTF-8`);
  }
}

/** Where a UTF-8 sequence first goes wrong (lead bytes and continuation bytes only; for the message). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i]!;
    const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return bytes.length;
}

/** A whole file's bytes as text: a UTF-8 BOM skipped, another encoding named. */
export const decodeText = (bytes: Uint8Array): string => decodeUtf8(bytes.subarray(skipByteOrderMark(bytes.subarray(0, 4))));

/**
 * Text from an input file as one line a terminal shows as it is: control characters (escape
 * codes, line breaks, a NUL) written as \n, \x1b, \u2028 …, and cut to `max` characters.
 */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const escaped = text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : code < 0x100
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}
