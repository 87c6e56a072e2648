// Surnames made of a tussenvoegsel and a place ("van Leeuwen", "de Vries", "Ter Hoeven", "v d Hoeven") that the place list
// took for a town: only the place's word was marked, as CITY, and the person's first name was left. A listed place after
// a tussenvoegsel is a surname where a first name, initials or a title stands before the tussenvoegsel ("Mark van
// Leeuwen", "mw v d Hoeven"), or where the tussenvoegsel has a capital away from a sentence's start ("pleegouders Van
// Dalen"), as a surname's does and a town's "van" never does; "verhuisd van Leeuwen naar …" stays a place. After the
// statistical layer, so that its training notes stay the rules' output.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES } from '../lexicon.js';
import { isSentenceStart } from './name-patterns.js';

/** A tussenvoegsel and the space before the place, at the end of the text before it: "van ", "v d ", "v.d. ", "Ter ", "van 't ". */
const TUSSENVOEGSEL_BEFORE =
  /(?:^|[^\p{L}.])((?:[Vv]an|[Vv]\.?)(?:[ \t]+(?:de|der|den|'t|het|d\.?)|d\.?|\.d\.)?|[Dd]e|[Dd]en|[Tt]er|[Tt]en|[Ii]n ['’]t)[ \t]+$/u;
/** A title, a family word or initials right before the tussenvoegsel: "mw ", "dhr. ", "fam. ", "pleegouders ", "J. ", "J.P. ". */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:[Mm]w|[Mm]evr|[Mm]evrouw|[Dd]hr|[Mm]eneer|[Hh]eer|[Ff]am|[Ff]amilie|[Ee]chtpaar|[Gg]ezin|[Pp]leegouders|[Pp]leegmoeder|[Pp]leegvader|[Jj]uf|[Mm]eester|[Dd]okter|[Dd]r|(?:\p{Lu}\.){1,3})\.?[ \t]+$/u;
/** A capitalised word right before the tussenvoegsel: a first name if the lists hold it as one. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u;

/** Sources of a town found by its word alone, which a surname's word may be. */
const PLACE_BY_WORD = new Set(['city-lexicon', 'token-classifier']);

/** Where the person starts whose surname the CITY span at `index` is (the tussenvoegsel or the first name), or -1. */
function personStart(text: string, spans: readonly Span[], index: number): number {
  const span = spans[index]!;
  const before = text.slice(Math.max(0, span.start - 14), span.start);
  const tussenvoegsel = TUSSENVOEGSEL_BEFORE.exec(before);
  if (!tussenvoegsel) return -1;
  const start = span.start - before.length + tussenvoegsel.index + tussenvoegsel[0].indexOf(tussenvoegsel[1]!);
  const previous = spans[index - 1];
  if (previous && previous.end > start) return -1;
  const earlier = text.slice(Math.max(0, start - 24), start);
  if (TITLE_BEFORE.test(earlier)) return start;
  const word = WORD_BEFORE.exec(earlier);
  if (word) {
    const wordStart = start - earlier.length + word.index + word[0].indexOf(word[1]!);
    const first = word[1]!.toLowerCase();
    // A first name no span holds joins the surname; a word a rule found as a person keeps its span, the surname its own.
    if (previous && previous.end > wordStart) {
      if (previous.label === 'PERSON' && previous.end === wordStart + word[1]!.length) return start;
    } else if (FIRST_NAMES.has(first) && !NOT_NAMES.has(first)) return wordStart;
  }
  const capital = text.charAt(start);
  return capital !== capital.toLowerCase() && !isSentenceStart(text, start) ? start : -1;
}

/** The spans with each town that is a surname's word made a PERSON span over the whole name. */
export function withSurnamesTakenForPlaces(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const start = span.label === 'CITY' && PLACE_BY_WORD.has(span.source) ? personStart(text, spans, i) : -1;
    if (start < 0) {
      out?.push(span);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ start, end: span.end, label: 'PERSON', source: 'person-surname-of-place' });
  }
  return out ?? spans;
}
