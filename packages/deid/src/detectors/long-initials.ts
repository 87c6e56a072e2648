// Initials written with two or three letters ("Th. Grevelink", "Chr. de Vries", "Joh. Pieters", "Wm. Kok"), as older Dutch
// records abbreviate Theodorus, Christiaan, Johannes, Willem: the rules read one capital and a full stop as an initial,
// so these were left, at a sentence's or a list item's start most of all. After the statistical layer.
import type { Span } from '../labels.js';
import { SURNAMES } from '../lexicon.js';
import { capitalisedWords, matchAt, type Scan } from '../scan.js';
import { firstEndingAfter } from '../span-list.js';
import { isCommon } from '../statistical/token-features.js';
import { CAP, TV } from './name-patterns.js';

/** The long initials, in lower case. */
const LONG_INITIALS = new Set(['th', 'ch', 'ph', 'chr', 'joh', 'jac', 'wm', 'gerr', 'corn', 'hub', 'jos', 'fr']);
/** A long initial, a full stop, more initials perhaps, an optional tussenvoegsel and a capitalised surname. */
const NAME = new RegExp(`\\p{Lu}\\p{Ll}{1,3}\\.[ ]?(?:\\p{Lu}\\.[ ]?){0,3}[ ](?:(?:${TV})[ ])?${CAP}`, 'uy');

/** Whether the match's last word is a common word no surname list holds ("Hij", "Morgen", "Daarom"; not "Bakker"). */
function sentenceStartNoSurname(match: string): boolean {
  const last = match.slice(match.lastIndexOf(' ') + 1).toLowerCase();
  return isCommon(last) && !SURNAMES.has(last);
}

/**
 * The spans with long initials and their surname as one PERSON span: where the rules found the surname alone as a person
 * ("Roozenboom" of "Th. Roozenboom"), it grows to take the initials; where they found some other kind there, it stays.
 */
export function withLongInitials(text: string, found: Scan, spans: Span[]): Span[] {
  const words = capitalisedWords(found);
  let out = spans;
  for (let w = 0; w < words.starts.length; w++) {
    if (!LONG_INITIALS.has(words.lowers[w]!)) continue;
    const start = words.starts[w]!;
    const m = matchAt(NAME, text, start, found);
    if (!m) continue;
    const end = start + m[0].length;
    // "met Jos. Hij komt": a first name ends the sentence and the next one starts with a word, no surname.
    if (sentenceStartNoSurname(m[0])) continue;
    const first = firstEndingAfter(out, start);
    let last = first;
    while (last < out.length && out[last]!.start < end) {
      const inside = out[last]!;
      if (inside.label !== 'PERSON' || inside.start < start || inside.end > end) break;
      last++;
    }
    if (last < out.length && out[last]!.start < end) continue;
    out = [...out.slice(0, first), { start, end, label: 'PERSON', source: 'person-long-initials' }, ...out.slice(last)];
  }
  return out;
}
