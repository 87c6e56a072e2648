// Organisations and places told apart by where a name stands, read from the spans already found (after the statistical
// layer, so that its training notes stay the rules' output). The rules that found these names looked at a capital after a
// contact or place word and guessed a person or a town; what the words right before the span say settles the type:
// - a branch named after "locatie" right behind an organisation ("Het Zeecollege, locatie Duinrand") is that
//   organisation's, no person (a place found there stays a place: a branch is as often named by its village);
// - a name with a capitalised article where someone goes ("naar De Zilverschoon") that no list holds as a place is a home, a
//   centre or a club: towns with an article are listed ("De Bilt", "Den Helder"); after "in" it is as often a
//   neighbourhood no list holds ("in De Hoven"), so that cue is left unless the name's word is a building's kind
//   ("in Het Buurthuis Oost");
// - a name after a preposition and a lower-case "de" ("van de Rovena", "bij de Tandem") takes an article a person's name
//   does not take, unless it is a listed surname ("met de Vries") or a street ("aan de Lindelaan").
import type { Span } from '../labels.js';
import { codeAt } from '../scan.js';
import { FIRST_NAMES, SURNAMES } from '../lexicon.js';
import { STREET_SUFFIX } from './addresses.js';
import { isListedPlaceOrDistrict, lower } from './name-patterns.js';
import { isCommon } from '../statistical/token-features.js';

/** Sources whose evidence is a capital after a contact or place word, or a list hit: their type is a guess. */
const GUESSED = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'city-cue', 'token-classifier']);
/** ", locatie " or " locatie " between an organisation and its branch. */
const BRANCH_BETWEEN = /^,? locatie $/;
/** The branch's name right after an organisation, where no rule found it: ", locatie Duinrand". */
const BRANCH_AFTER = /^,? locatie (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/u;
/** A capitalised article that starts a name: "De …", "Het …", "'t …". */
const ARTICLE_FIRST = /^(?:De|Het|['’]t) \p{Lu}/u;
/** An article and a word ending in a building's kind: "in Het Buurthuis Oost", "in De Dorpskerk" (a town's name never is one). */
const ARTICLE_AND_KIND = /^(?:De|Het|['’]t) \p{Lu}\p{Ll}+(?:huis|hûs|kerk|school|centrum|kliniek|college)(?![\p{L}])/u;
/** Where someone lives or a district is named: a place with an article follows ("woont in De Meern", "de wijk De Hoven"). */
const LIVES_OR_DISTRICT_BEFORE =
  /(?:[Ww]oont|[Ww]onen|[Ww]oonachtig|[Gg]eboren|[Oo]pgegroeid|[Vv]erhuisd|[Vv]erhuist|wijk|buurt|dorp|stadsdeel)(?: \p{Ll}+)? (?:in|naar|te)? ?$/u;
/** A preposition before a lower-case "de" and the name: "van de …", "bij de …", "naar de …", "via de …", "met de …". */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:van|bij|naar|via|met|vanuit) $/u;
/** The person rules read a lower-case "de" as a tussenvoegsel and start the span with it. */
const DE_FIRST = /^de \p{Lu}/u;
const STREET_END = new RegExp(`(?:${STREET_SUFFIX})$`);

/** A surname listed bare ("boer") or, as the commonest are, with its "de" ("de jong", "de wit"). */
const isListedSurname = (word: string) => SURNAMES.has(word) || SURNAMES.has(`de ${word}`);

const isPersonGuess = (span: Span) => span.label === 'PERSON' && GUESSED.has(span.source);

/** Whether the guessed PERSON or CITY span at `i` is an organisation by the words before it. */
function organisationBySetting(text: string, spans: readonly Span[], i: number): boolean {
  const span = spans[i]!;
  const value = text.slice(span.start, span.end);
  const previous = spans[i - 1];
  if (span.label === 'PERSON' && previous?.label === 'INSTITUTION' && BRANCH_BETWEEN.test(text.slice(previous.end, span.start)))
    return !isListedPlaceOrDistrict(lower(value));
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (span.source === 'city-cue' && ARTICLE_AND_KIND.test(value)) return !isListedPlaceOrDistrict(lower(value));
  if (span.source === 'city-cue' && ARTICLE_FIRST.test(value) && before.endsWith(' naar '))
    return (
      !isListedPlaceOrDistrict(lower(value)) &&
      !LIVES_OR_DISTRICT_BEFORE.test(before) &&
      !isListedSurname(lower(value.slice(value.indexOf(' ') + 1)))
    );
  if (isPersonGuess(span) && DE_FIRST.test(value) && PREPOSITION_BEFORE.test(before)) {
    const name = lower(value.slice(3));
    const space = name.indexOf(' ');
    const first = space < 0 ? name : name.slice(0, space);
    return !isListedSurname(first) && !FIRST_NAMES.has(first) && !STREET_END.test(name) && !isListedPlaceOrDistrict(name);
  }
  return false;
}

/** Retypes guessed PERSON and CITY spans whose setting names an organisation. */
export function retypeOrganisationsBySetting(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < (out ?? spans).length; i++) {
    const span = (out ?? spans)[i]!;
    // "Het Zeecollege, locatie Duinrand": the branch's name after the organisation, where no rule found it.
    if (span.label === 'INSTITUTION' && (text.startsWith(' locatie ', span.end) || text.startsWith(', locatie ', span.end))) {
      const branch = BRANCH_AFTER.exec(text.slice(span.end, span.end + 60));
      const next = (out ?? spans)[i + 1];
      const start = branch ? span.end + branch[0].length - branch[1]!.length : 0;
      const end = start + (branch?.[1]!.length ?? 0);
      // "locatie Hoofdkantoor Midden", "locatie Noord": a common word first names a part of the building or town, no branch.
      const commonFirst = branch !== null && isCommon(lower(branch[1]!.split(' ')[0]!));
      if (branch && !commonFirst && (next === undefined || next.start >= end) && !isListedPlaceOrDistrict(lower(branch[1]!))) {
        out ??= spans.slice();
        out.splice(i + 1, 0, { start, end, label: 'INSTITUTION', source: 'institution-by-setting' });
        i++;
      }
      continue;
    }
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || !GUESSED.has(span.source)) continue;
    // Cheap first looks: a space or comma before the span, as every setting above has.
    if (codeAt(text, span.start - 1) !== 32) continue;
    if (!organisationBySetting(text, out ?? spans, i)) continue;
    out ??= spans.slice();
    // "de" is the article, no part of the name.
    const start = text.startsWith('de ', span.start) ? span.start + 3 : span.start;
    out[i] = { start, end: span.end, label: 'INSTITUTION', source: 'institution-by-setting' };
  }
  return out ?? spans;
}
