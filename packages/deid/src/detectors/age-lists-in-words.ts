// Children's ages said as a list of number words ("kinderen van vier, zeven en twaalf", "broertjes van zes en negen"):
// the written-ages rule puts one number word back as digits at a time, and a list with its other members still in words
// is no list to the age rules. Here a run of two number words or more joined by commas and "en" is put back whole in a
// copy of its surroundings, and the age rules' verdict on each member's digits is mapped back. Starts from the scan's
// words that are number words; after the statistical layer.
import type { Span } from '../labels.js';
import { codeAt, hashOf, scan, type Scan } from '../scan.js';
import { overlapsAny } from '../span-list.js';
import { findAgePhrases } from './age-phrases.js';
import { DIGITS_OF_WORD } from './written-ages.js';

/** How much of the text before and after the run the copy holds: the list rules read its lead and the clause's end. */
const BEFORE = 40;
const AFTER = 20;

const EN = hashOf('en');
const KOMMA = hashOf('komma');

/**
 * The next member of a list after number word `w`: the number word after ", ", " en ", ", en " or " komma " (the scan's
 * words are letters only, so "en" is a word of its own), or -1.
 */
function nextMember(found: Scan, w: number): number {
  const { text, wordEnds, wordStarts, wordHashes, wordCount } = found;
  const end = wordEnds[w]!;
  if (w + 1 >= wordCount) return -1;
  // "vier komma zeven en tien": a dictated note's comma, said.
  if (wordHashes[w + 1] === EN || wordHashes[w + 1] === KOMMA) {
    const comma = codeAt(text, end) === 44 ? 1 : 0;
    if (wordStarts[w + 1] !== end + comma + 1 || w + 2 >= wordCount || wordStarts[w + 2] !== wordEnds[w + 1]! + 1) return -1;
    return DIGITS_OF_WORD.has(wordHashes[w + 2]!) ? w + 2 : -1;
  }
  const joined = wordStarts[w + 1] === end + 2 && codeAt(text, end) === 44 && codeAt(text, end + 1) === 32;
  return joined && DIGITS_OF_WORD.has(wordHashes[w + 1]!) ? w + 1 : -1;
}

/** A mark said aloud after the list ("… vier en elf punt"), which the copy holds as the mark the age rules read. */
const SAID_MARK = /^ (punt|komma)(?![\p{L}])/u;

/** The text after a list's last member for the copy, a said mark put back as itself. */
function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, Math.min(text.length, end + AFTER));
  const mark = SAID_MARK.exec(after);
  return mark ? (mark[1] === 'punt' ? '.' : ',') + after.slice(mark[0].length) : after;
}

/** AGE spans of the members of lists of number words that the age rules read as ages once put in digits. */
export function findAgeListsInWords(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  const more: Span[] = [];
  for (let w = 0; w + 1 < wordCount; w++) {
    if (!DIGITS_OF_WORD.has(wordHashes[w]!)) continue;
    const members = [w];
    for (let next = nextMember(found, w); next !== -1; next = nextMember(found, next)) members.push(next);
    if (members.length < 2) continue;
    const first = w;
    const last = members[members.length - 1]!;
    w = last;
    // A run that some rule took whole was read already; one member found with its unit leaves the others to read.
    if (members.every((k) => overlapsAny(spans, wordStarts[k]!, wordEnds[k]!))) continue;
    const from = Math.max(0, wordStarts[first]! - BEFORE);
    let copy = text.slice(from, wordStarts[first]!);
    const placed: [number, number, number, number][] = [];
    members.forEach((k, i) => {
      const digits = DIGITS_OF_WORD.get(wordHashes[k]!)!;
      placed.push([copy.length, copy.length + digits.length, wordStarts[k]!, wordEnds[k]!]);
      const next = members[i + 1];
      copy +=
        digits +
        (next !== undefined ? text.slice(wordEnds[k]!, wordStarts[next]!).replace(' komma ', ', ') : clauseAfter(text, wordEnds[k]!));
    });
    const ages = findAgePhrases(copy, scan(copy));
    for (const [copyStart, copyEnd, start, end] of placed)
      if (ages.some((age) => age.label === 'AGE' && age.start === copyStart && age.end >= copyEnd))
        more.push({ start, end, label: 'AGE', source: 'age-list-in-words' });
  }
  return more;
}
