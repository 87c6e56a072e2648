// The pieces the person, place, address and institution detectors share: the capitalised-word
// pattern, tussenvoegsels, and cheap hand-written checks that run for many candidates.
import { PLACES, TUSSENVOEGSELS } from '../lexicon.js';
import { codeAt, isSpaceAt, type Scan } from '../scan.js';

export const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)*";
export const TV = TUSSENVOEGSELS.map((t) => t.replace(/'/g, "['’]"))
  .flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)])
  .join('|');

export const lower = (s: string) => s.toLowerCase();

/** A listed place, or a listed place and its district ("kampen-zuid"), given in lower case. */
export function isListedPlaceOrDistrict(folded: string): boolean {
  const hyphen = folded.indexOf('-');
  return PLACES.has(folded) || (hyphen > 2 && PLACES.has(folded.slice(0, hyphen)));
}

/** `\s` of a pattern, without running one for every letter: in ASCII only tab to carriage return and the space are. */
const isSpace = (c: string) => isSpaceAt(c, 0);

/**
 * Whether `index` starts a sentence, judged from at most three characters before it: the text's
 * start, a line break, or . ! ? : and a space, or an opening quote or bracket. Scans back by hand:
 * it runs for every capitalised word, where slicing and a regular expression each time were costly.
 */
export function isSentenceStart(text: string, index: number): boolean {
  const limit = Math.max(0, index - 3);
  let i = index - 1;
  for (; i >= limit && isSpace(text[i]!); i--) if (text[i] === '\n') return true;
  if (i < limit) return true;
  const c = text[i]!;
  if (c === '"' || c === '“' || c === '(') return true;
  return (c === '.' || c === '!' || c === '?' || c === ':') && i < index - 1;
}

/** Where the first whitespace character of `value` is (its length if there is none). */
export function firstSpace(value: string): number {
  for (let i = 0; i < value.length; i++) if (isSpace(value[i]!)) return i;
  return value.length;
}
export const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Where a postcode can start: a run of four digits, the first 1–9, then perhaps a space and two
 * capitals ("3311 AB", "3311AB"), as every pattern that holds a postcode needs.
 */
export function postcodeStarts(found: Scan): number[] {
  let starts = found.derived.postcodeStarts;
  if (starts) return starts;
  // Kept before the loop: stored after it, the store had no type feedback when V8 optimised the loop (on stack), and
  // the optimised code was thrown away at that store in every call, then made again.
  found.derived.postcodeStarts = starts = [];
  const { text } = found;
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    if (codeAt(text, at) === 48 || found.digitEnds[i] !== at + 4) continue;
    const letters = codeAt(text, at + 4) === 32 ? at + 5 : at + 4;
    if (isAsciiCapital(codeAt(text, letters)) && isAsciiCapital(codeAt(text, letters + 1))) starts.push(at);
  }
  return starts;
}
const isAsciiCapital = (code: number) => code >= 65 && code <= 90;

/** " zijn auto", " haar oma", " z'n fiets": a possessive and the thing owned, no verb "zijn" ("in Zwolle zijn de huren hoog"). */
const POSSESSIVE_AFTER = /^ (?:zijn|haar|z['’]n|d['’]r) (\p{Ll}+)/u;
const NO_THING_OWNED = new Set(
  'de het een er ze we wij zij jullie niet nog al ook veel weinig meer minder geen daar hier dan nu toen wel allemaal beide erg heel zeer best vaak soms nooit altijd echt misschien wat die dat deze dit aan op in bij met voor naar van uit twee drie vier vijf zes zeven acht negen tien'.split(
    ' ',
  ),
);
/** Whether a possessive and a noun follow `end`: the word before is who owns it ("in Jansen zijn auto", "Fenna haar oma"). */
export function possessiveAfter(text: string, end: number): boolean {
  // z(ijn), z('n), h(aar), d('r): most words are passed over by the letter after the space.
  const next = codeAt(text, end + 1);
  if (codeAt(text, end) !== 32 || (next !== 122 && next !== 104 && next !== 100)) return false;
  const m = POSSESSIVE_AFTER.exec(text.slice(end, end + 30));
  return m !== null && !NO_THING_OWNED.has(m[1]!) && !m[1]!.startsWith('ge');
}
