import type { Span } from '../labels.js';
import { COUNTRIES, FIRST_NAMES, GENERIC_SERVICES, KNOWN_INSTITUTIONS, NOT_NAMES, PLACES, PLACES_THAT_ARE_WORDS, SURNAMES, TUSSENVOEGSELS, NAMES_THAT_ARE_WORDS } from '../lexicon.js';

const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)*";
const TV = TUSSENVOEGSELS.map((t) => t.replace(/'/g, "['’]")).flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]).join('|');
/** Up to two given names (Trần Thị Mai), optional tussenvoegsel, a capitalised surname (possibly double-barrelled). */
const NAME = `(?:${CAP} ){0,2}(?:(?:${TV}) )?${CAP}`;
const TITLES = "mw\\.|mevr\\.|mevrouw|dhr\\.|meneer|de heer|heer|juf|juffrouw|meester|dr\\.|mr\\.|drs\\.|ir\\.|ing\\.|prof\\.";
const ROLES =
  'gezin|familie|naam|budgetcoach|moeder|vader|zoon|dochter|broer|broertje|zus|zusje|oma|opa|buurman|buurvrouw|collega|partner|vriend|vriendin|mentor|wijkagent|huisarts|stiefvader|stiefmoeder|ex|tante|oom|neef|nicht|kind|jongere|cliënt|client|echtgenoot|echtgenote|man|vrouw|schoonmoeder|schoonvader|begeleider|coach|docent|leerkracht|juf|meester|contactpersoon|bewindvoerder|jeugdbeschermer|casusregisseur|wijkcoach|maatschappelijk werker';

/** "moeder" or "Moeder", but the name after it must really be capitalised: no case-insensitive flag. */
const anyCaseStart = (alternatives: string) => alternatives.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** Words that make a capitalised phrase an organisation rather than a person. */
const ORGANISATION_WORD = /(?:beheer|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|lyceum|praktijk|kliniek|vereniging|club|bank|corporatie)(?:\s|$)/i;
const ROLE_WORDS = new Set(ROLES.split('|').concat(['schoonmoeder', 'schoonvader', 'stiefzoon', 'stiefdochter', 'kleinzoon', 'kleindochter', 'baby', 'peuter', 'tiener']));
const TITLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(TITLES)})\\s+((?:\\p{Lu}\\.\\s?)*(?:v\\.d\\.\\s)?${NAME})`, 'gu');
const ROLE_NAME = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(ROLES)})(?: (?:van|met))?:?[ \\t]+(${NAME})`, 'gu');
const CONTACT_NAME = new RegExp(`(?<![\\p{L}])(?:contact met|gesprek met|gebeld met|sprak met|belde|mailde|samen met|namens|door|met|van|voor|aan|en|over|bij|zag|vroeg)\\s+(${NAME})`, 'gu');
/** Two or more capitalised words in a row: in Dutch, where nouns are not capitalised, mostly a name. */
const CAP_SEQUENCE = new RegExp(`(?<![\\p{L}\\d])${CAP}(?: (?:(?:${TV}) )?${CAP})+`, 'gu');
const NAME_BEFORE_AGE = new RegExp(`(?<![\\p{L}])(${CAP})(?=\\s?\\(\\d{1,3}(?:\\s(?:en|jaar)[^)]*)?\\))`, 'gu');
const LOWER_NAME = new RegExp(`(?<=(?<![\\p{L}])(?:met|van|over|en|voor|aan|bij|door|zag|belde|mailde|broer|zus|zoon|dochter|moeder|vader)\\s+)(\\p{Ll}{3,})(?![\\p{L}])`, 'gu');
const INITIALS_NAME = new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}\\.){1,4}\\s?(?:(?:${TV})\\s)?${CAP})`, 'gu');
/** A capitalised word and, looked ahead at but not consumed, a (tussenvoegsel +) capitalised word after it (no abbreviation: "Geb.datum"). */
const CAP_WORD = new RegExp(`(?<![\\p{L}\\d])(${CAP})(?=(\\s(?:(?:${TV})\\s)?(${CAP})(?![\\p{L}]|\\.\\p{L}))?)`, 'gu');

const lower = (s: string) => s.toLowerCase();

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || /\s/.test(c);

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

/** Whether a capitalised word can be a name at all (not a weekday, pronoun, agency, place …). */
function nameLike(word: string): boolean {
  const w = lower(word);
  return !NOT_NAMES.has(w) && !GENERIC_SERVICES.has(w) && !PLACES.has(w) && !COUNTRIES.has(w) && !KNOWN_INSTITUTIONS.has(w);
}

export function findPersons(text: string): Span[] {
  const spans: Span[] = [];
  /** `strong`: a title, role or initials say it is a person, even where the word is also a place (gezin Hoek). */
  const add = (start: number, name: string, source: string, strong = false) => {
    const words = name.split(/\s+/);
    const fits = strong ? (w: string) => !NOT_NAMES.has(lower(w)) && !GENERIC_SERVICES.has(lower(w)) : nameLike;
    if (!words.some((w) => /\p{Lu}/u.test(w[0] ?? '') && fits(w.replace(/\.$/, '')))) return;
    spans.push({ start, end: start + name.length, label: 'PERSON', source });
  };
  for (const m of text.matchAll(TITLE_NAME)) add(m.index + m[0].length - m[1]!.length, m[1]!, 'person-title', true);
  for (const m of text.matchAll(ROLE_NAME)) if (/^\p{Lu}/u.test(m[1]!)) add(m.index + m[0].length - m[1]!.length, m[1]!, 'person-role', true);
  for (const m of text.matchAll(CONTACT_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "Alphen aan den Rijn", "Bergen op Zoom": a capitalised word, then aan/op, is a place name.
    if (/^(?:aan|op)\s/.test(m[0]) && /\p{Lu}[\p{Ll}]+\s$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const first = m[1]!.split(/\s/)[0]!;
    // In Dutch only names are capitalised mid-sentence: "over Jamal", "met Ans" name a person.
    const midSentence = !isSentenceStart(text, start) && !ROLE_WORDS.has(lower(first)) && !ORGANISATION_WORD.test(m[1]!);
    if (FIRST_NAMES.has(lower(first)) || SURNAMES.has(lower(first)) || midSentence) add(start, m[1]!, 'person-contact');
  }
  // Informal notes write names in lower case ("gebeld met jeroen"): a known first name that is no Dutch word.
  for (const m of text.matchAll(LOWER_NAME)) {
    const w = m[1]!;
    if (FIRST_NAMES.has(w) && !NAMES_THAT_ARE_WORDS.has(w) && !NOT_NAMES.has(w)) spans.push({ start: m.index, end: m.index + w.length, label: 'PERSON', source: 'person-lower' });
  }
  for (const m of text.matchAll(INITIALS_NAME)) add(m.index, m[1]!, 'person-initials', true);
  // Known first names and surnames, capitalised; a following (tussenvoegsel +) capitalised word joins the name.
  for (const m of text.matchAll(CAP_WORD)) {
    const [, first, following, second] = m;
    const whole = first! + (following ?? '');
    const w = lower(first!);
    // A name that is also a word (Bakker, Roos) counts where Dutch would not capitalise the word: not at a sentence start.
    const known = (FIRST_NAMES.has(w) || SURNAMES.has(w)) && (!NAMES_THAT_ARE_WORDS.has(w) || !isSentenceStart(text, m.index));
    if (!known || !nameLike(first!)) continue;
    // A common first name at a sentence start is still a name; other capitalised words there are not evidence.
    const name = second && nameLike(second) && !/^(?:De|Het|Een)$/.test(second) ? whole! : first!;
    add(m.index, name, 'person-lexicon');
  }
  for (const m of text.matchAll(CAP_SEQUENCE)) {
    let start = m.index;
    let value = m[0];
    const firstWord = value.split(/\s/)[0]!;
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
  for (const m of text.matchAll(NAME_BEFORE_AGE)) if (nameLike(m[1]!) && !ROLE_WORDS.has(lower(m[1]!))) add(m.index, m[1]!, 'person-before-age');
  return propagate(text, spans);
}

/** A name found once is a name everywhere in the same text ("Roos" after "Moeder Linda de Vries … Roos (15)"). */
function propagate(text: string, spans: Span[]): Span[] {
  const tokens = new Set<string>();
  for (const s of spans) {
    for (const part of text.slice(s.start, s.end).split(/\s+/)) {
      // Capitalised only (the search is case-sensitive): "Roos" repeats the name, "roos" stays a flower.
      if (/^\p{Lu}[\p{Ll}]{2,}/u.test(part) && nameLike(part)) tokens.add(part);
    }
  }
  if (tokens.size === 0) return spans;
  // One pass for all names at once, not one pass per name.
  const alternatives = [...tokens].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const extra: Span[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu'))) {
    extra.push({ start: m.index, end: m.index + m[0].length, label: 'PERSON', source: 'person-repeat' });
  }
  return [...spans, ...extra];
}

/** Up to four words separated by single spaces (or hyphens inside a word), without trailing punctuation. */
const LEADING_WORDS = /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}/u;
const SINGLE_CAP = new RegExp(`(?<![\\p{L}\\d])${CAP}`, 'gu');

/** For each list: the first words of its entries, so most capitalised words are ruled out by one lookup. */
const firstWordsOf = new WeakMap<ReadonlySet<string>, Set<string>>();
function firstWords(list: ReadonlySet<string>): Set<string> {
  let firsts = firstWordsOf.get(list);
  if (!firsts) {
    firsts = new Set([...list].map((entry) => entry.split(' ')[0]!));
    firstWordsOf.set(list, firsts);
  }
  return firsts;
}

/** The capitalised words of a text, lower-cased, with their offsets. (Not cached between calls: no clip text outlives its detection.) */
const capitalisedWords = (text: string): [number, string][] => [...text.matchAll(SINGLE_CAP)].map((m) => [m.index, lower(m[0])]);

/** Entries of a list found in the text: one to four capitalised words in a row ("Capelle aan den IJssel"). */
function lexiconHits(text: string, list: ReadonlySet<string>): [number, string][] {
  const hits: [number, string][] = [];
  const firsts = firstWords(list);
  for (const [index, word] of capitalisedWords(text)) {
    if (!firsts.has(word)) continue;
    const words = LEADING_WORDS.exec(text.slice(index, index + 60))?.[0].split(' ') ?? [];
    let best: string | undefined;
    for (let n = 1; n <= words.length; n++) {
      const candidate = words.slice(0, n).join(' ');
      if (list.has(lower(candidate))) best = candidate;
    }
    if (best) hits.push([index, best]);
  }
  return hits;
}

const PLACE_CUE = new RegExp(`(?<![\\p{L}])(?:in|te|uit|naar|vanuit|richting|wonend in|woonachtig in|woont in|geboren in|verhuisd naar|wijk|regio)\\s+((?:${CAP})(?:[-\\s](?:aan|op|den|de|der|\\p{Lu}[\\p{Ll}]+))*)`, 'gu');

export function findPlaces(text: string): Span[] {
  const spans: Span[] = [];
  for (const [start, candidate] of lexiconHits(text, PLACES)) {
    // "Best lastig gesprek", "Hoorn erop gegooid": a place that is also a word is no evidence at a sentence start.
    if (PLACES_THAT_ARE_WORDS.has(lower(candidate)) && isSentenceStart(text, start)) continue;
    spans.push({ start, end: start + candidate.length, label: 'CITY', source: 'city-lexicon' });
  }
  for (const m of text.matchAll(PLACE_CUE)) {
    const name = m[1]!;
    const w = lower(name);
    if (COUNTRIES.has(w) || NOT_NAMES.has(w) || GENERIC_SERVICES.has(w) || FIRST_NAMES.has(w) || KNOWN_INSTITUTIONS.has(w) || isSentenceStart(text, m.index + m[0].length - name.length)) continue;
    spans.push({ start: m.index + m[0].length - name.length, end: m.index + m[0].length, label: 'CITY', source: 'city-cue' });
  }
  // The word after a postcode is the place: "3311 AB Dordrecht".
  for (const m of text.matchAll(new RegExp(`\\b[1-9]\\d{3} ?[A-Z]{2}[ \\t]+(${CAP}(?:[- ](?:aan|op|den|de|\\p{Lu}[\\p{Ll}]+))*)`, 'gu'))) {
    spans.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, label: 'CITY', source: 'city-after-postcode' });
  }
  return spans;
}

const STREET_SUFFIX = 'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|baan|ring|markt|wal|erf|zoom|veld|akker|weide|haven|boulevard|dam|burcht|hoven|tuin|gaarde|lei|hage|stede|buorren|wei|loane|dyk|wyk';
const ADDRESS = new RegExp(
  `(?<![\\p{L}])((?:(?:${CAP}|\\p{Lu}\\.)\\s(?:(?:${CAP}|van|de|der|den|het|'t|\\p{Lu}\\.)\\s)*)?\\p{Lu}[\\p{L}'-]*(?:${STREET_SUFFIX}))\\s(\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}])|-\\d{1,3}|-[A-Za-z](?![\\p{L}])|\\s?(?:bis|hs|huis|boven|bg))?)(?![\\d\\p{L}])`,
  'gu',
);
const ADDRESS_CUE = new RegExp(`(?<![\\p{L}])(?:woont aan de|woont op de|woont in de|aan de|op de|adres:?)\\s+(${CAP}(?:\\s${CAP})*\\s\\d{1,5}(?:[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}]))?)(?![\\d\\p{L}])`, 'gu');

export function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    let start = m.index;
    let value = m[0];
    // "De Kerkstraat 4" at a sentence start: the article is not part of the street name.
    // "Aan de Kerkstraat 4" too: a preposition and its article.
    const lead = /^(?:De|Het|Van|In|Op|Aan|Naar|Bij|Via)\s(?:(?:de|het|den)\s)?/.exec(value);
    if (lead && isSentenceStart(text, start) && !/^Van\s\p{Lu}/u.test(value)) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    spans.push({ start, end: start + value.length, label: 'ADDRESS', source: 'address-street-suffix' });
  }
  // A street without a typical suffix is still an address right before a postcode: "Tuinen 12, 8911 KC".
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(${CAP}(?: ${CAP})* \\d{1,5}[a-zA-Z]?)(?=,? [1-9]\\d{3} ?[A-Z]{2}\\b)`, 'gu'))) {
    spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'ADDRESS', source: 'address-before-postcode' });
  }
  for (const m of text.matchAll(ADDRESS_CUE)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'ADDRESS', source: 'address-cue' });
  }
  return spans;
}

const INSTITUTION_PATTERNS = [
  new RegExp(`(?<![\\p{L}])(?:OBS|CBS|RKBS|PCBS|SBO|SO|VSO|IKC|KDV|BSO|Basisschool|basisschool|Kindcentrum|kindcentrum|Jongerenhuis|jongerenhuis|Zorgcentrum|zorgcentrum|Woonzorgcentrum|woonzorgcentrum|Zorggroep|Buurthuis|buurthuis|Wijkcentrum|wijkcentrum|Moskee|moskee|Stichting|Bewindvoering|Jeugdbescherming|Basis GGZ|GGZ|Praktijk|praktijk|logopediepraktijk|fysiotherapiepraktijk|huisartsenpraktijk|Huisartsenpraktijk|Kinderopvang|kinderopvang|Peuterspeelzaal|peuterspeelzaal)\\s+(?:(?:De|Het|'t|de|het)\\s)?(?:${CAP})(?:\\s${CAP})?`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:(?:${CAP})\\s){1,3}(?:College|Lyceum|Gymnasium|Academie|Ziekenhuis|ziekenhuis|Kliniek|kliniek|Zorggroep|Zorg|zorg|Scholengemeenschap|Mavo|Havo|Vwo|Vmbo)(?: (?!De |Het )${CAP})?(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{Ll}]*(?:beheer|zorg|groep|hulp|werk|wonen|bureau|instituut|bank) ${CAP}(?![\\p{L}])`, 'gu'),
  // One word with a capital inside: BrabantWonen, ThuisZorg.
  new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:Wonen|Zorg|Groep|Thuis)(?![\\p{L}])`, 'gu'),
  // Sports clubs: AV Phanos, VV Zwaluwen.
  new RegExp(`(?<![\\p{L}])(?:AV|VV|SV|RKSV|RKVV|HC|MHC|FC|KV|ZV)\\s${CAP}(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:${CAP})(?:ziekenhuis|kliniek|college|lyceum)(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:Het|De|het|de)\\s(?:Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik)(?![\\p{L}])`, 'gu'),
];

/** The words an institution pattern needs, to run it only near them: the patterns are costly on long texts. */
const INSTITUTION_ANCHOR = /OBS|CBS|RKBS|PCBS|SBO|SO|VSO|IKC|KDV|BSO|[Bb]asisschool|[Kk]indcentrum|[Jj]ongerenhuis|[Zz]org|[Bb]uurthuis|[Ww]ijkcentrum|[Mm]oskee|Stichting|Bewindvoering|Jeugdbescherming|GGZ|[Pp]raktijk|[Kk]inderopvang|[Pp]euterspeelzaal|College|[Cc]ollege|[Ll]yceum|Gymnasium|Academie|[Zz]iekenhuis|[Kk]liniek|Scholengemeenschap|Mavo|Havo|Vwo|Vmbo|beheer|groep|hulp|werk|wonen|bureau|instituut|Palet|Kameleon|Regenboog|Wegwijzer|Klankkast|Loods|Parkhuis|Horizon|Vlinder|Zonnebloem|Ark|Bron|Toren|Linde|Eik|Wonen|Zorg|Groep|Thuis|bank|AV|VV|SV|RKSV|RKVV|HC|MHC|FC|KV|ZV/g;

/** A kind of organisation written as an ordinary word, then its name: "woningcorporatie Elkien", "thuiszorg door Envida". */
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ww]oningcorporatie|[Ww]oningbouwvereniging|[Cc]orporatie|[Tt]huiszorg|[Pp]euteropvang|[Zz]orgaanbieder|[Jj]eugdhulpaanbieder|[Jj]eugdzorgaanbieder|[Ss]portvereniging|[Vv]oetbalclub|[Vv]oetbalvereniging|[Ss]portclub|[Dd]agbesteding|[Gg]gz-instelling|GGZ-instelling|[Zz]orginstelling|[Bb]ewindvoerder|[Ww]erkgever)\\s+(?:(?:van|door|bij|via)\\s+)?((?!De |Het )${CAP}(?:\\s${CAP})?)(?![\\p{L}])`,
  'gu',
);

/** Pieces of the text around each anchor, merged where they touch: [offset, piece]. */
function windowsAround(text: string, anchor: RegExp, reach = 90): [number, string][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(anchor)) {
    const from = Math.max(0, m.index - reach);
    const to = Math.min(text.length, m.index + m[0].length + reach);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows.map(([from, to]) => [from, text.slice(from, to)]);
}

export function findInstitutions(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(KIND_THEN_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!GENERIC_SERVICES.has(lower(m[1]!)) && !PLACES.has(lower(m[1]!))) spans.push({ start, end: start + m[1]!.length, label: 'INSTITUTION', source: 'institution-after-kind' });
  }
  const seen = new Set<string>();
  const windows = windowsAround(text, INSTITUTION_ANCHOR);
  for (const pattern of INSTITUTION_PATTERNS) {
    for (const m of windows.flatMap(([offset, piece]) => [...piece.matchAll(pattern)].map((hit) => Object.assign(hit, { index: hit.index + offset })))) {
      // A match cut off at the edge of its window is found again whole in the next; keep each once.
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
  for (const [start, candidate] of lexiconHits(text, KNOWN_INSTITUTIONS)) spans.push({ start, end: start + candidate.length, label: 'INSTITUTION', source: 'institution-lexicon' });
  return spans;
}
