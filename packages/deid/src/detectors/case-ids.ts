import type { Span } from '../labels.js';
import { matchesAt } from '../scan.js';

/** Words that announce a client, case, decision or reference number. */
const CONTEXT = /\b(?:cli[eë]ntnummer|cli[eë]ntnr|dossiernummer|dossiernr|dossier|zaaknummer|zaaknr|zaak|beschikkingsnummer|beschikking|kenmerk|referentie(?:nummer)?|registratienummer|polisnummer|polis|meldnummer|melding|vt[- ]?nummer|cjib[- ]?kenmerk|bsn-?loos nummer|klantnummer|relatienummer|inschrijfnummer)\b\.?\s*(?:nr\.?|nummer|no\.?|:|#)?\s*:?\s*/giu;
/** An identifier: letters and digits joined by - / . or, for long numbers written in groups (a CJIB-kenmerk), single spaces between 4-digit groups. */
const TOKEN = /^(?:\d{4}(?: \d{4}){2,4}(?!\d)|[A-Z0-9][A-Z0-9]*(?:[-/.][A-Z0-9]+)*)/i;
/** Prefixed identifiers such as WMO-2024-00417, VT-2024-3318, JB/0391/24, Z/24/118734. */
const PREFIXED = /\b[A-Z]{1,5}(?:[-/]\d{2,6}){2,3}\b|\b[A-Z]{2,5}-\d{4,8}\b/g;

/** The first letters of each context word, found by a cheap pattern: the context pattern is tried only there. */
// Without the u flag (much faster here), so k and s also name the Kelvin sign and the long s, which a u pattern folds into them.
const CONTEXT_START = /cli[eë]nt|do[s\u017F][s\u017F]ier|zaa[k\u212A]|be[s\u017F]chi[k\u212A][k\u212A]ing|[k\u212A]enmer[k\u212A]|referentie|regi[s\u017F]tratienummer|poli[s\u017F]|meld|vt|cjib|b[s\u017F]n|[k\u212A]lantnummer|relatienummer|in[s\u017F]chrijfnummer/gi;

export function findCaseIds(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchesAt(CONTEXT, text, [...text.matchAll(CONTEXT_START)].map((start) => start.index))) {
    const at = m.index + m[0].length;
    const token = TOKEN.exec(text.slice(at))?.[0]?.replace(/[.]$/, '');
    if (!token || !/\d/.test(token) || token.replace(/\D/g, '').length < 4) continue;
    spans.push({ start: at, end: at + token.length, label: 'CASE_ID', source: 'case-id-context' });
  }
  for (const m of text.matchAll(PREFIXED)) {
    if (/^(?:NL|BE|DE)\d/.test(m[0])) continue; // IBAN-like
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'CASE_ID', source: 'case-id-prefixed' });
  }
  return spans;
}
