import type { Span } from '../labels.js';
import {
  capitalisedWords,
  capitalsBefore,
  capitalsInChainBefore,
  classAt,
  codeAt,
  isSpaceAt,
  LETTER,
  matchesAt,
  phrasesOf,
  phraseStarts,
  scan,
  UPPER,
  type Scan,
} from '../scan.js';
import { GENERIC_SERVICES, ORGANISATION_NAMES, ORGANISATIONS_THAT_ARE_WORDS, PLACES } from '../lexicon.js';
import { LOCAL_ORGANISATIONS } from '../local-organisations.js';
import { numberStack } from '../number-stack.js';
import { CAP, isSentenceStart, lower } from './name-patterns.js';
import { lexiconHits } from './lexicon-hits.js';
import { tailKey } from './word-tails.js';
import { isCommon } from '../statistical/token-features.js';

const INSTITUTION_KINDS =
  'ROC|AZC|OBS|CBS|RKBS|PCBS|SBO|SO|VSO|IKC|KDV|BSO|Basisschool|basisschool|Kindcentrum|kindcentrum|Jongerenhuis|jongerenhuis|Zorgcentrum|zorgcentrum|Woonzorgcentrum|woonzorgcentrum|Zorggroep|Buurthuis|buurthuis|Wijkcentrum|wijkcentrum|Moskee|moskee|Stichting|Bewindvoering|Jeugdbescherming|Basis GGZ|GGZ|Praktijk|praktijk|logopediepraktijk|fysiotherapiepraktijk|huisartsenpraktijk|Huisartsenpraktijk|Kinderopvang|kinderopvang|Peuterspeelzaal|peuterspeelzaal';
const SCHOOL_OR_CARE_WORDS =
  'College|School|Lyceum|Gymnasium|Academie|Ziekenhuis|ziekenhuis|Gasthuis|Kliniek|kliniek|Zorggroep|Zorg|zorg|Scholengemeenschap|Mavo|Havo|Vwo|Vmbo|Gerechtsdeurwaarders|Deurwaarders|Advocaten|Bewindvoerders|Notarissen|Moskee|moskee|Camii|Kerk|Gemeente';
const ORGANISATION_ENDINGS = 'beheer|zorg|groep|hulp|werk|wonen|bureau|instituut|bank';
const CAMEL_ENDINGS = 'Wonen|Zorg|Groep|Thuis';
const CARE_ENDINGS = 'ziekenhuis|kliniek|college|lyceum|school';
const SPORTS_CLUBS = 'AV|VV|SV|RKSV|RKVV|HC|MHC|FC|KV|ZV|av|vv|sv|rksv|rkvv|hc|mhc|fc|kv|zv';
const NAMED_BUILDINGS = 'Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik';

/** Shops named "…markt" (a super- or DIY market), not markets that are no shop (Weekmarkt, Arbeidsmarkt, Woningmarkt). */
const SHOP_MARKETS =
  'markt(?<=(?:[Ss]uper|[Bb]ouw|[Tt]uin|[Kk]eukens?|[Ff]iets|[Dd]ieren|[Ss]peelgoed|[Mm]ode|[Ss]port|[Dd]rogisterij|[Mm]eubel|[Tt]egel|[Hh]out|[Kk]ringloop|[Ww]itgoed|[Aa]uto|[Vv]loeren|[Ee]lektro|[Vv]ers)markt)';
/** The words a local organisation's name starts with when its kind comes first: a compound of the kind ("Woonstichting", "Gezondheidscentrum"). */
const HEAD_ENDINGS =
  'stichting|praktijk|centrum|bedrijf|school|vereniging|kliniek|opvang|instituut|welzijn|gasthuis|bewindvoering|jeugdhulp|jeugdzorg|bemiddeling|maatje|erij|salon|garage|verblijf|club|bibliotheek|logopedie|fysiotherapie|revalidatie|apotheek|boerderij|academie|parochie|werf|werkplaats|verhuur|lunchroom|fonds|huisvesting|gezondheidszorg|dorpshuis|hûs|shop|markt';
/** The endings as a pattern: "markt" only of a shop (the plain list stays the quick filter of words by their tail). */
const HEAD_ENDING_PATTERN = HEAD_ENDINGS.replace(/\|markt$/, `|${SHOP_MARKETS}`);
/** Kinds that are a whole word as well as the end of compounds. */
const HEAD_WORDS =
  'Stichting|Welzijn|Bewindvoering|Jeugdhulp|Jeugdzorg|Kinderopvang|Ziekenhuis|Bibliotheek|Scouting|Logopedie|Fysiotherapie|Revalidatie|Apotheek|Wonen|Dagbesteding|Thuiszorg|Vereniging|Lunchroom|Opvang|Taxi|Pabo|Gerechtsdeurwaarders|Deurwaarders|Advocaten|Modehuis|Gemeenschapshuis|Huize|Harmonie|Fanfare|Schutterij|Rotary';
const ENDS_LIKE_HEAD = new RegExp(`^(?:\\p{Lu}.*(?:${HEAD_ENDING_PATTERN})|${HEAD_WORDS})$`, 'u');
/** A name after the kind, in the same cell of a table (a tab parts cells): capitalised words (an IJ- word too: "IJsselland"), joined by articles and "aan de", "&", "en"; a year as in "'78". */
const NAME_TAIL = `(?: (?:(?:aan|van|de|den|der|het|'t|en|&) )*(?:${CAP}|IJ\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*|\\p{Lu}{2,}(?![\\p{L}])|['’]\\d{2}(?!\\d)))+`;

/**
 * Kinds that are ordinary words too ("harmonie in het gezin"), and their name's first word: before a common word
 * ("Harmonie In De Klas", "Huize Anders Wonen") they start a heading in title case, no organisation.
 */
const WORD_KIND_AND_NAME = /^(?:Huize|Harmonie|Fanfare|Schutterij|Rotary) (\p{Lu}[\p{L}'’-]*)/u;
const NAME_WORDS_THAT_ARE_COMMON = new Set(['club', 'sint', 'st']);
const isHeadingInTitleCase = (value: string) => {
  const first = WORD_KIND_AND_NAME.exec(value)?.[1]?.toLowerCase();
  return first !== undefined && isCommon(first) && !NAME_WORDS_THAT_ARE_COMMON.has(first);
};

/** Two ascending lists as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x - y);
}

const NETWORK_OF_PLACE = /^(\p{Lu}\p{Ll}*(?:netwerk|overleg|platform))[ \t](\p{Lu}[\p{L}'’-]*)$/u;
const WORDS_OF_PLACE = /^\p{Lu}[\p{L}'’-]*(?:[ \t](?:\p{Lu}[\p{L}'’-]*|aan|op|den|de))*/u;
/** Where the longest listed place of up to four words that starts at `at` ends, or `at` if none does. */
function placeOfWordsAt(text: string, at: number): number {
  const words = WORDS_OF_PLACE.exec(text.slice(at, at + 50))?.[0].split(/[ \t]/) ?? [];
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (isPlace(candidate)) return at + candidate.length;
  }
  return at;
}
/** A listed place, or a listed place and its district ("Zaandam-Oost"). */
const isPlace = (word: string) => {
  const w = lower(word);
  const hyphen = w.indexOf('-');
  return PLACES.has(w) || (hyphen > 2 && PLACES.has(w.slice(0, hyphen)));
};

const MEDICAL_CENTRE_WORDS = ['MC', 'UMC', 'Medisch Centrum'];
const isAsciiWordCode = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Where a name before "MC" or "Medisch Centrum" can start: before each place where
 * / (?:U?MC|Medisch Centrum)\b/ matches, found from the scan's capitals after a space (a search of
 * the whole text for it cost more than all the rest of this).
 */
function medicalCentreStarts(found: Scan): number[] {
  const { text } = found;
  const positions: number[] = [];
  for (let i = 0; i < found.capitals.length; i++) {
    const capital = found.capitals[i]!;
    const code = codeAt(text, capital);
    if ((code !== 77 && code !== 85) || codeAt(text, capital - 1) !== 32) continue;
    // A loop, not find(): a closure per capital was a large share of this detector's garbage.
    let word: string | undefined;
    for (let c = 0; c < MEDICAL_CENTRE_WORDS.length && word === undefined; c++) {
      const candidate = MEDICAL_CENTRE_WORDS[c]!;
      if (text.startsWith(candidate, capital) && !isAsciiWordCode(codeAt(text, capital + candidate.length))) word = candidate;
    }
    if (word === undefined) continue;
    for (const at of capitalsInChainBefore(text, capital - 1)) if (at > (positions.at(-1) ?? -1)) positions.push(at);
  }
  return positions;
}

const INSTITUTION_KIND_PHRASES = phrasesOf(INSTITUTION_KINDS.split('|'));
const SPORTS_CLUB_PHRASES = phrasesOf(SPORTS_CLUBS.split('|'));
const NAMED_BUILDING_PHRASES = phrasesOf(NAMED_BUILDINGS.split('|').flatMap((name) => [`het ${name}`, `de ${name}`]));

/** Each pattern, and where it can start: a pattern is tried only there (see scan.ts). */
const INSTITUTION_PATTERNS: { pattern: RegExp; starts: (found: Scan, ends: InstitutionWordEnds) => ArrayLike<number> }[] = [
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${INSTITUTION_KINDS})[ \\t]+(?:(?:De|Het|'t|de|het)[ \\t])?(?:${CAP})(?:[ \\t]${CAP})?`, 'gu'),
    starts: (found) => phraseStarts(found, INSTITUTION_KIND_PHRASES, 3),
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?!(?:De|Het|Een|Deze|Die|Onze|Mijn)[ \\t]\\p{Ll})(?:${CAP})[ \\t](?:(?:${CAP}|van|de|der|den|&|en)[ \\t]){0,3}(?:${SCHOOL_OR_CARE_WORDS})(?: (?!De |Het )${CAP})?(?![\\p{L}])`,
      'gu',
    ),
    starts: (_, ends) => ends.namesBeforeSchoolOrCare,
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{Ll}]*(?:${ORGANISATION_ENDINGS}) ${CAP}(?![\\p{L}])`, 'gu'),
    starts: (_, ends) => ends.organisationWords,
  },
  // One word with a capital inside: BrabantWonen, ThuisZorg.
  { pattern: new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:${CAMEL_ENDINGS})(?![\\p{L}])`, 'gu'), starts: (_, ends) => ends.camelWords },
  // Sports clubs: AV Phanos, VV Zwaluwen.
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${SPORTS_CLUBS})\\s${CAP}(?: ['’]\\d{2})?(?![\\p{L}])`, 'gu'),
    starts: (found) => phraseStarts(found, SPORTS_CLUB_PHRASES, 2),
  },
  // "Woonstichting Thuis aan de Vecht", "Logopediepraktijk Spraakwater", "Welzijn Rijnzicht", "Huis van de Wijk De Peppel": a kind of organisation, then its name.
  {
    pattern: new RegExp(`(?:\\p{Lu}[\\p{Ll}-]*(?:${HEAD_ENDING_PATTERN})|${HEAD_WORDS}|Huis van de Wijk)${NAME_TAIL}`, 'gu'),
    starts: (found, ends) =>
      mergeSorted(
        ends.heads,
        [...found.text.matchAll(/Huis van de Wijk /g)].map((hit) => hit.index),
      ),
  },
  // "… MC", "… Medisch Centrum": a hospital named before its kind.
  {
    pattern: new RegExp(`${CAP}(?:[ \\t]${CAP}){0,2}[ \\t](?:MC|UMC|Medisch Centrum)(?![\\p{L}])`, 'gu'),
    starts: (found) => medicalCentreStarts(found),
  },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${CAP})(?:${CARE_ENDINGS})(?![\\p{L}])`, 'gu'), starts: (_, ends) => ends.careWords },
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:Het|De|het|de)\\s(?:${NAMED_BUILDINGS})(?![\\p{L}])`, 'gu'),
    starts: (found) => phraseStarts(found, NAMED_BUILDING_PHRASES),
  },
];

/** Words that end like an organisation ("Zorg", "Jeugdzorg", "BrabantWonen", "Maasziekenhuis"). */
const INSTITUTION_ENDINGS = [SCHOOL_OR_CARE_WORDS, ORGANISATION_ENDINGS, CAMEL_ENDINGS, CARE_ENDINGS, HEAD_ENDINGS, HEAD_WORDS]
  .join('|')
  .split('|');
/** The endings by their tail's key: most words are ruled out by their last three letters, the rest compared with a few endings. */
const ENDINGS_BY_TAIL: (string[] | undefined)[] = new Array<string[] | undefined>(65536);
for (const ending of INSTITUTION_ENDINGS) (ENDINGS_BY_TAIL[tailKey(ending, ending.length)] ??= []).push(ending);
/** Whether text[start, end) ends with one of INSTITUTION_ENDINGS (as `(?:…)$` on the word, without slicing it). */
function endsLikeInstitution(text: string, start: number, end: number): boolean {
  const endings = ENDINGS_BY_TAIL[tailKey(text, end)];
  if (endings === undefined) return false;
  for (const ending of endings) if (end - ending.length >= start && text.startsWith(ending, end - ending.length)) return true;
  return false;
}
const SCHOOL_OR_CARE = new Set(SCHOOL_OR_CARE_WORDS.split('|'));
const ENDS_LIKE_ORGANISATION = new RegExp(`^\\p{Lu}.*(?:${ORGANISATION_ENDINGS})$`, 'u');
const ENDS_LIKE_CAMEL = new RegExp(`(?:${CAMEL_ENDINGS})$`);
const ENDS_LIKE_CARE = new RegExp(`(?:${CARE_ENDINGS})$`);

interface InstitutionWordEnds {
  namesBeforeSchoolOrCare: number[];
  organisationWords: number[];
  camelWords: number[];
  careWords: number[];
  heads: number[];
}

/** Where the patterns that end in an organisation word can start, ascending. */
function institutionWordEnds(found: Scan): InstitutionWordEnds {
  const { text, wordStarts, wordEnds } = found;
  const ends: InstitutionWordEnds = { namesBeforeSchoolOrCare: [], organisationWords: [], camelWords: [], careWords: [], heads: [] };
  const addAll = (list: number[], positions: Iterable<number>) => {
    for (const at of positions) if (list.length === 0 || at > list[list.length - 1]!) list.push(at);
  };
  for (let w = 0; w < found.wordCount; w++) {
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    // Most words are ruled out by their last three letters; the rest must end like an organisation ("Zorgverlener" does not).
    if (end - start < 3 || !endsLikeInstitution(text, start, end)) continue;
    const word = text.slice(start, end);
    if (SCHOOL_OR_CARE.has(word) && start > 0 && isSpaceAt(text, start - 1))
      addAll(ends.namesBeforeSchoolOrCare, capitalsInChainBefore(text, start - 1));
    if (codeAt(text, end) === 32 && ENDS_LIKE_ORGANISATION.test(word)) addAll(ends.organisationWords, [start]);
    if (ENDS_LIKE_CAMEL.test(word)) addAll(ends.camelWords, [start]);
    if (ENDS_LIKE_CARE.test(word)) addAll(ends.careWords, capitalsBefore(text, end));
    if ((codeAt(text, end) === 32 || codeAt(text, end) === 9) && ENDS_LIKE_HEAD.test(word)) addAll(ends.heads, [start]);
  }
  return ends;
}

const KIND_PHRASES = phrasesOf([
  'woningcorporatie',
  'woningbouwvereniging',
  'corporatie',
  'thuiszorg',
  'peuteropvang',
  'zorgaanbieder',
  'jeugdhulpaanbieder',
  'jeugdzorgaanbieder',
  'sportvereniging',
  'voetbalclub',
  'voetbalvereniging',
  'sportclub',
  'dagbesteding',
  'ggz-instelling',
  'zorginstelling',
  'bewindvoerder',
  'werkgever',
  'kapsalon',
  'bouwbedrijf',
  'schoonmaakbedrijf',
  'uitzendbureau',
  'kinderopvang',
  'kinderdagverblijf',
  'zorgboerderij',
  'taxibedrijf',
  'transportbedrijf',
  'installatiebedrijf',
  'sportschool',
  'dansschool',
  'bakkerij',
  'deurwaarderskantoor',
  'incassobureau',
  'vrijwilligerscentrale',
  'zorgverzekeraar',
  'energieleverancier',
  'leverancier',
  'verhuurder',
  'woningstichting',
  'bewindvoerderskantoor',
  'verpleeghuis',
  'verzorgingshuis',
  'huisartsenpost',
  'woningbouw',
  'wooncorporatie',
  'vrouwenkoor',
  'mannenkoor',
  'revalidatiecentrum',
  'hospice',
  'inloophuis',
  'judoclub',
  'zwemclub',
  'tennisclub',
  'hockeyclub',
  'korfbalclub',
  'zwemschool',
  'muziekschool',
]);

/** A kind of organisation written as an ordinary word, then its name: "woningcorporatie Elkien", "thuiszorg door Envida", "kapsalon Bella". */
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ww]oningcorporatie|[Ww]oningbouwvereniging|[Cc]orporatie|[Tt]huiszorg|[Pp]euteropvang|[Zz]orgaanbieder|[Jj]eugdhulpaanbieder|[Jj]eugdzorgaanbieder|[Ss]portvereniging|[Vv]oetbalclub|[Vv]oetbalvereniging|[Ss]portclub|[Dd]agbesteding|[Gg]gz-instelling|GGZ-instelling|[Zz]orginstelling|[Bb]ewindvoerder|[Ww]erkgever|[Kk]apsalon|[Bb]ouwbedrijf|[Ss]choonmaakbedrijf|[Uu]itzendbureau|[Kk]inderopvang|[Kk]inderdagverblijf|[Zz]orgboerderij|[Tt]axibedrijf|[Tt]ransportbedrijf|[Ii]nstallatiebedrijf|[Ss]portschool|[Dd]ansschool|[Bb]akkerij|[Dd]eurwaarderskantoor|[Ii]ncassobureau|[Vv]rijwilligerscentrale|[Zz]orgverzekeraar|[Ee]nergieleverancier|[Ll]everancier|[Vv]erhuurder|[Ww]oningstichting|[Bb]ewindvoerderskantoor|[Vv]erpleeghuis|[Vv]erzorgingshuis|[Hh]uisartsenpost|[Ww]oningbouw|[Ww]ooncorporatie|[Vv]rouwenkoor|[Mm]annenkoor|[Rr]evalidatiecentrum|[Hh]ospice|[Ii]nloophuis|[Jj]udoclub|[Zz]wemclub|[Tt]ennisclub|[Hh]ockeyclub|[Kk]orfbalclub|[Zz]wemschool|[Mm]uziekschool)[ \\t]+(?:(?:van|door|bij|via|'t)[ \\t]+)?((?!De |Het )${CAP}(?: ${CAP})?)(?![\\p{L}])`,
  'gu',
);

/**
 * Listed organisations written with a capital inside ("VieCuri", "ArboNed", "ZorgSaam"), which the scan's capitalised words
 * cut at the inner capital: the whole run of letters from a capitalised word that a capital follows.
 */
function camelCaseNames(found: Scan, spans: Span[]): void {
  const { text } = found;
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    let end = words.ends[c]!;
    if ((classAt(text, end) & UPPER) === 0) continue;
    while (end < text.length && (classAt(text, end) & LETTER) !== 0) end++;
    const word = text.slice(words.starts[c]!, end);
    if (ORGANISATION_NAMES.has(word.toLowerCase()))
      spans.push({ start: words.starts[c]!, end, label: 'INSTITUTION', source: 'institution-lexicon' });
  }
}

/**
 * The listed spelling of the local organisations of several words, by their lower case. The lists are looked up in lower
 * case, so "Thuis Wonen", "Ons Huis" or "Mentaal Beter" would also take "Thuis wonen lukt niet meer" at a sentence start:
 * a word listed with a capital must have one in the text too.
 */
const LISTED_SPELLING = new Map(
  LOCAL_ORGANISATIONS.split('|')
    .filter((name) => name.includes(' '))
    .map((name) => [lower(name), name]),
);
const CAPITAL = /^\p{Lu}/u;
function capitalsAsListed(candidate: string): boolean {
  const listed = LISTED_SPELLING.get(lower(candidate));
  if (listed === undefined) return true;
  const words = candidate.split(' ');
  return listed.split(' ').every((word, i) => i === 0 || !CAPITAL.test(word) || CAPITAL.test(words[i] ?? ''));
}

/**
 * Listed names that hold a digit ("Lijn5", "Woonkracht10", "Woonbedrijf ieder1"), which the list lookup misses: it reads
 * words of letters only. Found as listed, in the listed case, and not inside a longer word or number.
 */
const LISTED_WITH_DIGITS = LOCAL_ORGANISATIONS.split('|').filter((name) => /\d/.test(name));
const NAMES_WITH_DIGITS = new RegExp(
  `(?<![\\p{L}\\d])(?:${[...LISTED_WITH_DIGITS]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\d])`,
  'gu',
);
/** How far into such a name its first digit lies at most ("Woonbedrijf ieder1": 17). */
const FIRST_DIGIT_WITHIN = Math.max(...LISTED_WITH_DIGITS.map((name) => name.search(/\d/)));
/** Whether every such name starts with an ASCII letter, so that word starts are all the places one can start (else: the whole text). */
const DIGIT_NAMES_START_WORDS = LISTED_WITH_DIGITS.every((name) => /^[A-Za-z]/.test(name));
/** Their first letters, marked: the pattern matches case-sensitively, so a word that starts with another letter starts none. */
const DIGIT_NAME_FIRSTS = new Uint8Array(128);
for (const name of LISTED_WITH_DIGITS) DIGIT_NAME_FIRSTS[codeAt(name, 0) & 127] = 1;
/** Whether a name of them can start with `code` (checked below 128: a read past the table's end would slow the loop for good). */
const firstOfDigitName = (code: number) => code < 128 && DIGIT_NAME_FIRSTS[code] === 1;

/**
 * Where a listed name with a digit can start: a word's start (each name starts with a letter that no letter or digit
 * precedes) with a run of digits within FIRST_DIGIT_WITHIN characters (the name's first digit starts one), instead of a
 * search of the whole text, which tried the Unicode lookbehind at every position.
 */
function namesWithDigitsStarts(found: Scan): number[] {
  const { wordStarts, wordCount, digitStarts } = found;
  const mark = numberStack.mark();
  let d = 0;
  for (let w = 0; w < wordCount && d < digitStarts.length; w++) {
    const start = wordStarts[w]!;
    while (d < digitStarts.length && digitStarts[d]! < start) d++;
    if (d < digitStarts.length && digitStarts[d]! - start <= FIRST_DIGIT_WITHIN && firstOfDigitName(codeAt(found.text, start)))
      numberStack.push(start);
  }
  return numberStack.takeFrom(mark);
}

export function findInstitutions(text: string, found: Scan = scan(text)): Span[] {
  const spans: Span[] = [];
  for (const m of matchesAt(KIND_THEN_NAME, text, phraseStarts(found, KIND_PHRASES, 3), found)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!GENERIC_SERVICES.has(lower(m[1]!)) && !PLACES.has(lower(m[1]!)))
      spans.push({ start, end: start + m[1]!.length, label: 'INSTITUTION', source: 'institution-after-kind' });
  }
  const seen = new Set<string>();
  const ends = institutionWordEnds(found);
  for (const { pattern, starts } of INSTITUTION_PATTERNS) {
    for (const m of matchesAt(pattern, text, starts(found, ends), found)) {
      // Two patterns may find the same organisation: keep it once.
      const key = `${m.index}:${m[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let start = m.index;
      let value = m[0];
      const lead = /^(?:de|het)\s/.exec(value);
      if (
        lead &&
        !/^(?:de|het)\s(?:Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik)/.test(
          value,
        )
      ) {
        start += lead[0].length;
        value = value.slice(lead[0].length);
      }
      if (GENERIC_SERVICES.has(lower(value)) || isHeadingInTitleCase(value)) continue;
      // "Zorg- en Adviesteam": a word cut short before a hyphen is half of a compound, no name's end.
      if (codeAt(text, start + value.length) === 45) continue;
      // "Het Ziekenhuis", "De Basisschool": an article and a kind name no organisation.
      if (/^(?:De|Het|Een) \S+$/.test(value) && GENERIC_SERVICES.has(lower(value.slice(value.indexOf(' ') + 1)))) continue;
      // "Armoedenetwerk Zaandam-Oost": a network or meeting of a place is no organisation; the place is the place.
      const meeting = NETWORK_OF_PLACE.exec(value);
      if (meeting) {
        // The place may run on past the match ("Armoedenetwerk Den Helder"): the longest listed place of the words after.
        const at = start + meeting[1]!.length + 1;
        const place = placeOfWordsAt(text, at);
        if (place > at) {
          spans.push({ start: at, end: place, label: 'CITY', source: 'city-of-network' });
          continue;
        }
      }
      spans.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-pattern' });
    }
  }
  for (const [start, candidate] of lexiconHits(found, ORGANISATION_NAMES))
    // "Prisma van licht", "Accolade voor haar inzet": at a sentence start the capital of an ordinary word says nothing.
    if (capitalsAsListed(candidate) && !(ORGANISATIONS_THAT_ARE_WORDS.has(lower(candidate)) && isSentenceStart(text, start)))
      spans.push({ start, end: start + candidate.length, label: 'INSTITUTION', source: 'institution-lexicon' });
  camelCaseNames(found, spans);
  const withDigits = DIGIT_NAMES_START_WORDS
    ? matchesAt(NAMES_WITH_DIGITS, text, namesWithDigitsStarts(found), found)
    : text.matchAll(NAMES_WITH_DIGITS);
  for (const m of withDigits)
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'INSTITUTION', source: 'institution-lexicon' });
  return spans;
}
