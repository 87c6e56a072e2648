// A nickname in quotes where the words before say it names someone: 'ook wel "Flip"', 'noemt een jongen "Stip"', 'een
// vriend ("Dex")', 'vader van Ilias ('Bram')', 'Noah, "Spike" (…)'. One capitalised word between quotes, after a word
// that calls or introduces a person, or right after a PERSON span and a comma or a bracket. Read from the quotes only.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { codeAt } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

const QUOTES = ['"', "'", '“', '‘'];
/** Closing quote for each opening one. */
const CLOSING: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
/** One capitalised word, then the closing quote. */
const WORD = /\p{Lu}[\p{Ll}]{1,14}/uy;
/** The words before the opening quote that say a name follows: a calling verb, a bijnaam. */
const CALLED =
  /(?:^|[^\p{L}])(?:ook wel|genaamd|bijnaam|roepnaam|alias|noemt (?:hem|haar|zich|zichzelf|een (?:jongen|man|meisje|vrouw|vriend|vriendin))|noemen (?:hem|haar|zich))[ \t]*[,(]?[ \t]*$/u;
/** A person's noun before the quote: a name may follow, or a word quoted for its own sake ('een vriendin ("Hulp")'). */
const PERSON_NOUN = /(?:^|[^\p{L}])(?:vriend|vriendin|vriendje|jongen|meisje|man|vrouw|cliënt|client|jongere)[ \t]*[,(]?[ \t]*$/u;

export function findNicknamesInQuotes(text: string, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (const quote of QUOTES) {
    for (let open = text.indexOf(quote); open !== -1; open = text.indexOf(quote, open + 1)) {
      WORD.lastIndex = open + 1;
      const m = WORD.exec(text);
      if (!m || text[open + 1 + m[0].length] !== CLOSING[quote]) continue;
      const start = open + 1;
      const end = start + m[0].length;
      const lower = m[0].toLowerCase();
      if (NOT_NAMES.has(lower) || PLACES.has(lower)) continue;
      const before = text.slice(Math.max(0, open - 40), open);
      // After a noun or a name only a word that is no ordinary word, or a first name, is taken: "Thuis", "Beter" are the word.
      const nameLike = FIRST_NAMES.has(lower) || !isCommon(lower);
      if (CALLED.test(before) || (nameLike && (PERSON_NOUN.test(before) || afterPerson(text, open, spans))))
        more.push({ start, end, label: 'PERSON', source: 'person-nickname-in-quotes' });
    }
  }
  return more;
}

/** A PERSON span right before the quote, with a comma or an opening bracket between ("Noah, 'Spike'", "Ilias ('Bram')"). */
function afterPerson(text: string, open: number, spans: readonly Span[]): boolean {
  let at = open - 1;
  while (codeAt(text, at) === 32) at--;
  const code = codeAt(text, at);
  if (code !== 44 && code !== 40) return false;
  at--;
  while (codeAt(text, at) === 32) at--;
  const end = at + 1;
  // The spans are sorted by start: the last that starts before `end`.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  const span = spans[low - 1];
  return span !== undefined && span.end === end && span.label === 'PERSON';
}
