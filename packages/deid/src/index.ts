// @vertelpunt/deid: finds and removes personal data in Dutch case notes. This file only re-exports.
export { detect } from './detect.js';
export { warmUp, WARM_UP_TEXT } from './warm-up.js';
export { PersonNumbers, redact, RedactOptionsSchema, SpanSchema, SpansSchema } from './redact.js';
export type { Redaction, RedactOptions, Replacement } from './redact.js';
export { LABELS, LABEL_INFO } from './labels.js';
export type { Label, Span } from './labels.js';
export { passesElevenTest } from './detectors/structured.js';
export { DEID_VERSION } from './version.js';
