// "Map Kampen, R.W. –", "Hengelo, T.;": a surname, a comma and initials, as registers and exports list people. A
// surname that is also a place ("Kampen", "Hengelo") is found as a place by the lists; the initials after it say it is
// a person's. Reads the detections only (a few per note), after the statistical layer.
import type { Span } from '../labels.js';
import { codeAt } from '../scan.js';

/**
 * ", H.J." and then the end of a cell, a field or a clause: a dash, a semicolon, a comma, a bar or the line's end (not a
 * bracket: "Ootmarsum, L. (Lies) de Wit" is a place and then someone's initial and name).
 */
const INITIALS_AFTER = /, ((?:[A-Z]\.){1,4})(?=[ \t]*(?:[–—;,|]|- |\r?\n|$))/y;

/** The spans with each place before a comma and initials made a person's name that holds the initials. */
export function withSurnamesBeforeInitials(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'CITY' || codeAt(text, span.end) !== 44) continue;
    INITIALS_AFTER.lastIndex = span.end;
    const m = INITIALS_AFTER.exec(text);
    const next = i + 1 < spans.length ? spans[i + 1] : undefined;
    if (!m || (next && next.start < INITIALS_AFTER.lastIndex)) continue;
    out ??= spans.slice();
    out[i] = { start: span.start, end: INITIALS_AFTER.lastIndex, label: 'PERSON', source: 'person-surname-before-initials' };
  }
  return out ?? spans;
}
