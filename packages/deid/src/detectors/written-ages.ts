// Ages written out in words where the same age in digits would be found: "Hij is eenenzeventig, …", "Jesse
// (zeven)", "zijn dochter vier.", "(een jaar of veertig)". The age rules read digits in many more places than words, and
// a writer spells out the same ages in the same places; so each number word that ends a clause is put back as digits in
// a short copy of its surroundings, and the age rules are asked about that copy. Runs after the statistical layer (its
// training notes are the rules' output and stay what they were), and only at number words that no detection covers.
import type { Span } from '../labels.js';
import { reextended } from '../span-copies.js';
import { FIRST_NAMES } from '../lexicon.js';
import { codeAt, hashOf, scan, type Scan } from '../scan.js';
import { firstEndingAfter, overlapsAny } from '../span-list.js';
import { findAgePhrases } from './age-phrases.js';
import { findAges } from './ages.js';
import { findBesideSpans, withBesideSpans } from './beside-spans.js';
import { findAgesInContext } from './ages-in-context.js';

const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** Each number word from two to ninety-nine (and "anderhalf") by its scan hash, with its digits. "een" counts things far more often than years. */
export const DIGITS_OF_WORD = new Map<number, string>();
function addNumberWord(word: string, value: string): void {
  DIGITS_OF_WORD.set(hashOf(word), value);
}
UNITS.forEach((unit, i) => i > 0 && addNumberWord(unit, String(i + 1)));
TEENS.forEach((teen, i) => addNumberWord(teen, String(10 + i)));
TENS.forEach((tens, t) => {
  addNumberWord(tens, String(20 + 10 * t));
  UNITS.forEach((unit, u) => addNumberWord(`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}`, String(21 + 10 * t + u)));
});
addNumberWord('anderhalf', '1,5');

/**
 * The words that may follow an age in a clause (its unit, "oud", a particle, a conjunction, a hedge): after any other
 * word a number word counts things ("drie kinderen", "vier nachten") and is passed over before anything is copied.
 */
const WORDS_AFTER_AN_AGE = new Set(
  'jaar jr oud maanden maand mnd weken week wk en of maar he hè hé hoor geworden geweest dus toch nu inmiddels volgens denk geloof ofzo sinds'
    .split(' ')
    .map(hashOf),
);
/** Units of time, and what makes them a span of time before now or after ("twee jaar geleden", "drie weken later"). */
const UNITS_OF_TIME = new Set('jaar maanden maand weken week'.split(' ').map(hashOf));
const TIME_AGO = new Set('geleden terug later eerder lang daarna daarvoor'.split(' ').map(hashOf));
/** Punctuation as speech recognition writes it when a note is dictated ("is tweeënnegentig komma woont …"). */
const DICTATED_MARKS = new Set(['komma', 'punt'].map(hashOf));
const DICTATED_MARK_AFTER = /^ (komma|punt)(?![\p{L}])/iu;
/** How much of the text around the number word the copy holds: the age rules look a few words back and on. */
const BEFORE = 90;
const AFTER = 50;

/** Whether word `w` ends where an age can end: punctuation, a line's or cell's end, or a word that may follow an age. */
function endsLikeAnAge(found: Scan, w: number): boolean {
  const { text, wordEnds, wordStarts, wordHashes } = found;
  const end = wordEnds[w]!;
  const next = codeAt(text, end);
  if (next !== 32) return next !== 45 && next !== 39 && next !== 8217 && !(next >= 48 && next <= 57);
  if (w + 1 >= found.wordCount || wordStarts[w + 1] !== end + 1) return true;
  // "drie komma vijf" is a decimal said aloud, no age.
  if (DICTATED_MARKS.has(wordHashes[w + 1]!)) return !(w + 2 < found.wordCount && DIGITS_OF_WORD.has(wordHashes[w + 2]!));
  if (!WORDS_AFTER_AN_AGE.has(wordHashes[w + 1]!)) return false;
  return !(UNITS_OF_TIME.has(wordHashes[w + 1]!) && w + 2 < found.wordCount && TIME_AGO.has(wordHashes[w + 2]!));
}

const VERBS = new Set('is was wordt werd'.split(' ').map(hashOf));
/** Subjects that are things, not people: "Het is twee.", "Dat was vier." count or tell the time. */
const THING_SUBJECTS = new Set('het dat dit wat er alles iets niets'.split(' ').map(hashOf));
/** Capitalised subjects that are people though no list of names holds them. */
const PERSON_WORDS = new Set(
  'hij zij ze die dhr mw mevr mvr mevrouw meneer mama papa mam pap moeder vader oma opa zoon dochter zoontje dochtertje broer zus cliënt cliënte client kind oudste jongste middelste partner man vrouw'
    .split(' ')
    .map(hashOf),
);
/**
 * What one of the age rules needs within a few words before an age (a verb of being, a person, kin, "van", a bracket, a
 * comma, a colon, a cell or line break, a capitalised word right before): a number word with none of them counts
 * things, and is passed over before anything is copied (a text full of number words stays nearly as fast as one with
 * digits). The words reach as far back as two adverbs after a verb ("is denk ik rond de 80").
 */
const ANCHOR_WORDS = new Set([
  ...VERBS,
  ...PERSON_WORDS,
  ...'van ben bent kinderen kinds baby leeftijd ik je jij u'.split(' ').map(hashOf),
]);
const ANCHOR_MARKS = new Set([40, 44, 58, 59, 124, 9, 10]);
const ANCHOR_REACH = 6;
/** An ASCII capital: the scan's words of other scripts are rare at a subject's place. */
const isUpperCaseLetter = (code: number) => code >= 65 && code <= 90;

function hasAnAgeAnchor(found: Scan, w: number): boolean {
  const { text, wordStarts, wordHashes } = found;
  const first = Math.max(0, w - ANCHOR_REACH);
  if (w > 0 && isUpperCaseLetter(codeAt(text, wordStarts[w - 1]!))) return true;
  for (let k = first; k < w; k++) if (ANCHOR_WORDS.has(wordHashes[k]!)) return true;
  for (let i = first === 0 ? 0 : wordStarts[first]!; i < wordStarts[w]!; i++) if (ANCHOR_MARKS.has(codeAt(text, i))) return true;
  return first === 0 && w < ANCHOR_REACH;
}

/**
 * Whether the subject of the verb before word `w` is a thing rather than a person ("Het is twee.", "Kamer is vijf."):
 * the bare-age rule takes any capitalised word as its subject, which with digits is rare and with number words common.
 * A person is a pronoun, a title, kin, a listed first name or a detected name.
 */
function subjectIsAThing(found: Scan, spans: readonly Span[], w: number): boolean {
  const { text, wordStarts, wordEnds, wordHashes } = found;
  let verb = w - 1;
  while (verb > 0 && verb >= w - 5 && !VERBS.has(wordHashes[verb]!)) verb--;
  if (verb < 1 || !VERBS.has(wordHashes[verb]!)) return false;
  const subject = verb - 1;
  const hash = wordHashes[subject]!;
  if (THING_SUBJECTS.has(hash)) return true;
  const start = wordStarts[subject]!;
  const end = wordEnds[subject]!;
  if (!isUpperCaseLetter(codeAt(text, start)) || PERSON_WORDS.has(hash) || FIRST_NAMES.has(text.slice(start, end).toLowerCase()))
    return false;
  const at = firstEndingAfter(spans, start);
  return !(at < spans.length && spans[at]!.start <= start && spans[at]!.label === 'PERSON');
}

/** Whether a number word goes on with a comma and another number word: a count's range ("vier, vijf keer"). */
function startsARange(found: Scan, w: number): boolean {
  const { text, wordEnds, wordStarts, wordHashes, wordCount } = found;
  return (
    codeAt(text, wordEnds[w]!) === 44 &&
    w + 1 < wordCount &&
    wordStarts[w + 1] === wordEnds[w]! + 2 &&
    DIGITS_OF_WORD.has(wordHashes[w + 1]!)
  );
}

/** The age the rules find on the copy where the number's digits stand, mapped back onto the text's word (a bare age only where its subject fits); or none. */
function ageOnCopy(
  text: string,
  spans: readonly Span[],
  start: number,
  end: number,
  digits: string,
  bareAgeFits: boolean,
): Span | undefined {
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(text.length, end + AFTER);
  // A dictated mark after the word is put back as the mark itself, which the age rules read as a clause's end.
  const after = text.slice(end, to);
  const mark = DICTATED_MARK_AFTER.exec(after);
  const copy =
    text.slice(from, start) + digits + (mark ? (mark[1]!.toLowerCase() === 'komma' ? ',' : '.') + after.slice(mark[0].length) : after);
  const at = start - from;
  const shift = digits.length - (end - start);
  const found = scan(copy);
  // The detections around the word, moved onto the copy: the rules beside a name or a date read them.
  const beside: Span[] = [];
  for (const span of spans) {
    if (span.end <= from || span.start >= to || (span.start < end && span.end > start)) continue;
    if (span.start < from || span.end > to) continue;
    const move = span.start >= end ? shift - from - (mark ? mark[0].length - 1 : 0) : -from;
    beside.push(reextended(span, span.start + move, span.end + move));
  }
  const ages = [
    ...findAges(copy, found),
    ...findAgePhrases(copy, found),
    ...findBesideSpans(copy, beside),
    ...findAgesInContext(copy, found, beside),
  ];
  for (const age of ages) {
    if (age.label !== 'AGE' || age.start > at || age.end < at + digits.length) continue;
    if (age.source === 'age-bare' && !bareAgeFits) continue;
    // Its unit after the number ("zes weken") goes with it; nothing before the word does.
    if (mark) return { start, end, label: 'AGE', source: 'age-written-as-digits' };
    return { start, end: end + (age.end - at - digits.length), label: 'AGE', source: 'age-written-as-digits' };
  }
  return undefined;
}

/** The spans with the ages written out in words that the age rules would find in digits. */
export function withWrittenAges(text: string, found: Scan, spans: Span[]): Span[] {
  return withBesideSpans(spans, writtenAges(text, found, spans));
}

/**
 * The ages written out in words. The loop over every word is a function of its own that only returns after it: V8
 * compiles the loop on the stack in a first call, before the code after the loop ever ran, and that code's call with no
 * feedback made the kept loop code bail out at the loop's end in every later call.
 */
function writtenAges(text: string, found: Scan, spans: Span[]): Span[] {
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  const more: Span[] = [];
  for (let w = 0; w < wordCount; w++) {
    const digits = DIGITS_OF_WORD.get(wordHashes[w]!);
    if (digits === undefined || !endsLikeAnAge(found, w) || !hasAnAgeAnchor(found, w) || startsARange(found, w)) continue;
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    // A word inside a longer one ("Vijfhuizen" starts no word here) or one some rule took already.
    if (codeAt(text, start - 1) === 45 || overlapsAny(spans, start, end)) continue;
    const age = ageOnCopy(text, spans, start, end, digits, !subjectIsAThing(found, spans, w));
    if (age) more.push(age);
  }
  return more;
}
