// Listed local organisations whose name the list-lookup never reads: it starts from the scan's capitalised words (a capital,
// then lower case), so a name in capitals ("an abbreviation of a hospital"), with a capital inside its first word ("GGz …",
// "…Wonen" after a lower-case start) or after "'s" was never looked up. Found here as listed, case and all, from the scan's
// word hashes (one phrase list), so the same letters in lower case or inside a longer word stay what they were.
import type { Span } from '../labels.js';
import { KNOWN_INSTITUTIONS_WRITTEN } from '../lexicon.js';
import { LOCAL_ORGANISATIONS } from '../local-organisations.js';
import { classAt, LETTER, phrasesOf, phraseStarts, type Scan } from '../scan.js';

/** Whether the list lookup of capitalised words reads a name: a capital, then a lower-case letter. */
const READ_BY_LOOKUP = /^\p{Lu}\p{Ll}/u;
/** Names with a digit are read by their own pattern (institutions.ts). */
const ODDLY_WRITTEN = [...LOCAL_ORGANISATIONS.split('|'), ...KNOWN_INSTITUTIONS_WRITTEN.split('|')].filter(
  (name) => !READ_BY_LOOKUP.test(name) && !/\d/.test(name),
);
const ODD_PHRASES = phrasesOf(ODDLY_WRITTEN);
/** The names by the lower case of their first run of letters, where a phrase hit starts. */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const name of ODDLY_WRITTEN) {
  const first = /\p{L}+/u.exec(name)![0].toLowerCase();
  BY_FIRST_WORD.set(
    first,
    [...(BY_FIRST_WORD.get(first) ?? []), name].sort((a, b) => b.length - a.length),
  );
}

const isWordCharacter = (text: string, index: number) =>
  index >= 0 && index < text.length && ((classAt(text, index) & LETTER) !== 0 || /\d/.test(text[index]!));

export function findOrganisationsAsListed(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const at of phraseStarts(found, ODD_PHRASES)) {
    let end = at;
    while (end < text.length && (classAt(text, end) & LETTER) !== 0) end++;
    for (const name of BY_FIRST_WORD.get(text.slice(at, end).toLowerCase()) ?? []) {
      // A name that starts with "'s" starts before its first letters.
      const start = at - name.search(/\p{L}/u);
      if (start < 0 || !text.startsWith(name, start) || isWordCharacter(text, start - 1) || isWordCharacter(text, start + name.length))
        continue;
      spans.push({ start, end: start + name.length, label: 'INSTITUTION', source: 'institution-as-listed' });
      break;
    }
  }
  return spans;
}
