#!/usr/bin/env node
// The analyst CLI: `pnpm analyse <command>` from the repo root.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toCsvLong, toCsvWide } from '../csv.js';
import { cooccurrence, countStories, type CountBy, type CountTable } from '../counts.js';
import { ImportError, ndjsonChunks, parseJsonEnvelope, toJsonEnvelope } from '../json-envelope.js';
import { toQdpx } from '../qdpx.js';
import { toWebAnnotations } from '../web-annotation.js';

export const USAGE = `usage: pnpm analyse <command>
  export FILE --format csv-long|csv-wide|json|ndjson|qdpx|webanno [--excel-nl] --out FILE
  counts FILE [--by term|facet|month|origin] [--cooccurrence] [--min-group K]
FILE is a Vertelpunt JSON export. Exit codes: 0 ok, 2 bad input (one line per problem).`;

class UsageError extends Error {}

/** Exports of a library are at most a few hundred MB; anything larger is a mistake. */
const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

function readExport(file: string) {
  let text: string;
  try {
    if (statSync(file).size > MAX_INPUT_BYTES) throw new UsageError(`${file}: larger than 1 GB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parseJsonEnvelope(text, file);
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
}

/** Writes next to the target and renames: a failed export never leaves a half-written file. */
function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function table(result: CountTable, minGroup: number): string {
  const width = Math.max(5, ...result.rows.map((r) => r.label.length));
  const lines = [`${'group'.padEnd(width)}  stories`, ...result.rows.map((r) => `${r.label.padEnd(width)}  ${String(r.stories).padStart(7)}`)];
  if (result.suppressed > 0) lines.push(`(${result.suppressed} group${result.suppressed === 1 ? '' : 's'} with fewer than ${minGroup} stories left out)`);
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'excel-nl': { type: 'boolean', default: false },
      by: { type: 'string', default: 'term' },
      cooccurrence: { type: 'boolean', default: false },
      'min-group': { type: 'string', default: '5' },
    },
  });
  if (command === 'export') {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('export needs one FILE');
    if (!values.out) throw new UsageError('export needs --out FILE');
    const formats = ['csv-long', 'csv-wide', 'json', 'ndjson', 'qdpx', 'webanno'];
    if (!values.format || !formats.includes(values.format)) throw new UsageError(`--format: expected one of ${formats.join(', ')}`);
    const { stories } = readExport(file);
    const now = new Date();
    let content: string | Uint8Array;
    if (values.format === 'csv-long') content = toCsvLong(stories, { excelNl: values['excel-nl'] });
    else if (values.format === 'csv-wide') content = toCsvWide(stories, { excelNl: values['excel-nl'] });
    else if (values.format === 'json') content = toJsonEnvelope(stories, now);
    else if (values.format === 'qdpx') content = toQdpx(stories, { exportedAt: now });
    else if (values.format === 'webanno') content = `${JSON.stringify(toWebAnnotations(stories), null, 2)}\n`;
    else {
      let lines = '';
      for await (const chunk of ndjsonChunks(stories, now)) lines += chunk;
      content = lines;
    }
    writeAtomically(values.out, content);
    return `${values.out}: ${stories.length} stories as ${values.format}\n`;
  }
  if (command === 'counts') {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('counts needs one FILE');
    const by = values.by as CountBy;
    if (!['term', 'facet', 'month', 'origin'].includes(by)) throw new UsageError(`--by: expected term, facet, month or origin, got '${by}'`);
    const minGroup = Number(values['min-group']);
    if (!Number.isInteger(minGroup) || minGroup < 1) throw new UsageError(`--min-group: expected a whole number of at least 1, got '${values['min-group']}'`);
    const { stories } = readExport(file);
    return table(values.cooccurrence ? cooccurrence(stories, minGroup) : countStories(stories, by, minGroup), minGroup);
  }
  throw new UsageError(command ? `unknown command '${command}'\n${USAGE}` : USAGE);
}

export async function runCli(argv: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  try {
    return { stdout: await run(argv), stderr: '', exitCode: 0 };
  } catch (error) {
    const parseProblem = error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof UsageError) && !parseProblem) throw error;
    return { stdout: '', stderr: `analyse: ${(error as Error).message}\n`, exitCode: 2 };
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { stdout, stderr, exitCode } = await runCli(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
