// Issue 13's largest typed loss: an organisation found by a rule for persons or places ("bij
// Indigo", "naar Revant revalidatie", "in het Antonius") is typed PERSON or CITY. The rules that
// found it looked at a capital and a contact or place word; what tells an organisation from a person
// or a place is the context around the span, which this step reads for the few spans a text has.
import type { Span } from '../labels.js';
import { COUNTRIES, FIRST_NAMES, GENERIC_SERVICES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import {
  capitalisedWords,
  classAt,
  codeAt,
  isSpaceAt,
  LETTER,
  lettersEnd,
  LOWER,
  phrasesOf,
  phraseStarts,
  UPPER,
  type Scan,
} from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { NOT_ORGANISATION_ACRONYMS } from './abbreviations.js';
import { CAP, firstSpace, isDigit, isSentenceStart, possessiveAfter } from './name-patterns.js';
import { relabelled } from '../span-copies.js';
import { tailKey, tailsOf } from './word-tails.js';

/** Sources whose evidence is a capital after a contact or place word, or a list hit: their type is a guess. */
const WEAK_SOURCES = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'city-cue']);

/** Sources that a title, initials or a line's form back: never retyped ("mevrouw Zorg thuiszorg" is still Mrs Zorg). */
const SURE_SOURCES = new Set([
  'person-title',
  'person-initials',
  'person-title-lower',
  'person-chat-sender',
  'person-greeted',
  'city-after-postcode',
]);

/**
 * A kind of organisation written in lower case right after the name: "Revant revalidatie", "Tactus
 * verslavingszorg", "Prisma dagbesteding", "Kober kinderopvang" (a compound ending in a kind counts).
 */
const KIND_AFTER =
  /^[ \t]+\p{Ll}*(?:zorg|hulp|opvang|revalidatie|dagbesteding|kinderopvang|ggz|psychiatrie|kliniek|ziekenhuis|praktijk|apotheek|school|college|instelling|organisatie|corporatie|stichting|vereniging|welzijn|wonen|centrum|therapie|begeleiding)(?![\p{L}])/u;
/** Kinds of organisation as a capitalised word of a multi-word span: "Kickboks Gym …", "Reclassering Nederland", "Boxing Club …". */
const KIND_INSIDE =
  /(?:^|[ \t])(?:Gym|Sportschool|Reclassering|Opvang|Revalidatie|Dagbesteding|Thuiszorg|Jeugdhulp|Jeugdzorg|Jeugd|Zorg|Wonen|Welzijn|Vereniging|Stichting|Kliniek|Ziekenhuis|Apotheek|Praktijk|Centrum|Instituut|Academie|Bibliotheek|Nederland|Holland|Groep|Kinderopvang|Dierenkliniek|Werkplein|Energie|Loket|Club|Church|Kerk|Partners|GGZ|Bewindvoering|Bedrijf|Kringloop|Transport|Gebr\.|Snackbar|Restaurant|Kantoor|Bureau|Centrale|Fonds|Pensioenfonds|Uitzendbureau|BV|B\.V\.|Dental|Care|Group|Services|Service|Solutions|Consultancy|Logistics|Logistiek|Catering|Makelaardij|Makelaars|Accountants|Administratie|Holding|International|Fitness|Schoonmaak|Installaties|Techniek|Bouw|Taxi|Parochie|Kerkgemeente|Vastgoed|Afbouw|Bewind|Drinkwater|Hoveniers|Schilders|Loodgieters|Timmerwerken|Kozijnen|Verhuizingen|Beveiliging|Detachering|Personeel|Recruitment|Uitzendgroep|Keukens|Meubelen|Dakwerken|Stukadoors|Ondersteuning|Gezinsondersteuning|Begeleiding|Coaching|Incasso|Incassobureau|Harmonie|Fanfare|Rotary)(?:$|[ \t,])/u;
const PLACE_THEN_VERB = /^[ \t]wonen(?![\p{L}])/u;
/** A place and its centre or its country after it: districts and regions, not organisations ("Utrecht Centrum"; "Medisch Centrum Ede" is one). */
const PLACE_DISTRICT = /(?:^|[ \t])(?:Centrum|Nederland|Holland)(?:$|[ \t,])/u;
/** "Medisch Centrum Ede", "Cultureel Centrum Zeist": a word, "Centrum" and then the place name a centre of that place, no district. */
const CENTRE_BEFORE_PLACE = /^\p{Lu}\p{Ll}+ Centrum $/u;
const CENTRE_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+ Centrum $/u;
/** An adjective by its ending ("Medisch", "Cultureel", "Regionaal", "Sportief"): a centre's kind, no adverb of time. */
const ADJECTIVE_END = /(?:isch|eel|aal|ief|iek)$/;
/**
 * "Medisch Centrum Ede" where `start` begins "Word Centrum " before a place; at a sentence start only where the word is
 * no common word or an adjective ("Vandaag Centrum Ede bezocht." is a visit to a district).
 */
function centreOfPlace(text: string, start: number, placeStart: number): boolean {
  if (!CENTRE_BEFORE_PLACE.test(text.slice(start, placeStart))) return false;
  if (!isSentenceStart(text, start)) return true;
  const word = text.slice(start, placeStart - 9).toLowerCase();
  return !isCommon(word) || ADJECTIVE_END.test(word);
}
/** A capitalised compound ending in a kind ("Vrijwilligerscentrale", "Bewindvoerderskantoor", "Sint-Ansfriduskerk") that is no surname. */
const KIND_ENDING =
  /^\p{Lu}[\p{L}-]*(?:centrale|kantoor|bureau|vereniging|school|college|centrum|kliniek|groep|zorg|club|bedrijf|kerk|fonds|winkel|salon|opvang|praktijk|ziekenhuis|techniek|makelaardij|logistiek|schoonmaak|punt|parochie|gemeente|ondersteuning|vastgoed)$/u;
/** "CleanForce", "FlexWork", "SchuldHulpMaatje": a capital inside a word names a brand or a firm. */
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
/** A kind written in lower case right before the name: "via uitzendbureau …", "restaurant …", "deurwaarderskantoor …", "zijn werkgever, …", "samenwerkingsverband …", "maatjesproject …", "mbo …". */
const KIND_BEFORE_WORD =
  /^\p{Ll}*(?:bureau|kantoor|restaurant|werkgever|bedrijf|school|kerk|moskee|vereniging|club|winkel|salon|snackbar|opvang|aanbieder|instelling|corporatie|huisvester|verhuurder|praktijk|ziekenhuis|apotheek|fabriek|garage|hotel|café|bakkerij|supermarkt|organisatie|stichting|verband|project|mbo|roc)$/u;
/** "in Diakonessenhuis", "naar Sint-Jozefkerk": a word after a place cue that ends like a building of an organisation. */
const CUE_WORD_KIND = /\p{Ll}(?:huis|kerk|moskee|school|kliniek|centrum|college|lyceum)$/u;
/** The words that may join a run of capitalised words besides capitalised ones: "Van Ommen & Partners", "Transport Gebr. Dekker". */
const RUN_JOINERS = new Set(['&', 'van', 'de', 'der', 'den', 'Gebr.']);
const CAPITALISED_TOKEN = /^\p{Lu}[\p{L}'’-]*$/u;
const INNER_CAPITAL = /\p{Lu}/u;

/** Where the run of capitalised words that ends at `start` (a space before it) begins on its line, within 60 characters; `start` if none. Walks back by hand: a pattern anchored at the end was tried from every position. */
function runStartBefore(text: string, start: number): number {
  const limit = Math.max(0, start - 60);
  let at = start;
  for (;;) {
    const space = codeAt(text, at - 1);
    // A tab parts the cells of a table: no run goes over it.
    if (at - 1 < limit || space !== 32) break;
    let word = at - 1;
    while (word > limit && !isSpaceAt(text, word - 1)) word--;
    const token = text.slice(word, at - 1);
    if (token && (RUN_JOINERS.has(token) || CAPITALISED_TOKEN.test(token))) {
      at = word;
      continue;
    }
    // "eHealth": the run may start at a capital inside the word, as a pattern searching from the left would.
    const inside = INNER_CAPITAL.exec(token);
    if (inside && CAPITALISED_TOKEN.test(token.slice(inside.index))) at = word + inside.index;
    break;
  }
  return at < start && (classAt(text, at) & UPPER) !== 0 ? at : start;
}

/** The word that ends right before `end` (one space, or a comma and a space, before `end`), or ''. */
function wordBefore(text: string, end: number): string {
  let at = end;
  const space = codeAt(text, at - 1);
  if (space !== 32 && space !== 9) return '';
  at--;
  if (codeAt(text, at - 1) === 44) at--;
  let word = at;
  while (word > 0 && (classAt(text, word - 1) & LETTER) !== 0) word--;
  return text.slice(word, at);
}

/** After the span only capitalised words and "&": "Jan Bakker van Kinderopvang …" is a person of an organisation, not one name. */
const RUN_AFTER = /^(?: (?:\p{Lu}[\p{L}'’-]*|&(?= \p{Lu})))*/u;

const IN_PLACE = /^ (?:in|te) (\p{Lu}[\p{L}'’-]*(?: (?:aan|op|den|de|\p{Lu}[\p{L}'’-]*))*)/u;
/** "Woondaal", "Woonkracht": one word that starts like a housing corporation's name (a person's name never does). */
const HOUSING_START = /^Woon\p{Ll}{4,}$/u;
/** Nothing but spaces before the line's end (a letterhead's line). */
const LINE_END = /^[ \t]*(?:\r?\n|$)/;
/** Ordinary compounds of "woon" (woonplaats, woonkamer, woonbegeleiding …) and roles (woonconsulent): no housing corporation's coined name. */
const ORDINARY_WOON =
  /^woon(?:plaats|kamer|wijk|ruimte|vorm|adres|situatie|begeleiding|groep|boot|erf|lasten|wagen|omgeving|huis|zorg|voorziening|voorzieningen|gemeente|kern|complex|toren|blok|woning|gebouw|geluk|training|coach|coaching|cursus|vormen|wens|wensen|zorgcentrum|centrum|toeslag|plek|land|stad|dorp|straat|buurt|laag|lagen|casus|\p{Ll}*(?:consulent|coach|begeleider|adviseur|medewerker|makelaar|ondersteuner|specialist|werker|deskundige|regisseur|beheerder|meester|coördinator|coordinator))$/u;
/** "naar Dierenpark in Emmen": a name after a place cue with a listed place after "in" or "te" is somewhere in that place, no place itself. */
function placeAfterIn(text: string, end: number): boolean {
  if (codeAt(text, end) !== 32) return false;
  const m = IN_PLACE.exec(text.slice(end, end + 50));
  if (!m) return false;
  const words = m[1]!.split(' ');
  for (let n = words.length; n > 0; n--) if (PLACES.has(words.slice(0, n).join(' ').toLowerCase())) return true;
  return false;
}
/** "in het Antonius", "naar 't Gasthuys": a person or a town takes no article; a hospital, school or centre does. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:het|'t|’t)[ \t]$/u;
/** "in de wijk …", "buurt …": a district follows ("de wijk Bloemkampen in Zwolle"), no organisation in a place. */
const DISTRICT_BEFORE = /(?:^|[^\p{L}])(?:wijk|buurt|woonwijk|stadsdeel) $/u;
/** "woont in …", "wonen nu in …", "verhuisd naar …", "geboren in …": a place follows. */
const LIVES_IN =
  /(?:[Ww]oont|[Ww]onen|[Ww]oonachtig|[Ww]onend|[Vv]erhuisd|[Vv]erhuist|[Gg]eboren|[Oo]pgegroeid)(?: \p{Ll}+)? (?:in|naar|te) $/u;
/**
 * "Agrifirm Vorden", "Woonnet Rijnmond", "Home-Start Gooi": a word no list knows as a name before a place names a
 * branch of an organisation; a person's name before a place ("Jan Kampen", "Bakker Vorden") starts with a listed name.
 */
function nameThenPlace(value: string): boolean {
  const space = value.indexOf(' ');
  if (space < 0 || value.indexOf(' ', space + 1) >= 0) return false;
  const first = value.slice(0, space).toLowerCase();
  const last = value.slice(space + 1).toLowerCase();
  return PLACES.has(last) && !isKnownName(first) && !NOT_NAMES.has(first) && !PLACES.has(first) && !isKnownName(last);
}
/**
 * "ontslag uit Isala", "doorverwezen naar VieCuri", "een brief van Vitens", "een huurwoning van Domijn", "studeert aan
 * Saxion", "hulp van Lindenhout", "thuiszorg, van Opella", "verhuurder is Bo-Ex": after these, a name no list knows as a person's or a place's is a hospital, a school, a landlord or a company.
 */
const WHERE_CARED_OR_HOUSED =
  /(?:^|[^\p{L}])(?:(?:ontslag|ontslagen|opname|opgenomen|behandeling|behandeld|bevallen|geopereerd|verwezen|doorverwezen|verwijzing|doorverwijzing|[Dd]oorverwijzing|[Vv]erwijzing|[Oo]pname|overgeplaatst|overgebracht) (?:in|uit|naar|bij)|(?:brief|brieven|post|rekening|aanmaning|folder|cursus|training|huurwoning|woning|benedenwoning|bovenwoning|flat|huurcontract|huurhuis|huurflat|aanleunwoning|seniorenwoning|eengezinswoning|wisselwoning|kamer) van|(?:studeert|studie|student|opleiding|studente)(?: \p{Ll}+)? aan|(?:hulp|zorg|thuiszorg|begeleiding|ondersteuning|dagbesteding|opvang|behandeling|woonbegeleiding),? (?:van|bij)|(?:[Vv]erhuurder|[Ww]erkgever|[Ww]oningcorporatie|[Zz]orgaanbieder) (?:is|was|wordt))[ \t]$/u;
/** "familie in Lyon", "komt uit Braga": one word that no list knows as a first name, right after "in" or "uit", is a place. */
const IN_OR_FROM = /(?:^|[^\p{L}])(?:in|uit) $/u;
/** "wijkagent", "buurtcoach", "wijkteam": a role or team of a neighbourhood, whose area may follow. */
const AREA_ROLE = /^(?:[Ww]ijk|[Bb]uurt)\p{Ll}{3,}$/u;
/** "wijkagent Lombok", "buurtcoach Kanaleneiland": a listed place (no name) after a neighbourhood's role is its area, not the worker. */
function areaOfRole(text: string, start: number, value: string): boolean {
  const lower = value.toLowerCase();
  return PLACES.has(lower) && !isKnownName(lower) && AREA_ROLE.test(wordBefore(text, start));
}
/** "geboren te …", "wonend te …", "gevestigd te …": Dutch writes "te" before a capital only for a place. */
const TE = /(?:^|[^\p{L}])te $/u;
/** "bij Indigo", "vanuit Lindenhout", "via Sterk", "begeleiding door Trajekt": where the word after is no known name, it is where someone is cared for or works. */
const SERVICE_BEFORE =
  /(?:^|[^\p{L}])(?:bij|vanuit|via|door|aangemeld bij|ingeschreven bij|in behandeling bij|cliënt bij|client bij)[ \t]$/u;

/**
 * "werkt als chauffeur bij Damen Shipyards", "start 4 jan bij Groenteboer Bayram", "stage bij Lunchroom De Korenbloem": where
 * someone works or starts is an employer, even where its name holds a surname; a first name first is a person ("werkt bij Jan thuis").
 */
const WORKS_AT =
  /(?:^|[^\p{L}])(?:[Ww]erk|[Ww]erkt|[Ww]erken|[Ww]erkte|[Gg]ewerkt|[Ww]erkzaam|in dienst|[Bb]aan|[Bb]ijbaan|[Ss]tage|[Ss]tageplek|[Ss]tart|[Bb]egint|[Bb]egonnen)(?: [\p{Ll}\d]+){0,3} bij[ \t]$/u;

/** "ingevuld door Vlinder", "genotuleerd door Sem": after what a person does with a text or a call, "door" names a person. */
const PERSON_DID =
  /(?:^|[^\p{L}])(?:[Ii]ngevuld|[Oo]pgesteld|[Gg]enotuleerd|[Gg]eschreven|[Gg]etekend|[Oo]ndertekend|[Aa]angenomen|[Gg]ebeld|[Gg]ezien|[Gg]econtroleerd|[Gg]emaild|[Dd]oorgegeven|[Aa]fgenomen|[Gg]esproken|[Bb]ezocht) door[ \t]$/u;
/** " van het wijkteam": a person's team after the name (a bracket after it is as often the organisation's contact). */
const PERSON_ROLE_AFTER = /^ van (?:de|het|team)\b/;
/** "bij Welcome Home", "door Sunny Side": a run of capitalised words of which none is a first name, a surname that is no word or a place. */
const noNameIn = (words: readonly string[]) =>
  words.every((word) => {
    const w = word.toLowerCase();
    return !FIRST_NAMES.has(w) && (!SURNAMES.has(w) || NAMES_THAT_ARE_WORDS.has(w)) && !PLACES.has(w) && !NOT_NAMES.has(w);
  });

const isKnownName = (word: string) => {
  const w = word.toLowerCase();
  return FIRST_NAMES.has(w) || SURNAMES.has(w);
};

/**
 * Whether a place cue's span is an organisation by its word or by a place after it. Few spans come from a place cue, so
 * the first one in a text long after the others ran is the first this code sees: as a function of its own, called for
 * every span, that first one does not throw retypeByContext's optimised code away.
 */
function cueNamesOrganisation(text: string, span: Span, value: string, before: string): boolean {
  if (span.source !== 'city-cue') return false;
  return (
    CUE_WORD_KIND.test(value.slice(0, firstSpace(value))) ||
    (!PLACES.has(value.toLowerCase()) && !LIVES_IN.test(before) && !DISTRICT_BEFORE.test(before) && placeAfterIn(text, span.end))
  );
}

/** Retypes weak PERSON and CITY spans whose context says organisation. */
export function retypeByContext(text: string, spans: Span[]): Span[] {
  return sameOrganisationEverywhere(text, retypedByContext(text, spans));
}

/**
 * retypeByContext's loop over the spans, a function that only returns after it: V8 compiles the loop on the stack in a
 * first call, and a call after the loop that had not run yet made that kept code bail out at the loop's end each time.
 */
function retypedByContext(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || SURE_SOURCES.has(span.source)) continue;
    const value = text.slice(span.start, span.end);
    // Only where a role word found the name: the one source that puts a neighbourhood's area in a person's place.
    if (span.source === 'person-role' && areaOfRole(text, span.start, value)) {
      out ??= spans.slice();
      out[i] = relabelled(span, 'CITY', 'city-of-role');
      continue;
    }
    const oneWord = !/[ \t]/.test(value);
    // The run of capitalised words the span is part of: "CleanForce Diemen" where the lists found "Diemen".
    // "van Cultureel Centrum Zeist": the run walked back stops at "van" when no capital lies before it; a word and "Centrum" before a place are read anyway.
    let runStart = runStartBefore(text, span.start);
    if (runStart === span.start && span.label === 'CITY' && text.startsWith(' Centrum ', span.start - 9)) {
      const centre = CENTRE_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
      if (centre && centreOfPlace(text, span.start - centre[0].length, span.start)) runStart = span.start - centre[0].length;
    }
    // Each pattern only where its first character can follow: a capital or "&" after the span, a lower-case word after the run.
    const afterSpan = codeAt(text, span.end + 1);
    const runEnd =
      isSpaceAt(text, span.end) && ((classAt(text, span.end + 1) & UPPER) !== 0 || afterSpan === 38)
        ? span.end + RUN_AFTER.exec(text.slice(span.end, span.end + 60))![0].length
        : span.end;
    const run = runStart === span.start && runEnd === span.end ? value : text.slice(runStart, runEnd);
    const runWords = oneWord && run === value ? [value] : run.split(/[ \t]+/);
    const before = text.slice(Math.max(0, runStart - 30), runStart);
    // A tab parts a table's cells: "Leesten<tab>school" is a district and the next column's value.
    const lowerAfterRun = codeAt(text, runEnd) === 32 && (classAt(text, runEnd + 1) & LOWER) !== 0;
    const kindAfter =
      lowerAfterRun &&
      KIND_AFTER.test(text.slice(runEnd, runEnd + 40)) &&
      !(oneWord && FIRST_NAMES.has(value.toLowerCase())) &&
      // "die in Heerenveen wonen": after a place, "wonen" is the verb.
      !(span.label === 'CITY' && PLACE_THEN_VERB.test(text.slice(runEnd, runEnd + 8)));
    // "Utrecht Centrum", "Almere Centrum": after a place, a centre is a district, no organisation.
    const kindInRun =
      runWords.length > 1 &&
      ((KIND_INSIDE.test(run) &&
        !(span.label === 'CITY' && PLACE_DISTRICT.test(run) && !centreOfPlace(text, runStart, span.start)) &&
        // "Jan Bouw": a first name and one kind word are a person's name.
        !(runWords.length === 2 && FIRST_NAMES.has(runWords[0]!.toLowerCase()))) ||
        runWords.some((w) => CAMEL.test(w) || (KIND_ENDING.test(w) && !SURNAMES.has(w.toLowerCase()))));
    // "(Marcuskerk)", "Buurtsportclub": one word that ends in a kind and that no list knows as a place or a surname.
    const kindWord =
      span.label === 'CITY' &&
      oneWord &&
      run === value &&
      KIND_ENDING.test(value) &&
      !PLACES.has(value.toLowerCase()) &&
      !SURNAMES.has(value.toLowerCase());
    const kindBefore = KIND_BEFORE_WORD.test(wordBefore(text, runStart)) && !(oneWord && FIRST_NAMES.has(value.toLowerCase()));
    if (!kindAfter && !kindInRun && !kindWord && !kindBefore && !WEAK_SOURCES.has(span.source)) continue;
    const organisation =
      kindAfter ||
      kindWord ||
      kindInRun ||
      kindBefore ||
      cueNamesOrganisation(text, span, value, before) ||
      (oneWord && HOUSING_START.test(value) && !isKnownName(value)) ||
      ARTICLE_BEFORE.test(before) ||
      (span.label === 'PERSON' &&
        SERVICE_BEFORE.test(before) &&
        (oneWord ? !isKnownName(value) : noNameIn(runWords)) &&
        !PERSON_DID.test(before) &&
        !PERSON_ROLE_AFTER.test(text.slice(runEnd, runEnd + 12))) ||
      (WHERE_CARED_OR_HOUSED.test(before) && !isKnownName(value.slice(0, firstSpace(value))) && !PLACES.has(value.toLowerCase())) ||
      (span.label === 'PERSON' && nameThenPlace(value)) ||
      (span.label === 'PERSON' &&
        before.endsWith(' bij ') &&
        WORKS_AT.test(before) &&
        !FIRST_NAMES.has(runWords[0]!.toLowerCase()) &&
        !PERSON_ROLE_AFTER.test(text.slice(runEnd, runEnd + 12)));
    if (!organisation) {
      // "woont in Londen", "wonen in Wouwse Plantage en Accra": where someone lives is a place, not a person.
      const previous = spans[i - 1];
      if (
        span.label === 'PERSON' &&
        (((LIVES_IN.test(before) || (oneWord && IN_OR_FROM.test(before) && !possessiveAfter(text, span.end))) &&
          !FIRST_NAMES.has(value.slice(0, firstSpace(value)).toLowerCase())) ||
          // "geboren te Constanța", "Lindelaan 9, Witten": "te" before a capital, and the word after a street and number, name a place, a first name too.
          (oneWord &&
            ((before.endsWith(' te ') && TE.test(before)) ||
              (previous?.label === 'ADDRESS' && text.slice(previous.end, span.start) === ', ' && !FIRST_NAMES.has(value.toLowerCase())))))
      ) {
        out ??= spans.slice();
        out[i] = relabelled(span, 'CITY', 'city-where-lives');
        const next = i + 1 < out.length ? out[i + 1] : undefined;
        if (next?.label === 'PERSON' && WEAK_SOURCES.has(next.source) && /^(?: en |, )$/.test(text.slice(span.end, next.start)))
          out[i + 1] = relabelled(next, 'CITY', 'city-where-lives');
      }
      continue;
    }
    out ??= spans.slice();
    // The whole run where no other detection lies in it.
    const previous = out[i - 1];
    const next = i + 1 < out.length ? out[i + 1] : undefined;
    const start = previous && previous.end > runStart ? span.start : runStart;
    const end = next && next.start < runEnd ? span.end : runEnd;
    out[i] = { start, end, label: 'INSTITUTION', source: 'institution-context' };
  }
  return out ?? spans;
}

/**
 * "Rutgers & Wiersma", "Glas & Lijst": capitalised names joined by "&" without a first name among them are a firm
 * ("Piet & Truus" are two people). After the statistical layer (`detect`), so that its training notes stay the rules' output.
 */
export function retypeFirms(text: string, spans: Span[]): Span[] {
  if (!text.includes(' & ')) return spans;
  let out: Span[] | undefined;
  for (let i = 0; i < (out ?? spans).length; i++) {
    const span = (out ?? spans)[i]!;
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || !TYPED_BY_CAPITAL.has(span.source)) continue;
    const andAfter = text.startsWith(' & ', span.end) && (classAt(text, span.end + 3) & UPPER) !== 0;
    if (!andAfter && !(span.start >= 3 && text.startsWith(' & ', span.start - 3))) continue;
    const start = runStartBefore(text, span.start);
    const end = span.end + RUN_AFTER.exec(text.slice(span.end, span.end + 60))![0].length;
    const words = text.slice(start, end).split(' ');
    if (words.some((w) => w !== '&' && FIRST_NAMES.has(w.toLowerCase()))) continue;
    // Only over persons and places of a capital or a list: another kind of detection inside keeps the run apart.
    const list = out ?? spans;
    const inside = list.filter((other) => other.start < end && start < other.end);
    if (
      inside.some(
        (other) =>
          (other.label !== 'PERSON' && other.label !== 'CITY' && other.label !== 'INSTITUTION') || !TYPED_BY_CAPITAL.has(other.source),
      )
    )
      continue;
    out = list.filter((other) => !inside.includes(other));
    const at = out.findIndex((other) => other.start > start);
    out.splice(at < 0 ? out.length : at, 0, { start, end, label: 'INSTITUTION', source: 'institution-firm' });
    i = out.findIndex((other) => other.start === start);
  }
  return out ?? spans;
}

/** " '28", " ’73": the year of a club's founding after its name. */
const CLUB_YEAR = /^ ['’]\d{2}(?![\d\p{L}])/u;
/**
 * "namens Rood-Blauw '19", "bij Sparta ’25": a name with a founding year after it is a club, not a person or a place.
 * After the statistical layer, as `retypeFirms`.
 */
export function retypeClubs(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || !TYPED_BY_CAPITAL.has(span.source) || codeAt(text, span.end) !== 32) continue;
    const year = CLUB_YEAR.exec(text.slice(span.end, span.end + 6));
    if (!year || (spans[i + 1] && spans[i + 1]!.start < span.end + year[0].length)) continue;
    out ??= spans.slice();
    out[i] = { start: span.start, end: span.end + year[0].length, label: 'INSTITUTION', source: 'institution-club-year' };
  }
  return out ?? spans;
}

/** Sources of a name typed only by a capital, a list or an earlier hit: an organisation found elsewhere in the text outranks them. */
const TYPED_BY_CAPITAL = new Set([
  'person-contact',
  'person-lexicon',
  'person-capitalised',
  'person-repeat',
  'city-cue',
  'token-classifier',
]);

/** "woont in een huurhuis van Servatius … (huur Servatius € 1.450)": a name found as an organisation once is one everywhere in the text. */
function sameOrganisationEverywhere(text: string, spans: Span[]): Span[] {
  let names: Set<string> | undefined;
  for (const span of spans) if (span.label === 'INSTITUTION') (names ??= new Set()).add(text.slice(span.start, span.end));
  if (names === undefined) return spans;
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || !TYPED_BY_CAPITAL.has(span.source)) continue;
    if (!names.has(text.slice(span.start, span.end))) continue;
    out ??= spans.slice();
    out[i] = relabelled(span, 'INSTITUTION', 'institution-repeat');
  }
  return out ?? spans;
}

/** An abbreviation of two to five capitals, then one to three capitalised words on the line: "RIBW Brabant", "SMO Breda", "OSG Hengelo". */
/** "RIBW Veluwezoom", "ROC van Twente": an abbreviation, perhaps "van", and up to three capitalised words. */
const ACRONYM_NAME = new RegExp(`[A-Z]{2,5}(?:[ \\t]van)?(?:[ \\t]${CAP}){1,3}(?![\\p{L}])`, 'uy');
/** "MBO College Almere", "VSO School De Ster": a school level before a kind of school names the school. */
const SCHOOL_AFTER_LEVEL = /^[ \t](?:College|School|Lyceum|Campus|Scholengemeenschap)[ \t]\p{Lu}/u;
const CHURCH_END = /\p{Ll}(?:kerk|moskee|parochie)$/u;
const BEFORE_CHURCH = /(?:^|[^\p{L}])(?:de|\p{Ll}+(?:punt|locatie|gebouw))[ \t]$/u;
/** The kinds of service every town has under one name ("het Werkplein", "het Jongerenloket"): no one organisation, alone. */
const LOCAL_SERVICES = new Set([
  'werkplein',
  'jongerenloket',
  'jongerenpunt',
  'taalhuis',
  'taalpunt',
  'zorgloket',
  'wmo-loket',
  'informatiepunt',
]);
/** Two to five capitals, then four lower-case letters or more, and no other capital. */
const MIXED_CASE_FIRM = /^[A-Z]{2,5}[a-z]{4,}$/;
/** The last three letters of the kinds of ORGANISATION_WORD_END (zorg, groep, loket, plein, welzijn, opvang, …): most words are passed over by them. */
const WORD_END_TAILS = tailsOf(
  'zorg groep loket plein welzijn opvang hulpverlening kliniek kerk moskee parochie school lyceum college ziekenhuis Lyceum College School Kerk'.split(
    ' ',
  ),
);
/** A word that ends like an organisation's kind: "Iriszorg", "Regenbooggroep", "Leerwerkloket", "Werkplein". */
const ORGANISATION_WORD_END =
  /^\p{Lu}\p{Ll}{2,}(?:zorg|groep|loket|plein|welzijn|opvang|hulpverlening|kliniek|kerk|moskee|parochie)$|^\p{Lu}[\p{Ll}]+-\p{Lu}?\p{Ll}*(?:kerk|moskee|school|lyceum|college|kliniek|ziekenhuis|Lyceum|College|School|Kerk)$/u;

/**
 * Organisations known by their shape: an abbreviation that starts a name (most regional care
 * providers are known by one, "RIBW …", "SMO …"), and one capitalised word mid-sentence that ends
 * like a kind ("bij Iriszorg"): Dutch capitalises no ordinary compound there.
 */
export function findOrganisationsByShape(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  // Abbreviations: two ASCII capitals at a word's start (the scan lists where words start with a capital).
  const { capitals } = found;
  for (let c = 0; c < capitals.length; c++) {
    const start = capitals[c]!;
    const first = codeAt(text, start);
    const second = codeAt(text, start + 1);
    if (first < 65 || first > 90 || (second >= 0 && second < 65) || second > 90) continue;
    const end = lettersEnd(text, start);
    // "werkt als monteur bij RET", "sinds 1 september werk bij LUMC": an abbreviation where someone works is the employer.
    if (
      codeAt(text, start - 1) === 32 &&
      text.startsWith('bij', start - 4) &&
      end - start <= 6 &&
      codeAt(text, end) !== 45 &&
      (classAt(text, end) & LETTER) === 0 &&
      !(isSpaceAt(text, end) && (classAt(text, end + 1) & UPPER) !== 0) &&
      WORKS_AT.test(text.slice(Math.max(0, start - 50), start))
    ) {
      const acronym = text.slice(start, end);
      if (/^[A-Z]+$/.test(acronym) && !NOT_ORGANISATION_ACRONYMS.has(acronym) && !GENERIC_SERVICES.has(acronym.toLowerCase()))
        spans.push({ start, end, label: 'INSTITUTION', source: 'institution-acronym' });
      continue;
    }
    if (end - start > 5) {
      // "HEEMwonen", "ZOwonen": capitals, then a word in lower case, name a firm (not an IJ- word: "IJsselland", nor an agency's division: "UWV WERKbedrijf").
      if (
        MIXED_CASE_FIRM.test(text.slice(start, end)) &&
        !(first === 73 && second === 74) &&
        !isDigit(codeAt(text, end)) &&
        !GENERIC_SERVICES.has(wordBefore(text, start).toLowerCase())
      )
        spans.push({ start, end, label: 'INSTITUTION', source: 'institution-mixed-case' });
      continue;
    }
    if (codeAt(text, end) !== 32 && codeAt(text, end) !== 9) continue;
    const acronym = text.slice(start, end);
    if (
      (NOT_ORGANISATION_ACRONYMS.has(acronym) && !SCHOOL_AFTER_LEVEL.test(text.slice(end, end + 22))) ||
      GENERIC_SERVICES.has(acronym.toLowerCase())
    )
      continue;
    ACRONYM_NAME.lastIndex = start;
    const m = ACRONYM_NAME.exec(text);
    if (!m) continue;
    const withVan = /^van[ \t]/.test(m[0].slice(acronym.length + 1));
    const rest = m[0].slice(acronym.length + (withVan ? 5 : 1));
    const next = rest.slice(0, firstSpace(rest)).toLowerCase();
    if (NOT_NAMES.has(next) || FIRST_NAMES.has(next) || GENERIC_SERVICES.has(next)) continue;
    // "HJ Bakker", "AM de Vries": initials written without full stops, then a surname.
    // "HJ van Dijk": two capitals before "van" are initials; "ROC van Twente" has three.
    if (withVan && acronym.length < 3) continue;
    if (acronym.length <= 3 && SURNAMES.has(next) && !withVan && !PLACES.has(next)) continue;
    spans.push({ start, end: start + m[0].length, label: 'INSTITUTION', source: 'institution-acronym' });
  }
  // One capitalised word (hyphenated parts too: "Sint-Ansfriduskerk") that ends like a kind, away from a sentence start.
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    const first = codeAt(text, start);
    // "Woonzin Lingedal", "Woonkring Veluwerand": a coined Woon- word and a capitalised name, also heading a letter.
    if (
      first === 87 &&
      text.startsWith('Woon', start) &&
      codeAt(text, end) === 32 &&
      c + 1 < words.starts.length &&
      words.starts[c + 1] === end + 1
    ) {
      const word = words.lowers[c]!;
      const nameEnd = words.ends[c + 1]!;
      if (
        HOUSING_START.test(text.slice(start, end)) &&
        !ORDINARY_WOON.test(word) &&
        !isCommon(word) &&
        !isKnownName(word) &&
        (classAt(text, nameEnd) & LETTER) === 0 &&
        // "Woonkosten Hoog door …": the name is no common word; at a sentence start ("Woonurgentie Deventer is …") only a
        // letterhead's line, ending with the name, says organisation.
        !isCommon(words.lowers[c + 1]!) &&
        (!isSentenceStart(text, start) || LINE_END.test(text.slice(nameEnd, nameEnd + 8)))
      ) {
        spans.push({ start, end: nameEnd, label: 'INSTITUTION', source: 'institution-housing-name' });
        continue;
      }
    }
    if (first < 65 || first > 90 || WORD_END_TAILS[tailKey(text, end)] !== 1) continue;
    const word = words.lowers[c]!;
    if ((end - start < 7 && !word.includes('-')) || (classAt(text, end) & LETTER) !== 0 || isSentenceStart(text, start)) continue;
    if (!ORGANISATION_WORD_END.test(text.slice(start, end)) || isCommon(word) || GENERIC_SERVICES.has(word)) continue;
    // "het Werkplein" alone is the service every town has; "Jongerenloket Flevoland" is one.
    if (LOCAL_SERVICES.has(word) && !(isSpaceAt(text, end) && (classAt(text, end + 1) & UPPER) !== 0)) continue;
    // "in de Mariakerk", "uitgiftepunt Oosterkerk": a church after "de" or a place's kind; a village ends so too ("in Lekkerkerk").
    if (
      CHURCH_END.test(word) &&
      (PLACES.has(word) || SURNAMES.has(word) || !BEFORE_CHURCH.test(text.slice(Math.max(0, start - 24), start)))
    )
      continue;
    spans.push({ start, end, label: 'INSTITUTION', source: 'institution-word-end' });
  }
  return spans;
}

/** "via Trigion", "vanuit Jarabee": one capitalised word after "via" or "vanuit" that no list knows. */
const VIA_NAME = new RegExp(`(?:via|vanuit)[ \\t]+(${CAP})(?![\\p{L}\\d'’-])`, 'uy');
const VIA_WORDS = phrasesOf(['via', 'vanuit']);
/** Services and channels written after "via" that the guidelines leave out or that name no one. */
const NOT_VIA = new Set(
  'whatsapp whats google facebook instagram teams zoom skype signal telegram messenger sms marktplaats mail email e-mail internet digid mijn parro magister somtoday outlook gmail linkedin tiktok snapchat youtube'.split(
    ' ',
  ),
);
/**
 * "in het Ikazia", "casemanager van Cello", "indicatie voor Prisma", "sport bij de Boxing Academy": where someone is treated,
 * who employs a worker, what an indication is for, a club; the name after is no known name, place or word. ("zit op …" and
 * "traint bij …" are left to the statistical layer, whose training notes hold them: a rule there changed what it learns.)
 */
const ORGANISATION_LEADS = [
  'in het',
  'naar het',
  'op het',
  'uit het',
  'indicatie voor',
  'casemanager van',
  'jongerenwerk van',
  'jongerenwerker van',
  'begeleider van',
  'consulent van',
  'trajectbegeleider van',
  'woonbegeleider van',
  'wijkverpleegkundige van',
  'behandelaar van',
  'sport bij',
  'sporten bij',
  'voetbalt bij',
  'speelt bij',
  'turnt bij',
  'zwemt bij',
  'danst bij',
  'boxt bij',
];
const ORGANISATION_LEAD_PHRASES = phrasesOf(ORGANISATION_LEADS);
const ORGANISATION_LEAD_NAME = new RegExp(
  `(?:${ORGANISATION_LEADS.map((l) => `[${l[0]!.toUpperCase()}${l[0]}]${l.slice(1).replace(/ /g, '[ \\t]+')}`).join('|')})[ \\t]+(?:de[ \\t]+)?(${CAP}(?:[ \\t]${CAP})?)(?![\\p{L}\\d'’-])`,
  'uy',
);
const DISTRICT_SHAPE = /(?:Noorden|Zuiden|Oosten|Westen|Noord|Zuid|Oost|West|wijk|buurt|kwartier|dorp|polder)$/u;
/** Languages one speaks "in het …": no organisation. */
const LANGUAGES = new Set(
  'tigrinya dari farsi pasjtoe pashto somali amhaars urdu hindi tamil berbers tamazight papiaments sranantongo'.split(' '),
);

/** "schulden bij …", "een betalingsregeling met …": who is owed money, most often a list of companies and agencies. */
const DEBT_LEADS = [
  'schulden bij',
  'schuld bij',
  'achterstand bij',
  'achterstanden bij',
  'betalingsachterstand bij',
  'betalingsachterstanden bij',
  'huurachterstand bij',
  'betalingsregeling met',
  'betalingsregeling bij',
  'betalingsregelingen met',
  'openstaande rekeningen bij',
];
const DEBT_LEAD_PHRASES = phrasesOf(DEBT_LEADS);
const DEBT_LEAD = new RegExp(
  `(?:${DEBT_LEADS.map((l) => `[${l[0]!.toUpperCase()}${l[0]}]${l.slice(1).replace(/ /g, '[ \\t]+')}`).join('|')})[ \\t]+`,
  'uy',
);
/** One creditor of a list: capitalised words, a word with capitals and digits ("Woonkracht10", "HEEMwonen") or an abbreviation. */
const CREDITOR = /(?:de[ \t]|het[ \t])?(\p{Lu}[\p{L}\d'’&.-]*(?:[ \t]\p{Lu}[\p{L}\d'’&.-]*){0,2})/uy;
const LIST_JOINER = /^(?:,[ \t]*(?:en[ \t]+)?|[ \t]+(?:en|&)[ \t]+)/;

/** The creditors after a debt word, up to the first item that is no capitalised name: each that no list knows is an organisation. */
function findCreditors(text: string, found: Scan, out: Span[]): void {
  for (const at of phraseStarts(found, DEBT_LEAD_PHRASES, 2)) {
    DEBT_LEAD.lastIndex = at;
    if (!DEBT_LEAD.exec(text)) continue;
    let next = DEBT_LEAD.lastIndex;
    for (let items = 0; items < 8; items++) {
      CREDITOR.lastIndex = next;
      const m = CREDITOR.exec(text);
      if (!m) break;
      const value = m[1]!.replace(/[.,]$/, '');
      const start = m.index + m[0].length - m[1]!.length;
      const words = value.split(/[ \t]/);
      const lower = value.toLowerCase();
      if (
        !GENERIC_SERVICES.has(lower) &&
        !GENERIC_SERVICES.has(words[0]!.toLowerCase()) &&
        !COUNTRIES.has(lower) &&
        noNameIn(words) &&
        !(words.length === 1 && isCommon(lower))
      )
        out.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-lead' });
      const joiner = LIST_JOINER.exec(text.slice(start + value.length, start + value.length + 8));
      if (!joiner) break;
      next = start + value.length + joiner[0].length;
    }
  }
}

/** A worker's role written before the employer: "opbouwwerker …", "wijkverpleging …", "schoolmaatschappelijk werk, …". */
const ROLE_BEFORE_EMPLOYER =
  /^\p{Ll}*(?:werker|consulent|coach|begeleider|begeleiding|verpleegkundige|verpleging|medewerker|adviseur|regisseur|ondersteuner|therapeut|pedagoog|psycholoog|werk)$/u;
/** A capitalised word that no list knows as a name, a place or a word. */
const isUnknownWord = (lower: string) =>
  !FIRST_NAMES.has(lower) &&
  !SURNAMES.has(lower) &&
  !PLACES.has(lower) &&
  !NOT_NAMES.has(lower) &&
  !COUNTRIES.has(lower) &&
  !isCommon(lower);

/**
 * "Marieke ter Horst, opbouwwerker Wijkracht", "wijkverpleging Patyna": one word no list knows after a worker's role is the
 * employer; and a word found as an organisation once is one where it stands alone elsewhere in the text.
 */
function organisationsAfterRoles(text: string, found: Scan, spans: readonly Span[], out: Span[]): void {
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    // One word after a lower-case word or a comma, then no capitalised word ("opbouwwerker Wijkracht\n", "wijkverpleging Patyna,").
    if (codeAt(text, start - 1) !== 32 || ((classAt(text, start - 2) & LOWER) === 0 && codeAt(text, start - 2) !== 44)) continue;
    if ((classAt(text, end) & LETTER) !== 0 || codeAt(text, end) === 45 || (isSpaceAt(text, end) && (classAt(text, end + 1) & UPPER) !== 0))
      continue;
    const lower = words.lowers[c]!;
    if (!ROLE_BEFORE_EMPLOYER.test(wordBefore(text, start)) || !isUnknownWord(lower) || GENERIC_SERVICES.has(lower)) continue;
    out.push({ start, end, label: 'INSTITUTION', source: 'institution-after-role' });
  }
  let names: Set<string> | undefined;
  let domains: Set<string> | undefined;
  for (const list of [spans, out])
    for (const span of list) {
      if (span.label === 'INSTITUTION' && span.end - span.start >= 4)
        (names ??= new Set()).add(text.slice(span.start, span.end).toLowerCase());
      else if (span.label === 'EMAIL')
        for (const part of mailDomainNames(text.slice(span.start, span.end))) (domains ??= new Set()).add(part);
    }
  if (names === undefined && domains === undefined) return;
  for (let c = 0; c < words.starts.length; c++) {
    const start = words.starts[c]!;
    const end = words.ends[c]!;
    const lower = words.lowers[c]!;
    const repeat = names?.has(lower) === true;
    if (!repeat && domains?.has(lower) !== true) continue;
    if ((classAt(text, end) & LETTER) !== 0 || codeAt(text, end) === 45 || isSentenceStart(text, start)) continue;
    // "Wijkracht" beside "…@wijkracht-hengelo.nl": a word that names the domain of an address, and that no list knows, is its organisation.
    // A brand in camel case ("ZorgDomein") names a product, not the writer's organisation.
    if (!repeat && (!isUnknownWord(lower) || CAMEL.test(text.slice(start, end)))) continue;
    out.push({ start, end, label: 'INSTITUTION', source: repeat ? 'institution-repeat' : 'institution-mail-domain' });
  }
}

/** Mail providers and the like, whose domain names no organisation of the writer. */
const MAIL_PROVIDERS = new Set(
  'gmail hotmail outlook live icloud yahoo ziggo kpnmail kpnplanet planet xs4all home hetnet casema upcmail chello zonnet tele2 online quicknet caiway solcon telfort gmx protonmail proton msn mail email'.split(
    ' ',
  ),
);
/** The names in an e-mail address's domain ("j.smit@wijkracht-hengelo.nl": wijkracht, hengelo): five letters or more, no provider. */
function mailDomainNames(address: string): string[] {
  const at = address.indexOf('@');
  const dot = address.indexOf('.', at);
  if (at < 0 || dot < 0) return [];
  return address
    .slice(at + 1, dot)
    .toLowerCase()
    .split('-')
    .filter((part) => part.length >= 5 && /^\p{Ll}+$/u.test(part) && !MAIL_PROVIDERS.has(part));
}

/** "Sevda Kurt (Bo-Ex)", "Anita Bosch (Carint Reggeland)": after a person's full name, the organisation in brackets. */
const EMPLOYER_AFTER_NAME = /^ \((\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|&|van|de|der)){0,3})\)/u;

/** Roles and attendance written in brackets after an attendee: "(Extern)", "(Organisator)", "(Notulist)", "(Gast)". */
const ROLE_IN_BRACKETS =
  /^(?:extern|intern|gast|afwezig|aanwezig|voorzitter|notulen|vrijwilliger|stagiair|stagiaire|ouder|\p{Ll}+(?:or|ist|ent|eur|ier|iair|iaire|er|ster|arts|coach|werker))$/u;

/** Organisations after "via"/"vanuit", after a debt word and in brackets after a person's full name: spans beside the rules' detections. */
export function findOrganisationsBeside(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const at of phraseStarts(found, VIA_WORDS)) {
    VIA_NAME.lastIndex = at;
    const m = VIA_NAME.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const start = m.index + m[0].length - m[1]!.length;
    if (isSentenceStart(text, start) || NOT_VIA.has(word) || isKnownName(word) || PLACES.has(word) || COUNTRIES.has(word)) continue;
    if (GENERIC_SERVICES.has(word) || NOT_NAMES.has(word) || isCommon(word)) continue;
    out.push({ start, end: start + m[1]!.length, label: 'INSTITUTION', source: 'institution-via' });
  }
  for (const at of phraseStarts(found, ORGANISATION_LEAD_PHRASES)) {
    ORGANISATION_LEAD_NAME.lastIndex = at;
    const m = ORGANISATION_LEAD_NAME.exec(text);
    if (!m) continue;
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    const words = value.split(/[ \t]/);
    const first = words[0]!.toLowerCase();
    if (
      (classAt(text, start) & UPPER) === 0 ||
      isSentenceStart(text, start) ||
      COUNTRIES.has(first) ||
      GENERIC_SERVICES.has(value.toLowerCase())
    )
      continue;
    if (
      !noNameIn(words) ||
      GENERIC_SERVICES.has(first) ||
      (words.length === 1 && LOCAL_SERVICES.has(first)) ||
      LANGUAGES.has(first) ||
      (words.length === 1 && isCommon(first))
    )
      continue;
    // "in het Oude Noorden", "uit de Vogelbuurt": a district, named by its compass point or its kind.
    const district = DISTRICT_SHAPE.test(value);
    out.push({
      start,
      end: start + value.length,
      label: district ? 'CITY' : 'INSTITUTION',
      source: district ? 'city-lead' : 'institution-lead',
    });
  }
  findCreditors(text, found, out);
  organisationsAfterRoles(text, found, spans, out);
  for (const span of spans) {
    if (span.label !== 'PERSON' || codeAt(text, span.end + 1) !== 40) continue;
    // A full name: two capitalised words or more, no first name alone.
    if (!/\p{Lu}\S*[ \t].*\p{Lu}/u.test(text.slice(span.start, span.end))) continue;
    const m = EMPLOYER_AFTER_NAME.exec(text.slice(span.end, span.end + 60));
    if (!m) continue;
    const value = m[1]!;
    const first = value.slice(0, firstSpace(value)).toLowerCase();
    const whole = value.toLowerCase();
    if (FIRST_NAMES.has(first) || PLACES.has(whole) || GENERIC_SERVICES.has(whole) || NOT_NAMES.has(first) || COUNTRIES.has(whole))
      continue;
    // "(Extern)", "(Gast)", "(GGD-jeugdarts)": a role in brackets, an ordinary word or a compound that ends in one.
    if ((!value.includes(' ') && (isCommon(whole) || ROLE_IN_BRACKETS.test(whole))) || /-\p{Ll}/u.test(value)) continue;
    const start = span.end + 2;
    out.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-after-person' });
  }
  return out;
}

/** Form fields whose value is an organisation: "School: Zadkine, opleiding …", "Werkgever: Bakkerij Sijm". */
const ORGANISATION_FIELD = new RegExp(
  `(?:Eerder betrokken|Betrokken|Betrokken instanties|Betrokken organisaties|School|Werkgever|Opdrachtgever|Aanbieder|Schuldeiser|Crediteur|Pensioenfonds|Netbeheerder|Zorgaanbieder|Woningcorporatie|Corporatie|Verhuurder|Kinderopvang|Opvang|Sportclub|Vereniging|Club|Huisartsenpraktijk|Instelling|Organisatie|Dagbesteding|Jeugdhulpaanbieder|Ziekenhuis|Uitzendbureau|Opleiding|Stage|Stageplek|Werk|Zorg|Begeleiding)(?: \\/ [a-z]+)?[ \\t]*:[ \\t]*((?:${CAP}|\\p{Lu}{2,})\\d{0,3}(?:[ \\t](?:${CAP}|\\p{Lu}{2,}|&|van|de|der|het|'t))*)`,
  'uy',
);
const ORGANISATION_FIELD_WORDS = phrasesOf(
  'eerder|betrokken|school|werkgever|opdrachtgever|aanbieder|schuldeiser|crediteur|pensioenfonds|netbeheerder|zorgaanbieder|woningcorporatie|corporatie|verhuurder|kinderopvang|opvang|sportclub|vereniging|club|huisartsenpraktijk|instelling|organisatie|dagbesteding|jeugdhulpaanbieder|ziekenhuis|uitzendbureau|opleiding|stage|stageplek|werk|zorg|begeleiding'.split(
    '|',
  ),
);

const ORGANISATION_IS = new RegExp(
  `(?:Verhuurder|Werkgever|School|Zorgaanbieder|Woningcorporatie|Corporatie|Kinderopvang|Dagbesteding) (?:is|was) (${CAP}(?:[ \\t](?:${CAP}|van|de|der|het))*)(?![\\p{L}])`,
  'uy',
);
/** "Verhuurder is Bo-Ex": the organisation a sentence names after its kind and "is", unless the lists know the word as something else. */
function organisationIs(text: string, at: number, spans: Span[]): void {
  ORGANISATION_IS.lastIndex = at;
  const m = ORGANISATION_IS.exec(text);
  if (!m) return;
  const value = m[1]!;
  const lower = value.toLowerCase();
  if (GENERIC_SERVICES.has(lower) || NOT_NAMES.has(lower) || FIRST_NAMES.has(lower) || PLACES.has(lower)) return;
  const start = m.index + m[0].length - value.length;
  spans.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-field' });
}

/** The value of a form field that asks for an organisation, at a line start. */
export function findOrganisationFields(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const at of phraseStarts(found, ORGANISATION_FIELD_WORDS)) {
    // Only a label at the start of a line (after a list dash or bullet).
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '-' || text[i] === '•' || text[i] === '*')) i--;
    if (i >= 0 && text[i] !== '\n') {
      // "… woont. Verhuurder is Bo-Ex.": a sentence that names the landlord, the employer or the school.
      if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && i < at - 1) organisationIs(text, at, spans);
      continue;
    }
    ORGANISATION_FIELD.lastIndex = at;
    const m = ORGANISATION_FIELD.exec(text);
    if (!m) {
      organisationIs(text, at, spans);
      continue;
    }
    const value = m[1]!;
    // "IJ. van der Berg": initials start a person's name.
    if (codeAt(text, m.index + m[0].length) === 46) continue;
    const lower = value.toLowerCase();
    if (GENERIC_SERVICES.has(lower) || NOT_NAMES.has(lower) || FIRST_NAMES.has(lower) || PLACES.has(lower)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-field' });
  }
  return spans;
}
