// A name spelled letter by letter in a call ("Van Dijk, D-IJ-K": "V-E-R-M-E-E-R"): single capitals joined by hyphens,
// four or more with a vowel among them; a shorter run or one without vowels is an abbreviation ("A-B", "B-S-N").
// Speakers' labels of a transcript ("Mdw:", "Cl:") that the sender rule took for names are dropped here too.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';
import { withoutSpansWhere } from '../span-list.js';

const SPELLED = /(?:[A-Z]|IJ)(?:-(?:[A-Z]|IJ)){3,}(?![\p{L}\d-])/uy;
const VOWEL = /[AEIOUY]/;

/** Letters in the alphabet's order ("A-B-C-D"): levels or steps of a list, never a name. */
function inAlphabeticalOrder(run: string): boolean {
  const letters = run.split('-');
  return letters.every((letter, i) => i === 0 || codeAt(letter, 0) === codeAt(letters[i - 1]!, 0) + 1);
}

/** PERSON spans of names spelled in capitals between hyphens. */
export function findSpelledNames(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const at of found.capitals) {
    if (codeAt(text, at + 1) !== 45 && !(codeAt(text, at + 1) === 74 && codeAt(text, at + 2) === 45)) continue;
    if (at > 0 && codeAt(text, at - 1) === 45) continue;
    SPELLED.lastIndex = at;
    const m = SPELLED.exec(text);
    if (m && VOWEL.test(m[0]) && !inAlphabeticalOrder(m[0]))
      spans.push({ start: at, end: at + m[0].length, label: 'PERSON', source: 'person-spelled' });
  }
  return spans;
}

/** Short labels of a transcript's speakers: the worker and the client, never a name. */
const SPEAKER_ROLES = new Set(['mdw', 'cl', 'clt', 'hv', 'mw']);

/**
 * The spans without names that are only a speaker's role: a label before a colon ("Mdw:", "HV:"), or a role written
 * as a word ("Cl zegt"). The same letters in capitals inside a sentence may be the initials of a person the text names
 * ("Henk Visser … HV belt terug").
 */
export function withoutSpeakerRoles(text: string, spans: Span[]): Span[] {
  return withoutSpansWhere(spans, (span) => {
    if (span.label !== 'PERSON' || span.end - span.start > 3) return false;
    const value = text.slice(span.start, span.end);
    if (!SPEAKER_ROLES.has(value.toLowerCase())) return false;
    let after = span.end;
    while (codeAt(text, after) === 32) after++;
    return codeAt(text, after) === 58 || value !== value.toUpperCase();
  });
}
