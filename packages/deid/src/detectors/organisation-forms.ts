// Organisations known by the form of what is written around them rather than by a kind word the
// institution rules know: a legal form after the name ("Kamerverhuur Jansen BV"), a care
// provider's name that starts with Zorg ("Zorgkracht Delfland"), a kind in brackets after the name
// ("Elkien (woningcorporatie)"), a name in brackets after a kind ("de nagelsalon (Happy Nails)"),
// and the employer in an attendee's brackets ("Ruud ter Braak (Woonzorg, huismeester)").
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, PLACES } from '../lexicon.js';
import {
  capitalBeforeLowerRun,
  capitalsInChainBefore,
  classAt,
  codeAt,
  LETTER,
  LOWER,
  matchAt,
  matchesAt,
  occurrences,
  UPPER,
  type Scan,
} from '../scan.js';
import { CAP } from './name-patterns.js';

/** "… BV", "… B.V.", "… VOF", "… NV": a business by its legal form. */
const LEGAL_FORM = new RegExp(
  `(?:${CAP}|\\p{Lu}{2,})(?:[ \\t](?:${CAP}|\\p{Lu}{2,}|&|en|de|van)){0,3}[ \\t](?:BV|B\\.V\\.|VOF|V\\.O\\.F\\.|NV|N\\.V\\.)(?![\\p{L}])`,
  'uy',
);
/** "Zorgkracht Delfland", "Thuiszorg Welkom Zuid": a care provider whose name starts with its trade. */
const CARE_NAME = new RegExp(`(?:Thuiszorg|Zorg)(?!verzeker)\\p{Ll}+[ \\t]${CAP}(?![\\p{L}])`, 'uy');
/** After "& Zn.": the capitalised words of the firm's trade ("Gerechtsdeurwaarders"). */
const FIRM_TAIL = /^(?: \p{Lu}[\p{Ll}-]+)*/u;
const JOINED_KINDS = new RegExp(
  `(?<![\\p{L}])\\p{Lu}\\p{Ll}+- en \\p{L}\\p{Ll}*(?:huis|centrum|team|punt|loket|netwerk|instituut)[ \\t]${CAP}(?![\\p{L}])`,
  'gu',
);
/** "Elkien (woningcorporatie)": a name, then its kind in brackets. */
const KINDS =
  'woningcorporatie|woningbouwvereniging|corporatie|zorgaanbieder|zorginstelling|thuiszorg|jeugdhulp|ggz|school|basisschool|werkgever|kinderopvang|opvang|dagbesteding|verhuurder|bewindvoerder|schuldeiser';
const KIND_IN_BRACKETS = new RegExp(`(${CAP}(?:[ \\t]${CAP}){0,2})[ \\t]\\((?:${KINDS})\\)`, 'uy');
/** The bracketed kind alone: KIND_IN_BRACKETS can only match where this does after the bracket's space. */
const KIND_AFTER_SPACE = new RegExp(`\\((?:${KINDS})\\)`, 'y');
/** "de nagelsalon (Happy Nails Zwolle)": a kind of business, then its name in brackets. */
const NAME_IN_BRACKETS_AFTER_KIND =
  /(?<![\p{L}])(?:\p{Ll}*(?:salon|winkel|kapper|bakkerij|restaurant|supermarkt|garage|fabriek|bedrijf|werkgever|opvang|club|vereniging|school|praktijk|kliniek|kwekerij|boerderij)) \((\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|&|en|de|van)){0,4})\)/uy;
/** "Ruud ter Braak (Woonzorg, huismeester)": after an attendee, the employer and the role in brackets. */
const EMPLOYER_IN_BRACKETS = new RegExp(`[ \\t]\\((${CAP}(?:[ \\t]${CAP}){0,2}), \\p{Ll}[\\p{Ll}-]+(?: \\p{Ll}[\\p{Ll}-]+)?\\)`, 'uy');

/** A social or district team and its area: "Wijkteam Kralingen", "Sociaal Team Weert-Noord". */
const TEAM_OF_AREA =
  /^(?:Wijkteam|Buurtteam|Jeugdteam|Gebiedsteam|Sociaal Team|Sociaal Wijkteam|Wijkteam Jeugd) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;
/** A listed place, or a listed place and its district after a hyphen ("Weert-Noord"). */
const isPlaceOrDistrict = (name: string) => {
  const word = name.toLowerCase();
  const hyphen = word.indexOf('-');
  return PLACES.has(word) || (hyphen > 2 && PLACES.has(word.slice(0, hyphen)));
};

const isNotAnOrganisation = (name: string) => {
  const word = name.toLowerCase();
  return PLACES.has(word) || FIRST_NAMES.has(word) || GENERIC_SERVICES.has(word);
};

/** Whether the word that ends at `end` starts with a capital (the attendee's name before the bracket). */
function capitalisedWordBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[\p{L}'’-]/u.test(text[start - 1]!)) start--;
  return start < end && /\p{Lu}/u.test(text[start]!);
}

/**
 * Where the run of capitalised words that ends at `end` starts (one space between them), or -1 if
 * the word there is not capitalised; with `tussenvoegsels`, "van der" inside the run too ("Van der Veen").
 */
function capitalisedRunBefore(text: string, end: number, tussenvoegsels = false): number {
  let first = -1;
  for (let wordEnd = end; ;) {
    let start = wordEnd;
    while (start > 0 && /[\p{L}'’]/u.test(text[start - 1]!)) start--;
    const capital = start < wordEnd && /\p{Lu}/u.test(text[start]!);
    const tussenvoegsel = tussenvoegsels && first >= 0 && /^(?:van|der|den|de|ter|ten)$/.test(text.slice(start, wordEnd));
    if (!capital && !tussenvoegsel) return first;
    if (capital) first = start;
    if (text[start - 1] !== ' ') return first;
    wordEnd = start - 1;
  }
}

// What the loops below look for, as plain strings: each was a pattern run over the whole text. They
// are found from a character that starts them, which a single-character indexOf or the scan's
// capitals give cheaply (indexOf of longer strings was slower than the patterns on two-byte texts).
// At one place at most one string of a list can match, and no two matches overlap, so the places
// are those the patterns' matchAll gave.
/** / (?:BV|B\.V\.|VOF|V\.O\.F\.|NV|N\.V\.)(?![\p{L}])/u, the lookahead checked by the caller. */
const LEGAL_FORMS = [' BV', ' B.V.', ' VOF', ' V.O.F.', ' NV', ' N.V.'];
/** / (?:&|en) (?:Zn\.|Zonen)/ */
const FAMILY_FIRMS = [' & Zn.', ' & Zonen', ' en Zn.', ' en Zonen', ' & Co'];
/** /-(?:kerk|moskee|school|kliniek|gemeente)(?![\p{L}])/u, the lookahead checked by the caller. */
const HYPHEN_KINDS = ['-kerk', '-moskee', '-school', '-kliniek', '-gemeente'];
/** /(?:Thuiszorg|Zorg)\p{Ll}/u, the lower-case letter checked by the caller (the match's length is the word's). */
const CARE_WORDS = ['Thuiszorg', 'Zorg'];

/** A string with a capital right after its last space, and where that capital is in it. */
interface BeforeCapital {
  string: string;
  capital: number;
  code: number;
}
const beforeCapital = (strings: readonly string[]): BeforeCapital[] =>
  strings.map((string) => {
    const capital = string.lastIndexOf(' ') + 1;
    return { string, capital, code: codeAt(string, capital) };
  });
const LEGAL_FORMS_AT_CAPITALS = beforeCapital(LEGAL_FORMS);
const FAMILY_FIRMS_AT_CAPITALS = beforeCapital(FAMILY_FIRMS);

/**
 * Where the strings occur that have a capital right after their last space (" B.V.", " & Zn."):
 * at the scan's capitals, which include every capital after a space. Without the scan, by indexOf.
 */
function beforeCapitals(text: string, strings: readonly BeforeCapital[], found: Scan | undefined): [number, number][] {
  if (found === undefined || found.text !== text)
    return occurrences(
      text,
      strings.map(({ string }) => string),
    );
  const hits: [number, number][] = [];
  for (let i = 0; i < found.capitals.length; i++) {
    const capital = found.capitals[i]!;
    const code = codeAt(text, capital);
    for (const { string, capital: offset, code: wanted } of strings) {
      if (code === wanted && codeAt(text, capital - 1) === 32 && text.startsWith(string, capital - offset)) {
        hits.push([capital - offset, string.length]);
        break;
      }
    }
  }
  return hits;
}

/** Where the strings, each starting with a hyphen, occur: at each hyphen (a single-character indexOf is fast). */
function afterHyphens(text: string, strings: readonly string[]): [number, number][] {
  const hits: [number, number][] = [];
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    // A loop, not find: its closure was made anew for each hyphen.
    for (let c = 0; c < strings.length; c++)
      if (text.startsWith(strings[c]!, at)) {
        hits.push([at, strings[c]!.length]);
        break;
      }
  }
  return hits;
}

export function findOrganisationForms(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number, source: string) => spans.push({ start, end, label: 'INSTITUTION', source });
  for (const [index, length] of beforeCapitals(text, LEGAL_FORMS_AT_CAPITALS, found)) {
    if ((classAt(text, index + length) & LETTER) !== 0) continue;
    for (const start of capitalsInChainBefore(text, index)) {
      const m = matchAt(LEGAL_FORM, text, start, found);
      if (m && m.index + m[0].length === index + length) {
        add(start, index + length, 'institution-legal-form');
        break;
      }
    }
  }
  // "Van der Veen & Zn. Installatietechniek": a family business by its "& Zn." or "& Zonen".
  for (const [index, length] of beforeCapitals(text, FAMILY_FIRMS_AT_CAPITALS, found)) {
    const start = capitalisedRunBefore(text, index, true);
    // "Duinkerken & Co", "& Co.", not "& Cor" (a second name).
    if (start < 0 || (classAt(text, index + length) & LETTER) !== 0) continue;
    const tail = FIRM_TAIL.exec(text.slice(index + length, index + length + 60))?.[0] ?? '';
    add(start, index + length + tail.length, 'institution-family-firm');
  }
  // "Zorg- en Veiligheidshuis Drenthe": two kinds joined by "- en", then a place or a name (a kind alone names no one).
  // Tried only where it can start: at the capital of the word before each "- en " (a search over
  // the whole text with its Unicode classes was a fifth of all the detectors' time).
  const joinedStarts: number[] = [];
  for (const [hit] of afterHyphens(text, ['- en '])) {
    const start = capitalBeforeLowerRun(text, hit);
    if (start >= 0) joinedStarts.push(start);
  }
  for (const m of matchesAt(JOINED_KINDS, text, joinedStarts, found)) add(m.index, m.index + m[0].length, 'institution-joined-kinds');
  // "Sint-Jozef Mehari-kerk", "Al Noer-moskee": a name joined to its kind by a hyphen.
  for (const [index, length] of afterHyphens(text, HYPHEN_KINDS)) {
    if ((classAt(text, index + length) & LETTER) !== 0) continue;
    const start = capitalisedRunBefore(text, index);
    if (start >= 0) add(start, index + length, 'institution-hyphen-kind');
  }
  for (const [index, length] of occurrences(text, CARE_WORDS)) {
    if ((classAt(text, index + length) & LOWER) === 0) continue;
    if (index > 0 && /\p{L}/u.test(text[index - 1]!)) continue;
    const m = matchAt(CARE_NAME, text, index, found);
    if (m) add(m.index, m.index + m[0].length, 'institution-care-name');
  }
  // Each " (" from its "(" (a single-character indexOf is fast; a two-character one was not).
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const bracket = open - 1;
    if (codeAt(text, bracket) !== 32) continue;
    // A kind after the name: try the capitalised words before the bracket. The words before it hold
    // no bracket, so a match has its "(" right here: tried only where a kind is in the brackets.
    const kindLetter = codeAt(text, bracket + 2);
    KIND_AFTER_SPACE.lastIndex = bracket + 1;
    const kindFollows = kindLetter >= 97 && kindLetter <= 122 && KIND_AFTER_SPACE.test(text);
    if (kindFollows)
      for (const start of capitalsInChainBefore(text, bracket)) {
        const m = matchAt(KIND_IN_BRACKETS, text, start, found);
        if (m && !isNotAnOrganisation(m[1]!)) {
          add(start, start + m[1]!.length, 'institution-kind-in-brackets');
          break;
        }
      }
    // The other two need a name in the brackets: a capital right after "(".
    if ((classAt(text, bracket + 2) & UPPER) === 0) continue;
    // A name after the kind.
    let wordStart = bracket;
    while (wordStart > 0 && /\p{Ll}/u.test(text[wordStart - 1]!)) wordStart--;
    const named = wordStart < bracket ? matchAt(NAME_IN_BRACKETS_AFTER_KIND, text, wordStart, found) : null;
    if (named) {
      const start = named.index + named[0].length - named[1]!.length - 1;
      add(start, start + named[1]!.length, 'institution-name-in-brackets');
    }
    // An employer after a capitalised name (the attendee; whether it is a person the rules decide).
    const employer = /\p{Ll}/u.test(text[bracket - 1] ?? '') ? matchAt(EMPLOYER_IN_BRACKETS, text, bracket, found) : null;
    if (employer && capitalisedWordBefore(text, bracket) && !isNotAnOrganisation(employer[1]!)) {
      const start = bracket + 2;
      // "(Wijkteam Kralingen, notulist)": a social team is no organisation of its own, its area is a place.
      const area = TEAM_OF_AREA.exec(employer[1]!);
      if (area && isPlaceOrDistrict(area[1]!)) {
        const areaStart = start + employer[1]!.length - area[1]!.length;
        spans.push({ start: areaStart, end: start + employer[1]!.length, label: 'CITY', source: 'city-team-area' });
      } else add(start, start + employer[1]!.length, 'institution-employer-in-brackets');
    }
  }
  return spans;
}
