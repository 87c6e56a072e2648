#!/usr/bin/env node
// The taxonomy CLI: `pnpm taxonomy <command>` from the repo root, `vertelpunt-taxonomy` once installed.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { toCsv } from '../export/csv.js';
import { toQdc } from '../export/qdc.js';
import { toSkosJsonLd } from '../export/skos.js';
import { VERSION_IDS, type VersionId } from '../generated/taxonomy-data.js';
import { MigrationError, migrateTagSet } from '../migrate.js';
import type { Language } from '../model.js';
import { isVersionId, LATEST_VERSION, listTerms, listVersions } from '../registry.js';
import { FACET_IDS, TERM_KINDS, type FacetId, type TermKind } from '../schema.js';
import { validateTagSet } from '../tag-set.js';
import { oneLine } from '../input/decode.js';
import { describeEntryPath, readTagSetFile } from './read-tag-set-file.js';
import { UsageError } from './usage-error.js';

export const USAGE = `usage: vertelpunt-taxonomy <command>
  versions [--json]                                  the versions, oldest first
  list [--version V] [--kind K] [--facet F] [--json] terms of a version (default: the latest)
  export skos|qdc|csv [--version V] [--lang nl|en]   the vocabulary in an exchange format, to stdout
  validate FILE [--version V]                        check a JSON file of tag sets ({version, terms})
  migrate --from V --to W FILE                       move a JSON file of tag sets to another version
Exit codes: 0 ok, 2 bad input (one line per problem on stderr).`;

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function oneOf<T extends string>(what: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${what}: '${value}' is not one of ${allowed.join(', ')}`);
  return value as T;
}

function version(option: string, value: string | undefined): VersionId | undefined {
  if (value === undefined) return undefined;
  if (!isVersionId(value)) throw new UsageError(`--${option}: unknown version '${value}' (known: ${VERSION_IDS.join(', ')})`);
  return value;
}

function requireOne(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected ${what}, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  return positionals[0]!;
}

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n') + '\n';
};

function run(argv: string[]): string {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      version: { type: 'string' },
      kind: { type: 'string' },
      facet: { type: 'string' },
      lang: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  switch (command) {
    case 'versions': {
      const versions = listVersions();
      if (values.json) return JSON.stringify(versions, null, 2) + '\n';
      return table([['version', 'published', 'terms', 'title'], ...versions.map((v) => [v.id + (v.isLatest ? ' (latest)' : ''), v.published, String(listTerms({ version: v.id }).length), v.title.nl])]);
    }
    case 'list': {
      const terms = listTerms({
        version: version('version', values.version) ?? LATEST_VERSION,
        ...(values.kind !== undefined ? { kind: oneOf<TermKind>('kind', values.kind, TERM_KINDS) } : {}),
        ...(values.facet !== undefined ? { facet: oneOf<FacetId>('facet', values.facet, FACET_IDS) } : {}),
      });
      if (values.json) return JSON.stringify(terms, null, 2) + '\n';
      return table([['id', 'facet', 'label (nl)', 'label (en)'], ...terms.map((t) => [t.id, t.facet, (t.notation ? `${t.notation}. ` : '') + t.label.nl, t.label.en])]);
    }
    case 'export': {
      const format = oneOf('format', requireOne(positionals, 'a format (skos, qdc or csv)'), ['skos', 'qdc', 'csv'] as const)!;
      const v = version('version', values.version) ?? LATEST_VERSION;
      const language = oneOf<Language>('lang', values.lang, ['nl', 'en']) ?? 'nl';
      if (format === 'skos') return JSON.stringify(toSkosJsonLd({ versions: [v] }), null, 2) + '\n';
      if (format === 'qdc') return toQdc({ version: v, language });
      return toCsv({ version: v });
    }
    case 'validate': {
      const file = requireOne(positionals, 'one FILE');
      const expected = version('version', values.version);
      const { single, entries } = readTagSetFile(file);
      const problems = entries.flatMap((entry, index) => {
        const result = validateTagSet(entry, expected ? { version: expected } : {});
        return result.issues.map((issue) => `${file}: ${describeEntryPath(single, index, issue.path)}: ${issue.message}`);
      });
      if (problems.length > 0) throw new UsageError(problems.join('\n'));
      return `${file}: ${entries.length} tag set${entries.length === 1 ? '' : 's'} valid\n`;
    }
    case 'migrate': {
      const file = requireOne(positionals, 'one FILE');
      const from = version('from', values.from);
      const to = version('to', values.to);
      if (!from || !to) throw new UsageError('migrate needs --from VERSION and --to VERSION');
      const { single, entries } = readTagSetFile(file);
      const problems: string[] = [];
      const migrated = entries.map((entry, index) => {
        const result = validateTagSet(entry, { version: from, allowEmpty: true });
        if (!result.ok) {
          problems.push(...result.issues.map((issue) => `${file}: ${describeEntryPath(single, index, issue.path)}: ${issue.message}`));
          return entry;
        }
        try {
          const { tagSet } = migrateTagSet(result.tagSet, to);
          // Other fields (a story id, a title) travel along unchanged.
          return { ...(entry as object), version: tagSet.version, terms: tagSet.terms };
        } catch (error) {
          if (!(error instanceof MigrationError)) throw error;
          problems.push(`${file}: ${describeEntryPath(single, index, [])}: ${error.message}`);
          return entry;
        }
      });
      if (problems.length > 0) throw new UsageError([...new Set(problems)].join('\n'));
      return JSON.stringify(single ? migrated[0] : migrated, null, 2) + '\n';
    }
    case undefined:
    case 'help':
    case '--help':
      return USAGE + '\n';
    default:
      throw new UsageError(`unknown command '${command}' (commands: versions, list, export, validate, migrate)`);
  }
}

/** Runs one CLI call; the whole output is built before anything is written. */
export function runCli(argv: string[]): CliResult {
  try {
    return { stdout: run(argv), stderr: '', exitCode: 0 };
  } catch (error) {
    const message = error instanceof UsageError ? error.message
      : error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? error.message
      : undefined;
    if (message === undefined) throw error;
    // Problems quote the input file: each line escaped, so no escape code reaches the terminal.
    return { stdout: '', stderr: message.split('\n').map((line) => `vertelpunt-taxonomy: ${oneLine(line, 500)}`).join('\n') + '\n', exitCode: 2 };
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { stdout, stderr, exitCode } = runCli(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
