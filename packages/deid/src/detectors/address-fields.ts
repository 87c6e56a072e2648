// The value of an address field is an address, however it is typed: in lower case, with an
// abbreviated street kind ("Wilhelminastr. 12") or a street name that ends like no street ("Achter de Kerk 4").
import type { Span } from '../labels.js';

const ADDRESS_FIELD =
  /(?<![\p{L}])(?:(?:[Ww]oon|[Pp]ost|[Bb]ezoek|[Nn]ieuw|[Oo]ud|[Vv]orig|[Hh]uidig|[Cc]orrespondentie|[Vv]erblijfs)?[Aa]dres|[Ss]traat(?: \+ (?:huis)?nummer| en huisnummer)?|[Ww]oont op|[Ww]oonachtig (?:aan|op))(?: (?:moeder|vader|cliënt|client|ouders|kind|jongere))?[ \t]*:?[ \t]+((?!Postbus|postbus)\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4} \d{1,5}(?:[ -]?(?:[a-zA-Z]|[IVX]{1,3}|\d{1,3}|hs|bis|bg|huis|boven)(?![\p{L}\d]))?)(?=[ \t]*(?:,|\n|$|\(|;| te | in | [1-9]\d{3} ?[A-Za-z]{2}(?![\p{L}])))/gu;

export function findAddressFields(text: string): Span[] {
  const spans: Span[] = [];
  // Most texts hold no address field: one cheap test first.
  if (!/[Aa]dres|[Ss]traat|[Ww]oon/.test(text)) return spans;
  for (const m of text.matchAll(ADDRESS_FIELD)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'ADDRESS', source: 'address-field' });
  }
  return spans;
}
