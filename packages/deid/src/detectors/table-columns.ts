// Tables with a header row (tab-separated exports of caseloads, "|" tables of attendees): the cells
// under a column named for a place (woonplaats, wijk, …) are places, those under a column named for
// a person (naam, cliënt, casusregie, …) are names, those under a column named for an organisation (werkgever,
// schuldeiser, …) organisations, those under a column named for an address (adres, straat) addresses, whatever the
// words themselves say.
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, SURNAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { STREET_SUFFIX } from './addresses.js';
import { TENS, UNITS } from './age-years.js';
import { hasCsvSemicolon } from './case-ids.js';

type Role = 'PERSON' | 'CITY' | 'AGE' | 'INSTITUTION' | 'ADDRESS' | 'HOUSE_NUMBER';

const PLACE_HEADER = /^(?:woonplaats|plaats|wijk|woonwijk|buurt|gemeente|stad|dorp|stadsdeel)$/i;
const PERSON_HEADER =
  /^(?:naam|namen|volledige naam|cliënt|client|cliëntnaam|clientnaam|contactpersoon|casusregie|casusregisseur|regisseur|behandelaar|consulent|begeleider|medewerker|mentor|coach|hulpverlener|jongere|leerling|aanvrager|melder|kind|ouder|wijkcoach|wijkverpleegkundige|regievoerder|casemanager|klantmanager|trajectbegeleider|schuldhulpverlener|behandeld door|toegewezen aan|mdw\.?|initialen|paraaf)$/i;
/** Columns that name an organisation: an employer, a creditor, a provider ("partner/organisatie", "werkgever / school"). */
const ORGANISATION_HEADER =
  /^(?:organisatie|partner\/organisatie|instelling|zorgaanbieder|aanbieder|werkgever|werkgever \/ school|school|verhuurder|corporatie|hulp door|hulpverlenende organisatie|betrokken organisatie|betrokken organisaties|betrokken partners|partners|betrokken instanties|organisatie verwijzer|verwijzende organisatie)$/i;
/** Columns that hold a street and a house number. */
const ADDRESS_HEADER = /^(?:adres|woonadres|straat|straat \+ huisnr\.?|straat en huisnummer|adres \+ huisnr\.?)$/i;
/** A cell of an address column: words of a street ("Veldhoek", "De Werf", "Prins Mauritsstraat") and a number with its addition ("27-03", "8 B"). */
const ADDRESS_CELL = /^\p{Lu}[\p{L}'’. -]{1,48} \d{1,4}(?:[ -]\d{1,4}|[ -]?(?:[A-Za-z]{1,2}\d{0,2}|bis|hs))?$/u;
/** A street's name that ends in its kind ("Lange Nieuwstraat", "Oude Gracht"). */
const ENDS_IN_STREET_KIND = new RegExp(`(?:${STREET_SUFFIX})$`, 'i');
/** Lower-case words a street's name holds ("Laan van Meerdervoort", "Burgemeester de Withstraat", "Hof ter Linde"). */
const STREET_JOINERS = new Set(['de', 'het', "'t", 'den', 'der', 'ter', 'ten', 'van', 'aan', 'op', 'in', 'bij', 'en', 'te']);
/**
 * An address cell, not a remark ("Niet bekend 2", "Zie dossier 2024"): a common first word and a lower-case word that
 * joins no street's name, where the name ends in no street's kind. (A common word alone is a street often: "Hoog 12".)
 */
function isAddressCell(value: string): boolean {
  if (!ADDRESS_CELL.test(value)) return false;
  const words = value.slice(0, value.search(/ \d/)).split(' ');
  if (!isCommon(words[0]!.toLowerCase()) || ENDS_IN_STREET_KIND.test(words[words.length - 1]!)) return true;
  return !words.some((word, i) => i > 0 && /^\p{Ll}/u.test(word) && !STREET_JOINERS.has(word));
}
const AGE_HEADER = /^(?:leeftijd|lft\.?|age|leeftijd \(jaar\))$/i;
/** A street's column apart from its number's ("| straat | nr |"): only right after it is a "nr" column a house number's, not a row's count. */
const STREET_ONLY_HEADER = /^(?:straat|straatnaam)$/i;
const HOUSE_NUMBER_HEADER = /^(?:nr\.?|huisnr\.?|huisnummer|no\.?)$/i;
/** A house number with its addition, alone in its cell: "37-C", "5 bis", "23-hs", "9 2e verd.", "14 II". */
const HOUSE_NUMBER_CELL =
  /^\d{1,5}(?:[ -]?(?:[A-Za-z]{1,2}|bis|hs|huis|boven|bg|I{1,3}|IV|rood|zwart))?(?: \d{1,2}(?:e|de|ste) (?:verd\.?|verdieping|etage))?$/;
/** A street's name alone in its cell: capitalised words, the last its kind or no common word ("Anna Paulownalaan", "Brink"). */
function isStreetCell(value: string): boolean {
  if (!/^\p{Lu}[\p{L}'’. -]{1,48}$/u.test(value)) return false;
  const last = value.slice(value.lastIndexOf(' ') + 1);
  return ENDS_IN_STREET_KIND.test(last) || (value.includes(' ') && !isCommon(last.toLowerCase()));
}
/** A word that names a column of one of the kinds above ("leeftijd", "woonplaats"): a header, no value. */
export function isColumnHeader(value: string): boolean {
  return [PLACE_HEADER, PERSON_HEADER, ORGANISATION_HEADER, ADDRESS_HEADER, AGE_HEADER].some((header) => header.test(value));
}
/**
 * A cell of an age column: one age, a couple's or a family's ("81 / 80", "71, 70", "9 / 6 / 3"), perhaps guessed ("ca.
 * 85") or with its unit, a toddler's in months ("20 mnd") or in years and months ("3;4").
 */
const AGE_CELL =
  /^(?:(?:ca\.|circa|±|ong\.|ongeveer) ?)?\d{1,3}(?:;\d{1,2})?(?: ?(?:jaar|jr\.?|mnd\.?|maanden|weken|wk\.?))?(?:(?: ?[/,&] ?| en )\d{1,3}(?: ?(?:jaar|jr\.?))?)*$/;
/** A cell of an age column that writes the age out ("zevenenzestig", "twaalf jaar"). */
const WRITTEN_AGE_CELL = new RegExp(
  `^(?:(?:${UNITS})(?:ën|en)(?:${TENS})|${TENS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twee|drie|vier|vijf|zes|zeven|acht|negen)(?: jaar)?$`,
  'i',
);
/** Each age of such a cell, with its months. */
const AGE_IN_CELL = /\d{1,3}(?:;\d{1,2})?(?: ?(?:mnd\.?|maanden|weken|wk\.?))?/g;
/** A cell that holds a value of a place or a name: a capital, no digits, not too long. */
const NAME_CELL = /^\p{Lu}[^\d\t|]{1,48}$/u;

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** The cells of a line split by `separator`, each with its offset in the line and without the spaces around it. */
function cellsOf(line: string, separator: string): { at: number; value: string }[] {
  const cells: { at: number; value: string }[] = [];
  let at = 0;
  for (const raw of line.split(separator)) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ at: at + lead, value: raw.trim() });
    at += raw.length + 1;
  }
  return cells;
}

/** A semicolon with no space on either side, as a CSV export writes them ("1024;Bakker, J.;…"), not as prose does ("; "). */
export const CSV_SEMICOLON = /[^\s;];[^\s]/;

export function findTableColumns(text: string): Span[] {
  // The pattern's answer from each semicolon, where the pattern was tried at every position of the text.
  const csv = hasCsvSemicolon(text);
  if (!text.includes('\t') && !text.includes('|') && !csv) return [];
  const spans: Span[] = [];
  let header: { separator: string; columns: number; roles: Map<number, Role> } | undefined;
  for (const line of linesOf(text)) {
    // A CSV export's line ("100231;Bakker, J.;…") splits by semicolons where it has no tab or bar.
    const separator = line.text.includes('\t') ? '\t' : line.text.includes('|') ? '|' : csv && CSV_SEMICOLON.test(line.text) ? ';' : '';
    if (!separator) {
      header = undefined;
      continue;
    }
    const cells = cellsOf(line.text, separator);
    const roles = new Map<number, Role>();
    cells.forEach((cell, i) => {
      if (ADDRESS_HEADER.test(cell.value)) roles.set(i, 'ADDRESS');
      else if (PLACE_HEADER.test(cell.value)) roles.set(i, 'CITY');
      else if (PERSON_HEADER.test(cell.value)) roles.set(i, 'PERSON');
      else if (AGE_HEADER.test(cell.value)) roles.set(i, 'AGE');
      else if (ORGANISATION_HEADER.test(cell.value)) roles.set(i, 'INSTITUTION');
    });
    // "| straat | nr |": the number has a column of its own, right after the street's; a "nr" elsewhere counts rows.
    cells.forEach((cell, i) => {
      if (i > 0 && STREET_ONLY_HEADER.test(cells[i - 1]!.value) && HOUSE_NUMBER_HEADER.test(cell.value)) roles.set(i, 'HOUSE_NUMBER');
    });
    // Under a header, a row is another header only where two cells name columns and none holds a digit: a cell
    // "werkgever" or "school" in a row of a table is the value of a column ("verwijzer"), no new header. A row of a
    // field and its value ("| Woonplaats | Lemelerveld |") heads no column; two cells that both name one do ("| naam | organisatie |").
    const sameTable = header !== undefined && header.separator === separator && cells.length === header.columns;
    const filled = cells.filter((cell) => cell.value !== '').length;
    if (
      roles.size > 0 &&
      cells.length >= 3 &&
      (filled >= 3 || roles.size === filled) &&
      (!sameTable || (roles.size >= 2 && !/\d/.test(line.text)))
    ) {
      header = { separator, columns: cells.length, roles };
      continue;
    }
    if (!header || header.separator !== separator || cells.length !== header.columns) {
      header = undefined;
      continue;
    }
    for (const [i, label] of header.roles) {
      const cell = cells[i]!;
      if (label === 'AGE') {
        if (WRITTEN_AGE_CELL.test(cell.value)) {
          const start = line.start + cell.at;
          spans.push({ start, end: start + cell.value.length, label, source: 'age-table-column' });
          continue;
        }
        // Each age of the cell ("81 / 80": a couple).
        if (AGE_CELL.test(cell.value))
          for (const n of cell.value.matchAll(AGE_IN_CELL))
            if (Number.parseInt(n[0], 10) <= 110) {
              const start = line.start + cell.at + n.index;
              spans.push({ start, end: start + n[0].length, label, source: 'age-table-column' });
            }
        continue;
      }
      if (label === 'INSTITUTION') {
        // Each name of a list ("Kade Wonen, Stichting Plus"), before a remark in brackets or a doubt ("Kade Wonen (huur)",
        // "Zorg Plus??"); no national agency, no "n.v.t.".
        let at = 0;
        for (const part of cell.value.split(', ')) {
          const name = part.replace(/ ?[(?].*$/, '');
          const start = line.start + cell.at + at;
          at += part.length + 2;
          if (NAME_CELL.test(name) && !name.split(/ ?\/ ?/).some((piece) => GENERIC_SERVICES.has(piece.toLowerCase())))
            spans.push({ start, end: start + name.length, label, source: 'institution-table-column' });
        }
        continue;
      }
      if (label === 'HOUSE_NUMBER') {
        if (HOUSE_NUMBER_CELL.test(cell.value))
          spans.push({
            start: line.start + cell.at,
            end: line.start + cell.at + cell.value.length,
            label: 'ADDRESS',
            source: 'address-number-column',
          });
        continue;
      }
      if (label === 'ADDRESS') {
        if (isAddressCell(cell.value) || ([...header.roles.values()].includes('HOUSE_NUMBER') && isStreetCell(cell.value)))
          spans.push({ start: line.start + cell.at, end: line.start + cell.at + cell.value.length, label, source: 'address-table-column' });
        continue;
      }
      // "| Gemeente |", "| Wijkteam |" under "medewerker": one common word or service that no list holds as a name is a team or a body.
      if (label === 'PERSON' && isCommonNoName(cell.value)) continue;
      if (NAME_CELL.test(cell.value))
        spans.push({
          start: line.start + cell.at,
          end: line.start + cell.at + cell.value.length,
          label,
          source: `${label === 'CITY' ? 'city' : 'person'}-table-column`,
        });
    }
  }
  return spans;
}

function isCommonNoName(value: string): boolean {
  const word = value.toLowerCase();
  return !word.includes(' ') && (isCommon(word) || GENERIC_SERVICES.has(word)) && !FIRST_NAMES.has(word) && !SURNAMES.has(word);
}

/**
 * The detections with the cells of named columns: a cell's header outranks what the name rules made
 * of its words (a neighbourhood typed as a person), so a cell replaces the persons and places it
 * overlaps; where it overlaps any other kind (a date, an organisation), that detection stays.
 */
export function withTableColumns(spans: Span[], cells: Span[]): Span[] {
  if (cells.length === 0) return spans;
  let out = spans;
  for (const cell of cells) {
    const overlapping = out.filter((span) => span.start < cell.end && cell.start < span.end);
    // An address cell also outranks a date the name rules read in its number ("Veldhoek 27-03", "Erf 9-5").
    if (
      overlapping.some((span) => span.label !== 'PERSON' && span.label !== 'CITY' && !(cell.label === 'ADDRESS' && span.label === 'DATE'))
    )
      continue;
    out = out.filter((span) => !overlapping.includes(span)).concat(cell);
  }
  return out.sort((a, b) => a.start - b.start);
}
