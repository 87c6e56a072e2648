import { JSON_TYPES, PROBLEM_CODES, type ImportProblem, type ProblemCode } from '@vertelpunt/exchange';
import type { MessageKey } from './i18n';
import { issueText, syntaxText, typeName, valueText, type Say } from './issue-text';

// Import and export problems in the interface's language. `@vertelpunt/exchange` reports each
// problem with a code and the values it names (its `message` is the CLI's English); here each
// code has a message key whose placeholders are those values, in the order PROBLEM_CODES lists.
// A `detail` value is the reader's English too: it is worded from the problem's zod issue or JSON
// syntax error instead (src/issue-text.ts).

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

/** Codes with a message for one thing ('1 verhaal'), by the value that counts. */
const SINGULAR_KEYS: Partial<Record<ProblemCode, { value: string; key: MessageKey }>> = {
  'more-problems': { value: 'count', key: 'problemMoreProblemsOne' },
  'count-mismatch': { value: 'holds', key: 'problemCountMismatchOne' },
};

/** Codes whose `found` value is the kind of value found (`array`, `missing`, …), worded per language. */
const FOUND_IS_TYPE = new Set<ProblemCode>(['not-an-object', 'no-stories', 'wrong-schema']);

/** A problem's `detail` in the interface's language: from its zod issue or JSON syntax error, never the reader's English. */
function detailText(problem: ImportProblem, say: Say): string {
  if (problem.issue) return issueText(problem.issue, say);
  if (problem.syntax) return syntaxText(problem.syntax, say);
  return say.t('issueInvalid', []);
}

/**
 * `file:line: field: what is wrong`, the what in the UI's language. A problem without a code
 * (none the extension receives today) is said as "cannot be read" rather than in the reader's English.
 */
export function problemText(problem: ImportProblem, say: Say): string {
  const where = [problem.file, problem.line === undefined ? undefined : String(problem.line)].filter(Boolean).join(':');
  const what = problem.code ? codedText(problem, problem.code, say) : say.t('problemOther', []);
  return `${where ? `${where}: ` : ''}${problem.path ? `${problem.path}: ` : ''}${what}`;
}

function codedText(problem: ImportProblem, code: ProblemCode, say: Say): string {
  const values = PROBLEM_CODES[code].map((name: string) => {
    const value = problem.values?.[name];
    if (name === 'detail') return detailText(problem, say);
    if (name === 'found' && FOUND_IS_TYPE.has(code) && typeof value === 'string' && (JSON_TYPES as readonly string[]).includes(value))
      return typeName(value, say);
    return valueText(name, value, say);
  });
  const singular = SINGULAR_KEYS[code];
  if (singular && say.format.plural(Number(problem.values?.[singular.value])) === 'one') return say.t(singular.key, values);
  return say.t(PROBLEM_KEYS[code], values);
}
