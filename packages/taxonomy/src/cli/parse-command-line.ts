import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName } from './commands.js';
import { UsageError } from './usage-error.js';

export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** --help or -h was given: the caller prints the command's help and ignores the rest. */
  help: boolean;
}

const listOptions = (command: CommandName) => {
  const names = Object.keys(COMMANDS[command].options).map((name) => `--${name}`);
  return names.length > 0 ? names.join(', ') : 'none';
};

/**
 * Parses the arguments after the command name against that command's own options, so an
 * option another command takes is refused here, and every refusal names the option.
 */
export function parseCommandLine(command: CommandName, args: readonly string[]): ParsedCommandLine {
  const spec = COMMANDS[command];
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, option]) => [name, { type: option.type }]));
  // Help wins over everything else on the line, as in most CLIs: `list --colour -h` explains list.
  if (args.includes('--help') || args.includes('-h')) return { values: {}, positionals: [], help: true };
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as ParsedCommandLine['values'], positionals, help: false };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    const option = /'(-{1,2}[^'\s<=]+)/.exec((error as Error).message)?.[1] ?? '(an option)';
    const seeHelp = `see \`vertelpunt-taxonomy help ${command}\``;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`${command}: unknown option '${option}' (${command} takes: ${listOptions(command)}; ${seeHelp})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/^-+/, '');
      const takesValue = spec.options[name]?.type === 'string';
      throw new UsageError(
        takesValue
          ? `${command}: ${option} needs a value (${option} ${spec.options[name]!.value})`
          : `${command}: ${option} takes no value`,
      );
    }
    throw new UsageError(`${command}: ${(error as Error).message} (${seeHelp})`);
  }
}

/** The value of a string option, where the command declared it as one. */
export function stringOption(parsed: ParsedCommandLine, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(parsed: ParsedCommandLine, name: string): boolean {
  return parsed.values[name] === true;
}
