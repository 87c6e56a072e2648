// National firms that a person or place rule took for a name ("werkt bij Albert Heijn", "abonnement bij Odido"), read from
// the spans already found (after the statistical layer, so that its training notes stay the rules' output, and apart from
// `GENERIC_SERVICES`, whose words the layer reads). Only a span already found is retyped: the writers mark these firms as
// often as not, so a firm no rule found stays unmarked, but one that is marked is an organisation, no person or town.
// Public names kept by hand from general knowledge, never taken from an evaluation set. Left out: names that are a first
// name, a surname, a place or a word alone (Otto, Blokker, Zeeman, Hoogvliet, Plus, Spar, Action, Praxis, Gamma).
import type { Span } from '../labels.js';
import { relabelled } from '../span-copies.js';
import { classAt, codeAt, LETTER } from '../scan.js';

const NATIONAL_FIRMS = [
  // supermarkets, shops and chains
  'Albert Heijn|AH to go|Jumbo|Lidl|Aldi|Dirk van den Broek|Vomar|Dekamarkt|Poiesz|Jan Linders|Nettorama|Ekoplaza|Kruidvat|Etos|Hema',
  'Wibra|Primark|Xenos|IKEA|Karwei|Hornbach|MediaMarkt|Coolblue|bol.com|Bol.com|Wehkamp|Zalando|Bax-shop|Shein|Temu|AliExpress',
  "Thuisbezorgd|Picnic|McDonald’s|McDonald's|Burger King|KFC|New York Pizza",
  // energy and water
  'Eneco|Essent|Vattenfall|Greenchoice|Budget Energie|Vandebron|Engie|Oxxio|Energiedirect|Pure Energie|Frank Energie|Nuon',
  'Vitens|Evides|Brabant Water|Dunea|Oasen|Waternet',
  // telephone and internet
  'KPN|Ziggo|Odido|T-Mobile|Vodafone|VodafoneZiggo|Tele2|Simyo|Lebara|Lycamobile|Youfone|hollandsnieuwe',
  // insurers
  'Zilveren Kruis|Menzis|VGZ|DSW|ONVZ|FBTO|Univé|Zorg en Zekerheid|Interpolis|Ditzo|Centraal Beheer|OHRA|Anderzorg|Aegon',
  'Nationale-Nederlanden|Achmea',
  // banks, lenders and pay-later firms
  'Rabobank|ABN AMRO|RegioBank|ASN Bank|Triodos|Knab|bunq|Van Lanschot|Santander|Ferratum|Klarna|Afterpay|Riverty|Freo',
  // debt collectors and bailiffs of the whole country
  'Intrum|Lowell|Flanderijn|Vesting Finance|Hoist Finance|Cabot|Straetus',
  // employers, agencies and carriers of the whole country
  'PostNL|DHL|Ahold|Ahold Delhaize|Randstad|Tempo-Team|Adecco|Manpower|Start People|Otto Work Force|Covebo|YoungCapital',
  'Arriva|Connexxion|Qbuzz|Keolis|Schiphol|KLM|Tata Steel|Philips|Heineken',
]
  .join('|')
  .split('|');

/** The firms by their lower case: a span's value, or its first words, is looked up. */
const FIRMS = new Set(NATIONAL_FIRMS.map((name) => name.toLowerCase()));
const MOST_WORDS = Math.max(...NATIONAL_FIRMS.map((name) => name.split(' ').length));

/** Whether a span's value is a listed firm, or a listed firm and its branch ("Albert Heijn Kerkstraat"). */
function startsWithFirm(value: string): boolean {
  const folded = value.toLowerCase();
  if (FIRMS.has(folded)) return true;
  let end = -1;
  for (let words = 0; words < MOST_WORDS; words++) {
    end = folded.indexOf(' ', end + 1);
    if (end < 0) return false;
    if (FIRMS.has(folded.slice(0, end))) return true;
  }
  return false;
}

/** Sources whose evidence is a capital after a contact word, a list hit or the layer: no title or role ("meneer Jan Linders"). */
const GUESSED = new Set([
  'person-contact',
  'person-lexicon',
  'person-capitalised',
  'person-first-and-surname',
  'person-repeat',
  'person-lower-in-chat',
  'token-classifier',
  'city-cue',
  'city-lexicon',
  'city-in-brackets',
]);

/**
 * Where a listed firm starts that ends one space before `start` ("Jumbo Stadshagen", "Rabobank Salland": a branch named by
 * its district or region), -1 if none: the one to three words before it are looked up.
 */
function firmBefore(text: string, start: number): number {
  if (codeAt(text, start - 1) !== 32) return -1;
  let from = start - 1;
  for (let words = 0; words < MOST_WORDS; words++) {
    while (from > 0 && (classAt(text, from - 1) & LETTER) !== 0) from--;
    if (from === start - 1) return -1;
    if (FIRMS.has(text.slice(from, start - 1).toLowerCase()) && (from === 0 || (classAt(text, from - 1) & LETTER) === 0)) return from;
    if (codeAt(text, from - 1) !== 32) return -1;
    from--;
  }
  return -1;
}

/** Retypes PERSON and CITY spans that name a national firm as INSTITUTION, and joins a firm to the branch's place after it. */
export function retypeNationalFirms(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < (out ?? spans).length; i++) {
    const span = (out ?? spans)[i]!;
    if (span.label === 'CITY') {
      const firm = firmBefore(text, span.start);
      const previous = (out ?? spans)[i - 1];
      if (firm >= 0 && (previous === undefined || previous.end <= firm || (previous.start === firm && previous.end === span.start - 1))) {
        out ??= spans.slice();
        const joined: Span = { start: firm, end: span.end, label: 'INSTITUTION', source: 'institution-national-firm' };
        if (previous !== undefined && previous.start === firm) out.splice(--i, 2, joined);
        else out[i] = joined;
        continue;
      }
    }
    if (
      (span.label !== 'PERSON' && span.label !== 'CITY') ||
      !GUESSED.has(span.source) ||
      !startsWithFirm(text.slice(span.start, span.end))
    )
      continue;
    out ??= spans.slice();
    out[i] = relabelled(span, 'INSTITUTION', 'institution-national-firm');
  }
  return out ?? spans;
}
