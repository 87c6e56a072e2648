import { storyStartLines } from '../locate.js';
import type { FileChecks, ReadStory } from './file-checks.js';
import { jsonSyntax, jsonType } from '../issue-detail.js';
import { isObject, locateSyntaxError } from './json-text.js';

/**
 * Any other layout of valid JSON (pretty-printed by another tool, minified): the whole text at
 * once, each story's line found afterwards, and only for the stories that have a problem or are
 * handed out.
 */
export function readWholeJson(text: string, checks: FileChecks): ReadStory[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, message } = locateSyntaxError(error, text);
    const syntax = jsonSyntax(text);
    checks.fatal(line, `not valid JSON: ${message}`, 'not-json', { detail: message }, syntax && { syntax });
  }
  if (!isObject(value)) {
    const found = Array.isArray(value) ? 'an array' : typeof value;
    checks.fatal(undefined, `expected a JSON object with format, schemaVersion, exportedAt and stories, found ${found}`, 'not-an-object', {
      found: jsonType(value),
    });
  }
  for (const [key, v] of Object.entries(value)) if (key !== 'stories') checks.field(key, v);
  checks.checkHeader();
  const stories = value.stories;
  if (!Array.isArray(stories))
    checks.fatal(
      undefined,
      `stories: expected an array of stories, found ${stories === undefined ? 'nothing' : typeof stories}`,
      'no-stories',
      { found: jsonType(stories) },
    );
  let lines: number[] | undefined;
  const lineOf = (i: number) => (lines ??= storyStartLines(text))[i];
  const out: ReadStory[] = [];
  for (const raw of stories) {
    const story = checks.story(raw, undefined, lineOf);
    if (story) out.push({ ...story, line: lineOf(story.index) });
  }
  return out;
}
