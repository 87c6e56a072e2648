// Persons that a title or a word of address says are persons, where the name itself gives the other rules too little: an
// initial alone after a title, where a note keeps the surname out ("dhr. K. (51)", "mevrouw P., 79 jaar"), and a
// first name in lower case after a word a child or a neighbour calls someone by ("juf marieke", "opa kees"), though
// the lists also hold the name as a word.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { classAt, codeAt, LETTER, LOWER, lettersEnd, phrasesOf, phraseStarts, wordsAfterPhrases, type Scan } from '../scan.js';

const TITLES = phrasesOf(['mw', 'mevr', 'mevrouw', 'dhr', 'meneer', 'fam', 'familie']);
/** After the initials: a bracket, a comma, a semicolon, a colon, or the line's end ("dhr. K. (51)", "fam. b., moeder"). */
const AFTER_INITIALS = /[ \t]*(?:[(,;:]|\r?\n|$)/y;

const isLetterAt = (text: string, at: number) => (classAt(text, at) & LETTER) !== 0;

/** Where one to three initials (a letter and a full stop each) start at `at` end, or -1. */
function initialsEnd(text: string, at: number): number {
  let end = at;
  for (let count = 0; count < 3 && isLetterAt(text, end) && codeAt(text, end + 1) === 46 && !isLetterAt(text, end - 1); count++) end += 2;
  if (end === at || isLetterAt(text, end)) return -1;
  AFTER_INITIALS.lastIndex = end;
  return AFTER_INITIALS.test(text) ? end : -1;
}

function initialsAloneAfterTitles(text: string, found: Scan, spans: Span[]): void {
  for (const title of phraseStarts(found, TITLES)) {
    let at = lettersEnd(text, title);
    if (codeAt(text, at) === 46) at++;
    if (codeAt(text, at) !== 32) continue;
    const end = initialsEnd(text, at + 1);
    if (end !== -1) spans.push({ start: at + 1, end, label: 'PERSON', source: 'person-initial-after-title' });
  }
}

/** Words a child, a family or a neighbour puts before a first name, as a title. */
const WORDS_OF_ADDRESS = phrasesOf(['juf', 'meester', 'opa', 'oma', 'tante', 'oom', 'buurman', 'buurvrouw']);
/**
 * First names of the lists that are also words too common after those to be a name: verbs, prepositions and adverbs
 * ("oma ben ik", "opa door", "opa per direct", "oma min of meer"), kin ("opa oma mama en papa") and nouns ("opa zin in",
 * "oma lot", "opa job kwijt", "oom reis naar", "bij opa winter en zomer").
 */
const NO_NAME_AFTER_ADDRESS = new Set('ben dan door per min mama papa mam pap ma pa zin lot reis job winter zomer lente herfst'.split(' '));
/** A noun of time after the word: "oma elke week", "opa twee keer": a count or a frequency, no name before it. */
const TIME_NOUN_AFTER = / (?:week|weken|maand|maanden|jaar|dag|dagen|keer|uur)(?![\p{L}])/uy;
/** A first name of the lists in lower case (the word as written), no place and none of the list's non-names. */
const isLowerFirstName = (word: string) =>
  (classAt(word, 0) & LOWER) !== 0 &&
  FIRST_NAMES.has(word) &&
  !NOT_NAMES.has(word) &&
  !PLACES.has(word) &&
  !NO_NAME_AFTER_ADDRESS.has(word);

function lowerNamesAfterWordsOfAddress(text: string, found: Scan, spans: Span[]): void {
  for (const start of wordsAfterPhrases(found, WORDS_OF_ADDRESS, isLowerFirstName)) {
    // Right after the word of address, a space between: "juf, marieke zegt" is no title.
    if (codeAt(text, start - 1) !== 32 || !isLetterAt(text, start - 2)) continue;
    const end = lettersEnd(text, start);
    TIME_NOUN_AFTER.lastIndex = end;
    if (TIME_NOUN_AFTER.test(text)) continue;
    spans.push({ start, end, label: 'PERSON', source: 'person-after-word-of-address' });
  }
}

export function findNamesAfterTitles(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  initialsAloneAfterTitles(text, found, spans);
  lowerNamesAfterWordsOfAddress(text, found, spans);
  return spans;
}
