import { z } from 'zod';
import {
  areValidDistinctTerms,
  CONSENT_STATUSES,
  isValidOrigin,
  MAX_CLIP_BYTES,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  SELECTOR_CONTEXT_LENGTH,
  type Story,
} from '@vertelpunt/stories';
import type { CountedStory } from '../counts.js';

// `counts` of a large file spent most of its time in JSON.parse, building every story in full to
// read its tags (issue 14). A story line as this package writes it (compact JSON, the fields in
// the canonical order of `storyJson`) is matched here by one regular expression, which checks the
// JSON syntax of the whole line and captures every value; the captured values get the checks
// `isPlainValidStory` (@vertelpunt/stories) gives the parsed story. The answer is only ever "a
// valid story, and these are its id, tags, time and origin" or "not sure": then the caller
// parses the line and checks it as before (quick check, then zod). So it may send a valid line
// the long way (other key order, white space, a number written 1.0, a kept original), never
// pass one that the long way refuses. test/story-line.test.ts holds it to JSON.parse +
// isPlainValidStory on generated stories with odd values and on broken lines.

// A JSON string's content, captured raw: characters other than `"`, `\` and controls, or an
// escape. One character or escape per step, so the match never backtracks more than linearly.
const S = String.raw`"((?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"`;
/** A non-negative whole number as JSON writes one, no larger than 15 digits (a safe integer). */
const N = '(0|[1-9][0-9]{0,14})';
const SELECTOR = `\\{"type":"TextQuoteSelector","exact":${S},"prefix":${S},"suffix":${S}\\}`;
const LINE = new RegExp(
  [
    `^\\{"id":${S},"title":${S},"text":${S},"notes":${S}`,
    `,"tags":\\{"version":${S},"terms":\\[(${S.replace('(', '(?:')}(?:,${S.replace('(', '(?:')})*)\\]\\}`,
    `,"selectors":\\[(?:${SELECTOR}(?:,${SELECTOR}(?:,${SELECTOR}(?:,${SELECTOR})?)?)?)?\\]`,
    `,"source":\\{"origin":${S}\\},"consent":\\{"status":${S},"purpose":${S}\\}`,
    `(?:,"author":${S})?`,
    `(?:,"deidentification":\\{"tool":${S},"version":${S},"counts":\\{((?:${S.replace('(', '(?:')}:${N.replace('(', '(?:')}(?:,${S.replace('(', '(?:')}:${N.replace('(', '(?:')})*)?)\\},"switchedOff":${N},"addedByUser":${N},"originalKept":(?:true|false)\\})?`,
    `,"createdAt":${S},"updatedAt":${S}\\}$`,
  ].join(''),
);
/** One string of a list captured whole (terms, the labels of the de-identification counts). */
const STRING = new RegExp(S, 'g');
/** Longer lines go the long way: the expression keeps a step per character on its stack. */
const MAX_LINE_LENGTH = 64 * 1024;

// zod's own patterns for `z.uuid()` and `z.iso.datetime({ offset: true })`, as the quick check uses them.
const UUID = z.regexes.uuid();
const DATE_TIME = z.regexes.datetime({ offset: true });
const CONSENT = new Set<string>(CONSENT_STATUSES);

/** A captured string's value: the raw text itself unless it holds an escape. */
const decoded = (raw: string): string => (raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw);
/** Its length in UTF-16 units (what zod's `max` measures). */
const lengthOf = (raw: string): number => (raw.includes('\\') ? decoded(raw).length : raw.length);

function termsOf(version: string, list: string): string[] | undefined {
  // `"a","b"`: without an escape, the commas between quotes are exactly the separators.
  const terms = list.includes('\\') ? Array.from(list.matchAll(STRING), (m) => decoded(m[1]!)) : list.slice(1, -1).split('","');
  return areValidDistinctTerms(version, terms) ? terms : undefined;
}

/**
 * The story on `line` when it is sure that parsing the line and checking it with StorySchema
 * gives a valid story with these values; undefined when not sure (the caller then does that).
 */
export function countedStory(line: string): CountedStory | undefined {
  if (line.length > MAX_LINE_LENGTH) return undefined;
  const m = LINE.exec(line);
  if (m === null) return undefined;
  // Groups: 1 id, 2 title, 3 text, 4 notes, 5 tag version, 6 terms, 7–18 four selectors (exact,
  // prefix, suffix), 19 origin, 20 status, 21 purpose, 22 author, 23 tool, 24 its version,
  // 25 counts, 26 switchedOff, 27 addedByUser, 28 createdAt, 29 updatedAt.
  const storyId = decoded(m[1]!);
  if (!UUID.test(storyId)) return undefined;
  const title = decoded(m[2]!);
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH || title !== title.trim()) return undefined;
  const text = decoded(m[3]!);
  if (text.length * 3 > MAX_CLIP_BYTES || text.trim().length === 0) return undefined;
  if (lengthOf(m[4]!) > MAX_NOTES_LENGTH) return undefined;
  for (let group = 7; group < 19 && m[group] !== undefined; group += 3) {
    if (m[group] === '' || lengthOf(m[group + 1]!) > SELECTOR_CONTEXT_LENGTH || lengthOf(m[group + 2]!) > SELECTOR_CONTEXT_LENGTH)
      return undefined;
  }
  const origin = decoded(m[19]!);
  if (!isValidOrigin(origin)) return undefined;
  if (!CONSENT.has(decoded(m[20]!)) || lengthOf(m[21]!) > 500) return undefined;
  if (m[22] !== undefined && lengthOf(m[22]) > 100) return undefined;
  if (m[23] !== undefined) {
    if (m[23] === '' || m[24] === '') return undefined;
    // JSON.parse makes "__proto__" an own key, which the de-identification record may not have.
    for (const [, raw] of m[25]!.matchAll(STRING)) if (decoded(raw!) === '__proto__') return undefined;
  }
  const created = m[28]!;
  const updated = m[29]!;
  const createdAt = decoded(created);
  if (!DATE_TIME.test(createdAt) || !DATE_TIME.test(decoded(updated))) return undefined;
  const version = decoded(m[5]!);
  const terms = termsOf(version, m[6]!);
  if (terms === undefined) return undefined;
  return { id: storyId, tags: { version, terms } as Story['tags'], createdAt, source: { origin } };
}
