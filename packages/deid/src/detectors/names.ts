import type { Span } from '../labels.js';
import { SpanList } from '../span-list.js';
import { capitalisedWordBefore, isSpaceAt, capitalisedWords, capitalsBefore, characterEnd, classAt, hashOf, lettersEnd, LETTER, UPPER, capitalsInChainBefore, matchesAt, phraseStarts, phrasesOf, scan, wordsAfterPhrases, type Scan } from '../scan.js';
import { linePersons } from './lines.js';
import { CAR_MAKES, COUNTRIES, PLACES_ABROAD, FIRST_NAMES, GENERIC_SERVICES, KNOWN_INSTITUTIONS, NOT_NAMES, PLACES, PLACES_THAT_ARE_WORDS, SURNAMES, TUSSENVOEGSELS, NAMES_THAT_ARE_WORDS } from '../lexicon.js';

const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)*";
const TV = TUSSENVOEGSELS.map((t) => t.replace(/'/g, "['’]")).flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]).join('|');
/** Up to two given names (Trần Thị Mai), optional tussenvoegsel, a capitalised surname (possibly double-barrelled). */
const NAME = `(?:${CAP} ){0,2}(?:(?:${TV}) )?${CAP}`;
const TITLES = "fam\\.|mw\\.|mevr\\.|mevrouw|dhr\\.|meneer|de heer|heer|juf|juffrouw|meester|dr\\.|mr\\.|drs\\.|ir\\.|ing\\.|prof\\.";
const ROLES =
  'gezin|familie|echtpaar|ouders|naam|budgetcoach|moeder|vader|zoon|dochter|broer|broertje|zus|zusje|oma|opa|buurman|buurvrouw|collega|partner|vriend|vriendin|mentor|wijkagent|huisarts|stiefvader|stiefmoeder|ex|tante|oom|neef|nicht|kind|jongere|cliënt|client|echtgenoot|echtgenote|man|vrouw|schoonmoeder|schoonvader|begeleider|coach|docent|leerkracht|juf|meester|contactpersoon|bewindvoerder|jeugdbeschermer|casusregisseur|wijkcoach|maatschappelijk werker';

/** "moeder" or "Moeder", but the name after it must really be capitalised: no case-insensitive flag. */
const anyCaseStart = (alternatives: string) => alternatives.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** Words that make a capitalised phrase an organisation rather than a person. */
const ORGANISATION_WORD = /(?:beheer|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|lyceum|praktijk|kliniek|vereniging|club|bank|corporatie)(?:\s|$)/i;
const ROLE_WORDS = new Set(ROLES.split('|').concat(['schoonmoeder', 'schoonvader', 'stiefzoon', 'stiefdochter', 'kleinzoon', 'kleindochter', 'baby', 'peuter', 'tiener']));
const TITLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(TITLES)})\\s+((?:\\p{Lu}\\.\\s?)*(?:v\\.d\\.\\s)?${NAME})`, 'gu');
const ROLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(ROLES)})(?: (?:van|met))?:?[ \\t]+(${NAME})`, 'gu');
const CONTACT_WORDS = 'contact met|gesprek met|gebeld met|sprak met|belde|mailde|samen met|namens|door|met|van|voor|aan|en|over|bij|zag|vroeg';
const CONTACT_NAME = new RegExp(`(?<![\\p{L}])(?:${CONTACT_WORDS})\\s+(${NAME})(?![\\p{L}\\d])`, 'gu');
/** Two or more capitalised words in a row: in Dutch, where nouns are not capitalised, mostly a name. */
const CAP_SEQUENCE = new RegExp(`(?<![\\p{L}\\d])${CAP}(?: (?:(?:${TV}) )?${CAP})+`, 'gu');
const NAME_BEFORE_AGE = new RegExp(`(?<![\\p{L}])(${CAP})(?=\\s?\\((?:\\d{1,3}(?:\\s(?:en|jaar)[^)]*)?\\)|(?:baby|peuter|kleuter|tiener|zuigeling)\\b))`, 'gu');
/** "(Linh, 4)", "(Samir, 12 jaar)": a name and its age inside brackets. */
const NAME_IN_BRACKETS_WITH_AGE = new RegExp(`(?<=\\()(${CAP})(?=,\\s?\\d{1,3}(?:\\s(?:jaar|jr|maanden))?\\))`, 'gu');
const KIN = 'broer|broertje|zus|zusje|zoon|dochter|moeder|vader|oma|opa|tante|oom|neef|nicht|partner|vriend|vriendin|buurman|buurvrouw|stiefvader|stiefmoeder|ex|man|vrouw|kind|baby';
const KIN_PHRASES = phrasesOf(KIN.split('|'));
/** "zijn broer (jeroen)", "oma (Fatma)": a name in brackets after a kinship word, in any case. */
const NAME_AFTER_KIN = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(KIN)})\\s?\\((\\p{L}[\\p{Ll}'’-]{2,})(?=[),])`, 'gu');
const LOWER_NAME_AFTER = 'met|van|over|en|voor|aan|bij|door|zag|belde|mailde|broer|zus|zoon|dochter|moeder|vader|of|hoi|hee|hey|hi|hallo|dag|ook|want|zei|vroeg|vraag|vraagt|bel|app';
/** After a title, informal notes write the surname in lower case too ("mw el amrani", "mw. dijkstra"). */
const TITLE_LOWER = new RegExp(`(?<![\\p{L}])(?:mw|mevr|mevrouw|dhr|meneer|fam)\\.?[ \\t]+((?:(?:el|al|van der|van den|van de|van|de|vd|v\\.d\\.|ter|ten)[ \\t]+)?(\\p{Ll}[\\p{Ll}'’-]{2,}))(?![\\p{L}])`, 'gu');
const TITLE_LOWER_PHRASES = phrasesOf(['mw', 'mevr', 'mevrouw', 'dhr', 'meneer', 'fam']);
/** "hoi nadia," "hee sam!": a greeting, then a word alone before a comma or an exclamation mark is who is greeted. */
const GREETED = new RegExp(`(?<![\\p{L}])(?:[Hh]oi|[Hh]ee|[Hh]ey|[Hh]i|[Hh]allo|[Dd]ag|[Gg]oedemorgen|[Gg]oedemiddag|[Gg]oedenavond)[ \\t]+(\\p{Ll}{3,})(?=[ \\t]*[,!])`, 'gu');
const GREETING_PHRASES = phrasesOf(['hoi', 'hee', 'hey', 'hi', 'hallo', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond']);
/** A lower-case surname from the lists right after a lower-case first name: "tomasz wiśniewski". */
const LOWER_SURNAME_AFTER = /[ \t]((?:(?:el|al|van der|van den|van de|van|de|vd)[ \t])?(\p{Ll}[\p{Ll}'’-]{2,}))(?![\p{L}])/uy;
const LOWER_NAME = new RegExp(`(?<=(?<![\\p{L}])(?:${LOWER_NAME_AFTER})\\s+)(\\p{Ll}{3,})(?![\\p{L}])`, 'gu');
const INITIALS_NAME = new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}\\.){1,4}\\s?(?:(?:${TV})\\s)?${CAP})`, 'gu');
/** After a capitalised word: a (tussenvoegsel +) capitalised word that may join it in a name (no abbreviation: "Geb.datum"). Always matches, perhaps empty. */
const FOLLOWING_NAME = new RegExp(`(?:[ \\t](?:(?:${TV})[ \\t])?(${CAP})(?![\\p{L}]|\\.\\p{L}))?`, 'uy');

const lower = (s: string) => s.toLowerCase();

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

/** `\s` of a pattern, without running one for every letter: in ASCII only tab to carriage return and the space are. */
const isSpace = (c: string) => isSpaceAt(c, 0);

/**
 * Whether `index` starts a sentence, judged from at most three characters before it: the text's
 * start, a line break, or . ! ? : and a space, or an opening quote or bracket. Scans back by hand:
 * it runs for every capitalised word, where slicing and a regular expression each time were costly.
 */
function isSentenceStart(text: string, index: number): boolean {
  const limit = Math.max(0, index - 3);
  let i = index - 1;
  for (; i >= limit && isSpace(text[i]!); i--) if (text[i] === '\n') return true;
  if (i < limit) return true;
  const c = text[i]!;
  if (c === '"' || c === '“' || c === '(') return true;
  return (c === '.' || c === '!' || c === '?' || c === ':') && i < index - 1;
}

/** Where the first whitespace character of `value` is (its length if there is none). */
function firstSpace(value: string): number {
  for (let i = 0; i < value.length; i++) if (isSpace(value[i]!)) return i;
  return value.length;
}

const ORGANISATION_KIND_END = /(?:team|zorg|groep|wonen|hulp|dienst|centrum|huis|bureau|stichting|school|praktijk|vereniging|corporatie)$/;

/** Whether the word before `index` (and one space) is a capitalised organisation kind: "Buurtteam West". Walks back by hand: it runs for every known name. */
function afterOrganisationWord(text: string, index: number): boolean {
  const space = text.charCodeAt(index - 1);
  if (space !== 32 && space !== 9) return false;
  let start = index - 1;
  while (start > 0 && start > index - 30 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  return start < index - 1 && (classAt(text, start) & UPPER) !== 0 && ORGANISATION_KIND_END.test(text.slice(start, index - 1));
}

const WORKS_FOR = /\s(?:van|bij)\s\p{Lu}\S*(?:beheer|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|praktijk|kliniek|vereniging|bank|corporatie)(?:\s.*)?$/u;

/** Law names (Leerplichtwet), car makes and their models, agencies and places are no persons. */
function notAPerson(name: string, strong: boolean): boolean {
  const l = lower(name);
  if (GENERIC_SERVICES.has(l) || l.endsWith('wet') || l.endsWith('wetboek') || l.endsWith('besluit') || l.endsWith('regeling')) return true;
  if (!strong && PLACES.has(l)) return true;
  // Runs for every candidate: no pattern, only a look at the first word after an article.
  const space = firstSpace(l);
  const firstWord = l.slice(0, space);
  if (CAR_MAKES.has(firstWord) || CAR_MAKES.has(l)) return true;
  if (firstWord !== 'de' && firstWord !== 'het' && firstWord !== 'een') return false;
  const rest = l.slice(space + 1);
  return CAR_MAKES.has(rest.slice(0, firstSpace(rest))) || CAR_MAKES.has(rest);
}

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
const IS_FIRST_NAME = 1;
const IS_SURNAME = 2;
const IS_WORD = 4;
const NOT_NAME_LIKE = 8;
const WORD_FLAGS = new Map<string, number>();
for (const [list, flag] of [[FIRST_NAMES, IS_FIRST_NAME], [SURNAMES, IS_SURNAME], [NAMES_THAT_ARE_WORDS, IS_WORD], [NOT_NAMES, NOT_NAME_LIKE], [GENERIC_SERVICES, NOT_NAME_LIKE], [PLACES, NOT_NAME_LIKE], [COUNTRIES, NOT_NAME_LIKE], [KNOWN_INSTITUTIONS, NOT_NAME_LIKE]] as const) {
  for (const word of list) WORD_FLAGS.set(word, (WORD_FLAGS.get(word) ?? 0) | flag);
}

/** Whether a capitalised word can be a name at all (not a weekday, pronoun, agency, place …). */
function nameLike(word: string): boolean {
  return lowerNameLike(lower(word));
}
function lowerNameLike(w: string): boolean {
  return ((WORD_FLAGS.get(w) ?? 0) & NOT_NAME_LIKE) === 0;
}

/**
 * Whether some capitalised word of `name` can be a name. The same names recur in a note, so each
 * is judged once per text (in `judged`, which ends with the detection: no name outlives it).
 */
function canBeName(name: string, strong: boolean, judged: { strong: Map<string, boolean>; weak: Map<string, boolean> }): boolean {
  const verdicts = strong ? judged.strong : judged.weak;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    const fits = strong ? (w: string) => !NOT_NAMES.has(lower(w)) && !GENERIC_SERVICES.has(lower(w)) : nameLike;
    verdict = name.split(/\s+/).some((w) => /\p{Lu}/u.test(w[0] ?? '') && fits(w.replace(/\.$/, '')));
    verdicts.set(name, verdict);
  }
  return verdict;
}

export function findPersons(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('PERSON');
  /** `strong`: a title, role or initials say it is a person, even where the word is also a place (gezin Hoek). */
  const judged = { strong: new Map<string, boolean>(), weak: new Map<string, boolean>() };
  const add = (start: number, whole: string, source: string, strong = false) => {
    // "Mw. Visser van Woonzorg Nederland": the name ends where an organisation it works for begins.
    const name = whole.includes(' van ') || whole.includes(' bij ') ? whole.replace(WORKS_FOR, '') : whole;
    if (canBeName(name, strong, judged) && !notAPerson(name, strong)) spans.add(start, start + name.length, source);
  };
  for (const line of linePersons(text)) spans.add(line.start, line.end, line.source);
  for (const m of matchesAt(TITLE_NAME, text, phraseStarts(found, TITLE_PHRASES, 0, NAME_LEADS))) add(m.index + m[0].length - m[1]!.length, m[1]!, 'person-title', true);
  for (const m of matchesAt(ROLE_NAME, text, phraseStarts(found, ROLE_PHRASES, 0, NAME_LEADS))) {
    const name = m[1]!;
    if (!/^\p{Lu}/u.test(name) || ORGANISATION_WORD.test(name)) continue;
    const end = m.index + m[0].length;
    // "Jongere: Ja, …", "Adres dochter: Veenkampen 14": after a label's colon only a known name, never a street and number.
    if (m[0].includes(':') && (/^\s*\d/.test(text.slice(end, end + 3)) || (!name.includes(' ') && !FIRST_NAMES.has(lower(name)) && !SURNAMES.has(lower(name))))) continue;
    add(end - name.length, name, 'person-role', true);
  }
  for (const m of matchesAt(CONTACT_NAME, text, phraseStarts(found, CONTACT_PHRASES, 0, NAME_LEADS))) {
    const start = m.index + m[0].length - m[1]!.length;
    // "Alphen aan den Rijn", "Bergen op Zoom": a capitalised word, then aan/op, is a place name.
    if (/^(?:aan|op)\s/.test(m[0]) && capitalisedWordBefore(text, m.index, 30) >= 0) continue;
    const first = m[1]!.slice(0, firstSpace(m[1]!));
    // "Team Werk en Inkomen": "en" between capitalised words that are no names joins a title, not two people.
    if (/^en\s/.test(m[0]) && wordAloneBefore(text, m.index) && !isKnownNameBefore(text, m.index)) continue;
    // In Dutch only names are capitalised mid-sentence: "over Jamal", "met Ans" name a person.
    const midSentence = !isSentenceStart(text, start) && !ROLE_WORDS.has(lower(first)) && !ORGANISATION_WORD.test(m[1]!);
    if (FIRST_NAMES.has(lower(first)) || SURNAMES.has(lower(first)) || midSentence) add(start, m[1]!, 'person-contact');
  }
  // Informal notes write names in lower case ("gebeld met jeroen"): a known first name that is no Dutch word.
  for (const m of matchesAt(LOWER_NAME, text, wordsAfterPhrases(found, LOWER_NAME_PHRASES, isLowerCaseFirstName))) {
    const w = m[1]!;
    if (isLowerCaseFirstName(w)) spans.add(m.index, m.index + w.length + lowerSurnameAfter(text, m.index + w.length), 'person-lower');
  }
  for (const m of matchesAt(TITLE_LOWER, text, phraseStarts(found, TITLE_LOWER_PHRASES))) {
    const whole = m[1]!;
    const word = m[2]!;
    // A tussenvoegsel says it is a surname; otherwise the word must be a name from the lists and no Dutch word ("mw. is", "dhr. heeft").
    if (whole !== word || ((SURNAMES.has(word) || FIRST_NAMES.has(word)) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word))) spans.add(m.index + m[0].length - whole.length, m.index + m[0].length, 'person-title-lower');
  }
  for (const m of matchesAt(GREETED, text, phraseStarts(found, GREETING_PHRASES))) {
    const w = m[1]!;
    if (!NOT_NAMES.has(w) && !NAMES_THAT_ARE_WORDS.has(w) && !/^(?:allemaal|allen|iedereen|team|collega|collega's|jongens|mensen|daar|hier|lieverd|schat)$/.test(w)) spans.add(m.index + m[0].length - w.length, m.index + m[0].length, 'person-greeted');
  }
  for (const m of matchesAt(NAME_AFTER_KIN, text, phraseStarts(found, KIN_PHRASES))) {
    const w = m[1]!;
    const l = lower(w);
    const start = m.index + m[0].length - w.length;
    if (/^\p{Lu}/u.test(w)) {
      if (nameLike(w)) add(start, w, 'person-after-kin', true);
    } else if ((isLowerCaseFirstName(l) || SURNAMES.has(l)) && !NAMES_THAT_ARE_WORDS.has(l)) spans.add(start, start + w.length, 'person-after-kin');
  }
  for (const m of matchesAt(INITIALS_NAME, text, initials(found))) add(m.index, m[1]!, 'person-initials', true);
  // Known first names and surnames, capitalised; a following (tussenvoegsel +) capitalised word joins the name.
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const index = capitalised.starts[c]!;
    const w = capitalised.lowers[c]!;
    // A name that is also a word (Bakker, Roos) counts where Dutch would not capitalise the word: not at a sentence start.
    const flags = WORD_FLAGS.get(w) ?? 0;
    const known = (flags & (IS_FIRST_NAME | IS_SURNAME)) !== 0 && ((flags & IS_WORD) === 0 || !isSentenceStart(text, index));
    if (!known || (flags & NOT_NAME_LIKE) !== 0) continue;
    // "PostNL": capitals go on inside the word; "Buurtteam West": a word after an organisation's kind is part of its name.
    if ((classAt(text, capitalised.ends[c]!) & LETTER) !== 0 || afterOrganisationWord(text, index)) continue;
    const first = text.slice(index, capitalised.ends[c]!);
    FOLLOWING_NAME.lastIndex = index + first.length;
    const [following, second] = FOLLOWING_NAME.exec(text)!;
    const whole = first + following;
    // A common first name at a sentence start is still a name; other capitalised words there are not evidence.
    const name = second && nameLike(second) && !/^(?:De|Het|Een)$/.test(second) ? whole : first;
    add(index, name, 'person-lexicon');
  }
  for (const m of matchesAt(CAP_SEQUENCE, text, capitalSequenceStarts(found))) {
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
    const words = value.split(/\s+/);
    const whole = lower(value);
    if (words.length < 2 || GENERIC_SERVICES.has(whole) || KNOWN_INSTITUTIONS.has(whole) || PLACES.has(whole) || ORGANISATION_WORD.test(value)) continue;
    if (!words.every((w) => !/^\p{Lu}/u.test(w) || nameLike(w))) continue;
    add(start, value, 'person-capitalised');
  }
  for (const m of matchesAt(NAME_IN_BRACKETS_WITH_AGE, text, numbersOrWordsInBrackets(text))) if (nameLike(m[1]!) && !ROLE_WORDS.has(lower(m[1]!))) add(m.index, m[1]!, 'person-in-brackets');
  for (const m of matchesAt(NAME_BEFORE_AGE, text, wordsBeforeBracketedNumbers(found))) if (nameLike(m[1]!) && !ROLE_WORDS.has(lower(m[1]!))) add(m.index, m[1]!, 'person-before-age');
  return withoutPlacesOfSeveralWords(propagate(text, spans, found), found);
}

const WEAK_PERSON_SOURCES = new Set(['person-lexicon', 'person-capitalised', 'person-repeat', 'person-contact']);

/** "Den Helder", "Capelle aan den IJssel": a place of several words is no person, though a word of it is a surname. */
/** The places of the lists found in a scan, shared by the person and place detectors. */
const placeHitsOf = new WeakMap<Scan, [number, string][]>();
function placeHits(found: Scan): [number, string][] {
  let hits = placeHitsOf.get(found);
  if (!hits) placeHitsOf.set(found, (hits = lexiconHits(found, PLACES)));
  return hits;
}

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
  const names = new Set(spans.map((s) => text.slice(s.start, s.end)));
  for (const name of names) {
    for (const part of name.split(/\s+/)) {
      // Capitalised only (the search is case-sensitive): "Roos" repeats the name, "roos" stays a flower.
      if (/^\p{Lu}[\p{Ll}]{2,}/u.test(part) && nameLike(part)) tokens.add(part);
    }
  }
  if (tokens.size === 0) return spans;
  // One pass over the words for all names at once. Each name is looked up by its first letters
  // (the word it starts with), longest first, as an alternation of the names would try them.
  const byLead = new Map<string, string[]>();
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
    const lead = /^\p{L}+/u.exec(token)![0];
    byLead.set(lead, [...(byLead.get(lead) ?? []), token]);
  }
  const leads = new Set([...byLead.keys()].map(hashOf));
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  let after = 0;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w]!;
    if (start < after || !leads.has(wordHashes[w]!)) continue;
    const name = byLead.get(text.slice(start, wordEnds[w]!))?.find((token) => text.startsWith(token, start) && (classAt(text, start + token.length) & LETTER) === 0);
    if (!name) continue;
    list.add(start, start + name.length, 'person-repeat');
    after = start + name.length;
  }
  return spans;
}

/** Up to four words separated by single spaces (or hyphens inside a word), without trailing punctuation. */
const LEADING_WORDS = /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}/u;

/**
 * For each list: the first words of its entries and the most words an entry with that first word
 * has, so most capitalised words are ruled out by one lookup and most others need one more.
 */
const firstWordsOf = new WeakMap<ReadonlySet<string>, Map<string, number>>();
function firstWords(list: ReadonlySet<string>): Map<string, number> {
  let firsts = firstWordsOf.get(list);
  if (!firsts) {
    firsts = new Map();
    for (const entry of list) {
      const words = entry.split(' ');
      firsts.set(words[0]!, Math.max(firsts.get(words[0]!) ?? 0, words.length));
    }
    firstWordsOf.set(list, firsts);
  }
  return firsts;
}

/** Where the character at `index` ends if it is a letter, apostrophe or hyphen (a word of LEADING_WORDS), or -1. */
const leadingWordPartEnd = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code === 39 || code === 0x2019 || code === 45 ? index + 1 : characterEnd(text, index, LETTER);
};

const TUSSENVOEGSEL_FIRST_WORDS = new Set(TUSSENVOEGSELS.map((t) => t.split(' ')[0]!.replace(/^['’]/, '')));

/** Where a run of capitalised words can start: a capitalised word, a space, and a capital or a tussenvoegsel. */
function capitalSequenceStarts(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const start = capitalised.starts[c]!;
    let next = capitalised.ends[c]!;
    if (text.charCodeAt(next) !== 32) continue;
    next++;
    if ((classAt(text, next) & UPPER) !== 0) positions.push(start);
    else {
      // A tussenvoegsel of one or two words ("van der", "'t"), a space, and a capital.
      if (text[next] === "'" || text[next] === '’') next++;
      const end = lettersEnd(text, next);
      if (end === next || !TUSSENVOEGSEL_FIRST_WORDS.has(text.slice(next, end).toLowerCase()) || text.charCodeAt(end) !== 32) continue;
      const second = lettersEnd(text, end + 1 + (text[end + 1] === "'" || text[end + 1] === '’' ? 1 : 0));
      if ((classAt(text, end + 1) & UPPER) !== 0 || (second > end + 1 && text.charCodeAt(second) === 32 && (classAt(text, second + 1) & UPPER) !== 0)) positions.push(start);
    }
  }
  return positions;
}

/** Where initials can start: a one-letter word with a full stop after it. */
function initials(found: Scan): number[] {
  const positions: number[] = [];
  for (let w = 0; w < found.wordCount; w++) {
    const start = found.wordStarts[w]!;
    const end = found.wordEnds[w]!;
    if (end - start <= 2 && found.text.charCodeAt(end) === 46) positions.push(start);
  }
  return positions;
}

/** Where a word can start that ends right before a bracketed number or a word for a young child: "Roos (15)", "Linh (baby, 9 maanden)". */
function wordsBeforeBracketedNumbers(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  for (const inside of numbersOrWordsInBrackets(text)) {
    const next = text.charCodeAt(inside);
    if (!(next >= 48 && next <= 57) && !/^(?:baby|peuter|kleuter|tiener|zuigeling)\b/.test(text.slice(inside, inside + 10))) continue;
    const bracket = inside - 1;
    const end = bracket > 0 && isSpaceAt(text, bracket - 1) ? bracket - 1 : bracket;
    for (const position of capitalsBefore(text, end)) positions.push(position);
  }
  return positions;
}


/** A known first name that is no Dutch word: what makes a lower-case word a name ("gebeld met jeroen"). */
const isLowerCaseFirstName = (word: string) => FIRST_NAMES.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word);

/** Entries of a list found in the text: one to four capitalised words in a row ("Capelle aan den IJssel"). */
function lexiconHits(found: Scan, list: ReadonlySet<string>): [number, string][] {
  const { text } = found;
  const hits: [number, string][] = [];
  const firsts = firstWords(list);
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const index = capitalised.starts[c]!;
    const word = capitalised.lowers[c]!;
    if (!firsts.has(word)) continue;
    // The first of LEADING_WORDS, found by hand: entries of one word (most places) need no more.
    let end = index;
    for (let next = leadingWordPartEnd(text, end); next > 0 && next <= index + 60; next = leadingWordPartEnd(text, end)) end = next;
    const first = text.slice(index, end);
    const most = firsts.get(lower(first)) ?? 0;
    if (most <= 1) {
      if (most === 1 && list.has(lower(first))) hits.push([index, first]);
      continue;
    }
    const words = LEADING_WORDS.exec(text.slice(index, index + 60))?.[0].split(' ') ?? [];
    let best: string | undefined;
    for (let n = 1; n <= Math.min(words.length, most); n++) {
      const candidate = words.slice(0, n).join(' ');
      if (list.has(lower(candidate))) best = candidate;
    }
    if (best) hits.push([index, best]);
  }
  return hits;
}

const PLACE_CUE_WORDS = 'in|te|uit|naar|vanuit|richting|wonend in|woonachtig in|woont in|geboren in|verhuisd naar|wijk|regio';
const PLACE_CUE_PHRASES = phrasesOf(PLACE_CUE_WORDS.split('|'));
const PLACE_CUE = new RegExp(`(?<![\\p{L}])(?:${PLACE_CUE_WORDS})\\s+((?:${CAP})(?:[- ](?:aan|op|den|de|der|\\p{Lu}[\\p{Ll}]+))*)`, 'gu');
/** "Rijswijk (ZH)", "Hengelo (Ov.)", "Bergen (NH)": a province in brackets is part of the place. */
const PROVINCE_AFTER = / ?\((?:[NZ]-?[HB]|N-?Br|Gld|Gr|Fr|Frl|Dr|Ov|Fl|Flevo|Ut|Utr|Zl|Zld|L|Lb|Li|Lim|NB|NH|ZH)\.?\)/y;
/** "'s-Gravenzande", "’s-Hertogenbosch": places whose name starts with an apostrophe, which no capital starts. */
const APOSTROPHE_PLACE = /['’]s[- ]\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*/uy;

/** The lists hold lower case, so a word found in them as written is in lower case (the first test rules out nearly all words). */
const isLowerCasePlace = (word: string) => PLACES.has(word) && !PLACES_THAT_ARE_WORDS.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word);

const CITY_AFTER_POSTCODE = new RegExp(`\\b[1-9]\\d{3} ?[A-Z]{2}[ \\t]+(${CAP}(?:[- ](?:aan|op|den|de|\\p{Lu}[\\p{Ll}]+))*)`, 'gu');

export function findPlaces(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('CITY');
  for (const [start, candidate] of placeHits(found)) {
    // "Best lastig gesprek", "Hoorn erop gegooid": a place that is also a word is no evidence at a sentence start.
    if (PLACES_THAT_ARE_WORDS.has(lower(candidate)) && isSentenceStart(text, start)) continue;
    spans.add(start, start + candidate.length, 'city-lexicon');
  }
  for (const m of matchesAt(PLACE_CUE, text, phraseStarts(found, PLACE_CUE_PHRASES, 2))) {
    const name = m[1]!;
    const w = lower(name);
    if (COUNTRIES.has(w) || PLACES_ABROAD.has(w) || NOT_NAMES.has(w) || GENERIC_SERVICES.has(w) || FIRST_NAMES.has(w) || KNOWN_INSTITUTIONS.has(w) || isSentenceStart(text, m.index + m[0].length - name.length)) continue;
    spans.add(m.index + m[0].length - name.length, m.index + m[0].length, 'city-cue');
  }
  // The word after a postcode is the place: "3311 AB Dordrecht".
  for (const m of matchesAt(CITY_AFTER_POSTCODE, text, postcodeStarts(found))) {
    spans.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'city-after-postcode');
  }
  for (let at = text.indexOf('s-'); at !== -1; at = text.indexOf('s-', at + 2)) {
    APOSTROPHE_PLACE.lastIndex = at - 1;
    const m = at > 0 ? APOSTROPHE_PLACE.exec(text) : null;
    if (m && PLACES.has(lower(m[0].replace('’', "'")))) spans.add(m.index, m.index + m[0].length, 'city-apostrophe');
  }
  // Informal notes write places in lower case: "bij vrienden in hoogvliet" (a place from the lists that is no word).
  for (const start of wordsAfterPhrases(found, PLACE_CUE_PHRASES, isLowerCasePlace)) {
    spans.add(start, lettersEnd(text, start), 'city-lower');
  }
  return spans.spans.map((span) => {
    PROVINCE_AFTER.lastIndex = span.end;
    const province = PROVINCE_AFTER.exec(text);
    return province ? { ...span, end: span.end + province[0].length } : span;
  });
}

const STREET_SUFFIX = 'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|baan|ring|markt|wal|erf|zoom|veld|akker|weide|haven|boulevard|dam|burcht|hoven|tuin|gaarde|lei|hage|stede|buorren|wei|loane|dyk|wyk';
const ADDRESS = new RegExp(
  `(?<![\\p{L}])((?:(?:${CAP}|\\p{Lu}\\.)[ \\t](?:(?:${CAP}|van|de|der|den|het|'t|\\p{Lu}\\.)[ \\t])*)?\\p{Lu}[\\p{L}'-]*(?:${STREET_SUFFIX}))[ \\t](\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}])|-\\d{1,3}|-[A-Za-z](?![\\p{L}])|\\s?(?:bis|hs|huis|boven|bg))?)(?![\\d\\p{L}])`,
  'gu',
);
const ADDRESS_CUE = new RegExp(`(?<![\\p{L}])(?:woont aan de|woont op de|woont in de|aan de|op de|[Aa]dres(?:[ \\t]\\p{Ll}+)?:?)[ \\t]+(${CAP}(?:[ \\t]${CAP})*[ \\t]\\d{1,5}(?:[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}]))?)(?![\\d\\p{L}])`, 'gu');

const STREET_END = new RegExp(`(?:${STREET_SUFFIX})$`);
const ADDRESS_CUE_PHRASES = phrasesOf(['woont aan de', 'woont op de', 'woont in de', 'aan de', 'op de', 'adres']);
/** Streets named with their kind first: "Laan van Nieuw Oost-Indië 270", "Plein 1944 3". */
const STREET_KIND_FIRST = new RegExp(`(?:Laan|Plein|Kade|Singel|Dreef|Hof|Park|Burgwal)[ \\t](?:van|op|aan|der|de|den|het|'t|ter|ten)[ \\t](?:(?:${CAP}|van|de|der|den|het|'t)[ \\t]){0,4}\\d{1,5}(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-\\d{1,3})?(?![\\d\\p{L}])`, 'uy');
const STREET_KIND_PHRASES = phrasesOf(['laan', 'plein', 'kade', 'singel', 'dreef', 'hof', 'park', 'burgwal']);

/** Where a street named with its kind first can start: a capitalised kind word ("Laan van …"). */
function streetKindStarts(found: Scan): number[] {
  return phraseStarts(found, STREET_KIND_PHRASES).filter((at) => (classAt(found.text, at) & UPPER) !== 0);
}
const BEFORE_POSTCODE = new RegExp(`(?<![\\p{L}])(${CAP}(?: ${CAP})* \\d{1,5}[a-zA-Z]?)(?=,? [1-9]\\d{3} ?[A-Z]{2}\\b)`, 'gu');
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Where a street address can start: the names before a word that ends like a street and has a number after it. */
function streetStarts(found: Scan): number[] {
  const positions: number[] = [];
  const { text, wordStarts, wordEnds, wordCount } = found;
  let last = -1;
  for (let w = 0; w < wordCount; w++) {
    const end = wordEnds[w]!;
    if (!isDigit(text.charCodeAt(end + 1)) || !isSpaceAt(text, end) || !STREET_END.test(text.slice(Math.max(wordStarts[w]!, end - 9), end))) continue;
    for (const at of capitalsInChainBefore(text, end)) if (at > last) positions.push((last = at));
  }
  return positions;
}


/** Where a postcode can start: four digits before a word of at least two letters ("3311 AB", "3311AB"). */
function postcodeStarts(found: Scan): number[] {
  let starts = found.derived.postcodeStarts;
  if (starts) return starts;
  starts = [];
  const { text, wordStarts, wordEnds, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w]!;
    const before = text.charCodeAt(start - 1);
    if (!isDigit(before) && before !== 32) continue;
    const at = before === 32 ? start - 1 : start;
    if (wordEnds[w]! - start >= 2 && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 4))) starts.push(at - 4);
  }
  found.derived.postcodeStarts = starts;
  return starts;
}

/** Where an address can start that a postcode follows ("Tuinen 12, 8911 KC"): the names before the house number. */
function startsBeforePostcodes(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  let last = -1;
  for (const postcode of postcodeStarts(found)) {
    let at = postcode; // before the postcode ", " or " ", the house number, a space
    at -= text.charCodeAt(at - 2) === 44 ? 2 : 1;
    if (/[a-zA-Z]/.test(text[at - 1] ?? '')) at--;
    while (isDigit(text.charCodeAt(at - 1))) at--;
    for (const candidate of capitalsInChainBefore(text, at - 1)) if (candidate > last) positions.push((last = candidate));
  }
  return positions;
}

/** "Watermolen 31 in Beek", "Veenkampen 14, Hoogeveen": a name and a house number before a known place is a street, suffix or not. */
const BEFORE_PLACE = new RegExp(`(${CAP}(?: ${CAP}){0,2} \\d{1,5}(?:[a-zA-Z](?![\\p{L}]))?)(?=(?:,| in| te) (\\p{Lu}[\\p{L}'’-]+(?: (?:aan|op|den|de|\\p{Lu}[\\p{L}'’-]+)){0,3}))`, 'gu');
/** Capitalised words that a number follows but that name no street. */
const NUMBERED_THINGS = /^(?:Groep|Klas|Zaal|Kamer|Bus|Lijn|Artikel|Art|Lid|Week|Fase|Stap|Niveau|Bijlage|Hoofdstuk|Pagina|Blok|Unit|Nummer|Nr|Huisnummer|Team|Afdeling|Vak|Tafel|Route|Perron|Spoor|Gate)$/;

/** Where an address before a place can start: capitalised words with a space and a digit after them. */
function startsBeforeNumbers(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const end = capitalised.ends[c]!;
    if (text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1))) for (const at of capitalsInChainBefore(text, end)) if (at > (positions.at(-1) ?? -1)) positions.push(at);
  }
  return positions;
}

export function findAddresses(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('ADDRESS');
  for (const m of matchesAt(BEFORE_PLACE, text, startsBeforeNumbers(found))) {
    const place = m[2]!;
    const first = m[1]!.slice(0, firstSpace(m[1]!));
    if (PLACES.has(lower(place)) && !NUMBERED_THINGS.test(first) && !NOT_NAMES.has(lower(first)) && !isSentenceStart(text, m.index)) spans.add(m.index, m.index + m[1]!.length, 'address-before-place');
  }
  for (const m of matchesAt(ADDRESS, text, streetStarts(found))) {
    let start = m.index;
    let value = m[0];
    // "De Kerkstraat 4" at a sentence start: the article is not part of the street name.
    // "Aan de Kerkstraat 4" too: a preposition and its article.
    const lead = /^(?:De|Het|Van|In|Op|Aan|Naar|Bij|Via)\s(?:(?:de|het|den)\s)?/.exec(value);
    if (lead && isSentenceStart(text, start) && !/^Van\s\p{Lu}/u.test(value)) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    spans.add(start, start + value.length, 'address-street-suffix');
  }
  // A street without a typical suffix is still an address right before a postcode: "Tuinen 12, 8911 KC".
  for (const m of matchesAt(BEFORE_POSTCODE, text, startsBeforePostcodes(found))) {
    spans.add(m.index, m.index + m[1]!.length, 'address-before-postcode');
  }
  for (const at of streetKindStarts(found)) {
    STREET_KIND_FIRST.lastIndex = at;
    const m = STREET_KIND_FIRST.exec(text);
    if (m) spans.add(m.index, m.index + m[0].length, 'address-kind-first');
  }
  for (const m of matchesAt(ADDRESS_CUE, text, phraseStarts(found, ADDRESS_CUE_PHRASES, 2))) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.add(start, start + m[1]!.length, 'address-cue');
  }
  return spans.spans;
}

const INSTITUTION_KINDS = 'ROC|AZC|OBS|CBS|RKBS|PCBS|SBO|SO|VSO|IKC|KDV|BSO|Basisschool|basisschool|Kindcentrum|kindcentrum|Jongerenhuis|jongerenhuis|Zorgcentrum|zorgcentrum|Woonzorgcentrum|woonzorgcentrum|Zorggroep|Buurthuis|buurthuis|Wijkcentrum|wijkcentrum|Moskee|moskee|Stichting|Bewindvoering|Jeugdbescherming|Basis GGZ|GGZ|Praktijk|praktijk|logopediepraktijk|fysiotherapiepraktijk|huisartsenpraktijk|Huisartsenpraktijk|Kinderopvang|kinderopvang|Peuterspeelzaal|peuterspeelzaal';
const SCHOOL_OR_CARE_WORDS = 'College|Lyceum|Gymnasium|Academie|Ziekenhuis|ziekenhuis|Gasthuis|Kliniek|kliniek|Zorggroep|Zorg|zorg|Scholengemeenschap|Mavo|Havo|Vwo|Vmbo|Gerechtsdeurwaarders|Deurwaarders|Advocaten|Bewindvoerders|Notarissen|Moskee|moskee|Camii|Kerk|Gemeente';
const ORGANISATION_ENDINGS = 'beheer|zorg|groep|hulp|werk|wonen|bureau|instituut|bank';
const CAMEL_ENDINGS = 'Wonen|Zorg|Groep|Thuis';
const CARE_ENDINGS = 'ziekenhuis|kliniek|college|lyceum';
const SPORTS_CLUBS = 'AV|VV|SV|RKSV|RKVV|HC|MHC|FC|KV|ZV|av|vv|sv|rksv|rkvv|hc|mhc|fc|kv|zv';
const NAMED_BUILDINGS = 'Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik';

/** The words a local organisation's name starts with when its kind comes first: a compound of the kind ("Woonstichting", "Gezondheidscentrum"). */
const HEAD_ENDINGS = 'stichting|praktijk|centrum|bedrijf|school|vereniging|kliniek|opvang|instituut|welzijn|gasthuis|bewindvoering|jeugdhulp|jeugdzorg';
/** Kinds that are a whole word as well as the end of compounds. */
const HEAD_WORDS = 'Stichting|Welzijn|Bewindvoering|Jeugdhulp|Jeugdzorg|Kinderopvang';
const ENDS_LIKE_HEAD = new RegExp(`^(?:\\p{Lu}.*(?:${HEAD_ENDINGS})|${HEAD_WORDS})$`, 'u');
/** A name after the kind, on the same line: capitalised words, joined by articles and "aan de", "&", "en"; a year as in "'78". */
const NAME_TAIL = `(?:[ \\t](?:(?:aan|van|de|den|der|het|'t|en|&)[ \\t])*(?:${CAP}|\\p{Lu}{2,}(?![\\p{L}])|['’]\\d{2}(?!\\d)))+`;

/** Two ascending lists as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x - y);
}

/** Where a name before "MC" or "Medisch Centrum" can start. */
function medicalCentreStarts(text: string): number[] {
  const positions: number[] = [];
  for (const hit of text.matchAll(/ (?:U?MC|Medisch Centrum)\b/g)) for (const at of capitalsInChainBefore(text, hit.index)) if (at > (positions.at(-1) ?? -1)) positions.push(at);
  return positions;
}

const INSTITUTION_KIND_PHRASES = phrasesOf(INSTITUTION_KINDS.split('|'));
const SPORTS_CLUB_PHRASES = phrasesOf(SPORTS_CLUBS.split('|'));
const NAMED_BUILDING_PHRASES = phrasesOf(NAMED_BUILDINGS.split('|').flatMap((name) => [`het ${name}`, `de ${name}`]));

/** Each pattern, and where it can start: a pattern is tried only there (see scan.ts). */
const INSTITUTION_PATTERNS: { pattern: RegExp; starts: (found: Scan, ends: InstitutionWordEnds) => Iterable<number> }[] = [
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${INSTITUTION_KINDS})\\s+(?:(?:De|Het|'t|de|het)\\s)?(?:${CAP})(?:\\s${CAP})?`, 'gu'),
    starts: (found) => phraseStarts(found, INSTITUTION_KIND_PHRASES, 3),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${CAP})[ \\t](?:(?:${CAP}|van|de|der|den|&|en)[ \\t]){0,3}(?:${SCHOOL_OR_CARE_WORDS})(?: (?!De |Het )${CAP})?(?![\\p{L}])`, 'gu'),
    starts: (_, ends) => ends.namesBeforeSchoolOrCare,
  },
  { pattern: new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{Ll}]*(?:${ORGANISATION_ENDINGS}) ${CAP}(?![\\p{L}])`, 'gu'), starts: (_, ends) => ends.organisationWords },
  // One word with a capital inside: BrabantWonen, ThuisZorg.
  { pattern: new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:${CAMEL_ENDINGS})(?![\\p{L}])`, 'gu'), starts: (_, ends) => ends.camelWords },
  // Sports clubs: AV Phanos, VV Zwaluwen.
  { pattern: new RegExp(`(?<![\\p{L}])(?:${SPORTS_CLUBS})\\s${CAP}(?: ['’]\\d{2})?(?![\\p{L}])`, 'gu'), starts: (found) => phraseStarts(found, SPORTS_CLUB_PHRASES, 2) },
  // "Woonstichting Thuis aan de Vecht", "Logopediepraktijk Spraakwater", "Welzijn Rijnzicht", "Huis van de Wijk De Peppel": a kind of organisation, then its name.
  { pattern: new RegExp(`(?:\\p{Lu}[\\p{Ll}-]*(?:${HEAD_ENDINGS})|${HEAD_WORDS}|Huis van de Wijk)${NAME_TAIL}`, 'gu'), starts: (found, ends) => mergeSorted(ends.heads, [...found.text.matchAll(/Huis van de Wijk /g)].map((hit) => hit.index)) },
  // "… MC", "… Medisch Centrum": a hospital named before its kind.
  { pattern: new RegExp(`${CAP}(?:[ \\t]${CAP}){0,2}[ \\t](?:MC|UMC|Medisch Centrum)(?![\\p{L}])`, 'gu'), starts: (found) => medicalCentreStarts(found.text) },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${CAP})(?:${CARE_ENDINGS})(?![\\p{L}])`, 'gu'), starts: (_, ends) => ends.careWords },
  { pattern: new RegExp(`(?<![\\p{L}])(?:Het|De|het|de)\\s(?:${NAMED_BUILDINGS})(?![\\p{L}])`, 'gu'), starts: (found) => phraseStarts(found, NAMED_BUILDING_PHRASES) },
];

/** Words that end like an organisation ("Zorg", "Jeugdzorg", "BrabantWonen", "Maasziekenhuis"). */
const INSTITUTION_ENDINGS = [SCHOOL_OR_CARE_WORDS, ORGANISATION_ENDINGS, CAMEL_ENDINGS, CARE_ENDINGS, HEAD_ENDINGS, HEAD_WORDS].join('|').split('|');
const INSTITUTION_WORD_END = new RegExp(`(?:${INSTITUTION_ENDINGS.join('|')})$`);
/** A key of a word's last three characters (all endings have three or more), marked for the endings. */
const tailKey = (text: string, end: number) => (text.charCodeAt(end - 3) * 961 + text.charCodeAt(end - 2) * 31 + text.charCodeAt(end - 1)) & 0xffff;
const INSTITUTION_ENDING_TAILS = new Uint8Array(65536);
for (const ending of INSTITUTION_ENDINGS) INSTITUTION_ENDING_TAILS[tailKey(ending, ending.length)] = 1;
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
    if (end - start < 3 || INSTITUTION_ENDING_TAILS[tailKey(text, end)] !== 1) continue;
    const word = text.slice(start, end);
    if (!INSTITUTION_WORD_END.test(word)) continue;
    if (SCHOOL_OR_CARE.has(word) && start > 0 && isSpaceAt(text, start - 1)) addAll(ends.namesBeforeSchoolOrCare, capitalsInChainBefore(text, start - 1));
    if (text.charCodeAt(end) === 32 && ENDS_LIKE_ORGANISATION.test(word)) addAll(ends.organisationWords, [start]);
    if (ENDS_LIKE_CAMEL.test(word)) addAll(ends.camelWords, [start]);
    if (ENDS_LIKE_CARE.test(word)) addAll(ends.careWords, capitalsBefore(text, end));
    if ((text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) && ENDS_LIKE_HEAD.test(word)) addAll(ends.heads, [start]);
  }
  return ends;
}

const KIND_PHRASES = phrasesOf(['woningcorporatie', 'woningbouwvereniging', 'corporatie', 'thuiszorg', 'peuteropvang', 'zorgaanbieder', 'jeugdhulpaanbieder', 'jeugdzorgaanbieder', 'sportvereniging', 'voetbalclub', 'voetbalvereniging', 'sportclub', 'dagbesteding', 'ggz-instelling', 'zorginstelling', 'bewindvoerder', 'werkgever']);

/** A kind of organisation written as an ordinary word, then its name: "woningcorporatie Elkien", "thuiszorg door Envida". */
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ww]oningcorporatie|[Ww]oningbouwvereniging|[Cc]orporatie|[Tt]huiszorg|[Pp]euteropvang|[Zz]orgaanbieder|[Jj]eugdhulpaanbieder|[Jj]eugdzorgaanbieder|[Ss]portvereniging|[Vv]oetbalclub|[Vv]oetbalvereniging|[Ss]portclub|[Dd]agbesteding|[Gg]gz-instelling|GGZ-instelling|[Zz]orginstelling|[Bb]ewindvoerder|[Ww]erkgever)[ \\t]+(?:(?:van|door|bij|via)[ \\t]+)?((?!De |Het )${CAP}(?:[ \\t]${CAP})?)(?![\\p{L}])`,
  'gu',
);

export function findInstitutions(text: string, found: Scan = scan(text)): Span[] {
  const spans: Span[] = [];
  for (const m of matchesAt(KIND_THEN_NAME, text, phraseStarts(found, KIND_PHRASES, 3))) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!GENERIC_SERVICES.has(lower(m[1]!)) && !PLACES.has(lower(m[1]!))) spans.push({ start, end: start + m[1]!.length, label: 'INSTITUTION', source: 'institution-after-kind' });
  }
  const seen = new Set<string>();
  const ends = institutionWordEnds(found);
  for (const { pattern, starts } of INSTITUTION_PATTERNS) {
    for (const m of matchesAt(pattern, text, starts(found, ends))) {
      // Two patterns may find the same organisation: keep it once.
      const key = `${m.index}:${m[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let start = m.index;
      let value = m[0];
      const lead = /^(?:de|het)\s/.exec(value);
      if (lead && !/^(?:de|het)\s(?:Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik)/.test(value)) {
        start += lead[0].length;
        value = value.slice(lead[0].length);
      }
      if (GENERIC_SERVICES.has(lower(value))) continue;
      spans.push({ start, end: start + value.length, label: 'INSTITUTION', source: 'institution-pattern' });
    }
  }
  for (const [start, candidate] of lexiconHits(found, KNOWN_INSTITUTIONS)) spans.push({ start, end: start + candidate.length, label: 'INSTITUTION', source: 'institution-lexicon' });
  return spans;
}
