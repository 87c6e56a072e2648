// Addresses given in pieces: a street field whose row holds no number ("Straatnaam: Dorpsweg", "Adres: Kerkstraat
// (nummer onbekend)"), a street and its number on lines of their own, and a house number said before its street ("op
// nummer 12 van de Molenstraat", "woont op 12 Kerkstraat"). Each needs a street's kind at the end of its last word, as
// words without one read as a name as often. After the statistical layer, like addresses-in-context.ts; tried from the
// scan's words of a field's label and from its digit runs.
import type { Span } from '../labels.js';
import { codeAt, hashOf, type Scan } from '../scan.js';
import { STREET_SUFFIX } from './addresses.js';
import { withAddressOver } from './addresses-in-context.js';
import { firstEndingAfter } from '../span-list.js';

/** A street by the kind its last word ends in, with capitalised words and particles before it. */
const STREET = `(?:\\p{Lu}[\\p{L}'’.-]*[ \\t](?:(?:van|de|der|den|het|'t)[ \\t])*){0,4}\\p{Lu}[\\p{L}'’-]*(?:${STREET_SUFFIX})`;
/** The labels of a street's field. */
const STREET_LABELS = new Set(['straat', 'straatnaam', 'adres', 'woonadres', 'huisadres'].map(hashOf));
/** After a street's label: its colon or cell's bar, the street, and no number (a bracket, a cell's or a line's end). */
const FIELD_VALUE = new RegExp(`[ \\t]*(?::|\\|)[ \\t]*(${STREET})(?=[ \\t]*(?:\\(|\\||\\t|\\r?\\n|$))`, 'uy');
/** Only blanks, a bar or a tab between the line's start and the label: a field's row, not a sentence. */
const ROW_START = /(?:^|\n)[ \t|]*$/;
/** A street field's label in any case, written out: an `i` flag would make STREET's `\p{Lu}` match lower case too. */
const STREET_LABEL = '(?:[Aa]dres|ADRES|[Ww]oonadres|WOONADRES|[Hh]uisadres|HUISADRES|[Ss]traat(?:naam)?|STRAAT(?:NAAM)?)';
/** A line that is a street alone, or a street field's label and a street, before a line that is a number alone. */
const STREET_LINE = new RegExp(`(?:^|\\n)[ \\t]*(?:${STREET_LABEL}[ \\t]*[:|][ \\t]*)?(${STREET})[ \\t]*\\r?\\n[ \\t]*$`, 'u');
const NUMBER_LINE_END = /^(?:[ \t]?[a-zA-Z]|-[a-zA-Z\d]{1,3}|[ \t](?:bis|hs|I{1,3}))?[ \t]*(?:\r?\n|$)/;
/** A house number said before its street. */
const NUMBER_FIRST_BEFORE = /(?:^|[^\p{L}])(?:woont|wonen|woonachtig|adres is|op|aan)(?:[ \t](?:nummer|nr\.?|huisnummer))?[ \t]$/iu;
const WORD_BEFORE_NUMBER_FIRST = /(?:woont|wonen|woonachtig|is|op|aan|nummer|nr\.?|huisnummer) $/i;
const NUMBER_FIRST_AFTER = new RegExp(`^(?:[a-zA-Z])?(?:[ \\t](?:van|aan|in|op)[ \\t](?:de|het))?[ \\t](${STREET})(?![\\p{L}\\d])`, 'u');

/** The labels of a house number's field with its addition: "Huisnr. & toev:", "Huisnummer/toevoeging |". */
const HOUSE_NUMBER_LABELS = new Set(['huisnummer', 'huisnr'].map(hashOf));
const HOUSE_NUMBER_VALUE =
  /\.?[ \t]*(?:\+|en|&|\/)[ \t]*(?:toevoeging|toev)\.?[ \t]*(?::|\|)[ \t]*(\d{1,5}(?:[ \t]*[-/][ \t]*[A-Za-z\d]{1,4}|[ \t]?[A-Za-z]{1,3})?)(?=[ \t]*(?:[|\t,;]|\r?\n|$))/uy;

/** Whether an ADDRESS span starts at `at`. */
function isAddressAt(spans: readonly Span[], at: number): boolean {
  const span = spans[firstEndingAfter(spans, at)];
  return span !== undefined && span.start === at && span.label === 'ADDRESS';
}

/** Spans with the addresses given in pieces, each in place of the names and places made of its words. */
export function withAddressesInPieces(text: string, found: Scan, spans: Span[]): Span[] {
  let out = spans;
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    if (HOUSE_NUMBER_LABELS.has(wordHashes[w]!)) {
      HOUSE_NUMBER_VALUE.lastIndex = wordEnds[w]!;
      const m = HOUSE_NUMBER_VALUE.exec(text);
      const end = wordEnds[w]! + (m?.[0].length ?? 0);
      if (m) out = withAddressOver(out, end - m[1]!.length, end, 'address-number-field') ?? out;
      continue;
    }
    if (!STREET_LABELS.has(wordHashes[w]!)) continue;
    const start = wordStarts[w]!;
    if (!ROW_START.test(text.slice(Math.max(0, start - 12), start))) continue;
    FIELD_VALUE.lastIndex = wordEnds[w]!;
    const m = FIELD_VALUE.exec(text);
    if (!m) continue;
    const end = wordEnds[w]! + m[0].length;
    out = withAddressOver(out, end - m[1]!.length, end, 'address-street-alone') ?? out;
  }
  for (let d = 0; d < found.digitStarts.length; d++) {
    const start = found.digitStarts[d]!;
    const end = found.digitEnds[d]!;
    if (end - start > 4) continue;
    let lineStart = start;
    while (codeAt(text, lineStart - 1) === 32 || codeAt(text, lineStart - 1) === 9) lineStart--;
    const previous = codeAt(text, start - 1);
    // Only a number alone at a line's start, or after a space and a word that may say a house number comes first.
    const atLineStart = codeAt(text, lineStart - 1) === 10;
    if (!atLineStart && (previous !== 32 || !WORD_BEFORE_NUMBER_FIRST.test(text.slice(Math.max(0, start - 11), start)))) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    if (atLineStart) {
      const street = STREET_LINE.exec(before);
      const tail = NUMBER_LINE_END.exec(text.slice(end, end + 8));
      if (street && tail) {
        const streetStart = start - before.length + before.lastIndexOf(street[1]!);
        // A street field's value may be an address already (address-street-alone, above): the number joins it.
        const withStreet =
          withAddressOver(out, streetStart, streetStart + street[1]!.length, 'address-on-lines') ??
          (isAddressAt(out, streetStart) ? out : null);
        const numberEnd = end + tail[0].replace(/[ \t]*\r?\n$/, '').length;
        if (withStreet) out = withAddressOver(withStreet, start, numberEnd, 'address-on-lines') ?? withStreet;
        continue;
      }
    }
    if (atLineStart || !NUMBER_FIRST_BEFORE.test(before)) continue;
    const after = NUMBER_FIRST_AFTER.exec(text.slice(end, end + 80));
    if (after) out = withAddressOver(out, start, end + after[0].length, 'address-number-first') ?? out;
  }
  return out;
}
