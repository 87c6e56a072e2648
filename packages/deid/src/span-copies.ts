import type { Label, Span } from './labels.js';

// A changed copy of a span, written out as a literal in the order every detector writes spans. `{ ...span, label }`
// copies the span and then stores over its label: V8 then marks that field of the spans' shared map as written after
// creation, and the first such store in a process threw away the optimised code of every function that reads spans
// (about fifty at once, each compiled again).

/** The span's extent under another label and source. */
export const relabelled = (span: Span, label: Label, source: string): Span => ({ start: span.start, end: span.end, label, source });

/** The span's label and source over another extent. */
export const reextended = (span: Span, start: number, end: number): Span => ({ start, end, label: span.label, source: span.source });
