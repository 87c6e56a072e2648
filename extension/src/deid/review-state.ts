// The review model lives with the owner of de-identification (`@vertelpunt/stories`); the
// extension's modules keep importing it from here.
export { DeidReviewSchema, effectiveSpans, emptyReview, isSwitchedOff, type DeidReview, type FieldReview } from '@vertelpunt/stories';
