import fc from 'fast-check';
import { passesElevenTest } from '@vertelpunt/deid';

// Test data for the privacy invariant: stories with identifiers planted in them, each with the
// kind of cue a case note gives. Only for tests (it needs fast-check).

export interface Planted {
  /** The identifier as it appears in the text. */
  value: string;
  /** The sentence that carries it. */
  sentence: string;
  label: 'PERSON' | 'BSN' | 'IBAN' | 'PHONE' | 'ADDRESS' | 'POSTCODE' | 'CASE_ID';
  /** Whether the user marks it by hand (a nickname no detector knows). */
  handMarked: boolean;
}

const SURNAMES = [
  'Jansen',
  'Bakker',
  'Visser',
  'Meijer',
  'Yilmaz',
  'El Amrani',
  'Mulder',
  'Kok',
  'Dekker',
  'Hendriks',
  'Öztürk',
  'Pietersen',
];
const NICKNAMES = ['kleine joop', 'tante truus', 'ome henkie', 'de rooie', 'buurman bolletje', 'mams'];
const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Lindenlaan', 'Molenweg', 'Julianastraat', 'Schoolstraat'];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A BSN that passes the 11-test. */
export const bsn = digits(9).filter(passesElevenTest);

/** Check digits of an IBAN (ISO 13616: mod 97 of the rearranged number). */
function ibanCheck(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return String(98 - rest).padStart(2, '0');
}
/** A Dutch IBAN that passes mod-97. */
export const iban = fc
  .tuple(fc.constantFrom('ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO'), digits(10))
  .map(([bank, account]) => `NL${ibanCheck('NL', bank + account)}${bank}${account}`);

const phone = fc.oneof(
  digits(8).map((d) => `06-${d}`),
  digits(7).map((d) => `010-${d}`),
  digits(8).map((d) => `+31 6 ${d}`),
);
const postcode = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'BC', 'KL', 'XZ', 'RT', 'GH'))
  .map(([n, l]) => `${n} ${l}`);
const address = fc.tuple(fc.constantFrom(...STREETS), fc.integer({ min: 1, max: 240 })).map(([s, n]) => `${s} ${n}`);
const caseId = fc.tuple(fc.integer({ min: 2019, max: 2026 }), digits(5)).map(([y, d]) => `Z-${y}-${d}`);

const plant = (
  label: Planted['label'],
  value: fc.Arbitrary<string>,
  sentence: (v: string) => string,
  handMarked = false,
): fc.Arbitrary<Planted> => value.map((v) => ({ value: v, sentence: sentence(v), label, handMarked }));

/** One identifier in a sentence of a case note. */
export const planted: fc.Arbitrary<Planted> = fc.oneof(
  plant('PERSON', fc.constantFrom(...SURNAMES), (v) => `Gesprek met mevrouw ${v} over de buurt.`),
  plant('PERSON', fc.constantFrom(...NICKNAMES), (v) => `Haar steun is ${v}, die elke dag langskomt.`, true),
  plant('BSN', bsn, (v) => `BSN ${v} gecontroleerd.`),
  plant('IBAN', iban, (v) => `Huur gaat van rekening ${v}.`),
  plant('PHONE', phone, (v) => `Bereikbaar op ${v}.`),
  plant('ADDRESS', address, (v) => `Zij woont aan de ${v} in de wijk.`),
  plant('POSTCODE', postcode, (v) => `Postcode ${v} ligt in de wijk.`),
  plant('CASE_ID', caseId, (v) => `Zie dossier ${v} voor de afspraken.`),
);

/** A case note with one to five identifiers, and the identifiers. */
export const plantedNote = fc
  .array(planted, { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc
      .shuffledSubarray(['We hebben samen gekeken naar wat er wel kan.', 'De buurt helpt mee.', 'Volgende week weer.'], { minLength: 0 })
      .map((plain) => ({ ids, text: [...ids.map((i) => i.sentence), ...plain].join(' ') })),
  );
