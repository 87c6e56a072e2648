import { findAges, findDates } from './detectors/dates-ages.js';
import { findCaseIds } from './detectors/case-ids.js';
import { findAddresses, findInstitutions, findPersons, findPlaces } from './detectors/names.js';
import { findBsn, findEmails, findIban, findLicensePlates, findPhones, findPostcodes, findUrls } from './detectors/structured.js';
import type { Span } from './labels.js';
import { resolveOverlaps } from './resolve-overlaps.js';

const DETECTORS = [findEmails, findUrls, findIban, findBsn, findPhones, findPostcodes, findLicensePlates, findCaseIds, findDates, findAges, findAddresses, findInstitutions, findPersons, findPlaces];

/**
 * Finds personal data in a Dutch case note. Offsets are JavaScript string indexes into `text`
 * itself (nothing is normalised first), so they stay exact with emoji and odd whitespace.
 */
export function detect(text: string): Span[] {
  if (!text) return [];
  return resolveOverlaps(DETECTORS.flatMap((find) => find(text)));
}
