// First names of the origins the generated lists miss (more-origin-names.ts: Turkish, Kurdish, Azerbaijani given names
// as written today, "Ayşe", "Rojin", "Günel"); a surname after one the rules find already. After the statistical layer, so
// its list features and weights stay as trained. None of these names is a Dutch word, so a capitalised one is a name at
// a sentence start too; in lower case only a name with a letter foreign to Dutch spelling (ş, ğ, ı, ə, ê …) counts.
import type { Span } from '../labels.js';
import { MORE_ORIGIN_FIRST_NAMES } from '../more-origin-names.js';
import { capitalisedWords, classAt, hashOf, LOWER, type Scan } from '../scan.js';
import { overlapsAny } from '../span-list.js';

const NAMES: ReadonlySet<string> = new Set(
  Object.values(MORE_ORIGIN_FIRST_NAMES)
    .flatMap((names) => names.split(' '))
    .map((name) => name.toLowerCase()),
);

/**
 * Letters that mark a lower-case word of these names as a name ("gülseren"). Dutch never writes ş, ğ, ı, ə; it does write
 * ö, ü, ê, ç, î (coördinatie, enquête, façade), which is safe only because the list holds no Dutch word (a test checks).
 */
const FOREIGN_LETTERS = /[şğıəêîûçöü]/u;
/** The lower-case names with such a letter, by the scan's hash of them. */
const LOWER_CASE_NAMES = new Set([...NAMES].filter((name) => FOREIGN_LETTERS.test(name) && name.length >= 4).map(hashOf));

/** A possessive or genitive after the name ("Ayşe's", "Rojin’s"): the capitalised word then ends before it. */
function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/** PERSON spans of these names that no detection covers yet; `withBesideSpans` keeps those that overlap nothing. */
export function findNamesOfMoreOrigins(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  const words = capitalisedWords(found);
  for (let w = 0; w < words.starts.length; w++) {
    const lower = withoutPossessive(words.lowers[w]!);
    if (!NAMES.has(lower)) continue;
    const start = words.starts[w]!;
    const end = start + lower.length;
    if (overlapsAny(spans, start, end)) continue;
    more.push({ start, end, label: 'PERSON', source: 'person-more-origins' });
  }
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    if (!LOWER_CASE_NAMES.has(wordHashes[w]!)) continue;
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    if ((classAt(text, start) & LOWER) === 0 || overlapsAny(spans, start, end)) continue;
    if (!NAMES.has(text.slice(start, end))) continue;
    more.push({ start, end, label: 'PERSON', source: 'person-more-origins' });
  }
  return more;
}
