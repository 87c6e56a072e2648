// A first name of the lists and a capitalised word that no list holds and that is no common word: a person ("Ria
// Vosselman belt morgen", "Verslag: Kim Oosterwijk"), though the first name is also a Dutch word and starts the sentence,
// where the rules leave a name that is a word alone. The lists miss many Dutch surnames (Belgian registers are their main
// source), so the unknown word after a first name is the surname. And a first name written with a diaeresis or an accent
// that the lists hold without it ("Daniëlle", "Noëlle"). After the statistical layer, so its training notes stay the rules'.
import type { Span } from '../labels.js';
import { FIRST_NAMES, LIST, listsOf, NAMES_THAT_ARE_WORDS } from '../lexicon.js';
import { capitalisedWords, codeAt, type Scan } from '../scan.js';
import { overlapsAny } from '../span-list.js';
import { isCommon } from '../statistical/token-features.js';

/** Lists a surname may be in besides no list at all: first names and surnames (not words, places, organisations …). */
const NAME_LISTS = LIST.FIRST_NAME | LIST.SURNAME;

/** A lower-case word without its diacritics ("daniëlle" → "danielle"); the same string where it has none. */
function withoutDiacritics(lower: string): string {
  for (let i = 0; i < lower.length; i++) if (codeAt(lower, i) > 127) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  return lower;
}

/** Kinds that end an organisation's one-word name ("Opvoedpraktijk", "Thuiszorg"), never a surname. */
const ORGANISATION_KIND =
  /(?:praktijk|zorg|centrum|groep|school|college|bedrijf|winkel|markt|kliniek|kantoor|bureau|service|diensten|fonds|plein|loket|team|punt|club|vereniging|stichting|opvang|hulp)$/;

/** Whether a capitalised word can be a surname no list holds: in no list but of names, no common word, no kind, three letters or more. */
function unlistedSurname(lower: string): boolean {
  return lower.length >= 3 && (listsOf(lower) & ~NAME_LISTS) === 0 && !isCommon(lower) && !ORGANISATION_KIND.test(lower);
}

/** PERSON spans of a first name and an unlisted surname after it (where the rules found neither), and of first names with diacritics the lists hold without. */
export function findSurnamesAfterFirstNames(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  const words = capitalisedWords(found);
  const count = words.starts.length;
  for (let w = 0; w < count; w++) {
    const start = words.starts[w]!;
    const end = words.ends[w]!;
    const lower = words.lowers[w]!;
    const folded = withoutDiacritics(lower);
    if (!FIRST_NAMES.has(folded)) continue;
    const next = w + 1;
    // One space between the two words, on one line: "Ria Vosselman", not "Ria\nVosselman" nor "Ria, Vosselman".
    if (next < count && words.starts[next] === end + 1 && codeAt(text, end) === 32 && unlistedSurname(words.lowers[next]!)) {
      const surnameEnd = words.ends[next]!;
      if (!overlapsAny(spans, start, surnameEnd))
        more.push({ start, end: surnameEnd, label: 'PERSON', source: 'person-first-and-surname' });
      continue;
    }
    // "Daniëlle" alone: the lists hold "Danielle", which no Dutch word is ("Oké" is one, with its accent).
    if (
      folded !== lower &&
      listsOf(lower) === 0 &&
      !isCommon(lower) &&
      !NAMES_THAT_ARE_WORDS.has(folded) &&
      !overlapsAny(spans, start, end)
    )
      more.push({ start, end, label: 'PERSON', source: 'person-first-and-surname' });
  }
  return more;
}
