import type { FileChecks, ReadStory } from './file-checks.js';
import { TRAILER_KEYS } from './file-checks.js';
import { jsonSyntax } from '../issue-detail.js';
import { parseField, quote, syntaxMessage } from './json-text.js';

/** Seen in the stories of a JSON envelope that another tool wrote: read the file whole instead. */
export const READ_WHOLE = Symbol('read whole');

type Part = 'header' | 'stories' | 'trailer' | 'done';

/**
 * The JSON envelope as Vertelpunt writes it, after its opening `{`: one header field per line,
 * `"stories": [`, one story per line, `],`, the trailer fields, `}`. A header line that is not
 * one field, or a first story that is not on one line, means another tool wrote it: READ_WHOLE.
 */
export class JsonEnvelopeLines {
  private part: Part = 'header';
  private readOne = false;

  constructor(private readonly checks: FileChecks) {}

  /** Whether the layout is certain (no READ_WHOLE can come): the lines so far need not be kept. */
  get settled(): boolean {
    return this.readOne || this.part === 'trailer' || this.part === 'done';
  }

  /** `indent`: the white space the line had before `trimmed`, for the column of a syntax error. */
  line(trimmed: string, lineNo: number, indent = 0): ReadStory[] | typeof READ_WHOLE {
    if (!trimmed) return [];
    switch (this.part) {
      case 'header':
        return this.headerLine(trimmed, lineNo);
      case 'stories':
        return this.storyLine(trimmed, lineNo, indent);
      case 'trailer':
        this.trailerLine(trimmed, lineNo);
        return [];
      case 'done':
        this.checks.problem(lineNo, undefined, 'there is more after the end of the file', 'more-after-end');
        return [];
    }
  }

  /** At the end of the file: whether it was complete (cut off before the closing `}` is a problem). */
  end(lineNo: number): boolean {
    if (this.part !== 'done')
      this.checks.problem(
        undefined,
        undefined,
        `ends at line ${lineNo} before the stories array and the object are closed: the file is cut off`,
        'cut-off',
        { line: lineNo },
      );
    return this.part === 'done';
  }

  private headerLine(trimmed: string, lineNo: number): [] | typeof READ_WHOLE {
    if (/^"stories"\s*:\s*\[$/.test(trimmed)) {
      this.checks.checkHeader();
      this.part = 'stories';
      return [];
    }
    if (/^"stories"\s*:\s*\[\s*\],?$/.test(trimmed)) {
      this.checks.checkHeader();
      this.part = 'trailer';
      return [];
    }
    const field = parseField(trimmed);
    if (!field) return READ_WHOLE;
    this.checks.field(field[0], field[1], lineNo);
    return [];
  }

  private storyLine(trimmed: string, lineNo: number, indent: number): ReadStory[] | typeof READ_WHOLE {
    if (trimmed === ']' || trimmed === '],') {
      this.part = 'trailer';
      return [];
    }
    const text = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      // Not one story per line (pretty-printed by another tool): read the file whole.
      if (!this.readOne) return READ_WHOLE;
      const syntax = jsonSyntax(text, lineNo);
      this.checks.problem(
        lineNo,
        `stories[${this.checks.index}]`,
        `not a complete story on one line (${syntaxMessage(error)}); Vertelpunt writes one story per line`,
        'story-not-one-line',
        { detail: syntaxMessage(error) },
        syntax && { syntax: { ...syntax, column: syntax.column + indent } },
      );
      this.checks.index += 1;
      return [];
    }
    this.readOne = true;
    const story = this.checks.story(raw, lineNo);
    return story ? [story] : [];
  }

  private trailerLine(trimmed: string, lineNo: number): void {
    if (trimmed === '}') {
      this.part = 'done';
      return;
    }
    const field = parseField(trimmed);
    if (!field) {
      this.checks.problem(
        lineNo,
        undefined,
        `expected a field such as "storyCount": 12 or the closing }, found ${quote(trimmed)}`,
        'trailer-line',
        { found: quote(trimmed) },
      );
      return;
    }
    if (!TRAILER_KEYS.includes(field[0]))
      this.checks.problem(lineNo, field[0], `unknown field (expected ${TRAILER_KEYS.join(' or ')} after the stories)`, 'unknown-field', {
        expected: TRAILER_KEYS.join(', '),
      });
    else this.checks.field(field[0], field[1], lineNo);
  }
}
