// The place of an organisation's branch, named by one word after "locatie" ("Sociaal Team Westerland, locatie Nijeveen",
// "Het Zeecollege (locatie Duinrand)"): the writers mark it as a place, a neighbourhood or a village, where no list holds
// it. Read from the scan's words (the hash of "locatie"), after the statistical layer, so that its training notes stay the
// rules' output. Only after an organisation's name (a comma, a bracket or its capitalised word before "locatie"); not a
// form's field ("Locatie: …"), "op locatie …", an article's name ("locatie De Horst" is a building), a person's
// name, a word in capitals ("locatie CJG") or a common word ("locatie Noord" is part of a town or building).
import type { Span } from '../labels.js';
import { LIST, listsOf } from '../lexicon.js';
import { classAt, codeAt, hashOf, LETTER, LOWER, UPPER, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { lower } from './name-patterns.js';

const LOCATIE = hashOf('locatie');

/** Spans a branch's place may replace: a name or place guessed from a capital, or a branch taken for an organisation. */
const REPLACEABLE = new Set([
  'person-contact',
  'person-role',
  'person-repeat',
  'person-capitalised',
  'person-lexicon',
  'token-classifier',
  'institution-by-setting',
  'city-lexicon',
  'city-cue',
]);

/** Characters that may end the branch's word: a line's end, a bracket, a comma, a full stop, a dash's space. */
const isBranchEnd = (code: number) =>
  code < 0 || code === 10 || code === 13 || code === 41 || code === 44 || code === 46 || code === 32 || code === 59;

/** The end of one capitalised word at `at` (letters, hyphens joining capitalised parts), or `at` if it is none. */
function placeWordEnd(text: string, at: number): number {
  if ((classAt(text, at) & UPPER) === 0 || (classAt(text, at + 1) & LOWER) === 0) return at;
  let end = at + 1;
  for (;;) {
    while ((classAt(text, end) & LETTER) !== 0) end++;
    if (codeAt(text, end) === 45 && (classAt(text, end + 1) & UPPER) !== 0) end++;
    else return end;
  }
}

/** Places after "locatie" that no list holds, replacing guesses of another kind over them. */
export function withPlacesAfterLocatie(text: string, found: Scan, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let w = 0; w + 1 < found.wordCount; w++) {
    if (found.wordHashes[w] !== LOCATIE) continue;
    const at = found.wordStarts[w]!;
    const start = found.wordEnds[w]! + 1;
    // Lower-case "locatie" after an organisation's name and a comma or bracket, or right after its capitalised word
    // ("Zorgmaat locatie …"): no field label, no "op locatie …" or "de locatie …".
    if (codeAt(text, at) !== 108 || codeAt(text, start - 1) !== 32) continue;
    const afterName =
      codeAt(text, at - 2) === 44 ||
      codeAt(text, at - 1) === 40 ||
      (w > 0 && found.wordEnds[w - 1] === at - 1 && (classAt(text, found.wordStarts[w - 1]!) & UPPER) !== 0);
    if (!afterName) continue;
    const end = placeWordEnd(text, start);
    if (end === start || !isBranchEnd(codeAt(text, end)) || (codeAt(text, end) === 32 && codeAt(text, end + 1) !== 8211)) continue;
    const folded = lower(text.slice(start, end));
    if ((listsOf(folded) & (LIST.FIRST_NAME | LIST.SURNAME | LIST.GENERIC_SERVICE | LIST.COUNTRY)) !== 0 || isCommon(folded)) continue;
    const list = out ?? spans;
    const first = list.findIndex((span) => span.end > start);
    let last = first;
    while (last >= 0 && last < list.length && list[last]!.start < end) last++;
    if (first >= 0 && last > first) {
      const over = list.slice(first, last);
      if (over.some((span) => span.start < start || span.end > end || !REPLACEABLE.has(span.source) || span.label === 'CITY')) continue;
    }
    out ??= spans.slice();
    const place: Span = { start, end, label: 'CITY', source: 'city-after-locatie' };
    if (first < 0) out.push(place);
    else out.splice(first, Math.max(0, last - first), place);
  }
  return out ?? spans;
}
