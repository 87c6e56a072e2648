#!/usr/bin/env node
// The taxonomy CLI: `pnpm taxonomy <command>` from the repo root, `vertelpunt-taxonomy` once installed.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../export/csv.js';
import { toQdc } from '../export/qdc.js';
import { toSkosJsonLd } from '../export/skos.js';
import { VERSION_IDS, type VersionId } from '../generated/taxonomy-data.js';
import { canMigrate, MigrationError, migrateTagSet } from '../migrate.js';
import type { Language } from '../model.js';
import { isVersionId, LATEST_VERSION, listTerms, listVersions } from '../registry.js';
import { FACET_IDS, TERM_KINDS, type FacetId, type TermKind } from '../schema.js';
import { suggestTerms } from '../suggest.js';
import { validateTagSet, type TagSetIssue } from '../tag-set.js';
import { COMMAND_NAMES, commandHelp, isCommandName, overviewHelp, type CommandName } from './commands.js';
import { flag, parseCommandLine, stringOption, type ParsedCommandLine } from './parse-command-line.js';
import { decodeText, InputTextError, oneLine } from '../input/decode.js';
import { describeEntryPath, readTagSetFile } from './read-tag-set-file.js';
import { parseSuggestInput } from './suggest-input.js';
import { UsageError } from './usage-error.js';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface CliIo {
  /** The whole of standard input; read only by the commands that take it (suggest). */
  readStdin?: () => string;
}

/** Output of one command: stdout, and a report for stderr that does not make the call fail. */
interface Output {
  stdout: string;
  report?: string;
}

function oneOf<T extends string>(command: CommandName, option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${command}: --${option}: '${value}' is not one of ${allowed.join(', ')}`);
  return value as T;
}

function versionOption(command: CommandName, parsed: ParsedCommandLine, option: string): VersionId | undefined {
  const value = stringOption(parsed, option);
  if (value === undefined) return undefined;
  if (!isVersionId(value)) throw new UsageError(`${command}: --${option}: unknown version '${value}' (known: ${VERSION_IDS.join(', ')})`);
  return value;
}

function positionals(command: CommandName, parsed: ParsedCommandLine, count: number, what: string): string[] {
  if (parsed.positionals.length !== count) {
    const got = parsed.positionals.length === 0 ? 'none' : parsed.positionals.join(' ');
    throw new UsageError(`${command}: expected ${what}, got ${got}`);
  }
  return parsed.positionals;
}

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n') + '\n';
};

/** A problem with a tag set of a file, naming the option that set the expectation it missed. */
function describeIssue(file: string, single: boolean, index: number, issue: TagSetIssue, versionOptionName: string): string {
  const because = issue.code === 'wrong-version' ? ` (${versionOptionName})` : '';
  return `${file}: ${describeEntryPath(single, index, issue.path)}: ${issue.message}${because}`;
}

function versions(parsed: ParsedCommandLine): Output {
  positionals('versions', parsed, 0, 'no arguments');
  const all = listVersions();
  if (flag(parsed, 'json')) return { stdout: JSON.stringify(all, null, 2) + '\n' };
  const rows = all.map((v) => [
    v.id + (v.isLatest ? ' (latest)' : ''),
    v.published,
    String(listTerms({ version: v.id }).length),
    v.title.nl,
  ]);
  return { stdout: table([['version', 'published', 'terms', 'title'], ...rows]) };
}

function list(parsed: ParsedCommandLine): Output {
  positionals('list', parsed, 0, 'no arguments');
  const kind = oneOf<TermKind>('list', 'kind', stringOption(parsed, 'kind'), TERM_KINDS);
  const facet = oneOf<FacetId>('list', 'facet', stringOption(parsed, 'facet'), FACET_IDS);
  const terms = listTerms({
    version: versionOption('list', parsed, 'version') ?? LATEST_VERSION,
    includeDeprecated: flag(parsed, 'include-deprecated'),
    ...(kind ? { kind } : {}),
    ...(facet ? { facet } : {}),
  });
  if (flag(parsed, 'json')) return { stdout: JSON.stringify(terms, null, 2) + '\n' };
  const label = (t: (typeof terms)[number]) =>
    (t.notation ? `${t.notation}. ` : '') +
    t.label.nl +
    (t.status === 'deprecated' ? ` (deprecated${t.replacedBy ? ` → ${t.replacedBy}` : ''})` : '');
  return { stdout: table([['id', 'facet', 'label (nl)', 'label (en)'], ...terms.map((t) => [t.id, t.facet, label(t), t.label.en])]) };
}

function exportCommand(parsed: ParsedCommandLine): Output {
  const [name] = positionals('export', parsed, 1, 'a format (skos, qdc or csv)');
  const format = oneOf('export', 'format', name, ['skos', 'qdc', 'csv'] as const)!;
  const version = versionOption('export', parsed, 'version') ?? LATEST_VERSION;
  const lang = stringOption(parsed, 'lang');
  if (lang !== undefined && format !== 'qdc') throw new UsageError(`export: --lang applies to qdc only (${format} carries nl and en)`);
  if (flag(parsed, 'include-deprecated') && format !== 'csv') throw new UsageError(`export: --include-deprecated applies to csv only`);
  if (format === 'skos') return { stdout: JSON.stringify(toSkosJsonLd({ versions: [version] }), null, 2) + '\n' };
  if (format === 'qdc') return { stdout: toQdc({ version, language: oneOf<Language>('export', 'lang', lang, ['nl', 'en']) ?? 'nl' }) };
  return { stdout: toCsv({ version, includeDeprecated: flag(parsed, 'include-deprecated') }) };
}

function validate(parsed: ParsedCommandLine): Output {
  const [file] = positionals('validate', parsed, 1, 'one FILE');
  const expected = versionOption('validate', parsed, 'version');
  const { single, entries } = readTagSetFile(file!);
  const problems = entries.flatMap((entry, index) =>
    validateTagSet(entry, expected ? { version: expected } : {}).issues.map((issue) =>
      describeIssue(file!, single, index, issue, '--version'),
    ),
  );
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { stdout: `${file}: ${entries.length} tag set${entries.length === 1 ? '' : 's'} valid\n` };
}

function migrate(parsed: ParsedCommandLine): Output {
  const [file] = positionals('migrate', parsed, 1, 'one FILE');
  const from = versionOption('migrate', parsed, 'from');
  const to = versionOption('migrate', parsed, 'to');
  if (!from) throw new UsageError('migrate: --from is required (the version the tag sets are in)');
  if (!to) throw new UsageError('migrate: --to is required (the version to move them to)');
  if (!canMigrate(from, to))
    throw new UsageError(`migrate: --to: no migration from '${from}' to '${to}': tag sets move forward to newer versions only`);
  const { single, entries } = readTagSetFile(file!);
  const problems: string[] = [];
  /** "old → new" with the number of tag sets where that replacement happened. */
  const replacements = new Map<string, number>();
  let changedSets = 0;
  const migrated = entries.map((entry, index) => {
    const result = validateTagSet(entry, { version: from, allowEmpty: true });
    if (!result.ok) {
      problems.push(...result.issues.map((issue) => describeIssue(file!, single, index, issue, '--from')));
      return entry;
    }
    try {
      const { tagSet, changes } = migrateTagSet(result.tagSet, to);
      if (changes.length > 0) changedSets++;
      for (const change of changes) {
        const key = `${change.from} → ${change.to.join(', ')}`;
        replacements.set(key, (replacements.get(key) ?? 0) + 1);
      }
      // Other fields (a story id, a title) travel along unchanged.
      return { ...(entry as object), version: tagSet.version, terms: tagSet.terms };
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      problems.push(`${file}: ${describeEntryPath(single, index, ['version'])}: ${error.message}`);
      return entry;
    }
  });
  if (problems.length > 0) throw new UsageError([...new Set(problems)].join('\n'));
  const n = entries.length;
  const summary = `migrate: ${n} tag set${n === 1 ? '' : 's'} from ${from} to ${to}; ${changedSets === 0 ? 'no term changed' : `terms replaced in ${changedSets} of them`}`;
  const detail = [...replacements].map(([key, count]) => `migrate: ${key} (${count} tag set${count === 1 ? '' : 's'})`);
  return { stdout: JSON.stringify(single ? migrated[0] : migrated, null, 2) + '\n', report: [summary, ...detail].join('\n') };
}

const MAX_SUGGEST_LIMIT = 50;

function suggest(parsed: ParsedCommandLine, io: Required<CliIo>): Output {
  positionals('suggest', parsed, 0, 'no arguments (the texts come on stdin)');
  const version = versionOption('suggest', parsed, 'version') ?? LATEST_VERSION;
  const limitText = stringOption(parsed, 'limit');
  const limit = limitText === undefined ? 5 : Number(limitText);
  if (limitText !== undefined && (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_SUGGEST_LIMIT)) {
    throw new UsageError(`suggest: --limit: '${limitText}' is not a whole number from 1 to ${MAX_SUGGEST_LIMIT}`);
  }
  const lines = parseSuggestInput(io.readStdin());
  // Only ids leave here: the ranking behind suggestTerms() may change without touching this output.
  const out = lines.map(({ id, text }) => JSON.stringify({ id, terms: suggestTerms(text, { version, limit }).map((s) => s.term.id) }));
  return { stdout: out.map((line) => `${line}\n`).join('') };
}

function help(parsed: ParsedCommandLine): Output {
  const [topic, ...more] = parsed.positionals;
  if (more.length > 0) throw new UsageError(`help: expected at most one COMMAND, got ${parsed.positionals.join(' ')}`);
  if (topic === undefined) return { stdout: overviewHelp() };
  if (!isCommandName(topic)) throw new UsageError(`help: unknown command '${topic}' (commands: ${COMMAND_NAMES.join(', ')})`);
  return { stdout: commandHelp(topic) };
}

function run(argv: readonly string[], io: Required<CliIo>): Output {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { stdout: overviewHelp() };
  if (!isCommandName(command))
    throw new UsageError(`unknown command '${command}' (commands: ${COMMAND_NAMES.join(', ')}; see \`vertelpunt-taxonomy help\`)`);
  const parsed = parseCommandLine(command, rest);
  if (parsed.help) return { stdout: commandHelp(command) };
  switch (command) {
    case 'versions':
      return versions(parsed);
    case 'list':
      return list(parsed);
    case 'export':
      return exportCommand(parsed);
    case 'validate':
      return validate(parsed);
    case 'migrate':
      return migrate(parsed);
    case 'suggest':
      return suggest(parsed, io);
    case 'help':
      return help(parsed);
  }
}

/** Each line of a message, escaped and kept to one line (input can carry terminal escape codes). */
const prefixed = (text: string) =>
  text
    .split('\n')
    .map((line) => `vertelpunt-taxonomy: ${oneLine(line, 500)}`)
    .join('\n') + '\n';

/** Runs one CLI call; the whole output is built before anything is written. */
export function runCli(argv: readonly string[], io: CliIo = {}): CliResult {
  try {
    // Standard input gets the same decoding step as files: a UTF-8 BOM is fine, UTF-16 is named.
    const { stdout, report } = run(argv, { readStdin: io.readStdin ?? (() => decodeText(readFileSync(0))) });
    return { stdout, stderr: report ? prefixed(report) : '', exitCode: 0 };
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof InputTextError)) throw error;
    return { stdout: '', stderr: prefixed(error.message), exitCode: 2 };
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { stdout, stderr, exitCode } = runCli(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
