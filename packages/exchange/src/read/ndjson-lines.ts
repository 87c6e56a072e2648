import type { FileChecks, ReadStory } from './file-checks.js';
import { TRAILER_KEYS } from './file-checks.js';
import { jsonSyntax } from '../issue-detail.js';
import { isObject, syntaxMessage } from './json-text.js';

/**
 * NDJSON, after its header line: one story per line, then the closing line
 * `{"storyCount": …, "taxonomyVersions": […]}`, then nothing.
 */
export class NdjsonLines {
  /** The closing line has been read. */
  done = false;

  constructor(private readonly checks: FileChecks) {}

  /** `indent`: the white space the line had before `trimmed`, for the column of a syntax error. */
  line(trimmed: string, lineNo: number, indent = 0): ReadStory[] {
    if (!trimmed) return [];
    if (this.done) {
      this.checks.problem(lineNo, undefined, 'there is more after the end of the file', 'more-after-end');
      return [];
    }
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      const syntax = jsonSyntax(trimmed, lineNo);
      this.checks.problem(
        lineNo,
        `stories[${this.checks.index}]`,
        `not valid JSON (${syntaxMessage(error)})`,
        'invalid-line',
        { detail: syntaxMessage(error) },
        syntax && { syntax: { ...syntax, column: syntax.column + indent } },
      );
      this.checks.index += 1;
      return [];
    }
    if (isObject(raw) && 'storyCount' in raw && !('id' in raw)) {
      for (const [key, value] of Object.entries(raw)) {
        if (TRAILER_KEYS.includes(key)) this.checks.field(key, value, lineNo);
        else
          this.checks.problem(lineNo, key, `unknown field in the closing line (expected ${TRAILER_KEYS.join(', ')})`, 'unknown-field', {
            expected: TRAILER_KEYS.join(', '),
          });
      }
      this.done = true;
      return [];
    }
    const story = this.checks.story(raw, lineNo);
    return story ? [story] : [];
  }

  /** At the end of the file: whether it was complete (a missing closing line is a problem). */
  end(lineNo: number): boolean {
    if (!this.done)
      this.checks.problem(
        undefined,
        undefined,
        `ends at line ${lineNo} without its closing line {"storyCount": …}: the file is cut off`,
        'cut-off-ndjson',
        { line: lineNo },
      );
    return this.done;
  }
}
