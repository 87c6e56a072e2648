// A day of the month written as an ordinal alone, as chats and hurried notes do: "betalen voor de 25e", "jarig op de
// 3e". Only after a preposition of time and "de", and only where no noun follows ("voor de 2e keer"): then the number
// counts something else. "op de" names a floor as often ("woont op de 3e"), so there only after a birthday's words.
// `dates.ts` takes the clause-final days after "tot", "vanaf", "na" … before the statistical layer; this reads the
// scan's digit runs after it, so that the layer's training notes stay what its weights learnt from.
import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER, type Scan } from '../scan.js';

/** A preposition of time and "de" right before the number. */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:voor|vóór|tot|vanaf|uiterlijk|t\/m) de $/iu;
/** "op de" after a birthday's words: "wordt 7 op de 12e", "jarig op de 3e", "verjaardag is op de 9e". */
const BIRTHDAY_ON = /(?:^|[^\p{L}])(?:wordt \d{1,2}(?: jaar)?|jarig(?: is)?|verjaardag(?: is)?) op de $/iu;
/** The ordinal's ending right after the digits, then no letter. */
const ORDINAL_ENDING = /^(?:e|ste|de)(?![\p{L}\d])/u;
/**
 * What may follow a day: the line's or a clause's end, a bracket, a time or a month's mention ("van de maand"), or a
 * word of a sentence's frame. An infinitive ("betalen", "langskomen") may follow too; any other word may be the noun
 * the ordinal counts.
 */
const DAY_FOLLOWER =
  /^(?:[ \t]*(?:[.,;:!?)\]\n-]|$)|[ \t]+(?:om|of|en|al|is|was|weer|dan|nog|ook|niet|wel|want|maar|van (?:de|deze|die) maand|\d)(?![\p{L}])|[ \t]+(?:betalen|betaald|langs|terug)(?![\p{L}]))/u;

/** DATE spans of ordinal days of the month after a preposition of time ("voor de 25e"). */
export function findOrdinalDays(text: string, found: Scan): Span[] {
  const days: Span[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const start = found.digitStarts[i]!;
    const digitsEnd = found.digitEnds[i]!;
    if (digitsEnd - start > 2 || codeAt(text, start - 1) !== 32 || (classAt(text, digitsEnd) & LETTER) === 0) continue;
    const day = Number(text.slice(start, digitsEnd));
    if (day < 1 || day > 31) continue;
    const ending = ORDINAL_ENDING.exec(text.slice(digitsEnd, digitsEnd + 4));
    if (!ending) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    if (!TIME_BEFORE.test(before) && !BIRTHDAY_ON.test(before)) continue;
    const end = digitsEnd + ending[0].length;
    if (DAY_FOLLOWER.test(text.slice(end, end + 24))) days.push({ start, end, label: 'DATE', source: 'date-ordinal-day' });
  }
  return days;
}
