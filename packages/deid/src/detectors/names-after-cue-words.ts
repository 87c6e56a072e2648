// Who did something, after "door" ("by"), and whose case it is, after "casus": "Actielijst bijgewerkt door K.L.",
// "Verslag opgemaakt door R. Spaans.", "terugbellen door TdK of JK", "Casus: M.B. (vrouw, 40)", "casus T. / Venray".
// Initials, perhaps with a surname, up to the end of a clause: a worker or a client, never a thing (a thing after "door"
// is lower case, "de …", a listed agency or a care abbreviation: "door AMW", "door A.M.W."). The surname may be a Dutch
// word ("Spaans"): the initials make it a name. After "casus" only dotted initials: a case is named by its client's
// initials with full stops, capitals alone there are a kind of case or meeting ("Casus MDO", "Casus: GGZ").
// After the statistical layer, so its training notes stay the rules' output.
import type { Span } from '../labels.js';
import { GENERIC_SERVICES, LIST, listsOf, NOT_NAMES } from '../lexicon.js';
import { codeAt, matchAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { overlapsAny } from '../span-list.js';
import { NO_ONES_INITIALS } from './abbreviations.js';
import { TV } from './name-patterns.js';

const CUE_WORDS = phrasesOf(['door', 'casus']);
/** Initials with full stops (up to four; "Th." too), an optional tussenvoegsel and a capitalised surname. */
const DOTTED = `(?:(?:\\p{Lu}|Th|Ch|Ph)\\.[ ]?){1,4}(?:(?:${TV})[ ])?(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)*)?`;
/** A worker's initials in capitals, with a tussenvoegsel's letters perhaps ("LV", "TdK", "HvdW"). */
const CAPITALS = '\\p{Lu}(?:v|vd|vd|d|t|te)?\\p{Lu}{1,2}';
/** Where a name after the cue word ends: a clause's end (punctuation, a bracket, a slash, the line's end) or "of"/"en". */
const CLAUSE_END = `(?=[ \\t]*(?:[.,;:()/|]|\\r?\\n|$)|[ ](?:of|en)[ ])`;
/** The cue word, an optional colon, then the name: its group. */
const NAME_AFTER_CUE = new RegExp(`(?:[Dd]oor|[Cc]asus):?[ \\t]+(${DOTTED}|${CAPITALS})${CLAUSE_END}`, 'uy');
/** A second worker after "of"/"en": "door LV of TdK". */
const SECOND_NAME = new RegExp(`[ ](?:of|en)[ ](${DOTTED}|${CAPITALS})${CLAUSE_END}`, 'uy');
/** Capitals that are no one's initials after these words: a note's, a letter's, an order's. */
const NO_INITIALS = /^(?:N\.B\.|I\.V\.M\.|T\.A\.V\.|O\.A\.|NB|PS|OK|ID|TV|PC|CV)$/i;

/** Dotted initials and nothing else ("A.M.W."), compared without their dots with the abbreviations. */
const ONLY_DOTTED_INITIALS = /^(?:\p{Lu}\.[ ]?)+$/u;

/** A surname or first name of two capitals ("Ak", "Li") reads as initials all the same. */
const NAME_LISTS = LIST.FIRST_NAME | LIST.SURNAME;

/** Whether the capitals of a name after a cue word are an agency's or a word's, no one's initials ("door UWV"). */
function agencyOrWord(name: string): boolean {
  if (name.includes('.')) return ONLY_DOTTED_INITIALS.test(name) && NO_ONES_INITIALS.has(name.replace(/[. ]/g, ''));
  if (NO_ONES_INITIALS.has(name)) return true;
  const lower = name.toLowerCase();
  return (listsOf(lower) & ~NAME_LISTS) !== 0 || GENERIC_SERVICES.has(lower) || NOT_NAMES.has(lower);
}

/** PERSON spans of initials (and a surname) after "door" and "casus" that no detection covers yet. */
export function findNamesAfterCueWords(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  const add = (start: number, name: string, afterCasus = false) => {
    const end = start + name.length;
    if (afterCasus && !name.includes('.')) return;
    if (!NO_INITIALS.test(name) && !agencyOrWord(name) && !overlapsAny(spans, start, end))
      more.push({ start, end, label: 'PERSON', source: 'person-after-cue-word' });
  };
  for (const at of phraseStarts(found, CUE_WORDS)) {
    const m = matchAt(NAME_AFTER_CUE, text, at, found);
    if (!m) continue;
    // A trailing space of the initials is no part of the name.
    const name = m[1]!.trimEnd();
    const afterCasus = (codeAt(text, m.index) | 32) === 99;
    add(m.index + m[0].length - m[1]!.length, name, afterCasus);
    const second = matchAt(SECOND_NAME, text, m.index + m[0].length - (m[1]!.length - name.length), found);
    if (second) add(second.index + second[0].length - second[1]!.length, second[1]!.trimEnd(), afterCasus);
  }
  return more;
}
