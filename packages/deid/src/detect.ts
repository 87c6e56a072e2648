import { findDates } from './detectors/dates.js';
import { findAges } from './detectors/ages.js';
import { findCaseIds } from './detectors/case-ids.js';
import { findLinePlaces } from './detectors/lines.js';
import { findBesideSpans, retypeOrganisations, withBesideSpans } from './detectors/beside-spans.js';
import { findDistricts } from './detectors/districts.js';
import { findTableColumns, withTableColumns } from './detectors/table-columns.js';
import { findAddressFields } from './detectors/address-fields.js';
import { findAddressesInOddForms } from './detectors/addresses-in-odd-forms.js';
import { findAgePhrases } from './detectors/age-phrases.js';
import { findAddresses } from './detectors/addresses.js';
import { findInstitutions } from './detectors/institutions.js';
import { findOrganisationForms } from './detectors/organisation-forms.js';
import { findOrganisationsInLowerCase } from './detectors/organisations-in-lower-case.js';
import { findOrganisationsAsListed } from './detectors/organisations-as-listed.js';
import { findOrganisationsInChats } from './detectors/organisations-in-chats.js';
import { findLowerCasePostcodes } from './detectors/lower-case-postcodes.js';
import {
  findOrganisationFields,
  findOrganisationsBeside,
  findOrganisationsByShape,
  retypeByContext,
  retypeClubs,
  retypeFirms,
} from './detectors/organisation-context.js';
import { findNumberedPeople } from './detectors/numbered-people.js';
import { findPersons } from './detectors/persons.js';
import { findPersonForms } from './detectors/person-forms.js';
import { findNamesAfterTitles } from './detectors/names-after-titles.js';
import { findWorkerInitials } from './detectors/worker-initials.js';
import { findPlaces } from './detectors/places.js';
import { withUnlistedPlaces } from './detectors/unlisted-places.js';
import { retypeServicesOfPlaces } from './detectors/services-and-places.js';
import { retypeOrganisationsBySetting } from './detectors/organisations-by-setting.js';
import { retypePlacesTakenForOrganisations } from './detectors/places-typed-as-organisations.js';
import { retypeNationalFirms } from './detectors/national-firms.js';
import { retypeFirmsNamedAfterPersons } from './detectors/firms-named-after-persons.js';
import { retypeOrganisationsTakenForPersons } from './detectors/organisations-taken-for-persons.js';
import { retypeOrganisationsAfterPersons } from './detectors/organisations-after-persons.js';
import { withRegions } from './detectors/regions.js';
import { withPlacesByCommonName } from './detectors/places-by-common-name.js';
import { withOrganisationsListedLater } from './detectors/organisations-listed-later.js';
import { retypePlacesWithS } from './detectors/places-with-s.js';
import { withPlacesAfterLocatie } from './detectors/places-after-locatie.js';
import { withoutFieldLabels } from './detectors/field-labels.js';
import { withoutStreetsTakenForNames } from './detectors/streets-taken-for-names.js';
import { withAddressesInContext } from './detectors/addresses-in-context.js';
import { withAddressesInPieces } from './detectors/addresses-in-pieces.js';
import { withAddressesInLowerCase } from './detectors/addresses-in-lower-case.js';
import { findAgesInContext } from './detectors/ages-in-context.js';
import { findAgesOfFamilies } from './detectors/ages-of-families.js';
import { findTaxReferences } from './detectors/tax-references.js';
import { findAgesAfterCueWords } from './detectors/ages-after-cue-words.js';
import { findAgesInRows } from './detectors/ages-in-rows.js';
import { findHedgedAges } from './detectors/ages-hedged.js';
import { retypeCaseIdsTakenForPhones } from './detectors/case-ids-taken-for-phones.js';
import { withoutSectionLetters } from './detectors/section-letters.js';
import { withPlacesOfSeveralWords } from './detectors/places-of-several-words.js';
import { findSpokenPhones } from './detectors/spoken-phones.js';
import { findPhonesInOddForms } from './detectors/phones-in-odd-forms.js';
import { findBsn, findEmails, findIban, findLicensePlates, findPhones, findPostcodes, findUrls } from './detectors/structured.js';
import type { Span } from './labels.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { scan, type Scan } from './scan.js';
import { withWrittenAges } from './detectors/written-ages.js';
import { withSurnamesBeforeInitials } from './detectors/surnames-before-initials.js';
import { findFirstNamesOfPairs } from './detectors/first-names-of-pairs.js';
import { findNamesInInformalText } from './detectors/names-in-informal-text.js';
import { findOrdinalDays } from './detectors/ordinal-days.js';
import { findNamesUsedAgain } from './detectors/names-used-again.js';
import { findSignOff } from './detectors/sign-offs.js';
import { findNicknamesInQuotes } from './detectors/nicknames-in-quotes.js';
import { findNamesOfMoreOrigins } from './detectors/names-of-more-origins.js';
import { withSurnamesTakenForPlaces } from './detectors/surnames-taken-for-places.js';
import { findInitialsOfNamedPersons } from './detectors/initials-of-named-persons.js';
import { findSurnamesAfterFirstNames } from './detectors/surnames-after-first-names.js';
import { findNamesAfterCueWords } from './detectors/names-after-cue-words.js';
import { withLongInitials } from './detectors/long-initials.js';
import { withUnlistedSurnamesBeforeInitials } from './detectors/unlisted-surnames-before-initials.js';
import { withoutWordsTakenForNames } from './detectors/words-taken-for-names.js';
import { withClassifierSpans } from './statistical/find-by-classifier.js';
import { withSpokenForms } from './detectors/spoken-forms.js';
import { findNamesInDictation } from './detectors/names-in-dictation.js';
import { findAgeListsInWords } from './detectors/age-lists-in-words.js';
import { findShortSpelledNames } from './detectors/short-spelled-names.js';
import { findPlacesThatAreWordsInLowerCase } from './detectors/places-that-are-words-in-lower-case.js';

const DETECTORS: ((text: string, found: Scan) => Span[])[] = [
  findEmails,
  findUrls,
  findIban,
  findBsn,
  findPhones,
  findSpokenPhones,
  findPhonesInOddForms,
  findPostcodes,
  findLowerCasePostcodes,
  findLicensePlates,
  findCaseIds,
  findDates,
  findAges,
  findAgePhrases,
  findAddresses,
  findAddressFields,
  findAddressesInOddForms,
  findInstitutions,
  findOrganisationForms,
  findOrganisationsInLowerCase,
  findOrganisationsAsListed,
  findOrganisationsInChats,
  findOrganisationsByShape,
  findOrganisationFields,
  findPersons,
  findPersonForms,
  findWorkerInitials,
  findNumberedPeople,
  findPlaces,
  findLinePlaces,
  findDistricts,
];

/**
 * Finds personal data in a Dutch case note. Offsets are JavaScript string indexes into `text`
 * itself (nothing is normalised first), so they stay exact with emoji and odd whitespace.
 */
export function detect(text: string): Span[] {
  if (!text) return [];
  const found = scan(text);
  const spans = detectByRules(text, found);
  const all = withClassifierSpans(found, spans);
  // An age beside a name the classifier found ("Saba (5)").
  const withAges = all === spans ? spans : withBesideSpans(all, findBesideSpans(text, all));
  // Ages written out in words where the rules would read them in digits, and names only a title or a word of address
  // marks ("dhr. K. (51)", "opa kees"): after the layer, so its training notes stay what its weights learnt from.
  const withTitled = withSurnamesBeforeInitials(
    text,
    withBesideSpans(withWrittenAges(text, found, withAges), findNamesAfterTitles(text, found)),
  );
  const withPairs = withBesideSpans(withTitled, findFirstNamesOfPairs(text, withTitled));
  // Lower-case names only a chat's senders or a kinship word give away, and days written as ordinals ("voor de 25e").
  const withInformal = withBesideSpans(withPairs, [
    ...findNamesInInformalText(text, found, withPairs),
    ...findNamesInDictation(text, found),
    ...findOrdinalDays(text, found),
    ...findSignOff(text),
    ...findNicknamesInQuotes(text, withPairs),
    ...findNamesOfMoreOrigins(text, found, withPairs),
    ...findInitialsOfNamedPersons(text, found, withPairs),
    ...findSurnamesAfterFirstNames(text, found, withPairs),
    ...findNamesAfterCueWords(text, found, withPairs),
  ]);
  // A name found once, used again where the rules would not take it alone (a sentence's start, lower case).
  const withSurnames = withSurnamesTakenForPlaces(
    text,
    withUnlistedSurnamesBeforeInitials(text, found, withLongInitials(text, found, withInformal)),
  );
  const withWritten = withBesideSpans(withSurnames, findNamesUsedAgain(text, found, withSurnames));
  // After the layer, so that its training notes (the rules' output) stay what its weights learnt from.
  const retyped = retypePlacesWithS(
    text,
    withRegions(
      text,
      retypeOrganisationsTakenForPersons(
        text,
        retypeOrganisationsAfterPersons(
          text,
          retypePlacesTakenForOrganisations(
            text,
            retypeOrganisationsBySetting(
              text,
              retypeServicesOfPlaces(text, retypeClubs(text, retypeFirms(text, withOrganisationsListedLater(text, found, withWritten)))),
            ),
          ),
        ),
      ),
    ),
  );
  const cleaned = withoutWordsTakenForNames(
    text,
    withoutStreetsTakenForNames(
      text,
      withoutFieldLabels(
        text,
        retypeFirmsNamedAfterPersons(
          text,
          retypeNationalFirms(
            text,
            withoutSectionLetters(
              text,
              withUnlistedPlaces(text, found, withPlacesOfSeveralWords(text, found, withPlacesByCommonName(text, retyped))),
            ),
          ),
        ),
      ),
    ),
  );
  // Streets only their surroundings show (a postcode after, an address word before, a place beside), last, so that a
  // name or place any step made of their words gives way.
  const withAddresses = withAddressesInLowerCase(
    text,
    found,
    withAddressesInPieces(text, found, withAddressesInContext(text, found, withPlacesAfterLocatie(text, found, cleaned))),
  );
  // Identifiers said aloud or dictated, read after the words that ask for them (`spoken-forms.ts`).
  const withSpoken = withSpokenForms(text, found, withAddresses);
  const withLateAges = withBesideSpans(withSpoken, [
    ...findAgesInContext(text, found, withSpoken),
    ...findAgesOfFamilies(text, found),
    ...findTaxReferences(text, found),
    ...findAgesAfterCueWords(text, found),
    ...findAgeListsInWords(text, found, withSpoken),
    ...findShortSpelledNames(text, found, withSpoken),
    ...findPlacesThatAreWordsInLowerCase(text, found),
    ...findAgesInRows(text, found),
    ...findHedgedAges(text, found, withSpoken),
  ]);
  return retypeCaseIdsTakenForPhones(text, withLateAges);
}

/** What the rules find, before the statistical layer adds what they left (scripts/train-token-classifier.ts learns from these). */
export function detectByRules(text: string, found: Scan): Span[] {
  const spans = withTableColumns(
    retypeByContext(text, retypeOrganisations(text, resolveOverlaps(allFound(text, found)))),
    findTableColumns(text),
  );
  return withBesideSpans(spans, [
    ...findBesideSpans(text, spans),
    ...findOrganisationsBeside(text, found, spans),
    ...(found.derived.namesBeforeStreetCells ?? []),
  ]);
}

/**
 * The joint list of allFound, kept between calls: resolveOverlaps only reads it (and returns a list
 * of its own), so one list serves every call. What it holds after a call is offsets and labels, no text.
 */
const foundList: Span[] = [];

/** What every detector finds, in their order, in one list sized to the call (flatMap grew it span by span). */
function allFound(text: string, found: Scan): Span[] {
  const lists: Span[][] = new Array<Span[]>(DETECTORS.length);
  let total = 0;
  for (let d = 0; d < DETECTORS.length; d++) total += (lists[d] = DETECTORS[d]!(text, found)).length;
  const all = foundList;
  all.length = total;
  let at = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) all[at++] = list[i]!;
  return all;
}
