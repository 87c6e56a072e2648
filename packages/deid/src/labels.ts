/** The kinds of personal data the de-identifier finds (see data/README.md for what each covers). */
export const LABELS = [
  'PERSON',
  'BSN',
  'DATE',
  'AGE',
  'ADDRESS',
  'POSTCODE',
  'CITY',
  'PHONE',
  'EMAIL',
  'IBAN',
  'CASE_ID',
  'URL',
  'INSTITUTION',
  'LICENSE_PLATE',
] as const;
export type Label = (typeof LABELS)[number];

/** Dutch names for the UI, and the placeholder each label leaves in a redacted text. */
export const LABEL_INFO: Record<Label, { nl: string; en: string; placeholder: string }> = {
  PERSON: { nl: 'Persoon', en: 'Person', placeholder: 'PERSOON' },
  BSN: { nl: 'BSN', en: 'Citizen service number', placeholder: 'BSN' },
  DATE: { nl: 'Datum', en: 'Date', placeholder: 'DATUM' },
  AGE: { nl: 'Leeftijd', en: 'Age', placeholder: 'LEEFTIJD' },
  ADDRESS: { nl: 'Adres', en: 'Address', placeholder: 'ADRES' },
  POSTCODE: { nl: 'Postcode', en: 'Postcode', placeholder: 'POSTCODE' },
  CITY: { nl: 'Plaats', en: 'Place', placeholder: 'PLAATS' },
  PHONE: { nl: 'Telefoonnummer', en: 'Phone number', placeholder: 'TELEFOON' },
  EMAIL: { nl: 'E-mailadres', en: 'Email address', placeholder: 'E-MAIL' },
  IBAN: { nl: 'Rekeningnummer (IBAN)', en: 'Bank account (IBAN)', placeholder: 'IBAN' },
  CASE_ID: { nl: 'Zaak- of dossiernummer', en: 'Case number', placeholder: 'ZAAKNUMMER' },
  URL: { nl: 'Webadres', en: 'Web address', placeholder: 'URL' },
  INSTITUTION: { nl: 'Instelling', en: 'Institution', placeholder: 'INSTELLING' },
  LICENSE_PLATE: { nl: 'Kenteken', en: 'Licence plate', placeholder: 'KENTEKEN' },
};

/** A found identifier: [start, end) in JavaScript string indexes of the input text. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  /** Which detector found it, to explain a detection in the review. */
  source: string;
}
