// Organisations and places as chats write them, all in lower case: a listed organisation of several words after a word that
// introduces one ("een brief van <name of two words>"), a local branch and the place it serves ("welzijn <district>",
// "jongerenloket <town>") and a municipality's service before its town ("leerplicht <town>": the town is the place). Each starts
// from a phrase the scan's word hashes find; the place must be a listed one that is no common word ("welzijn noord" stays words).
import type { Span } from '../labels.js';
import { NOT_NAMES, ORGANISATION_NAMES } from '../lexicon.js';
import { classAt, codeAt, LETTER, LOWER, phrasesOf, phraseStarts, scan, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { isListedPlaceOrDistrict } from './name-patterns.js';

/** Listed names of two words or more whose first word is no common word ("ons huis", "goed wonen" are words). */
const LISTED_OF_WORDS = [...ORGANISATION_NAMES].filter((name) => {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Ll}+$/u.test(words[0]!) && !isCommon(words[0]!) && !NOT_NAMES.has(words[0]!);
});
const LISTED_PHRASES = phrasesOf(LISTED_OF_WORDS);
const LISTED = new Set(LISTED_OF_WORDS);
/** The word before a listed name that introduces it ("bij", "van" …), not "den" ("in den haag wonen"). */
const INTRODUCED = /(?:^|[^\p{L}])(?:bij|van|naar|via|met|door|aan|vanuit) $/u;

const BRANCHES = ['welzijn', 'kredietbank', 'stadsbank', 'jongerenloket', 'jongerenpunt', 'taalhuis', 'voedselbank', 'vluchtelingenwerk'];
const SERVICES = ['leerplicht', 'werkplein', 'schuldhulp'];
const KIND_PHRASES = phrasesOf([...BRANCHES, ...SERVICES]);
const BRANCH = new Set(BRANCHES);

/** Where the lower-case word from `at` ends (letters and inner hyphens), or `at` if none starts there. */
function lowerWordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && ((classAt(text, end) & LOWER) !== 0 || (codeAt(text, end) === 45 && end > at))) end++;
  return (classAt(text, end) & LETTER) !== 0 ? at : end;
}

/** A listed place in lower case that is no common word, or a listed place and its district ("tiel-west"). */
function isPlaceWord(word: string): boolean {
  return !isCommon(word) && isListedPlaceOrDistrict(word);
}

export function findOrganisationsInChats(text: string, found: Scan = scan(text)): Span[] {
  const spans: Span[] = [];
  for (const start of phraseStarts(found, LISTED_PHRASES)) {
    if ((classAt(text, start) & LOWER) === 0 || !INTRODUCED.test(text.slice(Math.max(0, start - 8), start))) continue;
    // The longest listed name from here, written all in lower case.
    for (let end = lowerWordEnd(text, start), words = 1; end > start && words <= 4; words++) {
      if (words >= 2 && LISTED.has(text.slice(start, end))) {
        spans.push({ start, end, label: 'INSTITUTION', source: 'institution-lower-case' });
        break;
      }
      if (codeAt(text, end) !== 32) break;
      const next = lowerWordEnd(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
  }
  for (const start of phraseStarts(found, KIND_PHRASES)) {
    const kindEnd = lowerWordEnd(text, start);
    if (kindEnd === start || codeAt(text, kindEnd) !== 32) continue;
    const placeEnd = lowerWordEnd(text, kindEnd + 1);
    if (placeEnd === kindEnd + 1 || !isPlaceWord(text.slice(kindEnd + 1, placeEnd))) continue;
    if (BRANCH.has(text.slice(start, kindEnd)))
      spans.push({ start, end: placeEnd, label: 'INSTITUTION', source: 'institution-lower-case' });
    else spans.push({ start: kindEnd + 1, end: placeEnd, label: 'CITY', source: 'city-of-service' });
  }
  return spans;
}
