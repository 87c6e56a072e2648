import type { Span } from '../labels.js';
import { classAt, codeAt, isSpaceAt, LETTER, matchesAt, scan, type Scan } from '../scan.js';

/**
 * Words that announce a client, case, decision, policy or payment number: the known words, and any
 * word ending in -nummer, -nr, -kenmerk or -referentie (zaaknummer of any authority, polisnummer,
 * huurovereenkomstnummer, betalingskenmerk, V-nummer), except numbers that are not identifiers of a
 * person or case (telephone, house, account, article and invoice numbers, which other rules find or leave).
 * "nummer" or "nr." alone says too little ("regeling nr. 2024/117"). One lower-case word, or "bij"/"van" and whose number it
 * is, may come between the word and a colon ("relatienummer zorgverzekeraar: 12345678", "klantnummer bij Eneco: 4001287");
 * a client's id or code ("klant-ID 5581029", "relatiecode R-7781").
 */
const CONTEXT =
  /(?<![\p{L}])(?:(?!(?:[\p{L}]+-)?(?:telefoon|tel|huis|rekening|iban|artikel|art|versie|pagina|blz|kamer|lid|bus|route|lijn|volg|bsn|sofi|order|bestel|offerte|artikel|gemeente|regeling|tolk|tolken)(?:-?nummers?|-?nr)\b)(?:(?:[\p{L}]+-)?[\p{L}]+-?(?:nummers?|nr)|[\p{L}]+(?:zaak|dossier)(?=:)|[\p{L}]*-?(?:kenmerk|referentie))|(?:klant|relatie|debiteur|cli[eë]nt|patiënt|patient|deelnemer|leerling)-?(?:id|code)|(?:cli[eë]nt|klant)(?=[ \t]\d{5,}(?![\d\p{L}]))|cli[eë]ntnr|lln|llnr|(?:kl|cl|dos|reg|pol|rel|deb|lln)\.[ \t]?(?:nr|nummer)|(?:cjib|cak|klant|relatie|debiteur|registratie|inschrijf|inschrijvings?|leerling|betalings|huurder|polis|cli[eë]nt|lid|wmo|parket|verzekerings?)[ \t](?:nummer|nr|kenmerk)|dossier|zaak|beschikking|referentie|ref|polis|melding|aanvraag|ticket|(?<!_)id|huurcontract|huurovereenkomst|contract|vordering|vt[- ]?nummer|cjib[- ]?kenmerk|bsn-?loos nummer)(?![\p{L}])\.?(?:[ \t]\p{Ll}{3,}(?=:|[ \t]*\.{3,}|[ \t][A-Z]{2,4}[ \t]\d)|[ \t]\(\p{Ll}[\p{Ll} ]{2,30}\)(?=:)|[ \t](?:(?:bij|van)(?: de| het)? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?=:|[ \t]\d)|[ \t]\p{L}{3,}(?=[ \t][A-Z]{1,3}\d{0,4}[-/]\d)|(?:[ \t](?:\p{L}{2,14}|\(\p{L}{2,6}\))){1,3}(?=:))?(?:(?:[ \t](?:daar|hier|nu|dan|wel|bij (?:hen|hun|ons|jullie)))?[ \t](?:is|was|luidt)(?=[ \t]))?\.?\s*\(?(?:nr\.?|nummer|no\.?|:|#)?\s*:?[ \t]*(?:\.{3,}[ \t]*:?[ \t]*)?/giu;
/** A day, a month and a year, as a date is written. */
const DATE_SHAPE = /^(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}$/;
/** ", 150448", " en 150448", " of 150448": the next number of a list. */
const LIST_NEXT = /^(?:,| en| of) (\d{4,12})(?![\d\p{L}]|[-/.]\d)/u;
const CAPITALS_AT_END = /[ \t][A-Z]{1,4}[ \t]$/;
const FUNCTION_WORD_AT_END =
  /[ \t](?:sinds|op|in|voor|met|tot|vanaf|per|en|of|dat|die|nog|al|ook|uit|om|na|aan|door|te|over|tussen|rond|tegen)[ \t]*$/u;
/** An identifier: letters and digits joined by - / . or, for long numbers written in groups (a CJIB-kenmerk, a client number), single spaces between groups of digits. */
const TOKEN =
  /^(?:RF\d{2}(?: ?[A-Z0-9]{4}){1,5}(?: ?[A-Z0-9]{1,3})?(?![\dA-Za-z])|[A-Z]{1,3}-\d{2,4}(?: \d{2,4}){1,3}(?![\d\p{L}])|\d{4}(?: \d{4}){2,4}(?!\d)|\d{2,4}(?: \d{2,4}){1,3}(?![\d\p{L}])|[A-Z0-9][A-Z0-9]*(?:[-/.][A-Z0-9]+)*)/iu;
/** "RLT 6712094", "RN 26-33914", "CJIB 2024 8812 3344", "WZA 2023 / 1164", "ZKV 5208 1937 4": an authority's capitals, a space and the number (case-sensitive: "is 1234" is no code). */
const LETTERS_THEN_NUMBER =
  /^(?!(?:EUR|USD|GBP|CHF|TRY|PLN) )(?:[A-Z]{1,4}|[A-Z][a-z]{1,3}[A-Z]) \d{2,}(?:[-/.]\d{2,}| \d{3,}| \/ \d{2,})*(?:-\d(?![\d\p{L}])| \d(?=[ \t]*(?:\n|$|[,;)|])))?(?![\d\p{L}])/u;
/** "klant 18000 euro", "aanvraag: 1800 euro", "cliënt 14750 kWh": a unit or a count after the number makes it an amount. */
const UNIT_AFTER = /^[ \t]*(?:euro|eur|€|kwh|keer|maal|km|uur|procent|%)(?![\p{L}])/iu;
/** Prefixed identifiers such as WMO-2024-00417, VT-2024-3318, VT-DR-25-3318, JB/0391/24, Z/24/118734; a year and an authority's letters (2025-AB-1234, XY 2025/0417); a police registration (PL0900-2026108844). */
const PREFIXED =
  /\b[A-Z]{1,5}(?:-[A-Z]{1,4})?(?:[-/]\d{2,6}){2,3}\b|\b[A-Z]{2,5}-\d{4,8}\b|\b[A-Z]-\d{5,8}(?![\dA-Za-z-])|(?<![-A-Za-z])[A-Z]{2,4} (?:\d{7,12}|\d{3}(?: \d{2,3}){2,3}|(?!(?:19|20)\d\d )\d{4} \d{4} \d{2,4})(?![\dA-Za-z]|[-/ ]\d)|\b(?:19|20)\d\d[-/][A-Za-z]{2,6}[-/]\d{3,8}\b|\b[A-Z]{1,5} (?:19|20)\d\d[-/]\d{3,8}\b|\b[A-Z]{2,3}\d{2,6}-\d{6,12}\b/g;

/** Where a context word can end: the endings and words of CONTEXT, found by a cheap pattern; the context pattern is tried from the word's start. */
// Without the u flag, so k and s also name the Kelvin sign and the long s, which a u pattern folds into them.
const CONTEXT_START =
  /nummer|nr\b|lln|[k\u212A]enmer[k\u212A]|ref|cli[eë]nt|do[s\u017F][s\u017F]ier|zaa[k\u212A]|be[s\u017F]chi[k\u212A][k\u212A]ing|poli[s\u017F]|meld|vt|cjib|b[s\u017F]n|aanvraag|ticket|\bid\b|contract|overeenkomst|vordering|(?:klant|relatie|debiteur|nt|deelnemer|leerling)-?code|klant(?:id)?\b/gi;

/**
 * Where a context word can be: the end of each hit of CONTEXT_START, by `test` (no match array per
 * hit). A hit is letters only, so the start of the word it lies in is the same from its end as
 * from its start. (A copy of the text in lower case, searched without the i flag, was 100 kB of
 * garbage a call and no faster; indexOf of each word on it was slower still, on texts with
 * characters beyond Latin-1.)
 */
function contextHits(text: string): number[] {
  const hits: number[] = [];
  CONTEXT_START.lastIndex = 0;
  while (CONTEXT_START.test(text)) hits.push(CONTEXT_START.lastIndex);
  return hits;
}

/**
 * The start of the word a hit of CONTEXT_START lies in: back over code units that /[\p{L}-]/u takes
 * alone (a hyphen, or a letter that is no half of a surrogate pair), by the scan's classes instead
 * of a pattern per character.
 */
function wordStart(text: string, index: number): number {
  let at = index;
  for (;;) {
    const code = codeAt(text, at - 1);
    if (at <= 0 || !(code === 45 || ((code < 0xd800 || code > 0xdfff) && (classAt(text, at - 1) & LETTER) !== 0))) return at;
    at--;
  }
}

/** "cjib nummer", "klant nr", "betalings kenmerk": a compound written apart, tried from the word before too. */
const NUMBER_WORD = /^(?:nummer|nr|kenmerk)$/i;
function wordStarts(text: string, index: number): number[] {
  const start = wordStart(text, index);
  // "kl.nr", "dos.nr.": a shortened word and a full stop before the number word.
  if (codeAt(text, start - 1) === 46 && NUMBER_WORD.test(text.slice(start, index))) {
    const before = wordStart(text, start - 1);
    if (start - 1 - before >= 2 && start - 1 - before <= 4) return [before, start];
  }
  if (start < 2 || (codeAt(text, start - 1) !== 32 && codeAt(text, start - 1) !== 9) || !NUMBER_WORD.test(text.slice(start, index)))
    return [start];
  return [wordStart(text, start - 1), start];
}

const FOUR_GROUPS = /\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?![\d\p{L}]|[- ]\d)/uy;
const isDigit = (code: number) => code >= 48 && code <= 57;

const isAsciiCapital = (code: number) => code >= 65 && code <= 90;

/**
 * Where PREFIXED can start, ascending: a run of digits that starts with 19 or 20 (a year first),
 * and the capitals up to 11 characters before a run of digits that "-", "/" or a space precedes
 * (every other form has letters, then such a separator and digits, within that reach). The
 * pattern was tried at every position of the text.
 */
function prefixedStarts(found: Scan): number[] {
  const { text, digitStarts } = found;
  const starts: number[] = [];
  // Windows of runs close together overlap: each character is looked at once.
  let looked = -1;
  let sorted = true;
  const push = (at: number) => {
    if (starts.length > 0 && at < starts[starts.length - 1]!) sorted = false;
    starts.push(at);
  };
  for (let i = 0; i < digitStarts.length; i++) {
    const d = digitStarts[i]!;
    const separator = codeAt(text, d - 1);
    if (separator === 45 || separator === 47 || separator === 32) {
      for (let at = Math.max(0, d - 11, looked + 1); at <= d - 2; at++) if (isAsciiCapital(codeAt(text, at))) push(at);
      looked = Math.max(looked, d - 2);
    }
    const first = codeAt(text, d);
    const second = codeAt(text, d + 1);
    if ((first === 49 && second === 57) || (first === 50 && second === 48)) push(d);
  }
  // A year first, then a capital before it that a later run's window reaches: rare, and sorted here.
  return sorted ? starts : starts.sort((a, b) => a - b);
}

/**
 * table-columns.ts's CSV_SEMICOLON.test(text): a semicolon that neither whitespace nor a semicolon precedes and no whitespace follows. From
 * each semicolon (found by indexOf), where the pattern, which starts with a class, was tried at every position.
 */
export function hasCsvSemicolon(text: string): boolean {
  for (let at = text.indexOf(';'); at !== -1; at = text.indexOf(';', at + 1))
    if (at > 0 && codeAt(text, at - 1) !== 59 && !isSpaceAt(text, at - 1) && at + 1 < text.length && !isSpaceAt(text, at + 1)) return true;
  return false;
}

/** A table's column for a case's or a client's number: "dossier", "clientnr", "Reg.nr", "zaaknummer". */
const CASE_COLUMN =
  /^(?:dossier|dossiernr\.?|dossiernummer|zaak|zaaknr\.?|zaaknummer|cli[eë]ntnr\.?|cli[eë]ntnummer|klantnr\.?|klantnummer|reg\.?nr\.?|registratienr\.?|registratienummer)$/i;
/** A cell that is a code: letters, digits and - / . only, with four or more digits. */
const CODE_CELL = /^[A-Za-z0-9]+(?:[-/. ][A-Za-z0-9]+)*$/;

/**
 * "dossier\tnaam\t…" then "26-0114\tBakkali, S.\t…": the cells under a column named for a case's number, in a table
 * of tabs, bars or a CSV's semicolons, up to the first line without the separator. Tried only where the text has one.
 */
function caseColumnCells(text: string, spans: Span[]): void {
  // A CSV export ("klantnr;naam;…") splits its cells by semicolons.
  const separator = text.includes('\t') ? '\t' : text.includes('|') ? '|' : hasCsvSemicolon(text) ? ';' : '';
  if (!separator) return;
  let column = -1;
  // The next separator, searched for again only once a line start has passed it (most lines have none and are not sliced).
  let next = -1;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    if (next < at) next = text.indexOf(separator, at);
    if (next === -1) return;
    if (next >= lineEnd) {
      column = -1;
      at = lineEnd + 1;
      continue;
    }
    const line = text.slice(at, lineEnd);
    if (column === -1) column = line.split(separator).findIndex((cell) => CASE_COLUMN.test(cell.trim()));
    else {
      const cells = line.split(separator);
      const cell = cells[column]?.trim() ?? '';
      if (CODE_CELL.test(cell) && cell.replace(/\D/g, '').length >= 4 && !DATE_SHAPE.test(cell)) {
        let start = at;
        for (let k = 0; k < column; k++) start += cells[k]!.length + 1;
        start += cells[column]!.indexOf(cell);
        spans.push({ start, end: start + cell.length, label: 'CASE_ID', source: 'case-id-column' });
      }
    }
    at = lineEnd + 1;
  }
}

/** "IV-2026": a Roman month, its separator and a year. */
const ROMAN_MONTH_AND_YEAR = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[-./](?:19|20)\d\d$/;
const isDigitAt = (text: string, at: number) => {
  const code = codeAt(text, at);
  return code >= 48 && code <= 57;
};

export function findCaseIds(text: string, found: Scan = scan(text)): Span[] {
  const spans: Span[] = [];
  caseColumnCells(text, spans);
  const starts = [...new Set(contextHits(text).flatMap((at) => wordStarts(text, at)))].sort((a, b) => a - b);
  for (const m of matchesAt(CONTEXT, text, starts, found)) {
    // "dossier sinds 12/11": a function word right before the number (the pattern's i flag lets any word through as a name)
    // ends the context; a noun there is what the number is of ("betalingskenmerk terugvordering 4410 …").
    if (FUNCTION_WORD_AT_END.test(m[0])) continue;
    let at = m.index + m[0].length;
    // "kenmerk CJIB 2024 8812 3344": an authority's capitals that the pattern took for whose number it is start the number.
    const capitals = CAPITALS_AT_END.exec(m[0]);
    if (capitals) at -= capitals[0].length - 1;
    const after = text.slice(at, at + 40);
    const token = (LETTERS_THEN_NUMBER.exec(after) ?? TOKEN.exec(after))?.[0]?.replace(/[.]$/, '');
    // 14 0xx is a municipality's public number, not a case.
    if (!token || !/\d/.test(token) || token.replace(/\D/g, '').length < 4 || /^14 ?0\d\d$/.test(token)) continue;
    if (UNIT_AFTER.test(text.slice(at + token.length, at + token.length + 12))) continue;
    // "Zaaknummer Zwolle 2025 is gestart": a year alone is no identifier; "beschikking kantonrechter 12-12-2025": a date is one.
    if (/^(?:19|20)\d\d$/.test(token) || DATE_SHAPE.test(token)) continue;
    // "is …": only after a word for a number ("klantnr daar is WP 7710-2893"; "het contract is 2025-2026" names a period).
    if (/[ \t](?:is|was|luidt)[ \t]*$/.test(m[0]) && !/(?:nummers?|nr|kenmerk|referentie)(?![\p{L}])/iu.test(m[0])) continue;
    spans.push({ start: at, end: at + token.length, label: 'CASE_ID', source: 'case-id-context' });
    // "Leerlingnummers: 150447 en 150448": the next number of a list, of the same shape.
    const next = LIST_NEXT.exec(text.slice(at + token.length, at + token.length + 24));
    if (next && next[1]!.length === token.length && /^\d+$/.test(token)) {
      const start = at + token.length + next[0].length - next[1]!.length;
      spans.push({ start, end: start + next[1]!.length, label: 'CASE_ID', source: 'case-id-context' });
    }
  }
  // "1100-4471-2208-6694", "2026 4418 3910 5527": four groups of four digits are a payment reference or a case's number,
  // whatever the words before them (no phone number, postcode or amount has that form; an IBAN is found before this).
  for (let i = 0; i < found.digitStarts.length; i++) {
    const d = found.digitStarts[i]!;
    const separator = codeAt(text, d + 4);
    if ((separator !== 32 && separator !== 45) || !isDigit(codeAt(text, d + 5)) || (d > 0 && /[\p{L}\d-]/u.test(text[d - 1]!))) continue;
    FOUR_GROUPS.lastIndex = d;
    if (FOUR_GROUPS.test(text)) spans.push({ start: d, end: FOUR_GROUPS.lastIndex, label: 'CASE_ID', source: 'case-id-groups' });
  }
  // "o.v.v. 530961-VERMEER": the reference a payment is made under (a rare phrase: found by indexOf).
  for (let at = text.indexOf('o.v.v.'); at !== -1; at = text.indexOf('o.v.v.', at + 6)) {
    const start = at + 6 + (codeAt(text, at + 6) === 32 ? 1 : 0);
    const token = TOKEN.exec(text.slice(start, start + 40))?.[0]?.replace(/[.]$/, '');
    if (token && token.replace(/\D/g, '').length >= 4 && !DATE_SHAPE.test(token))
      spans.push({ start, end: start + token.length, label: 'CASE_ID', source: 'case-id-payment-reference' });
  }
  for (const m of matchesAt(PREFIXED, text, prefixedStarts(found), found)) {
    if (/^(?:NL|BE|DE)\d/.test(m[0])) continue; // IBAN-like
    // "03-IV-2026": a Roman month after a day and a separator is a date's (dates.ts), no prefix.
    if (
      ROMAN_MONTH_AND_YEAR.test(m[0]) &&
      isDigitAt(text, m.index - 2) &&
      codeAt(text, m.index - 1) === codeAt(text, m.index + m[0].length - 5)
    )
      continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'CASE_ID', source: 'case-id-prefixed' });
  }
  return spans;
}
