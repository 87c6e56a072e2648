// Organisations written in lower case, as chats and quick notes write them: a kind, then a name no common word ("stichting
// …", "cbs de …", "vv … '25"), or a name, then its kind ("… college", "… mc", "… uitzendbureau"). The name must be a word that
// is no common Dutch word, so "de stichting heeft", "het nieuwe college" and "een goed ziekenhuis" stay words. Tried only
// where the scan found such a kind word written in lower case. And a listed organisation in lower case after a word that
// introduces one ("bij rijnstate").
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, NOT_NAMES, ORGANISATION_NAMES, ORGANISATIONS_THAT_ARE_WORDS, SURNAMES } from '../lexicon.js';
import { classAt, codeAt, LETTER, LOWER, phrasesOf, phraseStarts, scan, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

const KINDS_FIRST = [
  'stichting',
  'cbs',
  'obs',
  'pcbs',
  'rkbs',
  'vv',
  'sv',
  'rksv',
  'kdv',
  'buurthuis',
  'wijkcentrum',
  'dorpshuis',
  'kinderopvang',
  'peuteropvang',
  'zwemschool',
  'thuiszorg',
];
const KINDS_LAST = ['college', 'mc', 'umc', 'uitzendbureau', 'ziekenhuis', 'gasthuis', 'lyceum'];
const KIND_PHRASES = phrasesOf([...KINDS_FIRST, ...KINDS_LAST]);
const FIRST = new Set(KINDS_FIRST);
/** Kinds that are also ordinary words of care and money ("kinderopvang toeslag"): their name needs an article ("thuiszorg het …"). */
const NAME_WITH_ARTICLE = new Set(['kinderopvang', 'peuteropvang', 'zwemschool', 'thuiszorg']);
const ARTICLE_FIRST = /^ (?:de|het|'t) /;
/** The listed organisations of one word of letters ("rijnstate", "vivare" as a chat writes them). */
const LISTED_PHRASES = phrasesOf([...ORGANISATION_NAMES].filter((name) => /^\p{L}+$/u.test(name)));
/** A listed organisation in lower case counts only after a word that introduces one ("bij rijnstate"), and only if no listed name ("bij laurens" may be a person). */
const INTRODUCED = /(?:^|[^\p{L}])(?:bij|van|naar|via|met|door|op|in|aan)(?: het| de)? $/u;

/** After a kind: an article perhaps, a word, perhaps a second word, perhaps a year of a club ("'25"). */
const NAME_AFTER = /^ (?:(?:de|het|'t) )?(\p{Ll}[\p{Ll}-]{2,})(?: (\p{Ll}[\p{Ll}-]{2,}))?(?: ['’]\d{2}(?!\d))?/u;
/** Before a kind: one word. */
const NAME_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}[\p{Ll}-]{2,}) $/u;

/** Adjectives ("psychiatrisch ziekenhuis", "regionaal college") and school types ("mbo college") name no organisation. */
const NO_NAME = /(?:isch|eel|aal|ief|lijk|ig|baar|air|aire)$|^(?:mbo|hbo|wo|roc|vmbo|havo|vwo|vso|so|bo|mavo)$/;
/** A lower-case word that can be a name: no common word, no function word, no agency, no adjective. */
const isNameWord = (word: string) => !isCommon(word) && !NOT_NAMES.has(word) && !GENERIC_SERVICES.has(word) && !NO_NAME.test(word);

export function findOrganisationsInLowerCase(text: string, found: Scan = scan(text)): Span[] {
  const spans: Span[] = [];
  for (const start of phraseStarts(found, KIND_PHRASES)) {
    const code = codeAt(text, start);
    if (code < 97 || code > 122) continue;
    let end = start;
    while (end < text.length && codeAt(text, end) >= 97 && codeAt(text, end) <= 122) end++;
    const kind = text.slice(start, end);
    if (FIRST.has(kind)) {
      const name = NAME_AFTER.exec(text.slice(end, end + 60));
      if (!name || !isNameWord(name[1]!) || (NAME_WITH_ARTICLE.has(kind) && !ARTICLE_FIRST.test(name[0]))) continue;
      // The second word belongs to the name only if it is no common word either ("stichting karibu wil": "wil" is a verb).
      const length = name[2] !== undefined && !isNameWord(name[2]) ? name[0].indexOf(name[1]!) + name[1]!.length : name[0].length;
      spans.push({ start, end: end + length, label: 'INSTITUTION', source: 'institution-lower-case' });
    } else {
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!name || !isNameWord(name[1]!)) continue;
      spans.push({ start: start - 1 - name[1]!.length, end, label: 'INSTITUTION', source: 'institution-lower-case' });
    }
  }
  for (const start of phraseStarts(found, LISTED_PHRASES)) {
    const code = codeAt(text, start);
    if (code < 97 || code > 122 || !INTRODUCED.test(text.slice(Math.max(0, start - 12), start))) continue;
    let end = start;
    while (end < text.length && (classAt(text, end) & LOWER) !== 0) end++;
    const word = text.slice(start, end);
    if (
      (classAt(text, end) & LETTER) === 0 &&
      ORGANISATION_NAMES.has(word) &&
      !isCommon(word) &&
      !ORGANISATIONS_THAT_ARE_WORDS.has(word) &&
      !NOT_NAMES.has(word) &&
      !FIRST_NAMES.has(word) &&
      !SURNAMES.has(word)
    )
      spans.push({ start, end, label: 'INSTITUTION', source: 'institution-lower-case' });
  }
  return spans;
}
