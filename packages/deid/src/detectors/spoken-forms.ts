// The rules for text said aloud or dictated, after the statistical layer: identifiers read in words, groups or
// letters outrank the names and codes the other rules made of their pieces ("anna punt k apenstaartje …" held a name,
// "N L 12 RABO …" a case number) and cover what those reached beyond them; spelled names are added where nothing was
// found; speakers' roles are no names.
import type { Span } from '../labels.js';
import type { Scan } from '../scan.js';
import { withBesideSpans } from './beside-spans.js';
import { findSpelledNames, withoutSpeakerRoles } from './spelled-names.js';
import { findSpokenEmails } from './spoken-emails.js';
import { findSpokenIdentifiers } from './spoken-identifiers.js';
import { findPhonesSaidInPieces } from './phones-said-in-pieces.js';
import { findDictatedAddresses } from './addresses-dictated.js';
import { findApproximateAges } from './ages-approximate.js';

/** Labels a rule validated or read from their shape: a spoken identifier gives way to one of them that reaches beyond it. */
const STRUCTURED = new Set(['BSN', 'IBAN', 'PHONE', 'EMAIL', 'POSTCODE', 'LICENSE_PLATE', 'URL']);

/** `spans` with each of `strong` in place of what it overlaps, unless a structured span reaches out of it. */
function withStrongSpans(spans: Span[], strong: Span[]): Span[] {
  if (strong.length === 0) return spans;
  strong.sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  let last = -1;
  for (const span of strong) {
    if (span.start < last) continue;
    const blocked = spans.some(
      (s) => s.start < span.end && s.end > span.start && STRUCTURED.has(s.label) && (s.start < span.start || s.end > span.end),
    );
    if (blocked) continue;
    kept.push(span);
    last = span.end;
  }
  if (kept.length === 0) return spans;
  const out = spans.filter((s) => !kept.some((k) => s.start < k.end && s.end > k.start));
  out.push(...kept.map((k) => overWhatItReplaces(k, spans)));
  return out.sort((a, b) => a.start - b.start);
}

/** `strong` stretched over the spans it replaces that reach beyond it: a name cut short must not leave its start in clear. */
function overWhatItReplaces(strong: Span, spans: Span[]): Span {
  let { start, end } = strong;
  for (const s of spans) {
    if (s.start >= strong.end || s.end <= strong.start) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return start === strong.start && end === strong.end ? strong : { ...strong, start, end };
}

/** The spans with what was said aloud or dictated. */
export function withSpokenForms(text: string, found: Scan, spans: Span[]): Span[] {
  const strong = withStrongSpans(spans, [
    ...findSpokenIdentifiers(text, found, spans),
    ...findSpokenEmails(text, found),
    ...findPhonesSaidInPieces(text, found),
  ]);
  const more = withBesideSpans(strong, [...findSpelledNames(text, found), ...findDictatedAddresses(text, found)]);
  return withoutSpeakerRoles(text, withBesideSpans(more, findApproximateAges(text, found, more)));
}
