// Names in notes dictated through speech recognition, which writes every word in lower case and says its punctuation
// ("… punt gesprek met mevrouw terpelinck komma die …"): a title's surname and a kinship word's first name have no capital to
// give them away. In such a text (the words "punt" and "komma" said at least twice) the word after a title, "naam" or
// "ondergetekende" that no dictionary holds is a surname; a first name there may take a tussenvoegsel and a surname with
// it ("naam joris van wezel"). A first name of the lists right after a kinship word ("zoon joep woont") is a name in any
// text, where it is no common word or a clause goes on after it. Reads the scan's phrase hits only, after the
// statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { codeAt, lettersEnd, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

/** Punctuation said aloud: a text with two of these was dictated. */
const SAID_MARKS = phrasesOf(['punt', 'komma']);
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

/** Whether the text says its punctuation: two "punt"/"komma" at least. */
function isDictated(found: Scan): boolean {
  return phraseStarts(found, SAID_MARKS).length >= 2;
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
  const boundaryAfter = BOUNDARY_AFTER.test(text.slice(start + word.length, start + word.length + 9));
  if (afterKin) {
    if (!listedFirst || (isCommon(first) && !boundaryAfter)) return -1;
  } else if (isCommon(first) && !((SURNAMES.has(first) || listedFirst) && boundaryAfter)) return -1;
  let end = start + word.length;
  // "jorien van wezel", "verhoeff-van der kolk": a first name's surname, or a double name's second part.
  SURNAME_PART.lastIndex = word.includes('-') ? start + word.indexOf('-') : end;
  const surname = SURNAME_PART.exec(text);
  if (surname && (listedFirst || codeAt(text, SURNAME_PART.lastIndex - surname[0].length) === 45) && !isCommonAfterPart(surname[2]!))
    end = SURNAME_PART.lastIndex;
  return end;
}

/** A surname after a tussenvoegsel that is a word of a sentence rather than a name ("van harte", "de komma"). */
const isCommonAfterPart = (word: string) => word === 'komma' || word === 'punt' || (isCommon(word) && !SURNAMES.has(word));

const END_OF_DICTATION = phrasesOf(['einde']);
/** The dictating worker's initials after the words that close the note ("… punt einde dictaat mk"), at a line's end. */
const INITIALS_AT_END = /einde(?: (?:dictaat|verslag|notitie|memo|gesprek|bericht))? ([a-z]{2,3})[ \t]*(?:\r?\n|$)/y;

function initialsAtTheEnd(text: string, found: Scan, spans: Span[]): void {
  for (const at of phraseStarts(found, END_OF_DICTATION)) {
    INITIALS_AT_END.lastIndex = at;
    const m = INITIALS_AT_END.exec(text);
    if (!m) continue;
    const start = at + m[0].indexOf(' ' + m[1]!, 5) + 1;
    spans.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-dictated-initials' });
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
