// What the rules for identifiers said aloud share: a run of digits, number words and single letters read from a
// position as one identifier ("vier p r s twee acht", "214 39 45 86", "412... 509... 277"), and the first such run
// a few words after a cue ("uw BSN?\nK: Ehm, 628 …").
import { isDigit } from './name-patterns.js';
import { codeAt } from '../scan.js';
import { digitsOf } from './spoken-phones.js';

/** One token of a run: the digits it says, or the letter it spells (in capitals). */
export interface SpokenToken {
  start: number;
  end: number;
  digits: string;
  letter: string;
}

/** Between two tokens of one run: spaces, commas, dashes, full stops and ellipses, never a line break. */
const TOKEN = /[ \t,.…\-–—]*(?:(\p{L}+)|(\d+))/uy;

/** The token at `at` (after its separators), or undefined where the word there is no number word or single letter. */
function tokenAt(text: string, at: number, letters: boolean): SpokenToken | undefined {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[2] !== undefined) return { start: end - m[2].length, end, digits: m[2], letter: '' };
  const word = m[1]!;
  const digits = digitsOf(word.toLowerCase());
  if (digits !== null) return { start: end - word.length, end, digits, letter: '' };
  if (letters && word.length === 1) return { start: end - 1, end, digits: '', letter: word.toUpperCase() };
  return undefined;
}

/** The tokens of the run that starts at `at`, up to `most` of them: its digits and letters in their order. */
export function spokenRun(text: string, at: number, most: number, letters: boolean): SpokenToken[] {
  const tokens: SpokenToken[] = [];
  let position = at;
  while (tokens.length < most) {
    const token = tokenAt(text, position, letters);
    if (!token) break;
    tokens.push(token);
    position = token.end;
  }
  return tokens;
}

/** The digits and letters a run says, in one string. */
export const said = (tokens: readonly SpokenToken[]) => tokens.map((t) => t.digits || t.letter).join('');

/**
 * Where the first word said as a number (a digit run or a number word) starts within `reach` characters after `from`,
 * passing over at most four other words (a speaker's label, "eh", "dat is"), or -1.
 */
export function firstNumberAfter(text: string, from: number, reach: number): number {
  const to = Math.min(text.length, from + reach);
  let others = 0;
  for (let i = from; i < to; i++) {
    const code = codeAt(text, i);
    if (isDigit(code)) return i > 0 && /\p{L}/u.test(text[i - 1]!) ? -1 : i;
    if (!/\p{L}/u.test(text[i]!)) continue;
    let end = i;
    while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
    if (digitsOf(text.slice(i, end).toLowerCase()) !== null) return i;
    if (++others > 4) return -1;
    i = end - 1;
  }
  return -1;
}
