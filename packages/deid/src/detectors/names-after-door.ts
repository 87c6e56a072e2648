// Who did something, after "door" ("by"): "Actielijst bijgewerkt door K.L.", "Verslag opgemaakt door R. Spaans.", "Gebeld
// door: T.W.". Initials with full stops, perhaps with a surname, between "door" and the end of a clause: a worker or a
// client, never a thing (a thing after "door" is lower case or an organisation's capitals without full stops). The
// surname may be a Dutch word ("Spaans", "Bakker"): the initials before it make it a name. After the statistical layer.
import type { Span } from '../labels.js';
import { matchAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { overlapsAny } from '../span-list.js';
import { TV } from './name-patterns.js';

const DOOR = phrasesOf(['door']);
/**
 * "door", an optional colon, initials (each a capital and a full stop, up to four; "Th." too), then an optional
 * tussenvoegsel and a capitalised surname, up to a clause's end: a full stop, comma, bracket, slash, the line's end.
 */
const NAME_AFTER_DOOR = new RegExp(
  `[Dd]oor:?[ \\t]+((?:(?:\\p{Lu}|Th|Ch|Ph)\\.[ ]?){1,4}(?:(?:${TV})[ ])?(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)*)?)(?=[ \\t]*(?:[.,;()/|]|\\r?\\n|$))`,
  'uy',
);

/** PERSON spans of initials (and a surname) after "door" that no detection covers yet. */
export function findNamesAfterDoor(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (const at of phraseStarts(found, DOOR)) {
    const m = matchAt(NAME_AFTER_DOOR, text, at, found);
    if (!m) continue;
    // "door N.B." is no name; a trailing space of the initials is no part of it.
    const name = m[1]!.trimEnd();
    if (/^(?:N\.B\.|I\.V\.M\.|T\.A\.V\.|O\.A\.)$/i.test(name)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + name.length;
    if (!overlapsAny(spans, start, end)) more.push({ start, end, label: 'PERSON', source: 'person-after-door' });
  }
  return more;
}
