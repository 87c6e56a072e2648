// What each subcommand accepts, in one place: the parser, the help texts and the error
// messages all read these specs, so a help text cannot promise an option the parser refuses.

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Shown after the option name in help, e.g. "V" in "--version V". */
  readonly value?: string;
  readonly help: string;
  /** Shown without brackets in the synopsis; the command refuses to run without it. */
  readonly required?: boolean;
}

export interface CommandSpec {
  readonly name: CommandName;
  /** The positionals as help shows them, e.g. "FILE" or "skos|qdc|csv". */
  readonly args: string;
  readonly summary: string;
  /** More lines for `help CMD`: what goes in, what comes out. */
  readonly details: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
}

export const COMMAND_NAMES = ['versions', 'list', 'export', 'validate', 'migrate', 'suggest', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const VERSION_OPTION: OptionSpec = { type: 'string', value: 'V', help: 'a version id (see `versions`); default: the latest' };
const JSON_OPTION: OptionSpec = { type: 'boolean', help: 'JSON instead of a table' };
const INCLUDE_DEPRECATED: OptionSpec = {
  type: 'boolean',
  help: 'also deprecated terms and terms retired from earlier versions, with their replacement',
};

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  versions: {
    name: 'versions',
    args: '',
    summary: 'the versions of the vocabulary, oldest first',
    details: ['One row per version: id, month published, number of active terms, title.'],
    options: { json: JSON_OPTION },
    examples: ['versions', 'versions --json'],
  },
  list: {
    name: 'list',
    args: '',
    summary: 'the terms of a version, in picker order',
    details: ['Active terms only unless --include-deprecated; filter by --kind and --facet.'],
    options: {
      version: VERSION_OPTION,
      kind: { type: 'string', value: 'K', help: 'mission-point, core-value, value or theme' },
      facet: { type: 'string', value: 'F', help: 'a facet id, e.g. kernwaarden, rollen' },
      'include-deprecated': INCLUDE_DEPRECATED,
      json: JSON_OPTION,
    },
    examples: ['list --kind core-value', 'list --facet rollen --json', 'list --version koers-v5-2024-09 --include-deprecated'],
  },
  export: {
    name: 'export',
    args: 'skos|qdc|csv',
    summary: 'the vocabulary in an exchange format, to stdout',
    details: [
      'skos: SKOS as JSON-LD, labels and definitions in nl and en.',
      'qdc:  a REFI-QDA codebook; --lang picks the language of code names (default nl).',
      'csv:  one row per term (RFC 4180: comma, CRLF line ends, header row), both languages in',
      '      their own columns; the same terms as `list` (active only unless --include-deprecated).',
    ],
    options: {
      version: VERSION_OPTION,
      lang: { type: 'string', value: 'nl|en', help: 'language of the qdc code names (qdc only: skos and csv carry both)' },
      'include-deprecated': { type: 'boolean', help: 'csv only: also deprecated and retired terms, with replaced_by' },
    },
    examples: ['export csv > terms.csv', 'export qdc --lang en > codebook.qdc', 'export skos --version brondocument-2024-08'],
  },
  validate: {
    name: 'validate',
    args: 'FILE',
    summary: 'check a JSON file of tag sets ({version, terms}, or an array of them)',
    details: ['Prints one line per problem, naming the entry and the term, and exits 2; or a count of valid tag sets.'],
    options: { version: { type: 'string', value: 'V', help: 'the version every tag set must be in' } },
    examples: ['validate stories-tags.json', 'validate tags.json --version koers-v5-2024-09'],
  },
  migrate: {
    name: 'migrate',
    args: 'FILE',
    summary: 'move a JSON file of tag sets to a newer version',
    details: [
      'The migrated file goes to stdout, other fields of each entry kept; a report of what changed',
      '(tag sets moved, each term replaced and how often) goes to stderr. Nothing is written when',
      'any entry is invalid.',
    ],
    options: {
      from: { type: 'string', value: 'V', required: true, help: 'the version the tag sets are in (required)' },
      to: { type: 'string', value: 'W', required: true, help: 'the version to move them to (required, newer than --from)' },
    },
    examples: ['migrate --from brondocument-2024-08 --to koers-v5-2024-09 old.json > new.json'],
  },
  suggest: {
    name: 'suggest',
    args: '',
    summary: 'suggest terms for texts: JSON lines {"id","text"} on stdin',
    details: [
      'Writes one line {"id","terms":[term ids, best first]} per input line, with the same',
      'ranking the side panel shows (suggestTerms). Blank lines are skipped. Any bad line',
      '(not JSON, id or text missing, an id twice) is reported with its line number, exit 2,',
      'and nothing is written to stdout.',
    ],
    options: {
      version: VERSION_OPTION,
      limit: { type: 'string', value: 'N', help: 'at most N terms per text (1-50, default 5)' },
    },
    examples: [`echo '{"id":"n1","text":"Mevrouw voelt zich eenzaam."}' | vertelpunt-taxonomy suggest --limit 3`],
  },
  help: {
    name: 'help',
    args: '[COMMAND]',
    summary: 'this overview, or the help of one command',
    details: ['Every command also takes --help or -h.'],
    options: {},
    examples: ['help migrate', 'export --help'],
  },
};

const PROGRAM = 'vertelpunt-taxonomy';

const optionColumn = (name: string, spec: OptionSpec) => `--${name}${spec.value ? ` ${spec.value}` : ''}`;

/** One line of the overview: the command with its arguments and options, and what it does. */
function synopsis(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, option]) =>
    option.required ? optionColumn(name, option) : `[${optionColumn(name, option)}]`,
  );
  return [spec.name, ...options.filter((o) => !o.startsWith('[')), spec.args, ...options.filter((o) => o.startsWith('['))]
    .filter(Boolean)
    .join(' ');
}

export function overviewHelp(): string {
  const lines = COMMAND_NAMES.map((name) => `  ${synopsis(COMMANDS[name])}\n      ${COMMANDS[name].summary}`);
  return [
    `usage: ${PROGRAM} <command> [options]`,
    '',
    ...lines,
    '',
    `\`${PROGRAM} help COMMAND\` or \`${PROGRAM} COMMAND --help\` explains one command.`,
    'Exit codes: 0 ok, 2 bad input (one line per problem on stderr, nothing on stdout).',
    '',
  ].join('\n');
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name];
  const options = Object.entries(spec.options).map(([option, s]) => [optionColumn(option, s), s.help] as const);
  options.push(['-h, --help', 'this help']);
  const width = Math.max(...options.map(([o]) => o.length));
  return [
    `usage: ${PROGRAM} ${synopsis(spec)}`,
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    ...spec.details,
    '',
    'options:',
    ...options.map(([o, h]) => `  ${o.padEnd(width)}  ${h}`),
    '',
    'examples:',
    ...spec.examples.map((e) => `  ${PROGRAM} ${e}`),
    '',
  ].join('\n');
}

export function isCommandName(value: string | undefined): value is CommandName {
  return value !== undefined && (COMMAND_NAMES as readonly string[]).includes(value);
}
