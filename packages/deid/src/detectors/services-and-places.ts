// A service and the town it serves, read from the spans already found (after the statistical layer, so that its training
// notes stay the rules' output). The guidelines part two cases:
// - a municipality's own service named with its town ("Leerplicht Kampen", "Werkplein Kampen"; "het Werkplein" alone is a
//   generic service) is no organisation of its own: the town is the place (debt help, "Schuldhulp …", is written both ways:
//   left as found);
// - a local branch of a service kind named with its town or district ("Taalhuis Kampen", "MBO Kampen", "Speeltuin …"; a
//   Groningen district team "WIJ …") is one organisation: kind and place together.
import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER } from '../scan.js';
import { isListedPlaceOrDistrict, isSentenceStart, lower } from './name-patterns.js';
import { relabelled } from '../span-copies.js';

/** A municipality's services, as written before their town. */
const MUNICIPAL_SERVICES = ['Leerplicht', 'Werkplein', 'Sociaal Domein', 'Schulddienstverlening'].join('|');
const MUNICIPAL_SERVICE = new RegExp(`^(?:[Hh]et )?(?:${MUNICIPAL_SERVICES}) `);
const MUNICIPAL_SERVICE_ALONE = new RegExp(`^(?:[Hh]et )?(?:${MUNICIPAL_SERVICES})$`);
/** Kinds whose local branch is named by its town: the kind word right before a place. */
const BRANCH_KINDS = ['Taalhuis', 'Jongerenloket', 'Jongerenpunt', 'Speeltuin', 'Voedselbank', 'Kringloop', 'MBO', 'WIJ', 'Wij'].join('|');
const BRANCH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${BRANCH_KINDS}) $`, 'u');
const BRANCH_KIND_FIRST = new RegExp(`^(?:${BRANCH_KINDS}) `);
/** Spans that name a place by a list or a capital, which a kind before them may take over. */
const KIND_TAKES = new Set<Span['label']>(['CITY', 'PERSON', 'INSTITUTION']);

/** The first letters of the services and kinds above (H for "Het …"): a word starting otherwise is none of them. */
const KIND_FIRST_LETTERS = new Set(['H', 'h', ...MUNICIPAL_SERVICES.split('|'), ...BRANCH_KINDS.split('|')].map((k) => codeAt(k, 0)));
/** Where the word that ends at `end` (exclusive) starts: back over letters, at most 15 characters. */
function letterRunStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 15 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  return start;
}

/** A listed place, or a listed place and its district ("Kampen-Zuid"). */
const isListedPlace = (words: string) => isListedPlaceOrDistrict(lower(words));

export function retypeServicesOfPlaces(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  const list = () => (out ??= [...spans]);
  for (let i = 0; i < (out ?? spans).length; i++) {
    const span = (out ?? spans)[i]!;
    if (!KIND_TAKES.has(span.label)) continue;
    const first = codeAt(text, span.start);
    // Most spans are names: only a span that starts like a service or a kind, or a place after a space, is read further.
    if (!KIND_FIRST_LETTERS.has(first) && !(span.label === 'CITY' && codeAt(text, span.start - 1) === 32)) continue;
    const value = text.slice(span.start, span.end);
    const service = MUNICIPAL_SERVICE.exec(value);
    if (service && isListedPlace(value.slice(service[0].length))) {
      list()[i] = { start: span.start + service[0].length, end: span.end, label: 'CITY', source: 'city-of-service' };
      continue;
    }
    const next = (out ?? spans)[i + 1];
    if (
      MUNICIPAL_SERVICE_ALONE.test(value) &&
      next !== undefined &&
      next.start === span.end + 1 &&
      codeAt(text, span.end) === 32 &&
      KIND_TAKES.has(next.label) &&
      isListedPlace(text.slice(next.start, next.end))
    ) {
      list().splice(i, 2, { start: next.start, end: next.end, label: 'CITY', source: 'city-of-service' });
      continue;
    }
    if (span.label === 'INSTITUTION') continue;
    if (BRANCH_KIND_FIRST.test(value) && isListedPlace(value.slice(value.indexOf(' ') + 1))) {
      list()[i] = relabelled(span, 'INSTITUTION', 'institution-branch-of-place');
      continue;
    }
    if (span.label !== 'CITY' || !KIND_FIRST_LETTERS.has(codeAt(text, letterRunStartBefore(text, span.start - 1)))) continue;
    const kind = BRANCH_BEFORE.exec(text.slice(Math.max(0, span.start - 15), span.start));
    if (!kind || !isListedPlace(value)) continue;
    const start = span.start - kind[1]!.length - 1;
    if (text.startsWith('Wij ', start) && isSentenceStart(text, start)) continue;
    // A span over the kind itself ("Taalhuis" by the classifier) joins the branch.
    const before = (out ?? spans)[i - 1];
    const joins = before !== undefined && before.start >= start && before.end <= span.start;
    list().splice(joins ? i - 1 : i, joins ? 2 : 1, { start, end: span.end, label: 'INSTITUTION', source: 'institution-branch-of-place' });
    if (joins) i--;
  }
  return out ?? spans;
}
