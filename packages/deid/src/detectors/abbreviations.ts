// Abbreviations of Dutch care, benefits, schools and paperwork, shared by the rules that must not take them for a name:
// an organisation's ("MDO Breda" names none) and a person's initials ("door AMW", "Casus: GGZ", "…\nPDF").

/** Abbreviations that start no organisation's name: identifiers, laws, benefits, school levels, roles, legal forms. */
export const NOT_ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(
  'BSN IBAN WMO WLZ ZVW AOW ANW WW WIA WAO WGA PGB POH IB IBER NL BV NV VOF ZZP KVK ID OV MR DR TV WC VVE MBO HBO WO VMBO HAVO VWO OK PS NB CC BCC RE FW FWD AM PM ADHD ADD ASS PTSS LVB NAH GGZ JGZ CJG BSO KDV SO VSO SBO AZC COA IND UWV SVB CJIB DUO GGD CAK SVB WIJ MDT RT JBT OTS VT MDO FACT'.split(
    ' ',
  ),
);

/** Abbreviations of an e-mail's header and of a clock time: they never stand for who did something ("door AM" is a worker). */
const MAIL_AND_CLOCK = new Set('AM PM RE FW FWD CC BCC'.split(' '));

/**
 * Capitals that are no one's initials where a worker or a client is named: the abbreviations above but an e-mail's and a
 * clock's, and services, roles, registers, taxes and file kinds that also stand alone ("door AMW", "door SMW", "…\nPDF").
 */
export const NO_ONES_INITIALS: ReadonlySet<string> = new Set([
  ...[...NOT_ORGANISATION_ACRONYMS].filter((abbreviation) => !MAIL_AND_CLOCK.has(abbreviation)),
  ...'AMW SMW BOA PMT KCC GBA BRP OZB SKJ PDF PO AI'.split(' '),
]);
