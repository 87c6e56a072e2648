// Small helpers of the readers: JSON values and V8's syntax errors as the problems word them.

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `"key": value,` as one header or trailer line. */
export function parseField(trimmed: string): [string, unknown] | undefined {
  const value = tryParse(`{${trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed}}`);
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0] : undefined;
}

/** A value from the file for a message: short, whatever the file holds. */
export const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return typeof value === 'string' ? `'${short}'` : short;
};

/** V8's message without "in JSON at position …" (the caller says where). */
export const syntaxMessage = (error: unknown) =>
  String((error as Error).message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/, '');

export function locateSyntaxError(error: unknown, text: string): { line?: number; message: string } {
  const raw = String((error as Error).message);
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(raw);
  if (at) {
    const position = Number(at[1]);
    const line = at[2] ? Number(at[2]) : text.slice(0, position).split('\n').length;
    const column = at[3] ? Number(at[3]) : position - text.lastIndexOf('\n', position - 1);
    return { line, message: `${syntaxMessage(error)} (column ${column})` };
  }
  if (/end of JSON input/.test(raw))
    return { line: text.split('\n').length, message: 'the text ends before the JSON is complete: the file is cut off' };
  return { message: syntaxMessage(error) };
}

/** A size for a message: bytes, kB or MB. */
export const megabytes = (bytes: number) =>
  bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${Math.ceil(bytes / 1024)} kB`
      : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
