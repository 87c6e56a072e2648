import type { Label, Span } from './labels.js';

/** Which label wins where two detections overlap: the more specific, validated kinds first. */
const PRIORITY: Label[] = ['EMAIL', 'URL', 'IBAN', 'BSN', 'PHONE', 'POSTCODE', 'LICENSE_PLATE', 'CASE_ID', 'DATE', 'ADDRESS', 'INSTITUTION', 'AGE', 'PERSON', 'CITY'];
const rank = (label: Label) => PRIORITY.indexOf(label);

/** Keeps a set of non-overlapping spans: higher priority first, then the longer span, then the earlier. */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => rank(a.label) - rank(b.label) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  // Which characters are already claimed: linear in the covered text, where pairwise checks were quadratic.
  const taken = new Uint8Array(ordered.reduce((max, s) => Math.max(max, s.end), 0));
  for (const span of ordered) {
    if (span.end <= span.start) continue;
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
