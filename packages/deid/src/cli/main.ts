#!/usr/bin/env node
// `pnpm deid eval [FILE]` scores the detector on an annotated JSONL file; `pnpm deid detect`
// turns {"id","text"} lines on stdin into {"id","spans"} lines on stdout, a chunk at a time.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { detect } from '../detect.js';
import { LABELS } from '../labels.js';
import { addCounts, countMatches, emptyJudged, exactMatch, formatJudged, judge, overlapMatch, toScores, type Counts } from '../score.js';
import { escapeForTerminal, InputError, LineSplitter } from './read-input.js';

export const DEFAULT_EVAL_FILE = fileURLToPath(new URL('../../data/dev.jsonl', import.meta.url));

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), label: z.enum(LABELS) });
const AnnotatedSchema = z.object({ id: z.string(), text: z.string(), spans: z.array(SpanSchema) }).superRefine((item, context) => {
  // A span must lie inside the text and cover something, or the scores count nonsense.
  item.spans.forEach((span, i) => {
    if (span.start >= span.end)
      context.addIssue({ code: 'custom', path: ['spans', i], message: `start ${span.start} is not before end ${span.end}` });
    else if (span.end > item.text.length)
      context.addIssue({
        code: 'custom',
        path: ['spans', i, 'end'],
        message: `${span.end} is past the end of the text (${item.text.length} characters)`,
      });
  });
});
const InputSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

function parseLine<T>(text: string, where: string, line: number, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}:${line}: not valid JSON (${escapeForTerminal((error as Error).message)})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${where}:${line}: ${issue.path.join('.') || '(line)'}: ${escapeForTerminal(issue.message)}`);
  }
  return parsed.data;
}

const pct = (n: number) => n.toFixed(3);

export function evaluate(file: string, maxLineBytes?: number): string {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const splitter = new LineSplitter(file, maxLineBytes);
  const items = [...splitter.push(content), ...splitter.end()].map(({ text, line }) => parseLine(text, file, line, AnnotatedSchema));
  const empty = () => Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof LABELS)[number], Counts>;
  const exact = empty();
  const overlap = empty();
  const judged = emptyJudged();
  let cleanItems = 0;
  let falseOnClean = 0;
  for (const item of items) {
    const found = detect(item.text);
    addCounts(exact, countMatches(item.spans, found, exactMatch));
    addCounts(overlap, countMatches(item.spans, found, overlapMatch));
    judge(judged, item.spans, found);
    if (item.spans.length === 0) {
      cleanItems++;
      falseOnClean += found.length;
    }
  }
  const rows = [`${'label'.padEnd(14)} ${'n'.padStart(4)}   exact P / R / F1        overlap P / R / F1`];
  const total = (counts: Record<string, Counts>) =>
    Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  for (const label of LABELS) {
    const e = toScores(exact[label]);
    const o = toScores(overlap[label]);
    if (e.support === 0 && exact[label].fp === 0) continue;
    rows.push(
      `${label.padEnd(14)} ${String(e.support).padStart(4)}   ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}     ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`,
    );
  }
  const e = toScores(total(exact));
  const o = toScores(total(overlap));
  rows.push(
    `${'ALL'.padEnd(14)} ${String(e.support).padStart(4)}   ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}     ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`,
  );
  rows.push(`false positives on the ${cleanItems} items without personal data: ${falseOnClean}`);
  return `${file}: ${items.length} items\n${rows.join('\n')}\n\nas the judges score (overlap; found: any label, typed: the same label, precision: detections overlapping any gold span)\n${formatJudged(judged)}\n`;
}

const detectOne = (text: string, line: number) => {
  const { id, text: item } = parseLine(text, 'stdin', line, InputSchema);
  return `${JSON.stringify({ id, spans: detect(item).map(({ start, end, label }) => ({ start, end, label })) })}\n`;
};

/** `detect` on a whole input held in memory (tests, small inputs). */
export function detectLines(input: string): string {
  const splitter = new LineSplitter('stdin');
  return [...splitter.push(Buffer.from(input)), ...splitter.end()].map(({ text, line }) => detectOne(text, line)).join('');
}

/**
 * `detect` as a stream: each chunk's results are written before the next chunk is read, so an
 * input of any size runs in bounded memory. A bad line stops it there (exit 2); results of
 * earlier chunks may have been written already, as with any filter.
 */
export async function detectStream(
  input: AsyncIterable<Buffer>,
  write: (text: string) => Promise<void> | void,
  maxLineBytes?: number,
): Promise<void> {
  const splitter = new LineSplitter('stdin', maxLineBytes);
  for await (const chunk of input) {
    const out = splitter
      .push(chunk)
      .map(({ text, line }) => detectOne(text, line))
      .join('');
    if (out) await write(out);
  }
  const out = splitter
    .end()
    .map(({ text, line }) => detectOne(text, line))
    .join('');
  if (out) await write(out);
}

/** Writes to stdout, waiting when its buffer is full (a slow reader downstream). */
const writeOut = (text: string) =>
  new Promise<void>((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));

function maxLineFromEnvironment(): number | undefined {
  const value = process.env.DEID_MAX_LINE_BYTES;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InputError(`DEID_MAX_LINE_BYTES: expected a number of bytes, got '${escapeForTerminal(value)}'`);
  return Number(value);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'eval' && rest.length <= 1) process.stdout.write(evaluate(rest[0] ?? DEFAULT_EVAL_FILE, maxLineFromEnvironment()));
    else if (command === 'detect' && rest.length === 0) await detectStream(process.stdin, writeOut, maxLineFromEnvironment());
    else {
      process.stderr.write('usage: deid eval [FILE.jsonl] | deid detect < lines.jsonl\n');
      return 2;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`deid: ${escapeForTerminal(error.message, 500)}\n`);
    return 2;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
