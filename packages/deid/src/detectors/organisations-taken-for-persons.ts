// Organisations of one unlisted word that a person rule took for a surname ("de budgetcoach van Plantaris", "de
// ergotherapeut van Zorgveld"), read from the spans already found (after the statistical layer, so that its training notes
// stay the rules' output). A worker, a service or a building "van" a capitalised word no name list holds belongs to an
// organisation: a person's surname there follows a first name or a title ("Ilse van Dam", "mw. van Dam"), and a surname
// after a kinship word or a message ("de dochter van Adeyinkade", "een mail van Adeyinkade") stays a person. Once one mention is settled, the same word found as a
// person elsewhere in the text ("Zorgveld belt terug") is that organisation too.
import type { Span } from '../labels.js';
import { LIST, listsOf } from '../lexicon.js';
import { classAt, codeAt, LETTER, LOWER } from '../scan.js';
import { relabelled } from '../span-copies.js';
import { lower } from './name-patterns.js';

/** Sources whose evidence is a capital after a contact or role word, a repeat or the layer: their type is a guess. */
const GUESSED = new Set(['person-contact', 'person-role', 'person-repeat', 'person-capitalised', 'person-lexicon', 'token-classifier']);

/** Lists that make a word a name (or a name that is also a word): such a word after "van" may well be a surname. */
const NAME_LISTS = LIST.FIRST_NAME | LIST.SURNAME | LIST.NAME_WORD | LIST.PLACE | LIST.PLACE_WORD | LIST.PLACE_ABROAD;

/**
 * Lower-case words before "van" that name a worker, a service or a building of an organisation, by their ending
 * ("budgetcoach", "ergotherapeut", "seniorenflat", "woongroep"). Words that name a person's own things or kin ("het huis
 * van …", "de moeder van …") and words of messages ("een mail van …") are not among them: a person stands there as often.
 */
const WORKER_OR_BUILDING =
  /(?:coach|begeleider|begeleiding|consulent|jurist|therapeut|medewerker|medewerkster|werker|kundige|adviseur|regisseur|mentor|hulpverlener|behandelaar|psycholoog|psychiater|trainer|directeur|coördinator|ondersteuner|maatje|vrijwilliger|hulp|zorg|flat|groep|afdeling|locatie|vestiging|kantoor|team|trainingshuis|woonvorm|complex|project|programma|traject)$/;

/** Endings of Dutch and other European surnames that the lists miss ("Hoekstraman", "Wolthorst", "Zielinczyk"). */
const SURNAME_ENDING =
  /(?:man|mann|mans|horst|ink|inck|stra|sma|ema|inga|sen|zen|ski|ska|czyk|wicz|ović|vić|kamp|dijk|dyk|berg|beek|broek|bosch|ouw|hof|ing|ers|ert|aar)$/;

/** Whether a one-word span's value may be an organisation's name: capitalised, letters only, in no list of names. */
export function isUnlistedWord(value: string): boolean {
  if (value.length < 4 || (classAt(value, 0) & LETTER) === 0 || (classAt(value, 1) & LOWER) === 0) return false;
  for (let i = 0; i < value.length; i++) if ((classAt(value, i) & LETTER) === 0 && codeAt(value, i) !== 45) return false;
  const folded = lower(value);
  return (listsOf(folded) & NAME_LISTS) === 0 && !SURNAME_ENDING.test(folded);
}

/** Whether " van " stands right before `start` after a lower-case word that names no person ("de budgetcoach van "). */
function workerOrPlaceVanBefore(text: string, start: number): boolean {
  if (!text.startsWith(' van ', start - 5)) return false;
  const end = start - 5;
  let from = end;
  while (from > 0 && end - from < 30 && (classAt(text, from - 1) & LETTER) !== 0) from--;
  if (from === end || (classAt(text, from) & LOWER) === 0) return false;
  return WORKER_OR_BUILDING.test(text.slice(from, end));
}

/** Retypes one-word PERSON guesses that name an organisation by a worker or a building "van" them, and their repeats. */
export function retypeOrganisationsTakenForPersons(text: string, spans: Span[]): Span[] {
  let names: Set<string> | undefined;
  for (const span of spans) {
    if (span.label !== 'PERSON' || !GUESSED.has(span.source) || !workerOrPlaceVanBefore(text, span.start)) continue;
    const value = text.slice(span.start, span.end);
    if (isUnlistedWord(value)) (names ??= new Set()).add(value);
  }
  if (!names) return spans;
  return withOrganisationRepeats(text, spans, names, GUESSED, 'institution-taken-for-person');
}

/**
 * Retypes each person guess of `sources` whose value is one of `names` as an organisation; a word the text also names as a
 * place ("de dorpsraad van Kleinewaard", "4501 AB Kleinewaard") is that place and stays out.
 */
export function withOrganisationRepeats(
  text: string,
  spans: Span[],
  names: Set<string>,
  sources: ReadonlySet<string>,
  source: string,
): Span[] {
  for (const span of spans) if (span.label === 'CITY') names.delete(text.slice(span.start, span.end));
  return spans.map((span) =>
    span.label === 'PERSON' && sources.has(span.source) && names.has(text.slice(span.start, span.end))
      ? relabelled(span, 'INSTITUTION', source)
      : span,
  );
}
