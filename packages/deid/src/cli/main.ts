#!/usr/bin/env node
// `pnpm deid eval [FILE]` scores the detector on an annotated JSONL file; `pnpm deid detect`
// turns {"id","text"} lines on stdin into {"id","spans"} lines on stdout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { z } from 'zod';
import { detect } from '../detect.js';
import { LABELS } from '../labels.js';
import { addCounts, countMatches, emptyJudged, exactMatch, formatJudged, judge, overlapMatch, toScores, type Counts } from '../score.js';

export const DEFAULT_EVAL_FILE = fileURLToPath(new URL('../../data/dev.jsonl', import.meta.url));

const AnnotatedSchema = z.object({
  id: z.string(),
  text: z.string(),
  spans: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), label: z.enum(LABELS) })),
});
const InputSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

class InputError extends Error {}

function parseLines<T>(content: string, where: string, schema: z.ZodType<T>): T[] {
  return content.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${where}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(`${where}:${index + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
    }
    return [parsed.data];
  });
}

const pct = (n: number) => n.toFixed(3);

export function evaluate(file: string): string {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const items = parseLines(content, file, AnnotatedSchema);
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
  const total = (counts: Record<string, Counts>) => Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  for (const label of LABELS) {
    const e = toScores(exact[label]);
    const o = toScores(overlap[label]);
    if (e.support === 0 && exact[label].fp === 0) continue;
    rows.push(`${label.padEnd(14)} ${String(e.support).padStart(4)}   ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}     ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  }
  const e = toScores(total(exact));
  const o = toScores(total(overlap));
  rows.push(`${'ALL'.padEnd(14)} ${String(e.support).padStart(4)}   ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}     ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  rows.push(`false positives on the ${cleanItems} items without personal data: ${falseOnClean}`);
  return `${file}: ${items.length} items\n${rows.join('\n')}\n\nas the judges score (overlap; found: any label, typed: the same label, precision: detections overlapping any gold span)\n${formatJudged(judged)}\n`;
}

export function detectLines(input: string): string {
  return parseLines(input, 'stdin', InputSchema)
    .map(({ id, text }) => JSON.stringify({ id, spans: detect(text).map(({ start, end, label }) => ({ start, end, label })) }))
    .map((line) => `${line}\n`)
    .join('');
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'eval' && rest.length <= 1) process.stdout.write(evaluate(rest[0] ?? DEFAULT_EVAL_FILE));
    else if (command === 'detect' && rest.length === 0) process.stdout.write(detectLines(readFileSync(0, 'utf8')));
    else {
      process.stderr.write('usage: deid eval [FILE.jsonl] | deid detect < lines.jsonl\n');
      return 2;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`deid: ${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
