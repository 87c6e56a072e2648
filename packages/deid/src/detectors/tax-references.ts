// The Belastingdienst's numbers of an assessment or a benefit ("1234.56.789.T.01", "aanslag 1234.56.789.H.12.0034"):
// four, two and three digits with full stops, a capital for the tax or benefit, then its year's or letter's digits. The
// shape is the office's own, so it is a case number wherever it stands (a debt table's cell names no context word). Read
// from the scan's digit runs of four before a full stop.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';

const TAX_REFERENCE = /\d{4}\.\d{2}\.\d{3}\.[A-Z]\.\d{1,2}(?:\.\d{1,4})?(?![\d\p{L}]|\.\d)/uy;

export function findTaxReferences(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const start = found.digitStarts[i]!;
    if (found.digitEnds[i] !== start + 4 || codeAt(text, start + 4) !== 46) continue;
    const before = codeAt(text, start - 1);
    if (before === 46 || (before >= 48 && before <= 57)) continue;
    TAX_REFERENCE.lastIndex = start;
    const m = TAX_REFERENCE.exec(text);
    if (m) spans.push({ start, end: start + m[0].length, label: 'CASE_ID', source: 'case-id-tax-reference' });
  }
  return spans;
}
