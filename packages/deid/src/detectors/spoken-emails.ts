// An e-mail address said aloud or dictated: "jan punt de vries apenstaartje ziggo punt nl", "p jansen at hotmail punt
// com". From the word "apenstaartje" (or "at" with a domain said after it) the domain is read on up to its "punt" and
// a top-level domain, and the name before it back up to a word that introduces it ("is", "e-mail", a colon).
import type { Span } from '../labels.js';
import { hashOf, type Scan } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';

const AT_WORDS = new Set(['apenstaartje', 'at'].map(hashOf));
/** The domain said after the at-sign: words, "punt" between them, and a top-level domain at its end. */
const DOMAIN =
  /[ \t]+[\p{L}\d-]+(?:[ \t]+(?:punt|streepje)[ \t]+[\p{L}\d-]+){0,3}?[ \t]+punt[ \t]+(?:com|nl|be|org|net|eu|de|info|nu|fr)(?![\p{L}\d])/iuy;
/** The words said before it, up to six, each after a single space: a dictated address has no punctuation inside but a double name's hyphen. */
const LOCAL_WORDS = /(?:[\p{L}\d]+(?:-[\p{L}\d]+)*[ \t]){1,6}$/u;
/** Words that introduce an address or end the clause before it: the name starts after the last of them. */
const NOT_OF_THE_NAME = new Set(
  'is mail email e-mail mailadres emailadres e-mailadres adres komma en naar op via het zijn haar mijn dus dat ja nee eh uh dan met u je hij ze zij graag stuur sturen staat'.split(
    ' ',
  ),
);
/** A tussenvoegsel belongs to the name when a name stands before it ("jan van dijk"), not a word ("het adres van jan"). */
const TUSSENVOEGSEL = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t"]);

/** Whether the name said before the at-sign still takes `words[index]`. */
function ofTheName(words: string[], index: number): boolean {
  const word = words[index]!.toLowerCase();
  if (NOT_OF_THE_NAME.has(word)) return false;
  if (!TUSSENVOEGSEL.has(word) || word === 'de') return true;
  let name = index - 1;
  while (name >= 0 && TUSSENVOEGSEL.has(words[name]!.toLowerCase())) name--;
  const before = words[name];
  if (before === undefined) return false;
  const lower = before.toLowerCase();
  return !NOT_OF_THE_NAME.has(lower) && (before !== lower || !isCommon(lower));
}

/** EMAIL spans of addresses said in words. */
export function findSpokenEmails(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  const { wordHashes, wordStarts, wordEnds, wordCount } = found;
  for (let w = 1; w < wordCount; w++) {
    if (!AT_WORDS.has(wordHashes[w]!)) continue;
    const atStart = wordStarts[w]!;
    DOMAIN.lastIndex = wordEnds[w]!;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const before = LOCAL_WORDS.exec(text.slice(Math.max(0, atStart - 80), atStart));
    if (!before) continue;
    const words = before[0].trim().split(/[ \t]/);
    let first = words.length;
    while (first > 0 && ofTheName(words, first - 1)) first--;
    if (first === words.length) continue;
    const local = words.slice(first).join(' ');
    const start = atStart - before[0].length + before[0].lastIndexOf(local);
    spans.push({ start, end: DOMAIN.lastIndex, label: 'EMAIL', source: 'email-spoken' });
  }
  return spans;
}
