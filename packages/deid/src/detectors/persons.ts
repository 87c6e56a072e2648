import type { Span } from '../labels.js';
import { SpanList } from '../span-list.js';
import {
  capitalisedWordBefore,
  characterEnd,
  codeAt,
  isSpaceAt,
  capitalisedWords,
  patternFor,
  capitalsBefore,
  classAt,
  hashBetween,
  hashOf,
  lettersEnd,
  LETTER,
  LOWER,
  UPPER,
  groupRangesAt,
  matchesAt,
  phraseStarts,
  phrasesOf,
  scan,
  shortKey,
  wordsAfterPhrases,
  type CapitalisedWords,
  type Scan,
} from '../scan.js';
import { numberStack } from '../number-stack.js';
import { WordFacts } from '../word-facts.js';
import { linePersons } from './lines.js';
import { isCommon } from '../statistical/token-features.js';
import {
  CAR_MAKES,
  COUNTRIES,
  FIRST_NAMES,
  GENERIC_SERVICES,
  KNOWN_INSTITUTIONS,
  NOT_NAMES,
  PLACES,
  SURNAMES,
  TUSSENVOEGSELS,
  NAMES_THAT_ARE_WORDS,
  LIST,
  listsOf,
} from '../lexicon.js';
import { CAP, TV, firstSpace, isDigit, isSentenceStart, lower } from './name-patterns.js';
import { placeHits } from './lexicon-hits.js';

/** Up to two given names (Trần Thị Mai), optional tussenvoegsel, a capitalised surname (possibly double-barrelled). */
const NAME = `(?:${CAP} ){0,2}(?:(?:${TV}) )?${CAP}`;
const TITLES =
  'fam\\.?|mw\\.?|mevr\\.?|mevrouw|dhr\\.?|meneer|dokter|de heer|heer|juf|juffrouw|meester|dr\\.|mr\\.|drs\\.|ir\\.|ing\\.|prof\\.';
const ROLES =
  'gezin|familie|echtpaar|ouders|naam|budgetcoach|moeder|vader|zoon|dochter|broer|broertje|zus|zusje|oma|opa|buurman|buurvrouw|collega|partner|vriend|vriendin|mentor|wijkagent|huisarts|stiefvader|stiefmoeder|ex|tante|oom|ome|neef|nicht|kind|jongere|cliënt|client|echtgenoot|echtgenote|man|vrouw|schoonmoeder|schoonvader|begeleider|coach|docent|leerkracht|juf|meester|contactpersoon|bewindvoerder|jeugdbeschermer|casusregisseur|wijkcoach|maatschappelijk werker|imam|pastoor|pastor|dominee|priester|rabbijn|voorganger|trainer|oppas|gastouder';

/** "moeder" or "Moeder", but the name after it must really be capitalised: no case-insensitive flag. */
const anyCaseStart = (alternatives: string) =>
  alternatives
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** Words that make a capitalised phrase an organisation rather than a person. */
const ORGANISATION_WORD =
  /(?:beheer|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|lyceum|praktijk|kliniek|vereniging|club|bank|corporatie|punt|loket)(?:\s|$)/i;
const ROLE_WORDS = new Set(
  ROLES.split('|').concat([
    'schoonmoeder',
    'schoonvader',
    'stiefzoon',
    'stiefdochter',
    'kleinzoon',
    'kleindochter',
    'baby',
    'peuter',
    'tiener',
  ]),
);
// Initials of one capital, or of the two letters of Ch, Th, Ph ("Mw. Th. Kerkhof").
const TITLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(TITLES)})\\s+((?:(?:\\p{Lu}|[CTP]h)\\.\\s?)*(?:v\\.d\\.\\s)?${NAME})`, 'gu');
const FAMILY_BEFORE = /^(?:[Ff]amilie|[Ee]chtpaar|[Gg]ezin|[Oo]uders)[ \t]+(?:van[ \t]+)?$/;
const FAMILY_VAN_BEFORE = /^(?:[Ff]amilie|[Ee]chtpaar|[Gg]ezin)[ \t]van[ \t]$/;
const ROLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(ROLES)})(?: (?:van|met))?:?[ \\t]+(${NAME})`, 'gu');
const CONTACT_WORDS =
  'contact met|gesprek met|gebeld met|sprak met|belde|mailde|samen met|namens|door|met|van|voor|aan|en|over|bij|zag|vroeg|heet|heette|genaamd';
const CONTACT_NAME = new RegExp(`(?<![\\p{L}])(?:${CONTACT_WORDS})\\s+(${NAME})(?![\\p{L}\\d])`, 'gu');
/** Two or more capitalised words in a row: in Dutch, where nouns are not capitalised, mostly a name. */
const CAP_SEQUENCE = new RegExp(`(?<![\\p{L}\\d])${CAP}(?: (?:(?:${TV}) )?${CAP})+`, 'gu');
const NAME_BEFORE_AGE = new RegExp(
  `(?<![\\p{L}])(${CAP})(?=\\s?\\((?:\\d{1,3}(?:\\s(?:en|jaar)[^)]*)?\\)|(?:baby|peuter|kleuter|tiener|zuigeling)\\b))`,
  'gu',
);
/** "(Linh, 4)", "(Samir, 12 jaar)": a name and its age inside brackets. */
const NAME_IN_BRACKETS_WITH_AGE = new RegExp(`(?<=\\()(${CAP})(?=,\\s?\\d{1,3}(?:\\s(?:jaar|jr|maanden))?\\))`, 'gu');
const KIN =
  'broer|broertje|zus|zusje|zoon|dochter|moeder|vader|oma|opa|tante|oom|neef|nicht|partner|vriend|vriendin|buurman|buurvrouw|stiefvader|stiefmoeder|ex|man|vrouw|kind|baby';
const KIN_PHRASES = phrasesOf(KIN.split('|'));
/** "zijn broer (jeroen)", "oma (Fatma)": a name in brackets after a kinship word, in any case. */
const NAME_AFTER_KIN = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(KIN)})\\s?\\((\\p{L}[\\p{Ll}'’-]{2,})(?=[),])`, 'gu');
const LOWER_NAME_AFTER =
  'met|van|over|en|voor|aan|bij|door|zag|belde|mailde|broer|zus|zoon|dochter|moeder|vader|of|hoi|hee|hey|hi|hallo|dag|ook|want|zei|vroeg|vraag|vraagt|bel|app|juf|meester|groet|groetjes|gisteren|vandaag|ey|jongste|oudste|middelste|sprak|spreek|ken|nee|ja|trouwens|alleen|maar|omdat|toen|dus|denk|weet|zegt|snap|mis|heet|heette|genaamd|schoonzus|schoonzoon|schoondochter|zwager|tante|oom|neef|nicht|opa|oma|buurman|buurvrouw|buurjongen|buurmeisje|vriend|vriendin|vriendje|broertje|zusje|zoontje|dochtertje|stiefvader|stiefmoeder|partner|ex|thx|thanks|bedankt|dankjewel|tegen|neefje|nichtje';
/** After a title, informal notes write the surname in lower case too ("mw el amrani", "mw. dijkstra"). */
const TITLE_LOWER = new RegExp(
  `(?<![\\p{L}])(mw|mevr|mevrouw|dhr|meneer|fam|familie|echtpaar)\\.?[ \\t]+((?:(?:el|al|van der|van den|van de|van|de|vd|v\\.d\\.|ter|ten)[ \\t]+)?(\\p{Ll}[\\p{Ll}'’-]{2,}))(?![\\p{L}])`,
  'gu',
);
const ARTICLES_AFTER_VAN = new Set([
  'het',
  'een',
  'dit',
  'dat',
  'die',
  'deze',
  'ons',
  'onze',
  'hun',
  'haar',
  'zijn',
  'mijn',
  'uw',
  'jullie',
]);
/** "mw. de zorg", "mw van de buren": a tussenvoegsel that is also an article or a preposition before an ordinary word. */
const ARTICLE_TUSSENVOEGSEL = /^(?:de|van|van de)[ \t]/;
const TITLE_LOWER_PHRASES = phrasesOf(['mw', 'mevr', 'mevrouw', 'dhr', 'meneer', 'fam', 'familie', 'echtpaar']);
/** Verbs and function words that are surnames too: what may follow "fam" in a note ("fam. kan", "fam. moet"). */
const NO_SURNAME_AFTER_FAM =
  /^(?:is|was|kan|kon|moet|heeft|hebben|had|wil|zal|mag|al|te|dan|even|door|liet|ligt|gaat|komt|en|of|ook|nog|niet|wel|zelf|thuis|samen)$/;
/**
 * "hoi nadia," "Hoi Idil," "goedemorgen hafsa ☺" "hallo meneer bas": a greeting (and a title), then
 * a word alone before a comma, an exclamation mark, a symbol or the line end is who is greeted; a
 * known first name that is no word is greeted whatever follows ("yoo glenn ben je …").
 */
const GREETED = new RegExp(
  `(?<![\\p{L}])(?:[Hh]oi+|[Hh]ee+|[Hh]e+y|[Hh]i|[Hh]allo|[Hh]ello|[Yy]o+|(?<!(?:de|die|een|elke|hele|per|zelfde|volgende|vorige|halve|goede|fijne|mooie|lange|drukke|welke|iedere) )[Dd]ag|[Gg]oe(?:de|ie)morgen|[Gg]oe(?:de|ie)middag|[Gg]oedenavond|[Gg]oeienavond|[Ss]alam)[ \\t]+((?:meneer|mevrouw|juf|meester|mw\\.?|dhr\\.?)[ \\t]+)?(\\p{L}[\\p{Ll}'’-]{1,})(?![\\p{L}])([ \\t]*(?:[,!?]|[^\\p{L}\\p{N}\\s.,;:'"(]|\\n|$))?`,
  'gu',
);
const GREETING_PHRASES = phrasesOf([
  'hoi',
  'hoii',
  'hee',
  'heee',
  'hey',
  'heey',
  'hi',
  'hallo',
  'hello',
  'yo',
  'yoo',
  'dag',
  'goedemorgen',
  'goeiemorgen',
  'goedemiddag',
  'goeiemiddag',
  'goedenavond',
  'goeienavond',
  'salam',
]);
const NOT_GREETED =
  /^(?:allemaal|allen|iedereen|team|collega|collega's|jongens|meiden|mensen|daar|hier|lieverd|schat|zeg|even|nog|weer|ik|wij|we|jij|jullie|u|ja|nee|oké|oke|ok|goed|hoe|wat|dit|dat|met|van|en|de|het|een|is|alle|beste|mam|pap|mama|papa)$/;
/** A lower-case surname from the lists right after a lower-case first name: "tomasz wiśniewski". */
const LOWER_SURNAME_AFTER = /[ \t]((?:(?:el|al|van der|van den|van de|van|de|vd)[ \t])?(\p{Ll}[\p{Ll}'’-]{2,}))(?![\p{L}])/uy;
const LOWER_NAME = new RegExp(`(?<=(?<![\\p{L}])(?:${LOWER_NAME_AFTER}),?\\s+)(\\p{Ll}{3,})(?![\\p{L}])`, 'gu');
const INITIALS_NAME = new RegExp(`(?<![\\p{L}.])((?:IJ\\.|\\p{Lu}\\.){1,4}\\s?(?:(?:${TV})\\s)?${CAP})`, 'gu');
/** After a capitalised word: a (tussenvoegsel +) capitalised word that may join it in a name (no abbreviation: "Geb.datum"). Always matches, perhaps empty. */
const FOLLOWING_NAME = new RegExp(`(?:[ \\t](?:(?:${TV})[ \\t])?(${CAP})(?![\\p{L}]|\\.\\p{L}))?`, 'uy');

// The words a pattern starts with: where to try it (see scan.ts).
const TITLE_PHRASES = phrasesOf(TITLES.split('|'));
const ROLE_PHRASES = phrasesOf(ROLES.split('|'));
const CONTACT_PHRASES = phrasesOf(CONTACT_WORDS.split('|'));
const LOWER_NAME_PHRASES = phrasesOf(LOWER_NAME_AFTER.split('|'));
/**
 * The lower-case words a name after a title, role or contact word can start with: a tussenvoegsel
 * ("met van der Berg"), "v" of "v.d.", or "van"/"met" after a role ("moeder van Jan").
 */
const NAME_LEADS = new Set([...TUSSENVOEGSELS.map((t) => t.split(' ')[0]!.replace(/^['’]/, '')), 'v', 'met', 'van'].map(hashOf));

const ORGANISATION_KIND_END = /(?:team|zorg|groep|wonen|hulp|dienst|centrum|huis|bureau|stichting|school|praktijk|vereniging|corporatie)$/;

/** Whether the word before `index` (and one space) is a capitalised organisation kind: "Buurtteam West". Walks back by hand: it runs for every known name. */
function afterOrganisationWord(text: string, index: number): boolean {
  const space = codeAt(text, index - 1);
  if (space !== 32 && space !== 9) return false;
  let start = index - 1;
  while (start > 0 && start > index - 30 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  return start < index - 1 && (classAt(text, start) & UPPER) !== 0 && ORGANISATION_KIND_END.test(text.slice(start, index - 1));
}

const isAsciiCapital = (code: number) => code >= 65 && code <= 90;
/** Whether the word before `index` (and one space) is a national agency written in capitals ("GGD", "UWV"). */
function afterAgency(text: string, index: number): boolean {
  if (!isSpaceAt(text, index - 1)) return false;
  let start = index - 1;
  while (start > 0 && index - start < 8 && isAsciiCapital(codeAt(text, start - 1))) start--;
  if (start === index - 1 || (start > 0 && (classAt(text, start - 1) & LETTER) !== 0)) return false;
  return GENERIC_SERVICES.has(lower(text.slice(start, index - 1)));
}

/** Whether the word before `index` (and one space) is a car make: "Renault Clio", "Opel Corsa" name a car, not a person. */
function afterCarMake(text: string, index: number): boolean {
  const start = capitalisedWordBefore(text, index, 20);
  return start >= 0 && isSpaceAt(text, index - 1) && CAR_MAKES.has(lower(text.slice(start, index - 1)));
}

const WORKS_FOR =
  /\s(?:van|bij)\s\p{Lu}\S*(?:beheer|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|praktijk|kliniek|vereniging|bank|corporatie|punt|loket)(?:\s.*)?$/u;

/** Law names (Leerplichtwet), car makes and their models, agencies and places are no persons. */
function notAPerson(name: string, strong: boolean, l = lower(name), lists = listsOf(l)): boolean {
  if ((lists & LIST.GENERIC_SERVICE) !== 0 || isLawName(l)) return true;
  if (!strong && (lists & LIST.PLACE) !== 0) return true;
  // Runs for every candidate: no pattern, only a look at the first word after an article.
  const space = firstSpace(l);
  const firstWord = l.slice(0, space);
  if (CAR_MAKES.has(firstWord) || CAR_MAKES.has(l)) return true;
  if (firstWord !== 'de' && firstWord !== 'het' && firstWord !== 'een') return false;
  const rest = l.slice(space + 1);
  return CAR_MAKES.has(rest.slice(0, firstSpace(rest))) || CAR_MAKES.has(rest);
}

const isLawName = (l: string) => l.endsWith('wet') || l.endsWith('wetboek') || l.endsWith('besluit') || l.endsWith('regeling');

/** /(?:^|\s)\p{Lu}[\p{Ll}]+\s$/u on the 30 characters before `index`: a capitalised word with a space or the window's start before it. */
function wordAloneBefore(text: string, index: number): boolean {
  const start = capitalisedWordBefore(text, index, 30);
  return start >= 0 && (start === Math.max(0, index - 30) || isSpaceAt(text, start - 1));
}

/** Whether the capitalised word right before `index` (a word, then a space) is a known name. */
function isKnownNameBefore(text: string, index: number): boolean {
  const start = capitalisedWordBefore(text, index, 30);
  const before = start < 0 ? undefined : text.slice(start, index - 1);
  return before !== undefined && (FIRST_NAMES.has(lower(before)) || SURNAMES.has(lower(before)));
}

/** The length of a lower-case surname from the lists that follows a lower-case first name, with its space (0 if none). */
function lowerSurnameAfter(text: string, end: number): number {
  LOWER_SURNAME_AFTER.lastIndex = end;
  const m = LOWER_SURNAME_AFTER.exec(text);
  if (!m) return 0;
  const w = m[2]!;
  return (SURNAMES.has(w) && !NAMES_THAT_ARE_WORDS.has(w) && !NOT_NAMES.has(w)) || m[1] !== w ? m[0].length : 0;
}

/** Where a word in brackets can start: right after each "(" (few per text). */
function numbersOrWordsInBrackets(text: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) positions.push(at + 1);
  return positions;
}

/**
 * For each word of the name rules' lists, which lists hold it, as bits: one lookup where a
 * capitalised word was looked up in up to eight large sets (it runs for every capitalised word).
 */
const IS_FIRST_NAME = LIST.FIRST_NAME;
const IS_SURNAME = LIST.SURNAME;
const IS_WORD = LIST.NAME_WORD;
const NOT_NAME_LIKE = LIST.NOT_NAME | LIST.GENERIC_SERVICE | LIST.PLACE | LIST.COUNTRY | LIST.KNOWN_INSTITUTION;
const ALL_FLAGS = IS_FIRST_NAME | IS_SURNAME | IS_WORD | NOT_NAME_LIKE;
/** The short keys of the words of those lists, marked. */
const WORD_FLAG_KEYS = new Uint8Array(65536);
for (const list of [FIRST_NAMES, SURNAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES, GENERIC_SERVICES, PLACES, COUNTRIES, KNOWN_INSTITUTIONS])
  for (const word of list) WORD_FLAG_KEYS[shortKey(word)] = 1;

/** The lists' flags of a lower-case word whose `shortKey` is `key`: most words that no list holds are ruled out by one array read. */
const flagsOf = (word: string, key: number) => (WORD_FLAG_KEYS[key] === 0 ? 0 : listsOf(word) & ALL_FLAGS);
/** `flagsOf` each capitalised word, kept by its id: it runs for every capitalised word of every text. */
const capitalisedFlags = new WordFacts((word) => flagsOf(word, shortKey(word)));

/** Bits of ONE_WORD_VERDICTS: judgeName's verdict on a capitalised word alone, strong and not. */
const NAME_WHEN_STRONG = 1;
const NAME_WHEN_WEAK = 2;
/**
 * judgeName's verdicts on a candidate that is one capitalised word, where canBeName and notAPerson come to for a word
 * whose first code unit is a capital (half of a surrogate pair is none: see `oneWordIsName`): no list of non-names,
 * no law's name, no car make (and, not strong, no place). Kept by the word's id: title, role and contact names and the
 * known names of the lists are mostly one word, and each made a slice, a lower-case copy and lookups in the call's verdicts.
 */
const ONE_WORD_VERDICTS = new WordFacts((word) => {
  const lists = flagsOf(word, shortKey(word));
  if ((lists & LIST.GENERIC_SERVICE) !== 0 || isLawName(word) || CAR_MAKES.has(word)) return 0;
  return (
    ((lists & (LIST.NOT_NAME | LIST.GENERIC_SERVICE)) === 0 ? NAME_WHEN_STRONG : 0) | ((lists & NOT_NAME_LIKE) === 0 ? NAME_WHEN_WEAK : 0)
  );
});

/** judgeName(capitalised word `c`, strong) !== null, without the word's string. */
function oneWordIsName(text: string, words: CapitalisedWords, c: number, strong: boolean): boolean {
  const first = codeAt(text, words.starts[c]!);
  if (first >= 0xd800 && first <= 0xdfff) return false;
  return (ONE_WORD_VERDICTS.of(words, c) & (strong ? NAME_WHEN_STRONG : NAME_WHEN_WEAK)) !== 0;
}

/** The capitalised word that is text[start, end) exactly (its index), or -1: by bisection of the words' starts. */
function capitalisedWordAt(words: CapitalisedWords, start: number, end: number): number {
  let low = 0;
  let high = words.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words.starts[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < words.starts.length && words.starts[low] === start && words.ends[low] === end ? low : -1;
}

/**
 * `nameLike` of the words as written in the current call (see `forgetCallWords`): the same names
 * are asked about many times a text, and each time made a lower-case copy and a lookup in a map of
 * 50,000 words, which misses the processor's caches.
 */
const nameLikeOfWritten = new Map<string, boolean>();

/**
 * Empties the caches of words and runs as written (residents' names) at the start of a call, and at
 * its end, so that no name stays in memory after the call that read it; the start covers a call that threw.
 */
function forgetCallWords(): void {
  nameLikeOfWritten.clear();
  runVerdicts.clear();
}

/** The words of ORGANISATION_WORD by their last letter: at the end of each word of a candidate, only those that end in its letter are compared. */
const ORGANISATION_WORDS_BY_LAST = new Map<number, string[]>();
for (const word of /\(\?:([a-z|]+)\)/.exec(ORGANISATION_WORD.source)![1]!.split('|')) {
  const last = codeAt(word, word.length - 1);
  ORGANISATION_WORDS_BY_LAST.set(last, [...(ORGANISATION_WORDS_BY_LAST.get(last) ?? []), word]);
}
/**
 * ORGANISATION_WORD.test(candidate), by hand: one of its words (ASCII letters in any case, as a
 * pattern with the i flag and no u flag compares them) right before a whitespace character or the
 * end. The pattern was tried at every position of every candidate (about 0.5 µs), on a text of new
 * names for most of its candidates.
 */
function hasOrganisationWord(candidate: string): boolean {
  for (let end = 1; end <= candidate.length; end++) {
    if (end < candidate.length && !isSpaceAt(candidate, end)) continue;
    const last = codeAt(candidate, end - 1);
    const words = ORGANISATION_WORDS_BY_LAST.get(last >= 65 && last <= 90 ? last + 32 : last);
    if (words === undefined) continue;
    for (let w = 0; w < words.length; w++) if (endsWithAsciiCaseless(candidate, end, words[w]!)) return true;
  }
  return false;
}
/** Whether `word` (lower-case ASCII) ends at `end` of `value`, ASCII letters compared in any case. */
function endsWithAsciiCaseless(value: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = codeAt(value, start + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== codeAt(word, i)) return false;
  }
  return true;
}

/** The tussenvoegsels that put a place into a surname ("van Dalen", "ter Horst"; not "in het Centrum", "op de Markt"). */
const PLACE_SURNAME_LEAD = /^[ \t](?:van(?: der| den| de)?|ter|ten|de|den|der)[ \t]$/;
/** Whether a capitalised word can be a name at all (not a weekday, pronoun, agency, place …). */
function nameLike(word: string): boolean {
  let like = nameLikeOfWritten.get(word);
  if (like === undefined) nameLikeOfWritten.set(word, (like = lowerNameLike(lower(word))));
  return like;
}
function lowerNameLike(w: string): boolean {
  return (flagsOf(w, shortKey(w)) & NOT_NAME_LIKE) === 0;
}

/** Whether some capitalised word of `name` can be a name. */
function canBeName(name: string, strong: boolean, wholeLists?: number): boolean {
  // What name.split(/\s+/).some((w) => /\p{Lu}/u.test(w[0] ?? '') && fits(w.replace(/\.$/, ''))) said, with fits
  // "in no list of non-names" (strong) or nameLike: read in place, one lookup for all lists per word.
  const excluded = strong ? LIST.NOT_NAME | LIST.GENERIC_SERVICE : NOT_NAME_LIKE;
  for (let at = 0; at < name.length;) {
    while (at < name.length && isSpaceAt(name, at)) at++;
    let end = at;
    while (end < name.length && !isSpaceAt(name, end)) end++;
    if (end === at) break;
    // The first code unit alone, as w[0]: half of a surrogate pair is no capital.
    const first = codeAt(name, at);
    if ((first < 0xd800 || first > 0xdfff) && (classAt(name, at) & UPPER) !== 0) {
      const wordEnd = codeAt(name, end - 1) === 46 ? end - 1 : end;
      // A name of one word: the lists of the whole name, looked up once for this and notAPerson.
      const lists = at === 0 && wordEnd === name.length && wholeLists !== undefined ? wholeLists : listsOf(lower(name.slice(at, wordEnd)));
      if ((lists & excluded) === 0) return true;
    }
    at = end;
  }
  return false;
}

/** Verdicts on candidate names: the name a candidate stands for, or null where it is none. */
interface Judged {
  strong: Map<string, string | null>;
  weak: Map<string, string | null>;
}

/**
 * The name a candidate (`whole`) stands for, or null if it is none. The same names recur in a
 * note, so each is judged once per text (in `judged`, which ends with the detection: no name
 * outlives it).
 */
function judgeName(whole: string, strong: boolean, judged: Judged): string | null {
  const verdicts = strong ? judged.strong : judged.weak;
  let verdict = verdicts.get(whole);
  if (verdict === undefined) {
    // "Mw. Visser van Woonzorg Nederland": the name ends where an organisation it works for begins.
    const name = whole.includes(' van ') || whole.includes(' bij ') ? whole.replace(WORKS_FOR, '') : whole;
    // The name's lists, looked up once (on a text of new names, the lookups were most of a verdict's cost).
    const l = lower(name);
    const lists = listsOf(l);
    verdict = canBeName(name, strong, lists) && !notAPerson(name, strong, l, lists) ? name : null;
    verdicts.set(whole, verdict);
  }
  return verdict;
}

/** The contact word a CONTACT_NAME match starts with (sticky, tried at the match's start: no match array needed). */
const AAN_OP = /(?:aan|op)\s/y;
const EN = /en\s/y;
const HEET = /(?:heet|heette|genaamd)\s/y;
const VOOR_VAN = /(?:voor|van)\s/y;
function wordAt(word: RegExp, text: string, at: number): boolean {
  word.lastIndex = at;
  return word.test(text);
}

function hasColon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codeAt(text, i) === 58) return true;
  return false;
}

/** What `add` reads of one findPersons call. */
interface PersonsCall {
  text: string;
  spans: SpanList;
  capitalised: CapitalisedWords;
  judged: Judged;
}

/**
 * Adds the candidate `whole` at `start` where it is a name. `strong`: a title, role or initials say it is a person, even
 * where the word is also a place (gezin Hoek). A module function with the call's state, not a closure made per call: V8
 * checks a closure call against the closure it saw, and each call's new one threw findPersons' code away ("wrong call target").
 */
function add(call: PersonsCall, start: number, whole: string, source: string, strong = false): void {
  const { text, spans, capitalised } = call;
  // Most candidates are one capitalised word: its verdict is kept by the word.
  const c = capitalisedWordAt(capitalised, start, start + whole.length);
  if (c >= 0) {
    if (oneWordIsName(text, capitalised, c, strong)) spans.add(start, start + whole.length, source);
    return;
  }
  const name = judgeName(whole, strong, call.judged);
  if (name !== null) spans.add(start, start + name.length, source);
}

/** Names after initials ("A. de Vries"): rare in notes, so a function of its own whose first match deopts only itself. */
function addInitialsNames(call: PersonsCall, found: Scan): void {
  const { text } = call;
  for (const m of matchesAt(INITIALS_NAME, text, initials(found), found)) {
    // "A. Mevrouw beheert …": a list letter before a title, no initials.
    const last = m[1]!.slice(m[1]!.lastIndexOf(' ') + 1);
    if (!NOT_NAMES.has(lower(last))) add(call, m.index, m[1]!, 'person-initials', true);
  }
}

export function findPersons(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('PERSON');
  forgetCallWords();
  const capitalised = capitalisedWords(found);
  const call: PersonsCall = { text, spans, capitalised, judged: { strong: new Map(), weak: new Map() } };
  let senders = 0;
  let lowerCaseSender = false;
  for (const line of linePersons(text)) {
    spans.add(line.start, line.end, line.source);
    if (line.source !== 'person-chat-sender') continue;
    senders++;
    lowerCaseSender ||= (classAt(text, line.start) & LOWER) !== 0;
  }
  // In a chat written in lower case (two messages or more, a sender's name in lower case), names are too, anywhere in a message.
  if (senders >= 2 && lowerCaseSender) lowerNamesInChats(text, found, spans);
  // As numbers (start, name start, end), not match arrays: these rules match most often.
  const titled = groupRangesAt(TITLE_NAME, text, phraseStarts(found, TITLE_PHRASES, 0, NAME_LEADS), found);
  for (let r = 0; r < titled.length; r += 3) {
    // "… & Dokter\nRond …": "dokter" names someone on its own line only.
    if (codeAt(text, titled[r]!) === 68 && text.startsWith('Dokter', titled[r]!) && text.slice(titled[r]!, titled[r + 1]).includes('\n'))
      continue;
    add(call, titled[r + 1]!, text.slice(titled[r + 1], titled[r + 2]), 'person-title', true);
  }
  const roles = groupRangesAt(ROLE_NAME, text, phraseStarts(found, ROLE_PHRASES, 0, NAME_LEADS), found);
  for (let r = 0; r < roles.length; r += 3) {
    const end = roles[r + 2]!;
    const name = text.slice(roles[r + 1], end);
    // "gezin de Jong", "echtpaar van Dijk": a family word takes a surname with its tussenvoegsel in lower case.
    if (!/^\p{Lu}/u.test(name) && !FAMILY_BEFORE.test(text.slice(roles[r], roles[r + 1]))) continue;
    if (hasOrganisationWord(name)) continue;
    // "Jongere: Ja, …", "Adres dochter: Veenkampen 14": after a label's colon only a known name, never a street and number.
    if (
      hasColon(text, roles[r]!, end) &&
      (/^\s*\d/.test(text.slice(end, end + 3)) || (!name.includes(' ') && !FIRST_NAMES.has(lower(name)) && !SURNAMES.has(lower(name))))
    )
      continue;
    // "echtpaar van Vliet": "van" is the surname's, unless a first name follows ("gezin van Mariana").
    const withVan =
      FAMILY_VAN_BEFORE.test(text.slice(roles[r], end - name.length)) && !FIRST_NAMES.has(lower(name.slice(0, firstSpace(name))));
    add(call, end - name.length - (withVan ? 4 : 0), withVan ? text.slice(end - name.length - 4, end) : name, 'person-role', true);
  }
  const contacts = groupRangesAt(CONTACT_NAME, text, phraseStarts(found, CONTACT_PHRASES, 0, NAME_LEADS), found);
  for (let r = 0; r < contacts.length; r += 3) {
    const at = contacts[r]!;
    const start = contacts[r + 1]!;
    const name = text.slice(start, contacts[r + 2]);
    // "Alphen aan den Rijn", "Bergen op Zoom": a capitalised word, then aan/op, is a place name.
    if (wordAt(AAN_OP, text, at) && capitalisedWordBefore(text, at, 30) >= 0) continue;
    const first = name.slice(0, firstSpace(name));
    // "Team Werk en Inkomen": "en" between capitalised words that are no names joins a title, not two people.
    if (wordAt(EN, text, at) && wordAloneBefore(text, at) && !isKnownNameBefore(text, at)) continue;
    // "van het Juridisch Loket", "bij de Albert Heijn": an article before capitalised words names a thing or a shop, not a person.
    if (/^het\s/.test(name) || (/^de\s/.test(name) && /^ \p{Lu}/u.test(text.slice(start + name.length, start + name.length + 2)))) continue;
    // "Centrum voor Jeugd en Gezin": an ordinary word after "voor" or "van" inside a capitalised title names no one.
    if (
      wordAt(VOOR_VAN, text, at) &&
      wordAloneBefore(text, at) &&
      isCommon(lower(name)) &&
      !FIRST_NAMES.has(lower(name)) &&
      !SURNAMES.has(lower(name))
    )
      continue;
    // In Dutch only names are capitalised mid-sentence: "over Jamal", "met Ans" name a person.
    // "heet Soemintra": after "heet" an ordinary word is no name ("heette Kom").
    if (wordAt(HEET, text, at) && isCommon(lower(first)) && !FIRST_NAMES.has(lower(first)) && !SURNAMES.has(lower(first))) continue;
    const midSentence = !isSentenceStart(text, start) && !ROLE_WORDS.has(lower(first)) && !hasOrganisationWord(name);
    if (FIRST_NAMES.has(lower(first)) || SURNAMES.has(lower(first)) || midSentence) add(call, start, name, 'person-contact');
  }
  // Informal notes write names in lower case ("gebeld met jeroen"): a known first name that is no Dutch word.
  for (const m of matchesAt(LOWER_NAME, text, wordsAfterPhrases(found, LOWER_NAME_PHRASES, isLowerCaseFirstName), found)) {
    const w = m[1]!;
    if (isLowerCaseFirstName(w)) spans.add(m.index, m.index + w.length + lowerSurnameAfter(text, m.index + w.length), 'person-lower');
  }
  for (const m of matchesAt(TITLE_LOWER, text, titlesBeforeLowerCase(found), found)) {
    const title = m[1]!;
    const whole = m[2]!;
    const word = m[3]!;
    // A tussenvoegsel says it is a surname; otherwise the word must be a name from the lists and no Dutch word ("mw. is", "dhr. heeft").
    // "die mevrouw van het wijkteam": an article after "van" starts no surname.
    if (ARTICLES_AFTER_VAN.has(word)) continue;
    const listed = (SURNAMES.has(word) || FIRST_NAMES.has(word)) && !NOT_NAMES.has(word) && !ROLE_WORDS.has(word);
    const nameNoWord = listed && !NAMES_THAT_ARE_WORDS.has(word);
    // "familie is", "familie van de buren": after a family word only a name of the lists ("familie de wit"); after
    // "fam", only used before a name, a surname though it is a word too ("fam jansen"), but no verb ("fam. kan").
    const surname =
      title === 'familie' || title === 'echtpaar'
        ? nameNoWord || (whole !== word && SURNAMES.has(whole.replace(/[ \t]+/g, ' ')))
        : (whole !== word && (!ARTICLE_TUSSENVOEGSEL.test(whole) || SURNAMES.has(whole.replace(/[ \t]+/g, ' ')) || !isCommon(word))) ||
          nameNoWord ||
          (title === 'fam' && listed && SURNAMES.has(word) && !NO_SURNAME_AFTER_FAM.test(word));
    if (surname) spans.add(m.index + m[0].length - whole.length, m.index + m[0].length, 'person-title-lower');
  }
  for (const m of matchesAt(GREETED, text, phraseStarts(found, GREETING_PHRASES), found)) {
    const word = m[2]!;
    const w = lower(word);
    const titled = m[1] !== undefined;
    const alone = m[3] !== undefined;
    const knownFirst = FIRST_NAMES.has(w) && (titled || /^\p{Lu}/u.test(word) || !NAMES_THAT_ARE_WORDS.has(w));
    if (NOT_NAMES.has(w) || NOT_GREETED.test(w) || PLACES.has(w) || COUNTRIES.has(w)) continue;
    // "hoi kim,": a first name greeted alone is a name, though the lists also know it as a word.
    if ((alone && (!NAMES_THAT_ARE_WORDS.has(w) || titled || FIRST_NAMES.has(w))) || knownFirst) {
      const start = m.index + m[0].length - (m[3]?.length ?? 0) - word.length;
      spans.add(start, start + word.length, 'person-greeted');
    }
  }
  for (const m of matchesAt(NAME_AFTER_KIN, text, kinBeforeBracket(found), found)) {
    const w = m[1]!;
    const l = lower(w);
    const start = m.index + m[0].length - w.length;
    if (/^\p{Lu}/u.test(w)) {
      if (nameLike(w)) add(call, start, w, 'person-after-kin', true);
    } else if ((isLowerCaseFirstName(l) || SURNAMES.has(l)) && !NAMES_THAT_ARE_WORDS.has(l))
      spans.add(start, start + w.length, 'person-after-kin');
  }
  addInitialsNames(call, found);
  // Known first names and surnames, capitalised; a following (tussenvoegsel +) capitalised word joins the name.
  const followingName = patternFor(FOLLOWING_NAME, text, found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const index = capitalised.starts[c]!;
    const w = capitalised.lowers[c]!;
    // A name that is also a word (Bakker, Roos) counts where Dutch would not capitalise the word: not at a sentence start.
    const flags = capitalisedFlags.of(capitalised, c);
    const known = (flags & (IS_FIRST_NAME | IS_SURNAME)) !== 0 && ((flags & IS_WORD) === 0 || !isSentenceStart(text, index));
    if (!known || (flags & NOT_NAME_LIKE) !== 0) continue;
    // "PostNL": capitals go on inside the word; "Buurtteam West": a word after an organisation's kind is part of its name.
    if ((classAt(text, capitalised.ends[c]!) & LETTER) !== 0 || afterOrganisationWord(text, index) || afterCarMake(text, index)) continue;
    // "Date: Thu, 19 Nov 2026": an English weekday of a mail header, though Thu is a first name too.
    if (ENGLISH_WEEKDAYS.has(w) && codeAt(text, capitalised.ends[c]!) === 44 && isDigit(codeAt(text, capitalised.ends[c]! + 2))) continue;
    // FOLLOWING_NAME starts with a space or tab; without one it matches nothing. By test, not exec (it
    // always matches, if only the empty string): its group is the capitalised word after the match's last space or tab.
    const firstEnd = capitalised.ends[c]!;
    const gap = codeAt(text, firstEnd);
    let end = firstEnd;
    let second: string | undefined;
    let secondLike = false;
    if (gap === 32 || gap === 9) {
      followingName.lastIndex = firstEnd;
      followingName.test(text);
      if (followingName.lastIndex > firstEnd) {
        end = followingName.lastIndex;
        let secondStart = end;
        while (codeAt(text, secondStart - 1) !== 32 && codeAt(text, secondStart - 1) !== 9) secondStart--;
        second = text.slice(secondStart, end);
        // Mostly the next capitalised word, whose flags are at hand: nameLike without a lookup.
        const next = c + 1;
        secondLike =
          next < capitalised.starts.length && capitalised.starts[next] === secondStart && capitalised.ends[next] === end
            ? (capitalisedFlags.of(capitalised, next) & NOT_NAME_LIKE) === 0
            : nameLike(second);
        // "Tjalling ter Aar", "Nienke van Dalfsen": after a first name and a tussenvoegsel, a place of the lists is a surname
        // (many Dutch surnames are), though no agency, country or organisation.
        if (
          !secondLike &&
          secondStart - firstEnd > 1 &&
          (flags & IS_FIRST_NAME) !== 0 &&
          PLACE_SURNAME_LEAD.test(text.slice(firstEnd, secondStart))
        )
          secondLike = (listsOf(lower(second)) & (NOT_NAME_LIKE & ~LIST.PLACE)) === 0;
      }
    }
    // A common first name at a sentence start is still a name; other capitalised words there are not evidence.
    if (second && secondLike && !/^(?:De|Het|Een)$/.test(second)) add(call, index, text.slice(index, end), 'person-lexicon');
    // One word, whose flags hold no list of non-names (see above).
    else if (oneWordIsName(text, capitalised, c, false)) spans.add(index, firstEnd, 'person-lexicon');
  }
  for (const m of matchesAt(CAP_SEQUENCE, text, capitalSequenceStarts(found), found)) {
    let start = m.index;
    let value = m[0];
    const firstWord = value.slice(0, firstSpace(value));
    // The first word of a sentence is capitalised anyway: it only counts when it is a known first name.
    if (isSentenceStart(text, start) && !FIRST_NAMES.has(lower(firstWord))) {
      const rest = value.slice(firstWord.length).trimStart();
      if (!/\s/.test(rest.replace(/^(?:\S+\s)??/, ''))) continue;
      start += value.length - rest.length;
      value = rest;
      if (!/^\p{Lu}/u.test(value)) continue;
    }
    // "GGD Hollands Midden", "UWV Noord-Holland": a national agency's region.
    if (afterAgency(text, start) || !runCanBeName(value)) continue;
    add(call, start, value, 'person-capitalised');
  }
  // Only where a capital follows the bracket, as CAP starts with one.
  const capitalsInBrackets = numbersOrWordsInBrackets(text).filter((at) => (classAt(text, at) & UPPER) !== 0);
  const inBrackets = groupRangesAt(NAME_IN_BRACKETS_WITH_AGE, text, capitalsInBrackets, found);
  for (let r = 0; r < inBrackets.length; r += 3) {
    const name = text.slice(inBrackets[r + 1], inBrackets[r + 2]);
    if (nameLike(name) && !ROLE_WORDS.has(lower(name))) add(call, inBrackets[r]!, name, 'person-in-brackets');
  }
  const beforeAges = groupRangesAt(NAME_BEFORE_AGE, text, wordsBeforeBracketedNumbers(found), found);
  for (let r = 0; r < beforeAges.length; r += 3) {
    const name = text.slice(beforeAges[r + 1], beforeAges[r + 2]);
    if (nameLike(name) && !ROLE_WORDS.has(lower(name))) add(call, beforeAges[r]!, name, 'person-before-age');
  }
  surnamesFirst(text, spans);
  mentions(text, spans);
  lowerNamesStartingLines(text, spans);
  const persons = withoutPlacesOfSeveralWords(propagate(text, spans, found), found);
  forgetCallWords();
  return persons;
}

/** A line's start, a chat sender's name and colon perhaps, then a lower-case word and a lower-case word after it. */
const LOWER_LINE_START = /(?:[^\n:]{1,30}:[ \t]+)?(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]+\p{Ll})/uy;
/** Answers that chats start messages with and the lists hold as first names. */
const CHAT_WORDS = /^(?:oke|okee|okay|oki|top|prima|super|lol|haha|hoi|doei|thnx|ff|yes|nope|sorry|dank|idd)$/;
/** "hamza zit in groep 6", "sanne: daan is ziek": a known first name that is no word, starting a message in lower case. */
function lowerNamesStartingLines(text: string, spans: SpanList): void {
  for (let at = 0; at !== -1 && at < text.length;) {
    LOWER_LINE_START.lastIndex = at;
    const m = LOWER_LINE_START.exec(text);
    if (m && isLowerCaseFirstName(m[1]!) && !CHAT_WORDS.test(m[1]!))
      spans.add(at + m[0].length - m[1]!.length, at + m[0].length, 'person-lower');
    const next = text.indexOf('\n', at);
    at = next === -1 ? -1 : next + 1;
  }
}

/** Kin words and blessings of Turkish, Arabic and Moroccan Dutch chats that the lists also hold as first names ("anne" is mother). */
const CHAT_KIN_AND_BLESSINGS =
  /^(?:anne|baba|abi|abe|abla|amin|amen|ameen|hamdullah|inshallah|mashallah|wallah|wollah|habibi|habibti|yalla|salam|salaam|allah|mubarak|mubarek|mabrouk|mabrook|kareem)$/;
/** "ramadan karim", "bayram kerim": the feast's greeting, though "karim" alone is a name. */
const FEAST_BEFORE_GREETING = /(?:^|[^\p{L}])(?:ramadan|ramazan|bayram|eid) $/u;
const FEAST_GREETING = /^(?:karim|kerim)$/;
/**
 * "gaat wesley ook mee", "is dat die jesper?": in a chat, a lower-case known first name that is no Dutch word
 * (the lists' common words, places and non-names left out), wherever it stands. Read from the scan's words.
 */
function lowerNamesInChats(text: string, found: Scan, spans: SpanList): void {
  for (let w = 0; w < found.wordCount; w++) {
    const start = found.wordStarts[w]!;
    const end = found.wordEnds[w]!;
    if (end - start < 3 || (classAt(text, start) & LOWER) === 0) continue;
    const word = text.slice(start, end);
    if (FEAST_GREETING.test(word) && FEAST_BEFORE_GREETING.test(text.slice(Math.max(0, start - 9), start))) continue;
    if (isLowerCaseFirstName(word) && !CHAT_WORDS.test(word) && !CHAT_KIN_AND_BLESSINGS.test(word) && !isCommon(word) && !PLACES.has(word))
      spans.add(start, end, 'person-lower-in-chat');
  }
}

/** "@jasper kun jij …", "(@kev.lmrs)": a chat mention or a social handle names someone (an e-mail address has a word before its @). */
const MENTION = /@(\p{L}[\p{L}\d_]*(?:\.[\p{L}\d_]+)*)(?![\p{L}\d_@]|\.[\p{L}\d])/uy;
function mentions(text: string, spans: SpanList): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && /[\p{L}\d._%+-]/u.test(text[at - 1]!)) continue;
    MENTION.lastIndex = at;
    const m = MENTION.exec(text);
    if (m && m[1]!.length >= 2) spans.add(at + 1, at + m[0].length, 'person-mention');
  }
}

/** "1. Nijenhuis, Grietje (67 jr)", "| de Wit, Hanna |": at the start of a line, item or cell, a surname, a comma and a first name. */
const SURNAME_FIRST =
  /(?:^|\n|\|)[ \t]*(?:\d{1,2}[.)][ \t]+|[-*•][ \t]+)?((?:(?:van der|van den|van de|van|de|der|den|ter|ten|el|al)[ \t])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u;
function surnamesFirst(text: string, spans: SpanList): void {
  for (let s = 0, count = spans.spans.length; s < count; s++) {
    const span = spans.spans[s]!;
    if (codeAt(text, span.start - 2) !== 44 || codeAt(text, span.start - 1) !== 32) continue;
    const first = text.slice(span.start, span.end);
    if (!FIRST_NAMES.has(lower(first.slice(0, firstSpace(first))))) continue;
    const from = Math.max(0, span.start - 42);
    const m = SURNAME_FIRST.exec(text.slice(from, span.start - 2));
    // The pattern's ^ is the window's start: a line start only where the window starts the text.
    if (!m || (from > 0 && m.index === 0 && m[0][0] !== '\n' && m[0][0] !== '|')) continue;
    const surname = m[1]!;
    const last = lower(surname.slice(surname.lastIndexOf(' ') + 1));
    // "Groetjes, Naim": a closing or another ordinary word is no surname; "van Leeuwen" is one, though Leeuwen is a place.
    if (!SURNAMES.has(lower(surname)) && (!lowerNameLike(last) || ROLE_WORDS.has(last) || (isCommon(last) && !SURNAMES.has(last))))
      continue;
    spans.add(span.start - 2 - surname.length, span.start - 2, 'person-surname-first');
  }
}

/**
 * What a run of capitalised words must be to name a person, whatever is around it: two words or
 * more, no agency, known organisation or place, no organisation's word, each capitalised word name-like,
 * and not ordinary words none of which is a name. Kept for the call by the run as written (see
 * `forgetCallWords`): the same runs recur in a text, and each was split, lowered and looked up anew.
 */
const runVerdicts = new Map<string, boolean>();
function runCanBeName(value: string): boolean {
  let verdict = runVerdicts.get(value);
  if (verdict === undefined) {
    const words = value.split(/\s+/);
    const whole = lower(value);
    verdict = !(
      words.length < 2 ||
      GENERIC_SERVICES.has(whole) ||
      KNOWN_INSTITUTIONS.has(whole) ||
      PLACES.has(whole) ||
      hasOrganisationWord(value) ||
      !words.every((w) => !/^\p{Lu}/u.test(w) || nameLike(w)) ||
      // "Algemene Huurvoorwaarden": capitalised ordinary words, none a name of the lists, are a title.
      (isCommon(lower(words[0]!)) && words.every((w) => !FIRST_NAMES.has(lower(w)) && !SURNAMES.has(lower(w))))
    );
    runVerdicts.set(value, verdict);
  }
  return verdict;
}

/** Rules whose evidence is more than a capital: a name they find may repeat in lower case. */
const STRONG_PERSON_SOURCES = new Set(['person-chat-sender', 'person-greeted', 'person-after-kin', 'person-lower']);
const ENGLISH_WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const WEAK_PERSON_SOURCES = new Set(['person-lexicon', 'person-capitalised', 'person-repeat', 'person-contact']);

/** "Den Helder", "Capelle aan den IJssel": a place of several words is no person, though a word of it is a surname. */
function withoutPlacesOfSeveralWords(spans: Span[], found: Scan): Span[] {
  // In text order; the furthest end so far is kept per place, as places may nest.
  const places = placeHits(found).filter(([, place]) => place.includes(' '));
  if (places.length === 0) return spans;
  const starts = places.map(([start]) => start);
  const reach: number[] = [];
  for (const [start, place] of places) reach.push(Math.max(reach.at(-1) ?? 0, start + place.length));
  /** Whether a place starts before `end` and reaches past `start`: the last place that starts before `end`, found by bisection, and the furthest end up to it. */
  const overlapsPlace = (start: number, end: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1]! > start;
  };
  return spans.filter((span) => !WEAK_PERSON_SOURCES.has(span.source) || !overlapsPlace(span.start, span.end));
}

/** A name found once is a name everywhere in the same text ("Roos" after "Moeder Linda de Vries … Roos (15)"). */
function propagate(text: string, list: SpanList, found: Scan): Span[] {
  const { spans } = list;
  const tokens = new Set<string>();
  // The same name is found many times in a text: what it adds to the tokens depends only on its text and whether a strong rule found it.
  // Names seen, by the hash of their text (no string is made for a name seen before).
  const seenStrong = new Map<number, string[]>();
  const seenWeak = new Map<number, string[]>();
  // By index: for…of left an iterator result per span.
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const seen = STRONG_PERSON_SOURCES.has(span.source) ? seenStrong : seenWeak;
    const hash = hashBetween(text, span.start, span.end);
    const same = seen.get(hash);
    const length = span.end - span.start;
    if (same !== undefined && seenAt(same, text, span.start, length)) continue;
    const name = text.slice(span.start, span.end);
    if (same) same.push(name);
    else seen.set(hash, [name]);
    const strong = seen === seenStrong;
    // Each part between whitespace, as name.split(/\s+/) gives them, read in the text: on a text of new
    // names this loop runs for most spans, and a split, two Unicode patterns and a lookup per list each time were most of its cost.
    for (let at = span.start; at < span.end;) {
      while (at < span.end && isSpaceAt(text, at)) at++;
      let end = at;
      while (end < span.end && !isSpaceAt(text, end)) end++;
      if (end === at) break;
      // Capitalised only (the search is case-sensitive): "Roos" repeats the name, "roos" stays a flower.
      if (capitalThenTwoLower(text, at, end)) {
        const part = text.slice(at, end);
        const l = lower(part);
        // One lookup for every list (nameLike and the lists below).
        const lists = listsOf(l);
        if ((lists & NOT_NAME_LIKE) === 0) {
          tokens.add(part);
          // Informal text writes the same name in lower case ("Nahom" … "over nahom"): where the name is no word and a strong rule found it.
          if ((lists & (LIST.NAME_WORD | LIST.PLACE_WORD)) === 0 && (strong || (lists & LIST.FIRST_NAME) !== 0)) tokens.add(l);
          at = end;
          continue;
        }
      }
      // The source first: few spans come from a strong rule.
      if (strong && lowerOnly(text, at, end, 3)) {
        const part = text.slice(at, end);
        if ((listsOf(part) & LIST.NAME_WORD) === 0) tokens.add(part);
      }
      at = end;
    }
  }
  if (tokens.size === 0) return spans;
  // One pass over the words for all names at once. Each name is looked up by the hash of its first
  // letters (the word it starts with), longest first, as an alternation of the names would try them:
  // a name that the text starts with at a word, with no letter after it, has that word as its lead.
  const byLead = new Map<number, string[]>();
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
    // The hash of the letters it starts with (every token starts with a letter).
    const lead = hashBetween(token, 0, lettersEnd(token, 0));
    const same = byLead.get(lead);
    if (same) same.push(token);
    else byLead.set(lead, [token]);
  }
  // Marks of the leads' hashes, so that most words are passed over by one array read (cleared below; a stale mark would only cost a lookup).
  for (const lead of byLead.keys()) leadMarks[lead & 0xffff] = 1;
  const { wordStarts, wordHashes, wordCount } = found;
  let after = 0;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w]!;
    if (leadMarks[wordHashes[w]! & 0xffff] === 0 || start < after) continue;
    const name = nameAt(byLead.get(wordHashes[w]!), text, start);
    if (!name) continue;
    list.add(start, start + name.length, 'person-repeat');
    after = start + name.length;
  }
  for (const lead of byLead.keys()) leadMarks[lead & 0xffff] = 0;
  return spans;
}
const leadMarks = new Uint8Array(65536);

/** /^\p{Lu}[\p{Ll}]{2,}/u on text.slice(start, end), without the slice. */
function capitalThenTwoLower(text: string, start: number, end: number): boolean {
  let at = characterEnd(text, start, UPPER);
  if (at < 0 || at >= end) return false;
  at = characterEnd(text, at, LOWER);
  if (at < 0 || at >= end) return false;
  at = characterEnd(text, at, LOWER);
  return at > 0 && at <= end;
}
/** /^\p{Ll}{least,}$/u on text.slice(start, end), without the slice. */
function lowerOnly(text: string, start: number, end: number, least: number): boolean {
  let count = 0;
  for (let at = start; at < end; count++) {
    at = characterEnd(text, at, LOWER);
    if (at < 0 || at > end) return false;
  }
  return count >= least;
}

// Loops rather than some/find with a closure: they run for every span and every marked word.
/** Whether one of the names is the text at `start` (`length` long). */
function seenAt(names: readonly string[], text: string, start: number, length: number): boolean {
  for (let i = 0; i < names.length; i++) if (names[i]!.length === length && text.startsWith(names[i]!, start)) return true;
  return false;
}
/** The first of the tokens (longest first) that the text has at `start` with no letter after it. */
function nameAt(tokens: readonly string[] | undefined, text: string, start: number): string | undefined {
  if (tokens === undefined) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (text.startsWith(token, start) && (classAt(text, start + token.length) & LETTER) === 0) return token;
  }
  return undefined;
}

const TUSSENVOEGSEL_FIRST_WORDS = new Set(TUSSENVOEGSELS.map((t) => t.split(' ')[0]!.replace(/^['’]/, '')));
/** Their hashes: most words after a capitalised word are ruled out without slicing them (a word in lower case that is in the set has one of these). */
const TUSSENVOEGSEL_FIRST_HASHES = new Set([...TUSSENVOEGSEL_FIRST_WORDS].map(hashOf));

/** ' or ’, as a tussenvoegsel such as 't starts. */
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Where a run of capitalised words can start: a capitalised word, a space, and a capital or a tussenvoegsel. */
function capitalSequenceStarts(found: Scan): number[] {
  const mark = numberStack.mark();
  const { text } = found;
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const start = capitalised.starts[c]!;
    let next = capitalised.ends[c]!;
    if (codeAt(text, next) !== 32) continue;
    next++;
    if ((classAt(text, next) & UPPER) !== 0) numberStack.push(start);
    else {
      // A tussenvoegsel of one or two words ("van der", "'t"), a space, and a capital.
      if (isApostrophe(codeAt(text, next))) next++;
      const end = lettersEnd(text, next);
      if (
        end === next ||
        codeAt(text, end) !== 32 ||
        !TUSSENVOEGSEL_FIRST_HASHES.has(hashBetween(text, next, end)) ||
        !TUSSENVOEGSEL_FIRST_WORDS.has(text.slice(next, end).toLowerCase())
      )
        continue;
      const second = lettersEnd(text, end + 1 + (isApostrophe(codeAt(text, end + 1)) ? 1 : 0));
      if (
        (classAt(text, end + 1) & UPPER) !== 0 ||
        (second > end + 1 && codeAt(text, second) === 32 && (classAt(text, second + 1) & UPPER) !== 0)
      )
        numberStack.push(start);
    }
  }
  return numberStack.takeFrom(mark);
}

/** Where a kinship word ends right before a bracket, perhaps after one space ("broer (jeroen)"): where NAME_AFTER_KIN can match. */
function kinBeforeBracket(found: Scan): number[] {
  const { text } = found;
  return phraseStarts(found, KIN_PHRASES).filter((at) => {
    const end = lettersEnd(text, at);
    return codeAt(text, end) === 40 || (isSpaceAt(text, end) && codeAt(text, end + 1) === 40);
  });
}

/**
 * Where TITLE_LOWER can match: a title word, perhaps a full stop, spaces or tabs, then a lower-case
 * letter (a tussenvoegsel or the name starts with one). Most titles are followed by a capital.
 */
function titlesBeforeLowerCase(found: Scan): number[] {
  const { text } = found;
  return phraseStarts(found, TITLE_LOWER_PHRASES).filter((at) => {
    let next = lettersEnd(text, at);
    if (codeAt(text, next) === 46) next++;
    const spaces = next;
    while (codeAt(text, next) === 32 || codeAt(text, next) === 9) next++;
    return next > spaces && (classAt(text, next) & LOWER) !== 0;
  });
}

/** Where initials can start: a one-letter word with a full stop after it. */
function initials(found: Scan): number[] {
  const positions: number[] = [];
  for (let w = 0; w < found.wordCount; w++) {
    const start = found.wordStarts[w]!;
    const end = found.wordEnds[w]!;
    // INITIALS_NAME starts with a capital and a full stop.
    if (end - start <= 2 && codeAt(found.text, end) === 46 && (classAt(found.text, start) & UPPER) !== 0) positions.push(start);
  }
  return positions;
}

/** Where a word can start that ends right before a bracketed number or a word for a young child: "Roos (15)", "Linh (baby, 9 maanden)". */
function wordsBeforeBracketedNumbers(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  // By index: for…of left an iterator result per bracket and per capital.
  const insides = numbersOrWordsInBrackets(text);
  for (let b = 0; b < insides.length; b++) {
    const inside = insides[b]!;
    const next = codeAt(text, inside);
    if (!(next >= 48 && next <= 57) && !/^(?:baby|peuter|kleuter|tiener|zuigeling)\b/.test(text.slice(inside, inside + 10))) continue;
    const bracket = inside - 1;
    const end = bracket > 0 && isSpaceAt(text, bracket - 1) ? bracket - 1 : bracket;
    const capitals = capitalsBefore(text, end);
    for (let c = 0; c < capitals.length; c++) positions.push(capitals[c]!);
  }
  return positions;
}

/** A known first name that is no Dutch word: what makes a lower-case word a name ("gebeld met jeroen"). */
const isLowerCaseFirstName = (word: string) => FIRST_NAMES.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word);
