// Firms named after their owner and their trade ("Brinkhuis Klusdienst", "Van der Straaten Trapliften", "Terpstra
// Huisartsen"): a name rule took the owner's name, with or without the trade word, for a person. A person's name never ends
// in a capitalised word of a trade, so a guessed person (or a place the owner's name also is) with such a word as its last
// word, or right after it, is the firm. Read from the spans found, after the statistical layer, so that its training notes
// stay the rules' output.
import type { Span } from '../labels.js';
import { LIST, listsOf } from '../lexicon.js';
import { classAt, LETTER, UPPER } from '../scan.js';
import { lower } from './name-patterns.js';

/** Sources whose type is a guess from a capital, a contact word or the lists: no title or form names them. */
const GUESSED = new Set([
  'person-contact',
  'person-capitalised',
  'person-lexicon',
  'person-repeat',
  // A surname of a tussenvoegsel and a place (surnames-taken-for-places.ts) is the owner's name as often.
  'person-surname-of-place',
  'token-classifier',
  'city-lexicon',
  'city-cue',
]);

/** Capitalised words of a trade that end a firm's name (a compound ending in one: "Trapliften", "Schilderwerken"). */
const TRADE =
  /(?:huisartsen|tandartsen|dienst|diensten|liften|planten|bakkerij|vastgoed|techniek|installaties|schilders|schilderwerken|bouw|transport|logistiek|verhuur|makelaardij|makelaars|administratie|advies|hoveniers|keukens|meubelen|schoonmaak|verhuizingen|catering|beveiliging|incasso|loodgieters|kwekerij|slagerij|kapsalon|fietsen|tweewielers|autobedrijf|garage|witgoed|zonwering|stukadoors|timmerwerken|elektro|accountants|uitzendbureau)$/;

/** Whether text[start, end) is a capitalised trade word that no list holds as a name or place. */
function isTradeWord(text: string, start: number, end: number): boolean {
  if ((classAt(text, start) & UPPER) === 0 || end - start < 6) return false;
  const folded = lower(text.slice(start, end));
  return TRADE.test(folded) && (listsOf(folded) & (LIST.FIRST_NAME | LIST.SURNAME | LIST.PLACE)) === 0;
}

/** A capitalised tussenvoegsel that starts an owner's name before a place's word ("Van den Haaren Kozijnen"). */
const PARTICLES_BEFORE = ['Van der ', 'Van den ', 'Van de ', 'Van ', 'De '];

/** Where the firm's name starts: the span's start, or the capitalised tussenvoegsel before it. */
function ownerStart(text: string, start: number): number {
  for (const particle of PARTICLES_BEFORE) if (text.startsWith(particle, start - particle.length)) return start - particle.length;
  return start;
}

/** Whether the span starts with a listed first name ("Jan Bouw", "Els Schilders"): a person whose surname is a trade. */
function startsWithFirstName(text: string, span: Span): boolean {
  let end = span.start;
  while (end < span.end && (classAt(text, end) & LETTER) !== 0) end++;
  return (listsOf(lower(text.slice(span.start, end))) & LIST.FIRST_NAME) !== 0;
}

/** The end of the word at `at` (letters and hyphens). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while ((classAt(text, end) & LETTER) !== 0 || text[end] === '-') end++;
  return end;
}

/** Retypes guessed persons and places that end in, or stand right before, a trade word as the firm they name. */
export function retypeFirmsNamedAfterPersons(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if ((span.label !== 'PERSON' && span.label !== 'CITY') || !GUESSED.has(span.source) || startsWithFirstName(text, span)) continue;
    const lastSpace = text.lastIndexOf(' ', span.end - 1);
    if (lastSpace > span.start && isTradeWord(text, lastSpace + 1, span.end)) {
      (out ??= spans.slice())[i] = {
        start: ownerStart(text, span.start),
        end: span.end,
        label: 'INSTITUTION',
        source: 'institution-named-after-owner',
      };
      continue;
    }
    if (text[span.end] !== ' ') continue;
    const end = wordEnd(text, span.end + 1);
    const next = spans[i + 1];
    if (end === span.end + 1 || (next !== undefined && next.start < end) || !isTradeWord(text, span.end + 1, end)) continue;
    (out ??= spans.slice())[i] = {
      start: ownerStart(text, span.start),
      end,
      label: 'INSTITUTION',
      source: 'institution-named-after-owner',
    };
  }
  return out ?? spans;
}
