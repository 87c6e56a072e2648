import { formatProblem, PROBLEM_CODES, type ImportProblem, type ProblemCode } from '@vertelpunt/exchange';
import type { MessageKey } from './i18n';

// Import and export problems in the interface's language. `@vertelpunt/exchange` reports each
// problem with a code and the values it names (its `message` is the CLI's English); here each
// code has a message key whose placeholders are those values, in the order PROBLEM_CODES lists.

/** The message key of each problem code: `problem` + the code in PascalCase. */
export const PROBLEM_KEYS = {
  'too-large': 'problemTooLarge',
  'too-large-read': 'problemTooLargeRead',
  'too-large-whole': 'problemTooLargeWhole',
  empty: 'problemEmpty',
  'not-utf8': 'problemNotUtf8',
  'not-json': 'problemNotJson',
  'not-an-object': 'problemNotAnObject',
  'no-format': 'problemNoFormat',
  'wrong-format': 'problemWrongFormat',
  'newer-schema': 'problemNewerSchema',
  'wrong-schema': 'problemWrongSchema',
  'unknown-field': 'problemUnknownField',
  'invalid-field': 'problemInvalidField',
  'no-stories': 'problemNoStories',
  'invalid-story': 'problemInvalidStory',
  'story-not-one-line': 'problemStoryNotOneLine',
  'invalid-line': 'problemInvalidLine',
  'trailer-line': 'problemTrailerLine',
  'cut-off': 'problemCutOff',
  'cut-off-ndjson': 'problemCutOffNdjson',
  'more-after-end': 'problemMoreAfterEnd',
  'count-mismatch': 'problemCountMismatch',
  'versions-mismatch': 'problemVersionsMismatch',
  'more-problems': 'problemMoreProblems',
  'import-race': 'problemImportRace',
} as const satisfies Record<ProblemCode, MessageKey>;

type Translate = (key: MessageKey, substitutions: string[]) => string;

/**
 * `file:line: field: what is wrong`, the what in the UI's language. A problem without a code
 * (none the extension receives today) keeps the reader's English rather than saying nothing.
 */
export function problemText(problem: ImportProblem, translate: Translate, number: (n: number) => string = String): string {
  if (!problem.code) return formatProblem(problem);
  const values = PROBLEM_CODES[problem.code].map((name: string) => {
    const value = problem.values?.[name];
    return typeof value === 'number' ? number(value) : (value ?? '');
  });
  const where = [problem.file, problem.line === undefined ? undefined : String(problem.line)].filter(Boolean).join(':');
  return `${where ? `${where}: ` : ''}${problem.path ? `${problem.path}: ` : ''}${translate(PROBLEM_KEYS[problem.code], values)}`;
}
