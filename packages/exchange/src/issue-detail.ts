import { z } from 'zod';

// What is wrong with a value, as data a program words in its own language (the extension in Dutch
// or English): zod's English issue messages and the engine's JSON syntax errors never reach a
// person who does not read English. Plain JSON, so a worker can post it to a page.

/** The kind of a JSON value, as a detail names what it found. `missing`: no value at all. */
export const JSON_TYPES = ['string', 'number', 'boolean', 'null', 'object', 'array', 'missing', 'other'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

export function jsonType(value: unknown): JsonType {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

const Bound = z.strictObject({
  /** What is measured: a string's length, an array's items, a number itself, … (zod's `origin`). */
  origin: z.string(),
  limit: z.number(),
  /** Whether the limit itself is allowed (≥ rather than >). */
  inclusive: z.boolean(),
  /** Exactly `limit`, no more and no less. */
  exact: z.boolean(),
});
const Primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One zod issue, without its English message: the code and the values a message names. */
export const IssueDetailSchema = z.discriminatedUnion('code', [
  /** `received`: the kind of value found, when the parsed value was at hand. */
  z.strictObject({ code: z.literal('invalid_type'), expected: z.string(), received: z.enum(JSON_TYPES).optional() }),
  Bound.extend({ code: z.literal('too_small') }),
  Bound.extend({ code: z.literal('too_big') }),
  /** `uuid`, `datetime`, `url`, `regex`, `starts_with`, … */
  z.strictObject({ code: z.literal('invalid_format'), format: z.string() }),
  z.strictObject({ code: z.literal('not_multiple_of'), divisor: z.number() }),
  z.strictObject({ code: z.literal('unrecognized_keys'), keys: z.array(z.string()) }),
  /** One of these values was expected (an enum, a literal, a discriminator). */
  z.strictObject({ code: z.literal('invalid_value'), values: z.array(Primitive) }),
  z.strictObject({ code: z.literal('invalid_union') }),
  z.strictObject({ code: z.literal('invalid_key') }),
  z.strictObject({ code: z.literal('invalid_element') }),
  /**
   * A refinement's own check: `problem` names it (set in the schema's `params`), `values` are what
   * its message names. A refinement without a `problem` is worded as "invalid value".
   */
  z.strictObject({
    code: z.literal('custom'),
    problem: z.string().optional(),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
]);
export type IssueDetail = z.infer<typeof IssueDetailSchema>;

/** The value at `path` inside `input`, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const primitive = (value: unknown): z.infer<typeof Primitive> =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);

/**
 * The detail of a zod issue. `parsed.input` is the value that was parsed (the issue's path is
 * inside it): zod 4 does not say what it received, so its kind is read from there.
 */
export function issueDetail(issue: z.core.$ZodIssue, parsed?: { input: unknown }): IssueDetail {
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.code,
        expected: String(issue.expected),
        ...(parsed ? { received: jsonType(valueAt(parsed.input, issue.path)) } : {}),
      };
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      return { code: issue.code, origin: issue.origin, limit, inclusive: issue.inclusive !== false, exact: issue.exact === true };
    }
    case 'invalid_format':
      return { code: issue.code, format: issue.format };
    case 'not_multiple_of':
      return { code: issue.code, divisor: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { code: issue.code, keys: [...issue.keys] };
    case 'invalid_value':
      return { code: issue.code, values: issue.values.map(primitive) };
    case 'invalid_union':
      // A discriminated union whose discriminator matched no option names the options it knows.
      return 'options' in issue && issue.options?.length
        ? { code: 'invalid_value', values: issue.options.map(primitive) }
        : { code: issue.code };
    case 'invalid_key':
    case 'invalid_element':
      return { code: issue.code };
    case 'custom': {
      const { problem, ...values } = (issue.params ?? {}) as Record<string, unknown>;
      const named = Object.entries(values).filter(
        (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
      );
      return {
        code: 'custom',
        ...(typeof problem === 'string' ? { problem } : {}),
        ...(named.length > 0 ? { values: Object.fromEntries(named) } : {}),
      };
    }
  }
}

// --- JSON syntax ---------------------------------------------------------------------------------

/** Where a JSON text stops being JSON: line and column from 1; `end` when the text ends too soon. */
export const JsonSyntaxSchema = z.strictObject({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  end: z.boolean(),
});
export type JsonSyntax = z.infer<typeof JsonSyntaxSchema>;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };
// A JSON string may not hold a raw control character: the pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset of the first character that makes `text` not JSON (RFC 8259), `text.length` when it
 * ends too soon, or undefined when it is JSON. Engines word and place their syntax errors each
 * their own way (V8 names no position for some, Firefox counts differently): this is one answer.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(text)?.[0].length ?? 0;
  };
  /** A string's end, or where it goes wrong. */
  const string = (): number | undefined => {
    const length = match(STRING);
    if (length > 0) {
      i += length;
      return undefined;
    }
    // Find the offending character: an unescaped control character, a bad escape, or the end.
    let j = i + 1;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '"' || c < ' ') return j;
      if (c === '\\') {
        const next = text[j + 1];
        if (next === 'u') {
          // The first of the four that is not a hex digit.
          for (let k = j + 2; k < j + 6; k++) if (!/[0-9a-fA-F]/.test(text[k] ?? '')) return Math.min(k, text.length);
          j += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 2;
        else return Math.min(j + 1, text.length);
      } else j += 1;
    }
    return text.length;
  };
  /** A number's end, or the first character where it goes wrong: `-`, then `0` or digits, `.` digits, `e` sign digits. */
  const number = (): number | undefined => {
    const digits = () => {
      const start = i;
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i += 1;
      return i > start;
    };
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else if (!digits()) return i;
    if (text[i] === '.') {
      i += 1;
      if (!digits()) return i;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (!digits()) return i;
    }
    return undefined;
  };
  /** A key and its colon, or where they go wrong. */
  const key = (): number | undefined => {
    skip();
    if (text[i] !== '"') return Math.min(i, text.length);
    const bad = string();
    if (bad !== undefined) return bad;
    skip();
    if (text[i] !== ':') return Math.min(i, text.length);
    i += 1;
    return undefined;
  };
  // Each open container, and whether the next thing in it is a value (after `[`, `,` or `:`) or a key.
  const stack: ('[' | '{')[] = [];
  let want: 'value' | 'key-or-close' | 'value-or-close' | 'after' = 'value';
  for (;;) {
    skip();
    if (i >= text.length) return want === 'after' && stack.length === 0 ? undefined : text.length;
    const c = text[i]!;
    if (want === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (c === ',') {
        i += 1;
        const bad = top === '{' ? key() : undefined;
        if (bad !== undefined) return bad;
        want = 'value';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i += 1;
      } else return i;
      continue;
    }
    if (want === 'key-or-close' || want === 'value-or-close') {
      if (c === (want === 'key-or-close' ? '}' : ']')) {
        stack.pop();
        i += 1;
        want = 'after';
        continue;
      }
      const bad = want === 'key-or-close' ? key() : undefined;
      if (bad !== undefined) return bad;
      want = 'value';
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      want = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    if (c === '"') {
      const bad = string();
      if (bad !== undefined) return bad;
    } else {
      const word = LITERALS[c];
      if (word) {
        // The first character that differs from the word begun.
        for (const expected of word) {
          if (text[i] !== expected) return Math.min(i, text.length);
          i += 1;
        }
      } else {
        const bad = number();
        if (bad !== undefined) return bad;
      }
    }
    want = 'after';
  }
}

/** Line and column (from 1) of an offset in `text`; `firstLine` when the text starts further into a file. */
export function lineAndColumn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `text` stops being JSON, or undefined if it is JSON. */
export function jsonSyntax(text: string, firstLine = 1): JsonSyntax | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : { ...lineAndColumn(text, offset, firstLine), end: offset >= text.length };
}
