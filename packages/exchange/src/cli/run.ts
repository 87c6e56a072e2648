// The commands of the analyst CLI (`pnpm analyse <command>`; the entry is main.ts).
import { parseArgs } from 'node:util';
import { isVersionId, LATEST_VERSION, oneLine, VERSION_IDS, type VersionId } from '@vertelpunt/taxonomy';
import { COUNT_BY, DEFAULT_MIN_GROUP, StoryCounter } from '../counts.js';
import type { ExportFormatName } from '../formats.js';
import { ImportError, formatProblem } from '../problems.js';
import { VersionMismatchError } from '../target-terms.js';
import { jsonExportChunks, ndjsonChunks } from '../write-json.js';
import { expandInputs, readFile, storiesOf, type FileReadOptions } from './input.js';
import type { MergeRead } from './merge-read.js';
import { refuseOutputOntoInput, writeAtomically } from './output.js';
import { countInParallel, type ParallelLimits } from './parallel-counts.js';
import { readInputs } from './parallel-merge.js';
import { renderTable } from './table.js';
import { uuidOf } from './id-table.js';
import { TakenStories, type PackedId } from './taken-stories.js';
import { UsageError } from './usage-error.js';

/** The formats `export` writes (a backup is made by the extension, not from an analyst's file). */
const CLI_FORMATS = ['csv-long', 'csv-wide', 'json', 'ndjson', 'qdpx', 'webanno', 'parquet'] as const satisfies readonly ExportFormatName[];

export const USAGE = `usage: pnpm analyse <command>
  merge FILE|DIR… --out FILE [--version V] [--prefer first|newest]
      validate every input, leave out stories already taken, move all tags to one vocabulary
      version (default: the latest), report per file what was taken, skipped and why
  export FILE --format ${CLI_FORMATS.join('|')} [--excel-nl] [--version V] --out FILE
  counts FILE [--by ${COUNT_BY.join('|')}] [--cooccurrence] [--min-group K] [--version V]
      tables to standard output; groups of fewer than K stories (default ${DEFAULT_MIN_GROUP}) are left out
FILE is a Vertelpunt JSON or NDJSON export or backup; a DIR gives its .json and .ndjson files.
Output files are written whole or not at all. Exit codes: 0 ok, 2 bad input (one line per problem).`;

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** What the CLI takes from its surroundings; tests pass a fixed clock and low limits. */
export interface CliEnvironment {
  now: () => Date;
  /** Input limits (default: those of `readFile`; VERTELPUNT_MAX_LINE_BYTES and VERTELPUNT_MAX_JSON_BYTES set them). */
  limits?: Pick<FileReadOptions, 'maxLineBytes' | 'maxWholeBytes'> & ParallelLimits;
}

/** The limits set in the environment, e.g. to read an unusual file or to test with small ones. */
export function limitsFromEnvironment(variables: Record<string, string | undefined>): NonNullable<CliEnvironment['limits']> {
  const number = (name: string) => {
    const value = variables[name];
    if (value === undefined || value === '') return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name}: expected a number of bytes, got '${value}'`);
    return Number(value);
  };
  const maxLineBytes = number('VERTELPUNT_MAX_LINE_BYTES');
  const maxWholeBytes = number('VERTELPUNT_MAX_JSON_BYTES');
  const parallel = variables.VERTELPUNT_PARALLEL_BYTES;
  // 0 is allowed here: tests count tiny files in parallel with it.
  if (parallel !== undefined && parallel !== '' && !/^\d+$/.test(parallel))
    throw new UsageError(`VERTELPUNT_PARALLEL_BYTES: expected a number of bytes, got '${parallel}'`);
  const parallelBytes = parallel ? Number(parallel) : undefined;
  return {
    ...(maxLineBytes ? { maxLineBytes } : {}),
    ...(maxWholeBytes ? { maxWholeBytes } : {}),
    ...(parallelBytes === undefined ? {} : { parallelBytes }),
  };
}

function version(value: string | undefined): VersionId {
  if (value === undefined) return LATEST_VERSION;
  if (!isVersionId(value)) throw new UsageError(`--version: unknown version '${value}' (known: ${VERSION_IDS.join(', ')})`);
  return value;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${option}: expected one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

function needOut(out: string | undefined, command: string): string {
  if (!out) throw new UsageError(`${command} needs --out FILE`);
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function exportCommand(positionals: string[], values: Values, env: CliEnvironment): Promise<string> {
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new UsageError(`export needs one FILE${positionals.length > 1 ? `, got ${positionals.length}` : ''}`);
  const format = oneOf('format', values.format ?? '', CLI_FORMATS);
  if (values['excel-nl'] && !format.startsWith('csv')) throw new UsageError('--excel-nl: applies to csv-long and csv-wide only');
  const out = needOut(values.out, 'export');
  refuseOutputOntoInput(out, [file]);
  const target = version(values.version);
  // The encoders of every format are loaded only here: `counts` and `merge` start without them.
  const { EXPORT_FORMATS, exportChunks } = await import('../formats.js');
  const counter = { count: 0 };
  const stories = storiesOf(readFile(file, { ...env.limits, refuseDuplicates: true }), counter);
  await writeAtomically(out, exportChunks(format, stories, { exportedAt: env.now(), version: target, excelNl: values['excel-nl'] }));
  return `${out}: ${plural(counter.count, 'story', 'stories')} as ${format} (${EXPORT_FORMATS[format].label})\n`;
}

async function countsCommand(positionals: string[], values: Values, env: CliEnvironment): Promise<string> {
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new UsageError(`counts needs one FILE${positionals.length > 1 ? `, got ${positionals.length}` : ''}`);
  const by = oneOf('by', values.by, COUNT_BY);
  const minGroup = Number(values['min-group']);
  if (!/^\d+$/.test(values['min-group']) || minGroup < 1)
    throw new UsageError(`--min-group: expected a whole number of at least 1, got '${values['min-group']}'`);
  const options = { by, cooccurrence: values.cooccurrence, minGroup, version: version(values.version) };
  let counter = await countInParallel(file, options, env.limits);
  if (!counter) {
    // A small file, another layout, or something wrong in it: line by line, every problem named.
    counter = new StoryCounter(options);
    for await (const { story } of readFile(file, { ...env.limits, refuseDuplicates: true })) counter.add(story);
  }
  const heading = values.cooccurrence ? 'pair of terms' : by;
  return renderTable(counter.table(), heading, minGroup);
}

/** `export.json:12`, or `export.json, story 3` for a file read whole (no line per story). */
const placeOf = (file: string, at: number) => (at >= 0 ? `${file}:${at}` : `${file}, story ${-at}`);

/**
 * The stories of one input, in file order, against those taken so far: new ones are taken, the
 * same story again is skipped, another version of it is a conflict (kept: the first, or with
 * `--prefer newest` the newer). Returns the input's lines of the report.
 */
function decide(
  taken: TakenStories,
  input: MergeRead,
  files: readonly string[],
  fileNumber: number,
  prefer: 'first' | 'newest',
  target: VersionId,
): string[] {
  const file = files[fileNumber]!;
  const tally = { taken: 0, duplicates: 0, conflicts: 0, replaced: 0, migrated: new Map<string, number>() };
  const notes: string[] = [];
  let held = 0;
  for (let i = 0; i < input.count; i++) {
    const other = input.otherIds.get(i);
    const key: string | PackedId = other ?? [input.ids, 4 * i];
    const id = () => other ?? uuidOf(input.ids, 4 * i);
    const at = input.ats[i]!;
    const from = input.movedFrom[i]!;
    if (from !== -1) tally.migrated.set(input.versions[from]!, (tally.migrated.get(input.versions[from]!) ?? 0) + 1);
    const hash = input.hashes.subarray(32 * i, 32 * i + 32);
    const offset = input.offsets[i]!;
    const place =
      offset < 0
        ? { file: fileNumber, at, held: input.held[held++]! }
        : { file: fileNumber, at, offset, bytes: input.lengths[i]!, lineHash: input.lineHashes.subarray(32 * i, 32 * i + 32) };
    const entry = taken.find(key);
    if (entry === -1) {
      tally.taken += 1;
      taken.put(-1, key, hash, input.created[i]!, input.updated[i]!, place);
      continue;
    }
    const where = placeOf(file, at);
    const kept = taken.place(entry);
    const keptWhere = placeOf(files[kept.file]!, kept.at);
    if (taken.sameContent(entry, hash)) {
      tally.duplicates += 1;
      // A story twice in one file is worth naming: the file was put together by hand or by a script.
      if (kept.file === fileNumber) notes.push(`  repeated: story ${id()} (${where}) is also at ${keptWhere} in the same file; skipped`);
    } else if (prefer === 'newest' && input.updated[i]! > taken.updatedAt(entry)) {
      taken.put(entry, key, hash, input.created[i]!, input.updated[i]!, place);
      tally.replaced += 1;
      notes.push(`  conflict: story ${id()} (${where}) differs from ${keptWhere}; took this one, it is newer`);
    } else {
      tally.conflicts += 1;
      notes.push(
        `  conflict: story ${id()} (${where}) differs from ${keptWhere}; skipped, kept ${prefer === 'newest' ? 'the newer' : 'the first'}`,
      );
    }
  }
  const migrated = [...tally.migrated].map(([from, n]) => `${n} moved from ${from} to ${target}`);
  const skipped = [
    tally.duplicates ? `${plural(tally.duplicates, 'duplicate')} skipped (already taken)` : '',
    tally.conflicts ? `${plural(tally.conflicts, 'conflict')} skipped` : '',
    tally.replaced ? `${tally.replaced} replaced an older version` : '',
  ].filter(Boolean);
  return [
    `${file}: ${plural(input.read, 'story', 'stories')}: ${tally.taken} taken${skipped.length ? `, ${skipped.join(', ')}` : ''}${migrated.length ? `; ${migrated.join(', ')}` : ''}`,
    ...notes,
  ];
}

/**
 * Reads every input, moves its tags to one version and keeps each story once. All inputs are
 * read before anything is written: one bad file and there is no output at all. Two passes: the
 * first keeps only id, content hash and place of each story taken; the second reads those
 * stories again, oldest first, as the output is written.
 */
async function mergeCommand(positionals: string[], values: Values, env: CliEnvironment): Promise<string> {
  if (positionals.length === 0) throw new UsageError('merge needs at least one FILE or DIR');
  const out = needOut(values.out, 'merge');
  const target = version(values.version);
  const prefer = oneOf('prefer', values.prefer, ['first', 'newest'] as const);
  const { files, problems } = expandInputs(positionals);
  refuseOutputOntoInput(out, files);
  const taken = new TakenStories();
  const report: string[] = [];
  let fileNumber = 0;
  for await (const input of readInputs(files, { ...env.limits }, target)) {
    problems.push(...input.problems);
    if (!input.failed) report.push(...decide(taken, input, files, fileNumber, prefer, target));
    fileNumber += 1;
  }
  if (problems.length > 0) throw new ImportError(problems);
  const write = /\.(ndjson|jsonl)$/i.test(out) ? ndjsonChunks : jsonExportChunks;
  await writeAtomically(out, write(taken.inOrder(files, target), { exportedAt: env.now() }));
  report.push(`${out}: ${plural(taken.size, 'story', 'stories')} from ${plural(files.length, 'file')}, tagged in ${target}`);
  return `${report.join('\n')}\n`;
}

type Values = ReturnType<typeof parse>['values'];

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      'excel-nl': { type: 'boolean', default: false },
      by: { type: 'string', default: 'term' },
      cooccurrence: { type: 'boolean', default: false },
      'min-group': { type: 'string', default: String(DEFAULT_MIN_GROUP) },
      prefer: { type: 'string', default: 'first' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function run(argv: string[], env: CliEnvironment): Promise<string> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return `${USAGE}\n`;
  const { values, positionals } = parse(rest);
  if (values.help) return `${USAGE}\n`;
  switch (command) {
    case 'export':
      return exportCommand(positionals, values, env);
    case 'counts':
      return countsCommand(positionals, values, env);
    case 'merge':
      return mergeCommand(positionals, values, env);
    default:
      throw new UsageError(`unknown command '${command}' (expected merge, export or counts; see pnpm analyse --help)`);
  }
}

/** Runs the CLI; bad input gives one line per problem on stderr and exit code 2. */
export async function runCli(argv: string[], env?: CliEnvironment): Promise<CliResult> {
  try {
    env ??= { now: () => new Date(), limits: limitsFromEnvironment(process.env) };
    return { stdout: await run(argv, env), stderr: '', exitCode: 0 };
  } catch (error) {
    const lines =
      error instanceof ImportError
        ? error.problems.map(formatProblem)
        : error instanceof UsageError || error instanceof VersionMismatchError
          ? [error.message]
          : isParseArgsError(error)
            ? [(error as Error).message]
            : isWriteError(error)
              ? [`cannot write the output (${(error as NodeJS.ErrnoException).code}: ${(error as NodeJS.ErrnoException).path ?? ''})`]
              : undefined;
    if (!lines) throw error;
    // Problems quote the input: escaped, so no escape code or line break of a file reaches the terminal.
    return { stdout: '', stderr: lines.map((line) => `analyse: ${oneLine(line, 500)}\n`).join(''), exitCode: 2 };
  }
}

const isParseArgsError = (error: unknown) =>
  error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
const isWriteError = (error: unknown) =>
  error instanceof Error && 'syscall' in error && ['open', 'write', 'rename'].includes(String(error.syscall));
