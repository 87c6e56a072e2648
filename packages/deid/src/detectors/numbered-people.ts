// People a note numbers and names by initials only ("Leerling 1 – S.K., klas 2b"): the initials are
// the person's pseudonym, and still identify them to whoever knows the class or the group.
import type { Span } from '../labels.js';
import { codeAt, matchesAt, type Scan } from '../scan.js';

const ROLES = 'Leerling|Kind|Cliënt|Client|Jongere|Deelnemer|Bewoner|Ouder|Gezin|Casus|Melder|Betrokkene';
/** Cheap first test: a role and a number, without the Unicode flag. */
const ROLE_NUMBER = new RegExp(`(?:${ROLES}) \\d`);
const ROLE_WORDS = ROLES.split('|');
const ROLE_LAST_LETTERS = new Set(ROLE_WORDS.map((role) => codeAt(role, role.length - 1)));
/**
 * ROLE_NUMBER.test(text), from the scan's runs of digits: a digit after a space is where a run
 * starts, so a role must end right before the space of one (a pattern tried at every position was slower).
 */
function roleAndNumber(text: string, found: Scan | undefined): boolean {
  if (found === undefined || found.text !== text) return ROLE_NUMBER.test(text);
  for (let i = 0; i < found.digitStarts.length; i++) {
    const digit = found.digitStarts[i]!;
    if (codeAt(text, digit - 1) !== 32 || !ROLE_LAST_LETTERS.has(codeAt(text, digit - 2))) continue;
    if (ROLE_WORDS.some((role) => text.startsWith(role, digit - 1 - role.length))) return true;
  }
  return false;
}
const NUMBERED_INITIALS = new RegExp(
  `(?<![\\p{L}])(?:${ROLES})[ \\t]\\d{1,2}[ \\t]*[–:-][ \\t]*((?:\\p{Lu}\\.[ \\t]?){1,3})(?=[,;)\\n]|[ \\t]|$)`,
  'gu',
);

/**
 * Where NUMBERED_INITIALS can start: a role that ends one space or tab before a run of digits (the
 * pattern, a Unicode lookbehind and twelve alternatives, was tried at every position of the text).
 */
function roleStarts(found: Scan): number[] {
  const { text } = found;
  const starts: number[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const digit = found.digitStarts[i]!;
    const gap = codeAt(text, digit - 1);
    if ((gap !== 32 && gap !== 9) || !ROLE_LAST_LETTERS.has(codeAt(text, digit - 2))) continue;
    for (const role of ROLE_WORDS) if (text.startsWith(role, digit - 1 - role.length)) starts.push(digit - 1 - role.length);
  }
  return starts.sort((a, b) => a - b);
}

export function findNumberedPeople(text: string, found?: Scan): Span[] {
  if (!roleAndNumber(text, found)) return [];
  const spans: Span[] = [];
  const matches =
    found === undefined || found.text !== text
      ? text.matchAll(NUMBERED_INITIALS)
      : matchesAt(NUMBERED_INITIALS, text, roleStarts(found), found);
  for (const m of matches) {
    const initials = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + initials.length, label: 'PERSON', source: 'person-numbered-initials' });
  }
  return spans;
}
