// Names in notes dictated through speech recognition, which writes every word in lower case and says its punctuation
// ("… punt gesprek met mevrouw terpelinck komma die …"): a title's surname and a kinship word's first name have no capital to
// give them away. In such a text (mostly in lower case, the words "punt" and "komma" said at least twice between lower-case
// words) the word after a title, "naam" or "ondergetekende" that no dictionary holds is a surname where a said mark or a verb
// of being follows it and it is no verb form; a first name there may take a tussenvoegsel and a surname with
// it ("naam joris van wezel"). A first name of the lists right after a kinship word ("zoon joep woont") is a name in any
// text, where it is no common word or a clause goes on after it. Reads the scan's phrase hits only, after the
// statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { codeAt, lettersEnd, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

/** Punctuation said aloud: a text with two of these between lower-case words was dictated. */
const SAID_MARKS = phrasesOf(['punt', 'komma']);
/**
 * More capitals at word starts than this share of the words: written text, whatever "punt"s it holds (speech recognition
 * writes lower case; a dictated note's header and speakers' names stay well below it).
 */
const MOST_CAPITALS = 0.15;
const TITLES = phrasesOf(['meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'familie', 'fam', 'echtpaar', 'naam', 'ondergetekende']);
const KIN = phrasesOf([
  'zoon',
  'dochter',
  'broer',
  'zus',
  'schoonzoon',
  'schoondochter',
  'kleinzoon',
  'kleindochter',
  'partner',
  'vriend',
  'vriendin',
  'kind',
  'stiefvader',
  'stiefmoeder',
]);
/** Words that follow a kinship word or a title far more often as words than as names ("zoon wil graag", "broer door"). */
const NO_NAME = new Set(
  'ben dan door per min zin lot reis job kan wil mag zal was bent had gang kin bende prima lente ster storm wolf bon art hope dame fee fine hang maan som til ton kick mama papa beker free gala'.split(
    ' ',
  ),
);
/** After a word that may be a name or a word: what a name ends on in a dictated clause (its marks, a verb of being). */
const BOUNDARY_AFTER = /^ (?:komma|punt|en|is|was|heeft|woont|van|op|uit|die|zegt|belt)(?![\p{L}])/u;
/** A lower-case word, with a hyphen's second part ("jansen-de boer" is read by its parts below). */
const LOWER_WORD = /\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}]+)*/uy;
/** A tussenvoegsel and the surname after it, or a double surname's rest after a hyphen ("-van der kolk"). */
const SURNAME_PART = /(?: |-)((?:van|de|der|den|ter|ten|te|het|in|op|el|al)(?: (?:de|der|den|het|'t))?) (\p{Ll}[\p{Ll}'’]+)(?![\p{L}-])/uy;

const isLowerName = (word: string) => !NOT_NAMES.has(word) && !NO_NAME.has(word) && !PLACES.has(word);

const isLowerAt = (text: string, index: number) => /\p{Ll}/u.test(text.charAt(index));

/**
 * Whether a "punt"/"komma" at `at` is said: in lower case after a lower-case word, and before one (on the same line or the
 * next) or the text's end. Minutes' "Punt 2:", "punt 4" and "geen punt," are written.
 */
function isSaidMark(text: string, at: number): boolean {
  if (!isLowerAt(text, at) || codeAt(text, at - 1) !== 32 || !isLowerAt(text, at - 2)) return false;
  const end = lettersEnd(text, at);
  const next = codeAt(text, end);
  return end === text.length || ((next === 32 || next === 10) && isLowerAt(text, end + 1));
}

/** Whether the text says its punctuation: two said "punt"/"komma" at least, in a text mostly in lower case. */
function isDictated(found: Scan): boolean {
  const marks = phraseStarts(found, SAID_MARKS);
  if (marks.length < 2 || found.capitals.length > MOST_CAPITALS * found.wordCount) return false;
  let said = 0;
  for (const at of marks) if (isSaidMark(found.text, at) && ++said === 2) return true;
  return false;
}

/**
 * Whether a word no list holds is a verb's present or past form after its subject ("mevrouw ervaart", "meneer
 * beaamt", "echtpaar ruziet", "mevrouw zuchtte"): its infinitive, made the ways Dutch spelling makes it, is a common word.
 */
function isVerbForm(word: string): boolean {
  const past = word.endsWith('de') || word.endsWith('te');
  if (!past && !word.endsWith('t')) return false;
  const stem = word.slice(0, past ? -2 : -1);
  if (stem.length < 2) return false;
  const last = stem.charAt(stem.length - 1);
  // leeft → leven, reist → reizen; ervaart → ervaren, signaleert → signaleren; belt → bellen; ruziet → ruzie(ën).
  const voiced = last === 'f' ? stem.slice(0, -1) + 'v' : last === 's' ? stem.slice(0, -1) + 'z' : stem;
  const shortened = voiced.replace(/(aa|ee|oo|uu)(\p{Ll})$/u, (_, vowel: string, end: string) => vowel.charAt(0) + end);
  const forms = [stem + 'en', voiced + 'en', shortened + 'en', stem + last + 'en'];
  return forms.some((form) => isCommon(form)) || (last === 'e' && isCommon(stem));
}

/** The end of the name that starts at `start` (with a tussenvoegsel and surname after it), or -1 where none starts there. */
function nameEnd(text: string, start: number, afterKin: boolean): number {
  LOWER_WORD.lastIndex = start;
  const m = LOWER_WORD.exec(text);
  if (!m || m[0].length < 3 || (start > 0 && codeAt(text, start - 1) !== 32)) return -1;
  const word = m[0];
  const first = word.split('-')[0]!;
  if (!isLowerName(first)) return -1;
  const listedFirst = FIRST_NAMES.has(first);
  const listed = listedFirst || SURNAMES.has(first);
  const boundaryAfter = hasBoundaryAt(text, start + word.length);
  if (afterKin) {
    if (!listedFirst || (isCommon(first) && !boundaryAfter)) return -1;
  } else if (isCommon(first) && !(listed && boundaryAfter)) return -1;
  let end = start + word.length;
  // "jorien van wezel", "verhoeff-van der kolk": a first name's surname, or a double name's second part.
  SURNAME_PART.lastIndex = word.includes('-') ? start + word.indexOf('-') : end;
  const surname = SURNAME_PART.exec(text);
  if (surname && (listedFirst || codeAt(text, SURNAME_PART.lastIndex - surname[0].length) === 45) && !isCommonAfterPart(surname[2]!))
    end = SURNAME_PART.lastIndex;
  // A word no list holds after a title is as often a verb no dictionary holds ("mevrouw ervaart veel"): it needs what a
  // listed name needs, a said mark or a verb of being after the whole name, and no verb's form.
  if (!afterKin && !listed && (!hasBoundaryAt(text, end) || isVerbForm(first))) return -1;
  return end;
}

const hasBoundaryAt = (text: string, at: number) => BOUNDARY_AFTER.test(text.slice(at, at + 9));

/** A surname after a tussenvoegsel that is a word of a sentence rather than a name ("van harte", "de komma"). */
const isCommonAfterPart = (word: string) => word === 'komma' || word === 'punt' || (isCommon(word) && !SURNAMES.has(word));

const END_OF_DICTATION = phrasesOf(['einde']);
/** The dictating worker's initials after the words that close the note ("… punt einde dictaat rb"), at a line's end. */
const INITIALS_AT_END = /einde( (?:dictaat|verslag|notitie|memo|gesprek|bericht))? ([a-z]{2,3})[ \t]*(?:\r?\n|$)/y;
/** Short words of time that end a clause after "einde" ("tot einde dag", "einde jan"): no initials without "dictaat". */
const TIME_WORDS = new Set('jan feb mrt apr mei jun jul aug sep okt nov dec ma di wo do vr za zo dag wk mnd jr kw uur'.split(' '));

function initialsAtTheEnd(text: string, found: Scan, spans: Span[]): void {
  for (const at of phraseStarts(found, END_OF_DICTATION)) {
    INITIALS_AT_END.lastIndex = at;
    const m = INITIALS_AT_END.exec(text);
    if (!m || (!m[1] && (TIME_WORDS.has(m[2]!) || isCommon(m[2]!)))) continue;
    const start = at + m[0].indexOf(' ' + m[2]!, 5) + 1;
    spans.push({ start, end: start + m[2]!.length, label: 'PERSON', source: 'person-dictated-initials' });
  }
}

/** PERSON spans of the lower-case names after kinship words, and after titles and the closing words of a dictated note. */
export function findNamesInDictation(text: string, found: Scan): Span[] {
  const dictated = isDictated(found);
  const spans: Span[] = [];
  if (dictated) initialsAtTheEnd(text, found, spans);
  for (const [cues, afterKin] of [
    [TITLES, false],
    [KIN, true],
  ] as const) {
    if (!dictated && !afterKin) continue;
    for (const cue of phraseStarts(found, cues)) {
      const at = lettersEnd(text, cue);
      if (codeAt(text, at) !== 32) continue;
      const end = nameEnd(text, at + 1, afterKin);
      if (end !== -1) spans.push({ start: at + 1, end, label: 'PERSON', source: 'person-dictated' });
    }
  }
  return spans;
}
