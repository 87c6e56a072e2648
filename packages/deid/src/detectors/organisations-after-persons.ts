// Organisations of one unlisted word named right after the person who works there ("Ruud van Brugwerk", "mw. Hendriks van
// Zorgveld"), read from the PERSON spans found (after the statistical layer, so that its training notes stay the rules'
// output). A professional is introduced by her name and her organisation's; where a name rule stops at "Ruud" and leaves
// the organisation unmarked, a word after "van" that no list of names or places holds and that has no surname's ending
// (`isUnlistedWord`) is taken for the organisation. A name rule's span that runs on over "van" is split only where the word
// also looks like an organisation (`ORGANISATION_SHAPE`): there the word is far more often an unlisted surname ("Maaike van
// Heumel") than an organisation, and a split leaves " van " in clear. Once settled, the same word found as a person
// elsewhere in the text ("Brugwerk belt terug") is that organisation too.
import type { Span } from '../labels.js';
import { LIST, listsOf } from '../lexicon.js';
import { classAt, codeAt, LETTER, UPPER } from '../scan.js';
import { lower } from './name-patterns.js';
import { isUnlistedWord, withOrganisationRepeats } from './organisations-taken-for-persons.js';
import { isCommon } from '../statistical/token-features.js';

/** Sources whose type is a guess from a capital, a contact word, a title or the layer (not a form's field or a sender). */
const GUESSED = new Set([
  'person-contact',
  'person-role',
  'person-repeat',
  'person-capitalised',
  'person-lexicon',
  'person-title',
  'person-initials',
  'token-classifier',
]);

const VAN_FORMS = [' van de ', ' van het ', ' van '];

/** Where the organisation's word starts after "van" in `text[start, end)`, -1 if the span is no "<name> van <word>". */
function wordAfterVan(text: string, start: number, end: number): number {
  // Searched in the span's value only: a search back from the span through the text cost a pass over the text per name.
  const value = text.slice(start, end);
  for (const van of VAN_FORMS) {
    const at = value.lastIndexOf(van);
    if (at <= 0 || at + van.length >= value.length) continue;
    const word = start + at + van.length;
    for (let i = word; i < end; i++) if ((classAt(text, i) & LETTER) === 0) return -1;
    return word;
  }
  return -1;
}

/**
 * A word inside a name's span that reads as an organisation, not a surname: an organisation's ending ("Stroomhuis",
 * "Zorgpunt") or a capital after its first letter ("ZorgSaam"); Dutch surnames have neither.
 */
const ORGANISATION_SHAPE =
  /^.+(?:huis|werk|zorg|groep|punt|plein|centrum|team|hulp|kracht|lijn|plaats|loket|wijzer|[aiouàáâäèéêëìíîïòóôöùúûü])$|^.+\p{Lu}/u;

/**
 * Endings of Dutch surnames made of a place after "van" that the lists miss ("van Wijngaarden", "van Heukelom"): a word that
 * ends like them stays a surname.
 */
const TOPONYM_ENDING = /(?:en|veld|velde|dam|hoven|wijk|loo|laar|burg|rode|donk|voort|um|lom|sum|ter|tel|ren)$/;

/** Whether a word may be an organisation's name: unlisted as a name or place, no agency, no common Dutch word. */
function isOrganisationWord(value: string): boolean {
  const folded = lower(value);
  return (
    (classAt(value, 0) & UPPER) !== 0 &&
    isUnlistedWord(value) &&
    !TOPONYM_ENDING.test(folded) &&
    (listsOf(folded) & (LIST.GENERIC_SERVICE | LIST.COUNTRY | LIST.NOT_NAME)) === 0 &&
    !isCommon(folded)
  );
}

/** Sources that found a surname by a title or initials before it ("mw. Hendriks", "R. Hendriks"). */
const TITLED = new Set(['person-title', 'person-initials']);

/**
 * Whether the person's part of a span, text[start, end), reads as a person introduced by name: a listed first name first
 * ("Ruud", "Fleur Bakker") or a title or initials before it; not a capitalised word a rule took for a name ("Kamer").
 */
function isNamedPerson(text: string, start: number, end: number, source: string): boolean {
  if (TITLED.has(source)) return true;
  let first = start;
  while (first < end && ((classAt(text, first) & LETTER) !== 0 || codeAt(text, first) === 45)) first++;
  return first > start && (listsOf(lower(text.slice(start, first))) & LIST.FIRST_NAME) !== 0;
}

/** The end of the capitalised word at `at` (letters and hyphens), or `at` if none starts there. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while ((classAt(text, end) & LETTER) !== 0 || codeAt(text, end) === 45) end++;
  return end;
}

/** Words before a surname's own "van"-part that, seen before the word elsewhere, make it no evidence of an organisation. */
const BEFORE_SURNAME = /(?:^|[^\p{L}])(?:van|van de|van der|van den|van het|v\.|de|der|den|het)\s*$/iu;

/**
 * Whether `word` occurs elsewhere in the text as a word of its own, not after "van" or an article ("Brugwerk belt terug"):
 * a surname after "van" is written with its "van" ("Van Heumel belt"), an organisation's name without.
 */
function recursAlone(text: string, word: string, except: number): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at === except || (classAt(text, at - 1) & LETTER) !== 0 || (classAt(text, at + word.length) & LETTER) !== 0) continue;
    if (!BEFORE_SURNAME.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/**
 * Splits "<name> van <organisation>" spans where the word looks like an organisation, marks an unmarked organisation word
 * after a person and "van", and retypes the word's other person guesses in the text.
 */
export function retypeOrganisationsAfterPersons(text: string, spans: Span[]): Span[] {
  let names: Set<string> | undefined;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'PERSON' || !GUESSED.has(span.source)) {
      out.push(span);
      continue;
    }
    // Never after a title or initials ("K.L. van Tuijl" is always a surname), never a double name (the word has no hyphen).
    const inside = TITLED.has(span.source) ? -1 : wordAfterVan(text, span.start, span.end);
    const word = inside >= 0 ? text.slice(inside, span.end) : '';
    const personEnd = inside >= 0 ? text.lastIndexOf(' van', inside - 2) : span.end;
    if (!isNamedPerson(text, span.start, personEnd, span.source)) {
      out.push(span);
      continue;
    }
    if (inside >= 0 && (ORGANISATION_SHAPE.test(word) || recursAlone(text, word, inside)) && isOrganisationWord(word)) {
      out.push({ start: span.start, end: personEnd, label: 'PERSON', source: span.source });
      out.push({ start: inside, end: span.end, label: 'INSTITUTION', source: 'institution-after-worker' });
      (names ??= new Set()).add(word);
      continue;
    }
    out.push(span);
    // An organisation word no rule marked after the person ("Fleur van Brugwerk over …").
    const van = VAN_FORMS.find((form) => text.startsWith(form, span.end));
    if (inside >= 0 || van === undefined) continue;
    const start = span.end + van.length;
    const end = wordEnd(text, start);
    const next = spans[i + 1];
    if (end === start || (next !== undefined && next.start < end) || !isOrganisationWord(text.slice(start, end))) continue;
    out.push({ start, end, label: 'INSTITUTION', source: 'institution-after-worker' });
    (names ??= new Set()).add(text.slice(start, end));
  }
  return names ? withOrganisationRepeats(text, out, names, GUESSED, 'institution-after-worker') : spans;
}
