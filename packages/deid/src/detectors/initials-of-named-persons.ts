// A person's initials where the text names the person in full too: a legend ("AB Anne Bosch / TK Tim Kok", "JvE
// (Joke van Eck)") and the initials in a table's cells or running text after it ("huisbezoek JvE", "KJ belt"). Initials
// alone name a body as often ("GGD", "UWV"), so only letters that spell a PERSON span of the same text count: each of its
// capitalised words gives its capital (both parts of "Kees-Jan"), a tussenvoegsel its lower-case letter ("van der" vd).
// After the statistical layer, from the PERSON spans found and the scan's words.
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, TUSSENVOEGSELS } from '../lexicon.js';
import { classAt, codeAt, LETTER, UPPER, type Scan } from '../scan.js';

const PARTICLES = new Set(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));
/**
 * Capitals that head mail subjects, notes and units whoever is named ("RE:", "FW:", "NB", "PS", "OK", "TV", "ID"), and
 * the social domain's two-letter abbreviations ("WW aangevraagd", "een PV opgemaakt", "JZ betrokken", "GZ-psycholoog").
 */
const NO_INITIALS = new Set(
  'RE FW FWD AW CC BCC NB PS OK TV ID PC NL BE EU KM PM AM VS WW PV JZ GZ BS AV VG BW WA ZW GB OM RvdK'.split(' '),
);

/** The letters start a code right after them ("Dossier VH: VHR-2026-118"): an abbreviation, no one's initials. */
function startCodeAfter(text: string, end: number, letters: string): boolean {
  const at = text.indexOf(letters, end);
  if (at === -1 || at > end + 4) return false;
  const next = codeAt(text, at + letters.length);
  return next === 45 || (next >= 48 && next <= 57) || (classAt(text, at + letters.length) & UPPER) !== 0;
}

/** The initials a name's span spells, with its tussenvoegsel's letters ("JvE") and without ("JD"); none for one word. */
function initialsOf(name: string): string[] {
  let mixed = '';
  let capitals = 0;
  // A full name starts with a first name of the lists: a span of other capitalised words may be a team or a place.
  if (!FIRST_NAMES.has(name.split(/[\s-]/, 1)[0]!.toLowerCase())) return [];
  for (const word of name.split(/[\s-]+/)) {
    if (word === '') continue;
    const first = word.charAt(0);
    if (first !== first.toLowerCase() && /^\p{Lu}\p{Ll}/u.test(word)) {
      mixed += first;
      capitals++;
    } else if (PARTICLES.has(word.toLowerCase())) mixed += word.charAt(0).toLowerCase();
    else return [];
  }
  if (capitals < 2) return [];
  const plain = mixed.replace(/\p{Ll}/gu, '');
  return plain === mixed ? [mixed] : [mixed, plain];
}

/**
 * PERSON spans of the initials of persons the text names in full: two capitals ("KJ belt terug") anywhere but after an
 * article ("naar het SO"); three letters or more, the shape of most abbreviations of bodies and schemes, only right
 * beside the name (a legend) or where they recur (a worker's column or notes). `withBesideSpans` keeps those that
 * overlap nothing.
 */
export function findInitialsOfNamedPersons(text: string, found: Scan, spans: readonly Span[]): Span[] {
  /** Each name's initials, with where the names that spell them start and end (for a legend beside one). */
  const initials = new Map<string, number[]>();
  for (const span of spans)
    if (span.label === 'PERSON' && span.end - span.start <= 40)
      for (const letters of initialsOf(text.slice(span.start, span.end))) {
        const bounds = initials.get(letters);
        if (bounds) bounds.push(span.start, span.end);
        else initials.set(letters, [span.start, span.end]);
      }
  if (initials.size === 0) return [];
  const hits = new Map<string, Span[]>();
  const { wordStarts, wordEnds, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    if (end - start < 2 || end - start > 5 || (classAt(text, start) & UPPER) === 0 || (classAt(text, end - 1) & UPPER) === 0) continue;
    const letters = text.slice(start, end);
    if (!initials.has(letters) || NO_INITIALS.has(letters) || GENERIC_SERVICES.has(letters.toLowerCase())) continue;
    // Part of a code or a compound ("KJ-2026", "IK3"): a hyphen, a digit, a dot or a letter beside it.
    const before = codeAt(text, start - 1);
    const after = codeAt(text, end);
    if (before === 45 || after === 45 || before === 46 || after === 46 || (after >= 48 && after <= 57)) continue;
    if ((classAt(text, end) & LETTER) !== 0 || startCodeAfter(text, end, letters)) continue;
    const list = hits.get(letters);
    const span: Span = { start, end, label: 'PERSON', source: 'person-initials-of-named' };
    if (list) list.push(span);
    else hits.set(letters, [span]);
  }
  const more: Span[] = [];
  for (const [letters, list] of hits)
    if (letters.length === 2 ? !afterArticle(text, list[0]!) : list.length >= 2 || besideName(list[0]!, initials.get(letters)!))
      more.push(...list);
  return more;
}

/** Words before a noun: two capitals after them name a thing ("naar het SO", "een PV"), not a person who acts. */
const ARTICLES = new Set(['een', 'de', 'het', 'geen', 'deze', 'die', 'dit', 'dat', 'elk', 'elke', 'welk', 'welke']);

/** Whether the word right before the letters is an article or a demonstrative. */
function afterArticle(text: string, span: Span): boolean {
  let end = span.start;
  while (end > 0 && codeAt(text, end - 1) === 32) end--;
  let start = end;
  while (start > 0 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  return end - start <= 5 && ARTICLES.has(text.slice(start, end).toLowerCase());
}

/** Whether the initials stand within three characters of a name that spells them ("AB Anne Bosch", "JvE (Joke van Eck)"). */
function besideName(span: Span, bounds: number[]): boolean {
  for (let i = 0; i < bounds.length; i += 2)
    if (Math.abs(bounds[i]! - span.end) <= 3 || Math.abs(span.start - bounds[i + 1]!) <= 3) return true;
  return false;
}
