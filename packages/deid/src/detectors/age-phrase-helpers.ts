import { FIRST_NAMES, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { classAt, codeAt, LETTER, UPPER } from '../scan.js';

// What the age-phrase modules share: the most years of an age, a name or a child's word before a number, and sticky tests.

export const MOST_YEARS = 110;

/** Where the word before `at` (a space or none between) starts, if it starts with a capital; else -1. */
function capitalisedWordStart(text: string, at: number): number {
  const end = codeAt(text, at - 1) === 32 ? at - 1 : at;
  let start = end;
  while (start > 0 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  if (start === end || (classAt(text, start) & UPPER) === 0) return -1;
  return start;
}
export const capitalisedBefore = (text: string, at: number) => capitalisedWordStart(text, at) !== -1;

/**
 * Whether a name ends right before `at` (or a space before it): a first name of the lists, a surname that is no common
 * word, or a capitalised word after a tussenvoegsel or a first name ("Daan van den Heuvel", "Kees Bakker").
 */
export function nameBefore(text: string, at: number): boolean {
  const start = capitalisedWordStart(text, at);
  if (start === -1) return false;
  const word = text.slice(start, codeAt(text, at - 1) === 32 ? at - 1 : at).toLowerCase();
  if (TITLE_WORDS.has(word)) return true;
  if (NOT_NAMES.has(word)) return false;
  // "Kerkhof-Dohmen": a double surname is read from its first part.
  const first = codeAt(text, start - 1) === 45 ? capitalisedWordStart(text, start - 1) : -1;
  const from = first === -1 ? start : first;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, from - 20), from))) return true;
  const inName = TUSSENVOEGSEL_BEFORE.test(text.slice(Math.max(0, from - 30), from)) || firstNameBefore(text, from);
  // "Amsterdam, 12": a place of the lists is no name here, unless it ends a name ("Fenna van der Berg").
  if (PLACES.has(word)) return inName;
  return inName || FIRST_NAMES.has(word) || (SURNAMES.has(word) && !isCommon(word));
}

export function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Whether a capitalised first name of the lists and a space end at `end`. */
export function firstNameBefore(text: string, end: number): boolean {
  if (codeAt(text, end - 1) !== 32) return false;
  const start = capitalisedWordStart(text, end - 1);
  return start !== -1 && FIRST_NAMES.has(text.slice(start, end - 1).toLowerCase());
}
/** "Mevrouw, nu 91,", "Meneer, 83,": a capitalised title stands for the person. */
const TITLE_WORDS = new Set(['mevrouw', 'meneer', 'cliënt', 'cliënte', 'client', 'bewoner', 'bewoonster', 'betrokkene']);
/** A title, perhaps with initials after it ("Mw. Th. "). */
const TITLE_BEFORE = /(?<![\p{L}])(?:meneer|mevrouw|mevr\.|mw\.|dhr\.|mr\.|fam\.|familie|juf|meester) (?:(?:\p{Lu}\p{Ll}?\.){1,3} )?$/iu;
/** A capitalised word and a tussenvoegsel: "Daan van den ", not "de " alone ("volgens de Regeling"). */
const TUSSENVOEGSEL_BEFORE = /\p{Lu}\p{Ll}+ (?:van|van de|van den|van der|de|den|der|ter|ten|te|in 't|in het|op de|uit de) $/u;
/** A young child's word right before `at` (a space between): "de kleine (8 maanden)", "baby is 4 maanden". */
const CHILD_BEFORE =
  /(?<![\p{L}])(?:baby|babytje|kind|kindje|zoon|zoontje|dochter|dochtertje|jongste|kleine|tweeling|broertje|zusje|kleinzoon|kleindochter|pleegkind|nichtje|neefje) ?$/iu;
export const childWordBefore = (text: string, at: number) => CHILD_BEFORE.test(text.slice(Math.max(0, at - 14), at));
/** The length of `pattern`'s match at `at`, or 0. */
export function unitAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}
