// People a note numbers and names by initials only ("Leerling 1 – S.K., klas 2b"): the initials are
// the person's pseudonym, and still identify them to whoever knows the class or the group.
import type { Span } from '../labels.js';
import { occurrences } from '../scan.js';

const ROLES = 'Leerling|Kind|Cliënt|Client|Jongere|Deelnemer|Bewoner|Ouder|Gezin|Casus|Melder|Betrokkene';
/** Cheap first test: a role, a space and a digit, each role found by indexOf (a pattern of the alternatives was tried at every position). */
const ROLE_WORDS = ROLES.split('|').map((role) => `${role} `);
function roleAndNumber(text: string): boolean {
  for (const [index, length] of occurrences(text, ROLE_WORDS)) {
    const code = text.charCodeAt(index + length);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
const NUMBERED_INITIALS = new RegExp(
  `(?<![\\p{L}])(?:${ROLES})[ \\t]\\d{1,2}[ \\t]*[–:-][ \\t]*((?:\\p{Lu}\\.[ \\t]?){1,3})(?=[,;)\\n]|[ \\t]|$)`,
  'gu',
);

export function findNumberedPeople(text: string): Span[] {
  if (!roleAndNumber(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(NUMBERED_INITIALS)) {
    const initials = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + initials.length, label: 'PERSON', source: 'person-numbered-initials' });
  }
  return spans;
}
