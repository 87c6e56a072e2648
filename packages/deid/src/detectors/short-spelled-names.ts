// A short name spelled after it is said ("Kai, K-A-I", "Ali is A-L-I"): two or three capitals joined by hyphens are an
// abbreviation's letters anywhere else ("A-B", "B-B-C"), so the rule for spelled names takes four letters or more; here
// two or three count where they spell a name a person's span holds just before them. Starts from the scan's capitals
// with a hyphen after them; after the statistical layer.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';

/** Two or three single capitals joined by hyphens, no letter, digit or hyphen after them. */
const SHORT_SPELLED = /[A-Z](?:-[A-Z]){1,2}(?![\p{L}\d-])/uy;
/** How far back the name said before its spelling may start. */
const REACH = 80;

/** PERSON spans of short spellings of a name a person's span holds just before them. */
export function findShortSpelledNames(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  for (const at of found.capitals) {
    if (codeAt(text, at + 1) !== 45 || (at > 0 && codeAt(text, at - 1) === 45)) continue;
    SHORT_SPELLED.lastIndex = at;
    const m = SHORT_SPELLED.exec(text);
    if (!m) continue;
    const spelled = m[0].replaceAll('-', '').toLowerCase();
    const said = spans.some(
      (span) =>
        span.label === 'PERSON' &&
        span.end <= at &&
        span.start >= at - REACH &&
        text
          .slice(span.start, span.end)
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .includes(spelled),
    );
    if (said) more.push({ start: at, end: at + m[0].length, label: 'PERSON', source: 'person-spelled-short' });
  }
  return more;
}
