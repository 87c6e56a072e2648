// A name the detections already hold, used again where the rules before would not take it alone: at a sentence start
// ("… met Mark de Wit. Mark werkt …"), as a word of two letters ("Jo", "Mo"), where the lists hold the name as a word
// too, and in lower case after a greeting or a preposition in a hurried message ("Jolien: … / hoi jolien", "bij joke
// thuis" after "Joke Verbeek:"). The
// rules' own repetition (persons.ts) repeats capitalised names that start no sentence and lower-case names that are no
// word; this adds the rest, after the statistical layer, from the PERSON spans found and the scan's word hashes.
import type { Span } from '../labels.js';
import { COUNTRIES, FIRST_NAMES, GENERIC_SERVICES, NOT_NAMES, PLACES, SURNAMES, TUSSENVOEGSELS } from '../lexicon.js';
import { classAt, codeAt, hashOf, LETTER, LOWER, UPPER, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

const PARTICLES = new Set(TUSSENVOEGSELS.filter((t) => !t.includes(' ')));
/** Titles, roles and kin a span may start with ("imam Yusuf …", a chat named "oma Tessa"): no name alone. */
const ROLES = new Set(
  'imam mama papa mam pap ma pa juf meester opa oma tante oom dokter pastoor dominee zuster broeder buurman buurvrouw mevrouw meneer hooyo baba'.split(
    ' ',
  ),
);
/**
 * Words a name in lower case follows in a hurried message: a greeting, a preposition or a verb that addresses someone
 * ("hoi jolien", "bij joke", "bel kim", "moeder van roos"); not before a number ("met max 3 personen"). Anywhere else a listed first name in lower case is as often the word it also
 * is ("komende winter", "max 3 uur", "ik toon begrip"), whoever the text names.
 */
const ADDRESSED_AFTER = new Set(
  'hoi hoii hey hee hai hallo hi dag doei thx dank bedankt bij aan bel bellen belt app appen appt vraag vraagt zeg zegt sorry met voor van naar tegen zei vroeg'
    .split(' ')
    .map(hashOf),
);

/**
 * First names of the lists that are among the thousand most frequent words of Dutch subtitles (@zxcvbn-ts/language-nl-be's
 * common words, in their order) as Dutch words: verbs, adverbs, prepositions and nouns ("ben", "dan", "door", "ken").
 * In lower case these are the word, whoever the text names ("ok, dan bel ik").
 */
const FREQUENT_WORDS_THAT_ARE_NAMES = new Set('ben bent dan door ken elke prima hoi per oke zin erin gang kende reis dame'.split(' '));

/** Whether a number follows the word ("met max 3 personen"): then it is the word, not a name. */
function numberFollows(text: string, end: number): boolean {
  let at = end;
  while (codeAt(text, at) === 32) at++;
  const code = codeAt(text, at);
  return code >= 48 && code <= 57;
}

const isLetterAt = (text: string, at: number) => (classAt(text, at) & LETTER) !== 0;
const isListed = (part: string) => FIRST_NAMES.has(part) || SURNAMES.has(part);

/** A part that may stand for its name alone: no particle, role, place, service or non-name, no common word unless a listed name. */
const standsAlone = (part: string) =>
  !PARTICLES.has(part) &&
  !ROLES.has(part) &&
  !PLACES.has(part) &&
  (!COUNTRIES.has(part) || FIRST_NAMES.has(part)) &&
  !GENERIC_SERVICES.has(part) &&
  !NOT_NAMES.has(part) &&
  (isListed(part) || !isCommon(part));

/** Whether the word at `start` starts a line or a sentence (after ".", "!", "?" or ":"). */
function startsSentence(text: string, start: number): boolean {
  let before = start - 1;
  while (codeAt(text, before) === 32 || codeAt(text, before) === 9) before--;
  const code = codeAt(text, before);
  return before < 0 || code === 10 || code === 46 || code === 33 || code === 63 || code === 58;
}

interface NameParts {
  /** Each part by the scan's hash of it, in lower case. */
  parts: Map<number, string>;
  /** Parts no list holds that only the statistical layer took for a name: not again at a sentence's start, where it did not. */
  guessed: Set<number>;
}

/** The lower-case words of the PERSON spans that may stand for their name alone. */
function namePartsOf(text: string, spans: readonly Span[]): NameParts {
  const parts = new Map<number, string>();
  const guessed = new Set<number>();
  for (const span of spans) {
    if (span.label !== 'PERSON') continue;
    for (let at = span.start; at < span.end;) {
      while (at < span.end && !isLetterAt(text, at)) at++;
      let end = at;
      while (end < span.end && isLetterAt(text, end)) end++;
      // An abbreviation in capitals ("GGD", "WMO") names a body or a role as often as a person.
      if (end - at >= 2 && (classAt(text, at + 1) & LOWER) !== 0) {
        const part = text.slice(at, end).toLowerCase();
        if (standsAlone(part)) {
          const hash = hashOf(part);
          parts.set(hash, part);
          if (span.source === 'token-classifier' && !isListed(part)) guessed.add(hash);
        }
      }
      at = end;
    }
  }
  return { parts, guessed };
}

/** PERSON spans for the other uses of the names that PERSON spans hold; `withBesideSpans` keeps those that overlap nothing. */
export function findNamesUsedAgain(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const { parts, guessed } = namePartsOf(text, spans);
  if (parts.size === 0) return [];
  const more: Span[] = [];
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const hash = wordHashes[w]!;
    const part = parts.get(hash);
    if (part === undefined) continue;
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    // A word of a compound or a code ("Mark-up", "kim_2"): a hyphen, an underscore or a digit beside it.
    const before = codeAt(text, start - 1);
    const after = codeAt(text, end);
    if (before === 45 || after === 45 || before === 95 || after === 95 || (after >= 48 && after <= 57)) continue;
    if (end - start !== part.length || text.slice(start, end).toLowerCase() !== part) continue;
    if ((classAt(text, start) & UPPER) === 0) {
      // Lower case: a first name of the lists of three letters or more that is a rare word ("fleurig" is not), or one
      // that is a common word too ("roos", "max") after a word that addresses someone.
      if (part.length < 3 || !FIRST_NAMES.has(part) || FREQUENT_WORDS_THAT_ARE_NAMES.has(part)) continue;
      if (isCommon(part) && (w === 0 || !ADDRESSED_AFTER.has(wordHashes[w - 1]!) || numberFollows(text, end))) continue;
    } else if (guessed.has(hash) && startsSentence(text, start)) continue;
    more.push({ start, end, label: 'PERSON', source: 'person-used-again' });
  }
  return more;
}
