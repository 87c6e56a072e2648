// Persons known by the form of the text around them rather than by a title or a capital: the
// initials a worker signs a note with ("/rk" on its own line), a first name alone on the last line
// of a message ("ghislaine"), a name in quotes ("vroeg naar "Wim""), and double first names joined
// by a hyphen whose parts are both first names ("Dirk-Jan", "Anne-Marie").
import type { Span } from '../labels.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { isSentenceStart, possessiveAfter } from './name-patterns.js';
import { capitalisedWords, codeAt, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { WordFacts } from '../word-facts.js';

/** "/rk", "/ jv", "-- mb": a worker's initials on a line of their own. */
const SIGNED_INITIALS = /^[ \t]*(?:\/|--?)[ \t]?(\p{Ll}{2,3})[ \t]*$/u;
/** A first name alone in double quotes: "Wim", “Sly”. */
const QUOTED_NAME = /^["“](\p{Lu}[\p{Ll}'’-]+)["”]/u;

/** ", dochter van", ", moeder van": a kinship after a name and a comma says whose relative the name is. */
const KIN_OF_AFTER =
  /^, (?:dochter|zoon|moeder|vader|broer|zus|oma|opa|partner|vrouw|man|kleinzoon|kleindochter|nicht|neef|tante|oom|vriendin|vriend|buurvrouw|buurman) van /;
/** " (bewoner)", " (moeder)": a role in brackets after a name. */
const ROLE_IN_BRACKETS_AFTER =
  /^ \((?:bewoner|bewoonster|cliënt|client|cliënte|moeder|vader|zoon|dochter|oma|opa|buurman|buurvrouw|vrijwilliger|mantelzorger|jongere|ouder|melder|huurder|aanvrager|partner|tolk|mentor|vriend|vriendin)\)/;

/** "Gr. Fleur", "Mvg, Roos", "Liefs Hanna": a sign-off before a first name, though the name is a word too. */
const SIGN_OFF_BEFORE = /(?:^|[^\p{L}])(?:[Gg]r|[Gg]rt|[Mm]vg|[Gg]roet|[Gg]roetjes|[Ll]iefs|[Gg]roeten)[.,!]? $/u;
/** " en Jesse": a known first name after "en" makes the word before it a name too ("Kim en Jesse"). */
const AND_FIRST_NAME = /^ en (\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** First names that are also words (Fleur, Kim), no other kind of non-name, per capitalised word: looked at for every one. */
const FIRST_NAME_WORDS = new WordFacts((word) => (FIRST_NAMES.has(word) && NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word) ? 1 : 0));

const isLowerFirstName = (word: string) =>
  FIRST_NAMES.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word) && !PLACES.has(word);

export function findPersonForms(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  // Lines that start with a slash or a dash: the few where initials can sign.
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const next = codeAt(text, at + 1);
    if (next !== 47 && next !== 45) continue;
    const lineEnd = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd);
    const m = SIGNED_INITIALS.exec(line);
    if (m) {
      const start = at + 1 + line.indexOf(m[1]!, 1);
      spans.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-signed-initials' });
    }
  }
  // The last line of a message, one lower-case first name: who signs it.
  const trimmed = text.trimEnd();
  const lastBreak = trimmed.lastIndexOf('\n');
  if (lastBreak !== -1) {
    const last = trimmed.slice(lastBreak + 1).trim();
    if (/^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(last) && isLowerFirstName(last)) {
      const start = trimmed.lastIndexOf(last);
      spans.push({ start, end: start + last.length, label: 'PERSON', source: 'person-signed-name' });
    }
  }
  // Names in double quotes.
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) quoted(text, at, spans);
  for (let at = text.indexOf('“'); at !== -1; at = text.indexOf('“', at + 1)) quoted(text, at, spans);
  // Double first names: both parts first names.
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    const word = words.lowers[c]!;
    // A first name that is also a word ("Fleur", "Kim") after a sign-off, or at a sentence start before "en" and a first name.
    if (FIRST_NAME_WORDS.of(words, c) === 1) {
      const start = words.starts[c]!;
      const signed = SIGN_OFF_BEFORE.test(text.slice(Math.max(0, start - 9), start));
      const paired =
        !signed && codeAt(text, words.ends[c]! + 1) === 101 && AND_FIRST_NAME.exec(text.slice(words.ends[c]!, words.ends[c]! + 24));
      if (signed || (paired && FIRST_NAMES.has(paired[1]!.toLowerCase()) && !NAMES_THAT_ARE_WORDS.has(paired[1]!.toLowerCase())))
        spans.push({ start, end: words.ends[c]!, label: 'PERSON', source: 'person-signed-or-paired' });
    }
    // "– Gulalai, dochter van …", "Luam (bewoner)": a name by the kinship or the role beside it (first by the next character).
    const next = codeAt(text, words.ends[c]!);
    if (
      (next === 44 || (next === 32 && codeAt(text, words.ends[c]! + 1) === 40)) &&
      !NOT_NAMES.has(word) &&
      !PLACES.has(word) &&
      !(isCommon(word) && !FIRST_NAMES.has(word))
    ) {
      const after = text.slice(words.ends[c]!, words.ends[c]! + 30);
      if (next === 44 ? KIN_OF_AFTER.test(after) : ROLE_IN_BRACKETS_AFTER.test(after))
        spans.push({ start: words.starts[c]!, end: words.ends[c]!, label: 'PERSON', source: 'person-beside-kin-or-role' });
    }
    // "in Jansen zijn auto", "bij Fenna haar oma": a listed name that owns something is a person.
    if (
      possessiveAfter(text, words.ends[c]!) &&
      (SURNAMES.has(word) || FIRST_NAMES.has(word)) &&
      !PLACES.has(word) &&
      !NOT_NAMES.has(word) &&
      !(NAMES_THAT_ARE_WORDS.has(word) && isSentenceStart(text, words.starts[c]!))
    )
      spans.push({ start: words.starts[c]!, end: words.ends[c]!, label: 'PERSON', source: 'person-owner' });
    const hyphen = word.indexOf('-');
    if (hyphen < 2 || FIRST_NAMES.has(word)) continue;
    const first = word.slice(0, hyphen);
    const second = word.slice(hyphen + 1);
    if (second.includes('-') || !FIRST_NAMES.has(first) || !FIRST_NAMES.has(second) || PLACES.has(word)) continue;
    spans.push({ start: words.starts[c]!, end: words.ends[c]!, label: 'PERSON', source: 'person-double-first-name' });
  }
  return spans;
}

function quoted(text: string, at: number, spans: Span[]): void {
  const m = QUOTED_NAME.exec(text.slice(at, at + 30));
  if (!m) return;
  const word = m[1]!.toLowerCase();
  // The quote closes right after the word, so a first name that is also a word ("Wim", "Roos") is still the name.
  if (NOT_NAMES.has(word) || PLACES.has(word) || !FIRST_NAMES.has(word)) return;
  spans.push({ start: at + 1, end: at + 1 + m[1]!.length, label: 'PERSON', source: 'person-quoted' });
}
