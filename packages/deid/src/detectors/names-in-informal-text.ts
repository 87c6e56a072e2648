// Lower-case first names in chats and hurried notes that only their context gives away, since the lists hold them as
// words too ("sem", "adam", "mo"): a chat sender's name used in another message ("thx mo", "goed gedaan wouter"), a
// first name before a child's age in brackets ("adam (6) sliep al") and a first name before a possessive and a kinship
// word ("bij sem zn oom"). Never a listed name alone. Reads the detections only, after the statistical layer.
import type { Span } from '../labels.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { classAt, codeAt, hashOf, LETTER, LOWER, numbersInBrackets, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

/** Thanks and greetings in a chat: a sender's name right after them is that sender ("thx mo ik zet het erin"). */
const THANKS_BEFORE = /(?:^|[^\p{L}])(?:thx|thnx|thanks|tnx|dank|dankje|dankjewel|bedankt|hoi|hey|hee|hi|doei|groetjes|gr)[ \t,]+$/u;
/** Praise and wishes, which may also end a sentence about something else: a name after them must end the message. */
const PRAISE_BEFORE = /(?:^|[^\p{L}])(?:top|super|gedaan|goed zo|sterkte|succes|welterusten)[ \t,]+$/u;
/** After a name at a message's end: punctuation, an emoji or symbol, the line's end. */
const MESSAGE_END_AFTER = /^(?:[ \t]*(?:[!?.,]|[^\p{L}\p{N}\s])|[ \t]*(?:\n|$))/u;

/** Possessives that informal notes write before a kinship word ("sem zn oom", "roos d'r moeder"). */
const POSSESSIVES = new Set(['zn', 'zijn', 'haar', 'der'].map(hashOf));
/** "z'n", "d'r": the scan's words are letters only, so these are two words, "z" or "d", then "n" or "r". */
const CUT_POSSESSIVES = new Map([hashOf('z'), hashOf('d')].map((first, i) => [first, hashOf(i === 0 ? 'n' : 'r')]));
const KIN = new Set(
  'broer|broertje|zus|zusje|zoon|dochter|moeder|vader|mama|papa|oma|opa|tante|oom|neef|nicht|vriend|vriendin|vriendje|ouders|stiefvader|stiefmoeder|ex|opvangouder'
    .split('|')
    .map(hashOf),
);

/** A word the lists hold as a first name, and no non-name or place: all the context rules below ask of it. */
const listedFirstName = (word: string) => FIRST_NAMES.has(word) && !NOT_NAMES.has(word) && !PLACES.has(word);

const isLowerWordAt = (text: string, start: number, end: number) =>
  (classAt(text, start) & LOWER) !== 0 && (start === 0 || (classAt(text, start - 1) & LETTER) === 0) && (classAt(text, end) & LETTER) === 0;

/** PERSON spans of lower-case first names that a chat's senders, a bracketed age or a possessive and kin word give away. */
export function findNamesInInformalText(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  sendersMentioned(text, found, spans, more);
  namesBeforeBracketedAges(text, more);
  namesBeforeKin(text, found, more);
  return more;
}

/** "thx mo", "goed gedaan wouter": the one-word name of a chat's sender, written again in lower case in a message. */
function sendersMentioned(text: string, found: Scan, spans: readonly Span[], more: Span[]): void {
  const senders = new Set<number>();
  for (const span of spans) {
    if (span.source !== 'person-chat-sender' || span.end - span.start < 2) continue;
    let oneWord = true;
    for (let i = span.start; i < span.end && oneWord; i++) oneWord = (classAt(text, i) & LETTER) !== 0;
    if (oneWord) senders.add(hashOf(text.slice(span.start, span.end)));
  }
  if (senders.size === 0) return;
  for (let w = 0; w < found.wordCount; w++) {
    if (!senders.has(found.wordHashes[w]!)) continue;
    const start = found.wordStarts[w]!;
    const end = found.wordEnds[w]!;
    // The sender's own name before its colon is found already; a capitalised one the rules repeat.
    if ((classAt(text, start) & LOWER) === 0 || codeAt(text, end) === 58) continue;
    const word = text.slice(start, end);
    // An ordinary word ("dan", "mo") is the sender only where it is spoken to: after thanks or a greeting, at the message's end.
    const before = text.slice(Math.max(0, start - 14), start);
    const addressed = THANKS_BEFORE.test(before) || (PRAISE_BEFORE.test(before) && MESSAGE_END_AFTER.test(text.slice(end, end + 3)));
    if (addressed || (!isCommon(word) && !NOT_NAMES.has(word) && !PLACES.has(word)))
      more.push({ start, end, label: 'PERSON', source: 'person-sender-mentioned' });
  }
}

/** "adam (6) sliep al": a lower-case listed first name right before a child's age in brackets, and that age. */
function namesBeforeBracketedAges(text: string, more: Span[]): void {
  for (const digits of numbersInBrackets(text)) {
    let close = digits;
    while (close < digits + 3 && codeAt(text, close) >= 48 && codeAt(text, close) <= 57) close++;
    if (codeAt(text, close) !== 41 || codeAt(text, digits - 2) !== 32) continue;
    const end = digits - 2;
    let start = end;
    while (start > 0 && end - start < 20 && (classAt(text, start - 1) & LETTER) !== 0) start--;
    if (end - start < 3 || !isLowerWordAt(text, start, end) || !listedFirstName(text.slice(start, end))) continue;
    more.push({ start, end, label: 'PERSON', source: 'person-lower-before-age' });
    more.push({ start: digits, end: close, label: 'AGE', source: 'age-after-lower-name' });
  }
}

/** "bij sem zn oom", "roos d'r moeder": a lower-case listed first name before a possessive and a kinship word. */
function namesBeforeKin(text: string, found: Scan, more: Span[]): void {
  for (let w = 1; w + 1 < found.wordCount; w++) {
    const hash = found.wordHashes[w]!;
    let kin = w + 1;
    if (!POSSESSIVES.has(hash)) {
      // "z'n": the letter, an apostrophe, the rest of the word.
      if (CUT_POSSESSIVES.get(hash) !== found.wordHashes[w + 1] || found.wordStarts[w + 1]! !== found.wordEnds[w]! + 1) continue;
      kin = w + 2;
    }
    if (kin >= found.wordCount || !KIN.has(found.wordHashes[kin]!)) continue;
    const start = found.wordStarts[w - 1]!;
    const end = found.wordEnds[w - 1]!;
    // One space between the name and the possessive: "sem, zijn moeder" lists two people.
    if (found.wordStarts[w]! !== end + 1 || codeAt(text, end) !== 32 || end - start < 3 || !isLowerWordAt(text, start, end)) continue;
    const word = text.slice(start, end);
    if (listedFirstName(word) && !isCommon(word)) more.push({ start, end, label: 'PERSON', source: 'person-lower-before-kin' });
  }
}
