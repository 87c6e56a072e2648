// The value of an address field is an address, however it is typed: in lower case, with an
// abbreviated street kind ("Wilhelminastr. 12") or a street name that ends like no street ("Achter de Kerk 4").
import type { Span } from '../labels.js';

const ADDRESS_FIELD =
  /(?<![\p{L}])(?:(?:[Ww]oon|[Pp]ost|[Bb]ezoek|[Nn]ieuw|[Oo]ud|[Vv]orig|[Hh]uidig|[Cc]orrespondentie|[Vv]erblijfs)?[Aa]dres|[Ss]traat(?: \+ (?:huis)?nummer| en huisnummer)?|[Ww]oont op|[Ww]oonachtig (?:aan|op))(?: (?:moeder|vader|cliënt|client|ouders|kind|jongere))?[ \t]*:?[ \t]+((?!Postbus|postbus)\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4} \d{1,5}(?:[ -]?(?:[a-zA-Z]|[IVX]{1,3}|\d{1,3}|hs|bis|bg|huis|boven)(?![\p{L}\d]))?)(?=[ \t]*(?:,|\n|$|\(|;| te | in | [1-9]\d{3} ?[A-Za-z]{2}(?![\p{L}])))/gu;

const KIND = 'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|ring|markt|baan|veld|hoek|bocht|erf|weide|hoeve';
const ENDS_LIKE_STREET = new RegExp(`(?:${KIND}|str\\.)$`);
/** "woont aan de kerkstraat 5", "verhuisd naar populierenlaan 12": a street in lower case after where someone lives. */
const LOWER_STREET = new RegExp(
  `(?<![\\p{L}])(?:woont|wonen|woonachtig|verhuisd|verhuist|verhuizen|adres is|ingeschreven)(?: (?:nu|sinds kort|tijdelijk|inmiddels))?(?: (?:aan|op|in|naar))?(?: (?:de|het))? (\\p{Ll}[\\p{Ll}'’-]*(?:${KIND}) \\d{1,5}[a-z]?)(?![\\d\\p{L}])`,
  'gu',
);
/** "Dorpsstraat nr. 12": a street, "nr." and the number. */
const STREET_NR = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]*(?:${KIND}) nr\\.? \\d{1,5}[a-zA-Z]?)(?![\\d\\p{L}])`, 'gu');
/** "1e Jan Steenstraat 4-2", "Tweede Oosterparkstraat 14": an ordinal, then the street's names and its number. */
const ORDINAL_STREET = new RegExp(
  `(?<![\\p{L}\\d])((?:[1-9]e|[Ee]erste|[Tt]weede|[Dd]erde|[Vv]ierde|[Vv]ijfde) (?:\\p{Lu}[\\p{L}'’.-]* ){0,3}\\p{Lu}[\\p{L}'’-]*(?:${KIND}) \\d{1,5}(?:-\\d{1,3}|-?[a-zA-Z](?![\\p{L}]))?)(?![\\d\\p{L}])`,
  'gu',
);

export function findAddressFields(text: string): Span[] {
  const spans: Span[] = [];
  const add = (m: RegExpExecArray, source: string) => {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'ADDRESS', source });
  };
  // Most texts hold none of these: one cheap test each first.
  if (/[Aa]dres|[Ss]traat|[Ww]oon/.test(text)) {
    for (const m of text.matchAll(ADDRESS_FIELD)) {
      // "adres is …", "adres van …": a value in lower case must end like a street.
      const first = m[1]!.slice(0, m[1]!.indexOf(' '));
      if (/^\p{Ll}/u.test(first) && !ENDS_LIKE_STREET.test(first)) continue;
      add(m, 'address-field');
    }
  }
  if (/woon|verhuis|adres is|ingeschreven/.test(text)) for (const m of text.matchAll(LOWER_STREET)) add(m, 'address-lower');
  if (text.includes(' nr')) for (const m of text.matchAll(STREET_NR)) add(m, 'address-nr');
  if (/[1-9]e |[Ee]erste |[Tt]weede |[Dd]erde |[Vv]ierde |[Vv]ijfde /.test(text)) for (const m of text.matchAll(ORDINAL_STREET)) add(m, 'address-ordinal');
  return spans;
}
