// Words the name lists hold that are no name where they stand: English words that start a sentence of a letter or an
// e-mail in English ("Can we meet?", "May I bring my son?", "Thank you", "Dear Mrs …", "Come on Monday") and the
// abbreviation "Fam." before a family's name, where the surname after it is the name. After the statistical layer.
import type { Span } from '../labels.js';
import { codeAt } from '../scan.js';
import { withoutSpansWhere } from '../span-list.js';

/**
 * English words that are first names too ("Can", "May", "Will"), by the English words that follow them in a question.
 * Keyed by the exact value, capitalised: the class is a sentence's first word, and the rules take a lower-case "can" or
 * "may" for no name; an all-capital "CAN WE" is a shout no name list reads.
 */
const ENGLISH_LEADS: ReadonlyMap<string, RegExp> = new Map([
  ['Can', /^[ ](?:we|you|I|i|someone|somebody|anyone|anybody|they|he|she|it|my|our|your|me|us|the)\b/],
  ['May', /^[ ](?:we|you|I|i|someone|somebody|they|he|she|it|my|our|your|me|us|the)\b/],
  ['Will', /^[ ](?:we|you|I|i|someone|somebody|they|he|she|it|my|our|your|the)\b/],
  ['Come', /^[ ](?:on|to|in|at|back|with|here|and|by)\b/],
  ['Thank', /^[ ](?:you|u)\b/],
  ['Dear', /^[ ,]/],
  ['Mrs', /^\.?[ ]\p{Lu}/u],
  ['Mr', /^\.?[ ]\p{Lu}/u],
  ['Ms', /^\.?[ ]\p{Lu}/u],
]);

/** The spans without the PERSON spans of one such word where what follows it says it is English, or "Fam" before a full stop. */
export function withoutWordsTakenForNames(text: string, spans: Span[]): Span[] {
  return withoutSpansWhere(spans, (span) => {
    if (span.label !== 'PERSON' || span.end - span.start > 5) return false;
    const value = text.slice(span.start, span.end);
    if (value === 'Fam') return codeAt(text, span.end) === 46;
    const lead = ENGLISH_LEADS.get(value);
    return lead !== undefined && lead.test(text.slice(span.end, span.end + 12));
  });
}
