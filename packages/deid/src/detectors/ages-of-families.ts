// Ages of shapes the other age rules leave, read after the statistical layer (its training notes stay the rules' output):
// an age as an ordinal number word after "op" and a possessive ("is op zijn negende verhuisd"); two ages in one bracket
// after a couple or a family ("het jonge stel (20 en 23)", "grootouders (78 en 75)"); the ages of a family's children counted first ("vijf kinderen tussen de 3 en 15").
import type { Span } from '../labels.js';
import { codeAt, hashOf, phrasesOf, phraseStarts, type Scan } from '../scan.js';

const UNIT_ORDINALS = ['tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende'];
const TEEN_ORDINALS = ['tiende', 'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende'];
const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** Each ordinal number word from two to ninety-nine by its scan hash, with its value. */
const ORDINAL_VALUES = new Map<number, number>();
UNIT_ORDINALS.forEach((word, i) => ORDINAL_VALUES.set(hashOf(word), i + 2));
[...TEEN_ORDINALS, 'achttiende', 'negentiende'].forEach((word, i) => ORDINAL_VALUES.set(hashOf(word), i + 10));
TENS.forEach((tens, t) => {
  ORDINAL_VALUES.set(hashOf(`${tens}ste`), 20 + 10 * t);
  UNITS.forEach((unit, u) => ORDINAL_VALUES.set(hashOf(`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}ste`), 21 + 10 * t + u));
});

/**
 * Where an age as an ordinal begins: "op zijn negende", an age at an event. Not "na", "voor" or "rond" ("na haar tweede",
 * "voor zijn derde" count children, jobs or attempts as often), and not "sinds", "vanaf" or "tot" (tried: a false alarm
 * on a judge set; writers leave the start or end of a period unmarked as often as they mark it).
 */
const ORDINAL_LEADS = phrasesOf(['op']);
const POSSESSIVES = new Set(['zijn', 'haar', 'mijn', "m'n", "z'n", 'hun'].map(hashOf));
/**
 * What may follow an ordinal that is an age: a clause's end, or a word that goes on with the clause. A noun there makes it
 * an ordinal of things ("voor haar tweede kind", "op zijn derde dag"), so any other word leaves it alone.
 */
const WORDS_AFTER_ORDINAL_AGE = new Set(
  'naar in bij uit kwam kwamen ging gingen woont woonde gewoond gewerkt werkte gereden reed verhuisd gevlucht begonnen begon gestopt stopte alleen zelfstandig thuis levensjaar'
    .split(' ')
    .map(hashOf),
);

/** Whether word `w` ends a clause or a word that may follow an age goes on after it. */
function endsLikeAnAge(found: Scan, w: number): boolean {
  const { text, wordEnds, wordStarts, wordHashes } = found;
  const end = wordEnds[w]!;
  const next = codeAt(text, end);
  if (next !== 32) return next === 44 || next === 46 || next === 59 || next === 41 || next === 10 || next === 33 || next === 63 || next < 0;
  return w + 1 < found.wordCount && wordStarts[w + 1] === end + 1 && WORDS_AFTER_ORDINAL_AGE.has(wordHashes[w + 1]!);
}

/** The index of the word that starts at `at` (the scan's words are sorted by start). */
function wordAt(found: Scan, at: number): number {
  let low = 0;
  let high = found.wordCount - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = found.wordStarts[middle]!;
    if (start === at) return middle;
    if (start < at) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** "op zijn negende verhuisd": an ordinal number word as an age after "op" and a possessive. */
function ordinalWordAges(text: string, found: Scan, spans: Span[]): void {
  const { wordStarts, wordEnds, wordHashes } = found;
  for (const at of phraseStarts(found, ORDINAL_LEADS)) {
    const w = wordAt(found, at);
    if (w < 0 || w + 2 >= found.wordCount) continue;
    const possessive = wordHashes[w + 1]!;
    const ordinal = ORDINAL_VALUES.get(wordHashes[w + 2]!);
    if (!POSSESSIVES.has(possessive) || ordinal === undefined) continue;
    if (wordStarts[w + 1] !== wordEnds[w]! + 1 || wordStarts[w + 2] !== wordEnds[w + 1]! + 1) continue;
    if (!endsLikeAnAge(found, w + 2)) continue;
    spans.push({ start: wordStarts[w + 2]!, end: wordEnds[w + 2]!, label: 'AGE', source: 'age-ordinal-word' });
  }
}

/** Two ages in a bracket, a remark before them or not, a unit after them or not: "(20 en 23)", "(echtpaar, 31 en 33 jaar)". */
const PAIR_IN_BRACKET = /\((?:[^()\n,]{1,24}, )?(\d{1,3}) en (\d{1,3})(?: jaar)?\)/y;
/** A couple or a family named before the bracket on its line, or inside it before the ages. */
const COUPLE_OR_FAMILY =
  /(?<![\p{L}])(?:stel|stelletje|echtpaar|ouders|ouder|opa en oma|oma en opa|grootouders|schoonouders|broers|zussen|zonen|dochters|tweeling|kinderen|kids|jongens|meisjes|beiden|allebei|man en vrouw|vader en moeder|moeder en vader)(?![\p{L}])/iu;
/** How far back on the line the couple may be named: a short clause ("Het jonge stel uit de flat (20 en 23)"). */
const COUPLE_WINDOW = 40;
const MOST_AGE = 105;

/** Where a bracket that opens before `at` begins, on the same line and within a remark's length, or -1. */
function bracketBefore(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 27); i--) {
    const code = codeAt(text, i);
    if (code === 40) return i;
    if (code === 10 || code === 41) return -1;
  }
  return -1;
}

/** "het jonge stel (20 en 23)", "grootouders (78 en 75)": two ages in a bracket after a couple or a family. */
function pairedAgesInBrackets(text: string, found: Scan, spans: Span[]): void {
  for (let i = 0; i < found.digitStarts.length; i++) {
    const start = found.digitStarts[i]!;
    const end = found.digitEnds[i]!;
    if (!text.startsWith(' en ', end)) continue;
    const bracket = bracketBefore(text, start);
    if (bracket < 0) continue;
    PAIR_IN_BRACKET.lastIndex = bracket;
    const m = PAIR_IN_BRACKET.exec(text);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first === 0 || second === 0 || first > MOST_AGE || second > MOST_AGE) continue;
    const firstStart = bracket + m[0].lastIndexOf(`${m[1]} en ${m[2]}`);
    if (firstStart !== start) continue;
    const lineStart = text.lastIndexOf('\n', bracket) + 1;
    const before = text.slice(Math.max(lineStart, bracket - COUPLE_WINDOW), bracket);
    if (!COUPLE_OR_FAMILY.test(before) && !COUPLE_OR_FAMILY.test(m[0])) continue;
    const secondStart = start + m[1]!.length + 4;
    spans.push({ start, end, label: 'AGE', source: 'age-pair-of-family' });
    spans.push({ start: secondStart, end: secondStart + m[2]!.length, label: 'AGE', source: 'age-pair-of-family' });
  }
}

/** "vijf kinderen tussen de 3 en 15": one family's children counted, then the youngest's and the eldest's ages. */
const CHILDREN_BETWEEN =
  /(?<![\p{L}\d])(?:\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:kinderen|kids|jongens|meisjes|zonen|dochters|kleinkinderen) tussen de (\d{1,2}) en (\d{1,2})(?![\d\p{L}])(?! jaar(?![\p{L}]))/iuy;
const CHILDREN = phrasesOf(
  ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'].flatMap((count) =>
    ['kinderen', 'kids', 'jongens', 'meisjes', 'zonen', 'dochters', 'kleinkinderen'].map((who) => `${count} ${who} tussen de`),
  ),
);

function childrenBetween(text: string, found: Scan, spans: Span[]): void {
  const starts = [...phraseStarts(found, CHILDREN)];
  // A count in digits is no word the scan lists: each run of one digit and a space (the sticky pattern fails at once).
  for (let i = 0; i < found.digitStarts.length; i++) {
    const start = found.digitStarts[i]!;
    if (found.digitEnds[i] === start + 1 && codeAt(text, start + 1) === 32) starts.push(start);
  }
  for (const at of starts) {
    CHILDREN_BETWEEN.lastIndex = at;
    const m = CHILDREN_BETWEEN.exec(text);
    if (!m) continue;
    const second = m.index + m[0].length - m[2]!.length;
    const first = second - 4 - m[1]!.length;
    spans.push({ start: first, end: first + m[1]!.length, label: 'AGE', source: 'age-children-between' });
    spans.push({ start: second, end: second + m[2]!.length, label: 'AGE', source: 'age-children-between' });
  }
}

/** Ages of the shapes above; each starts from a word the scan lists or a digit run. */
export function findAgesOfFamilies(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  ordinalWordAges(text, found, spans);
  pairedAgesInBrackets(text, found, spans);
  childrenBetween(text, found, spans);
  return spans;
}
