// An age told by its decade, as people say it on the phone: "mevrouw Smit (in de 70)", "Mw. Bos – in de zeventig,",
// "opa is halverwege de zestig", "die is nu negentig-plus". Only the decade's number is the age; only after a
// person's span close before it (a name, a title with a name), and only where the clause ends after it ("in de twintig
// minuten" counts time).
import type { Span } from '../labels.js';
import { type Scan } from '../scan.js';
import { firstEndingAfter } from '../span-list.js';

const DECADE = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|[2-9]0)';
/**
 * The words before the decade, the decade, then a clause's end; or the decade with "-plus" after a verb of being (a
 * bracket's "(allen ouder, 70-plus)" describes a group as often as one person).
 */
const DECADE_AGE = new RegExp(
  `(?:(?:in|halverwege|eind|begin) de |(?:eind|begin) )(${DECADE})(?=[ \\t]*(?:[,.;:)!?]|\\r?\\n|$))|(?:is|was|wordt)(?: (?:nu|al|ook))? (${DECADE}-plus)(?![\\p{L}\\d])`,
  'giu',
);
/** How far before the phrase a person's span may end: "Mw. Bos – ", "opa Jan is ", "mevrouw X, die is nu ". */
const REACH = 24;

/** AGE spans of decades said as ages after a person. */
export function findApproximateAges(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const ages: Span[] = [];
  if (found.text !== text) return ages;
  for (const person of spans) {
    if (person.label !== 'PERSON') continue;
    const window = text.slice(person.end, Math.min(text.length, person.end + REACH + 24));
    // Not over a line's or sentence's end: the age belongs to the clause of the name.
    const clause = /^[^\n.!?]*/.exec(window)![0];
    for (const m of clause.matchAll(DECADE_AGE)) {
      if (m.index > REACH) break;
      const number = m[1] ?? m[2]!;
      const start = person.end + m.index + m[0].indexOf(number);
      const at = firstEndingAfter(spans, start);
      if (at < spans.length && spans[at]!.start < start + number.length) break;
      ages.push({ start, end: start + number.length, label: 'AGE', source: 'age-decade' });
      break;
    }
  }
  return ages;
}
