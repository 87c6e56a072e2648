// Synthetic Dutch case notes for training the statistical layer's token classifier
// (train-token-classifier.ts): sentences from templates written for this script, their slots filled
// from the word lists and from invented names, so that a name is known by its context as well as
// by a list. Deterministic for a seed. No text of the evaluation sets is used here.
import { seededRandom as seeded } from '@vertelpunt/taxonomy/seeded-random';
import * as zxcvbnNl from '@zxcvbn-ts/language-nl-be';
import { dictionary } from './build-lexicon.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, PLACES_THAT_ARE_WORDS, SURNAMES } from '../src/lexicon.js';

export interface SyntheticSpan {
  start: number;
  end: number;
  label: 'PERSON' | 'INSTITUTION' | 'CITY';
}
export interface SyntheticNote {
  text: string;
  spans: SyntheticSpan[];
}

const capital = (word: string) => word.replace(/(^|[- ])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
const sorted = (set: ReadonlySet<string>, keep: (w: string) => boolean) => [...set].filter(keep).sort();

/** Sentences; slots: {N} a full name, {F} a first name, {S} a surname, {C} a place, {I} an organisation, {W} a common word, {X} a capitalised word that is no personal data. */
export const SENTENCES = [
  '{F} belt om te zeggen dat de afspraak niet doorgaat.',
  '{F} zegt dat het thuis rustiger gaat.',
  'Vandaag gesproken met {N} over de schulden.',
  '{N} is aanwezig namens {I}.',
  'Hij woont sinds kort in {C} bij zijn tante.',
  'Zij is verhuisd van {C} naar {C}.',
  'Dit is {F}, de moeder van {F}.',
  'Hallo, dit is {F} van {I}.',
  'De kinderen {F} (7) en {F} (4) gaan naar {I}.',
  '{F} en {F} spelen veel buiten.',
  'Overleg met {F} {S} en {F} {S} van {I}.',
  'Volgens {F} is er al een aanvraag gedaan.',
  'Gezien door {N}, jeugdverpleegkundige.',
  'Aanwezig: {N}, {N}, {N}',
  'Afwezig: {N} (ziek)',
  'Notulen: {N}',
  '{F}: ik kom morgen langs',
  '{F}: prima, tot dan',
  'Groetjes, {F}',
  'Met vriendelijke groet,\n{N}\n{I}',
  'Zijn vriendin {F} helpt met de administratie.',
  'Ook {F} was erbij.',
  'Daarna kwam {F} binnen.',
  'Ik heb {F} gisteren nog gesproken.',
  'Mevrouw werkt als schoonmaakster bij {I} in {C}.',
  'Zoon gaat naar {I} in {C}.',
  'Dochter zit op {I}.',
  'Aanmelding via {I}, contactpersoon {N}.',
  'Ze is opgenomen geweest in {I}.',
  'Gesprek op kantoor van {I}, locatie {C}.',
  'Familie {S} woont al jaren in {C}.',
  'Echtpaar {S} vraagt om hulp bij de aanvraag.',
  '{S} heeft de papieren nog niet ingeleverd.',
  'Buurvrouw {F} past soms op.',
  'Oma {F} ({F}) komt elke week.',
  'Zij heeft een broer, {F}, die in {C} woont.',
  '{F} ({S}) wil graag een gesprek.',
  '{F}, 34, werkt in de zorg.',
  '{F} (16) heeft een bijbaan.',
  'In {C} heeft hij geen netwerk.',
  'Verhuisd naar {C}, sinds de zomer.',
  'Geboren in {C}, opgegroeid in {C}.',
  'Ze gaat elke dinsdag naar {I}.',
  'Doorverwezen naar {I} voor schuldhulp.',
  'Afgestemd met {I} en de huisarts.',
  '{I} stuurt een brief over de huurachterstand.',
  '{W} is besproken wat er moet gebeuren.',
  '{W} komt de aanvraag terug.',
  '{W} heeft mevrouw geen inkomen.',
  '{W}: nog geen reactie ontvangen.',
  '{W} gaat het beter met de kinderen.',
  '{W} blijft de situatie zorgelijk.',
  'Hij spreekt {X} en redelijk goed Nederlands.',
  'Zij heeft de {X} nationaliteit.',
  'Aanvraag bij het {X} loopt nog.',
  'De {X} is kapot, auto staat stil.',
  'Hij rijdt in een oude {X}.',
  'Er is een {X} gesprek gepland.',
  'Tijdens de {X} is het druk thuis.',
  'Afspraak via {X} gemaakt.',
  'We bellen via {X}.',
  'Brief van de {X} ontvangen.',
  '{X} heeft de uitkering stopgezet.',
  'Vader komt uit {X} en woont sinds 2015 in {C}.',
  'Moeder is {X} en spreekt weinig Nederlands.',
  '{W} {W}',
  '{W}:',
  '{W} en {W}',
  'Huisbezoek bij {F} en haar zoon {F}.',
  'Met {F} {S} afgesproken dat zij de brief meeneemt.',
  '{N} (wijkagent) is op de hoogte.',
  'Contactpersoon school: {N}',
  'Begeleider {F} zegt dat het goed gaat.',
  'Ze gaat naar de moskee in {C}.',
  'De jongen traint bij {I}.',
  'Ze volgt een opleiding bij {I} in {C}.',
  'Huurt een woning van {I}.',
  'Ze is bekend bij {I} en {I}.',
  '{L}: {w} {w} {w}',
  '{L}: {W} {w} {w}',
  '{L}: {N}',
  '{L}: {C}',
  '{F}: {W} {w} {w}!',
  '{F}: {W}, {w} {w} {w}',
  '{F} {S}: {W} {w}',
  '{W} {w} {w} {w}.',
  '{W} {w} {w}, {w} {w} {w}.',
  '{W}? {W} {w} {w} {w}.',
  '{W} {w}: {w} {w} {w}.',
  '{W} {w} {w} {F} {w} {w}.',
  'Van: {F} {S}',
  'Van: {w}@{w}.nl',
  'Aan: {w}@{w}.nl',
  'Aan: {w}',
  'Onderwerp: Re: {w} {w}',
  'Onderwerp: {W} {w}',
  '> Op 14 jan. 2026 om 09:41 schreef {N}:',
  'Kind 1: {F} {S}, geb. 12-03-2015',
  'Kind 2: {F}, groep 5',
  'Patiënt: dhr. {F} {S}, 81 jr',
  '{N} ({W}), {N} ({W}), {N}',
  'Hoi {F},',
  'Groetjes,\n{F}',
  'Beste {F},',
  '{W} {w}, {F}!',
  '1. {W} {w} {w}',
  '- {W} {w} {w} {w}',
  '{I}: {w} {w} {w}.',
  '{W} & {W}',
  'Team {W} & {W}',
  'Het {w} {w} {w}.',
  'De {w} {w} {w} {w}.',
  'Een {w} {w} {w}.',
  '{G}, {w} {w} {w}.',
  '{G}!\n{F}: {w} {w}',
  'Zie artikel 4 {A} en de {Z}.',
  'Op grond van de {Z} ({A}) is een besluit genomen.',
  'De {Z} geldt ook hier.',
  'Zij valt onder de {A}.',
  'Bezwaar kan binnen zes weken (art. 6:7 {A}).',
  'Zie art. 3:2 {A} en {A}.',
  'Geb. {w}: 12-03-2015',
  '{W}.: 12-03-2015',
  'Sent: {E}, January 6, 2026 4:17 PM',
  'Date: {E} 3 March 2025',
  'Van: {D} {I}',
  'Van: {D} <{w}@{w}.nl>',
  'Onze waarden: {W}, {W} en {W}.',
  'We werken {W}, {W} en {W}.',
  'Link: https://{w}.nl/{w}',
  '{W} {v} {p} {w} {w}.',
  '{W} {v} {p} {w}, {w} {w} {w}.',
  '{w} {w} {w}. {W} {v} {p} {w}.',
  '{W} {p} {w} {v}, {v} {p} {w}.',
  'Tijdens het gesprek vertelde {F} dat het niet goed gaat.',
  'Gisteren appte {F} dat de brief binnen is.',
  'Later meldde {F} zich bij de balie.',
  'Daarna vroeg {F} of er hulp mogelijk is.',
  'Ondertussen heeft {F} {w} {w}.',
  'Volgens mij wil {F} {w} {w}.',
  'Cliënt: mw. {U}. ({F}) {S}, 67 jr',
  'Betreft: dhr. {U}. ({F}) {S}',
  'Ze gaat op woensdag naar {I} om te spelen.',
  'Kom gerust langs bij {I} ☺',
  '{W} – {w}',
  '{W} {w} – {w} {w}',
  'Afdeling {D}',
  '{W} {D}',
  'Met vriendelijke groet,\n{N}\n{D} {D}',
  'Bureau {D}',
  '{W} {w} ({D}).',
];

/** Labels of fields and headings of forms, minutes and letters: capitalised, before a colon, no personal data. */
const FIELD_LABELS = [
  'Datum',
  'Tijd',
  'Locatie',
  'Plaats',
  'Aanwezig',
  'Afwezig',
  'Notulist',
  'Onderwerp',
  'Betreft',
  'Kenmerk',
  'Status',
  'Actie',
  'Besluit',
  'Doel',
  'Opmerking',
  'Telefoon',
  'Mobiel',
  'Werk',
  'Taal',
  'Thema',
  'Risico',
  'Link',
  'Budget',
  'Kosten',
  'Opname',
  'Ontslag',
  'Patiënt',
  'Cliënt',
  'Woonplaats',
  'Adres',
  'Geboortedatum',
  'Leeftijd',
  'Nationaliteit',
  'Inkomen',
  'Schulden',
  'School',
  'Klas',
  'Mentor',
  'Signalen',
  'Voorstel',
  'Conclusie',
  'Afspraken',
  'Vervolg',
  'Samenvatting',
  'Aanleiding',
  'Hulpvraag',
  'Zorgen',
  'Krachten',
  'Netwerk',
  'Rondvraag',
  'Agendapunt',
  'Toelichting',
  'Verzekeraar',
  'Werkgever',
  'Behandelaar',
  'Verwijzer',
  'Voornaam',
  'Achternaam',
  'Tussenvoegsel',
  'Roepnaam',
  'Geslacht',
  'To',
  'From',
  'Sent',
  'Subject',
  'Cc',
  'Date',
];

/** Greetings and answers that open a message or a line. */
const GREETINGS = [
  'Goedemorgen',
  'Goedemiddag',
  'Goedenavond',
  'Dank',
  'Bedankt',
  'Top',
  'Oké',
  'Prima',
  'Klopt',
  'Super',
  'Helaas',
  'Succes',
  'Sorry',
  'Hoi',
  'Hallo',
  'Yes',
  'Thanks',
];
const ENGLISH_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CONSONANTS = 'bcdfghjklmnprstvwz';

const KINDS_BEFORE = [
  'Stichting',
  'Basisschool',
  'Kinderopvang',
  'Zorggroep',
  'Woonstichting',
  'Sportvereniging',
  'Huisartsenpraktijk',
  'Buurthuis',
  'Wijkcentrum',
  'Jeugdzorg',
  'Revalidatiecentrum',
  'Woningcorporatie',
  'Kinderdagverblijf',
  'Fysiotherapie',
  'Dagbesteding',
  'Voetbalvereniging',
  'Gezondheidscentrum',
  'Praktijk',
];
const KINDS_AFTER = ['College', 'Ziekenhuis', 'Gasthuis', 'MC', 'Lyceum', 'Wonen', 'Zorg', 'Groep', 'Academie', 'Kliniek', 'Huis'];
/** Ordinary words local organisations are named after (none of them in an evaluation set: a test checks). */
export const ORGANISATION_WORDS = [
  'Windroos',
  'Kaardebol',
  'Distelvink',
  'Dwarrelwind',
  'Pimpernel',
  'Horizon',
  'Lisdodde',
  'Wereldster',
  'Tuimelaar',
  'Fluitekruid',
  'Knotwilg',
  'Parel',
  'Kiekendief',
  'Hooiberg',
  'Bosuil',
  'Sterrenwacht',
  'Bongerd',
  'Molenwiek',
  'Klaproos',
  'Toekomst',
  'Koekoeksbloem',
  'Boei',
  'Waterjuffer',
  'Sprong',
  'Steiger',
];
/** Capitalised words that are no personal data by the guidelines, in the places notes put them. */
const OTHER_CAPITALISED = [
  'Arabisch',
  'Turks',
  'Pools',
  'Engels',
  'Tigrinya',
  'Somalisch',
  'Marokkaanse',
  'Turkse',
  'Poolse',
  'Syrische',
  'Eritrese',
  'Surinaamse',
  'Nederlandse',
  'Ramadan',
  'Kerst',
  'Pasen',
  'Suikerfeest',
  'WhatsApp',
  'Teams',
  'Zoom',
  'Google',
  'Facebook',
  'Marktplaats',
  'Gemeente',
  'Belastingdienst',
  'Toeslagen',
  'Wmo',
  'Participatiewet',
  'Jeugdwet',
  'Sociale Dienst',
  'Voedselbank',
  'Kinderbescherming',
  'Opel',
  'Volkswagen',
  'Toyota',
  'Peugeot',
  'Syrië',
  'Marokko',
  'Turkije',
  'Polen',
  'Eritrea',
  'Suriname',
  'Ghana',
  'Nederland',
  'Europa',
  'Maandag',
  'Januari',
  'Corona',
  'Huisarts',
  'Wijkteam',
  'Jeugdteam',
  'Veilig Thuis',
];
const TUSSENVOEGSELS = ['van', 'de', 'van der', 'van den', 'van de', 'ter', 'el', 'ten'];

const SYLLABLES = [
  'ka',
  'mi',
  'lo',
  'na',
  'ti',
  'sa',
  'ro',
  'be',
  'du',
  'fe',
  'ya',
  'zo',
  'ha',
  'ki',
  'me',
  'nu',
  'ra',
  'so',
  'va',
  'ji',
  'wa',
  'ne',
  'do',
  'li',
];
const NAME_ENDINGS = [
  '',
  'n',
  'h',
  'a',
  'ah',
  'el',
  'ou',
  'im',
  'ek',
  'ić',
  'ski',
  'sen',
  'ink',
  'oğlu',
  'ma',
  'we',
  'ye',
  'ra',
  'ina',
  'ur',
];
const PLACE_ENDINGS = ['dorp', 'veen', 'hoven', 'wijk', 'dam', 'broek', 'horst', 'zijl', 'um', 'erveld', 'ingen', 'loo'];

/**
 * The common Dutch words of @zxcvbn-ts/language-nl-be (film subtitles, by frequency), without the
 * first names and places of the lists unless those are also ordinary words (roos, best): the
 * subtitles hold many first names (jan, peter) and cities; the surnames among them are words (kan, datum).
 */
export function commonDutchWords(): string[] {
  const words = (zxcvbnNl.dictionary as Record<string, string[]>).commonWords ?? [];
  const alsoWords = (w: string) => NAMES_THAT_ARE_WORDS.has(w) || PLACES_THAT_ARE_WORDS.has(w);
  // In the package's order: the most frequent first.
  return words.filter((w) => !(FIRST_NAMES.has(w) || PLACES.has(w)) || alsoWords(w));
}

/** Words of the lists and invented ones to fill slots, and common words to start sentences with. */
function vocabulary() {
  const notWord = (w: string) => !NAMES_THAT_ARE_WORDS.has(w) && !NOT_NAMES.has(w) && /^[\p{Ll}'-]+$/u.test(w) && w.length > 2;
  const firsts = sorted(FIRST_NAMES, notWord);
  const surnames = sorted(SURNAMES, (w) => notWord(w) && !FIRST_NAMES.has(w));
  const places = sorted(PLACES, (w) => !PLACES_THAT_ARE_WORDS.has(w) && !w.includes("'"));
  const names = new Set([...FIRST_NAMES, ...SURNAMES, ...PLACES]);
  const common = commonDutchWords().filter((w) => /^\p{Ll}{2,}$/u.test(w));
  // Adverbs, conjunctions and pronouns that open most Dutch sentences (nu, toen, zodra, daarom).
  const frequent = common.slice(0, 600);
  // OpenTaal's words (compounds, adjectives, nouns of the trade) that no list holds as a name or place.
  const words = [...dictionary().words].filter((w) => w.length >= 4 && !names.has(w)).sort();
  return { firsts, surnames, places, common: [...common].sort(), frequent, words };
}

/** Generates `count` notes from `seed`. */
export function syntheticNotes(count: number, seed: number): SyntheticNote[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const { firsts, surnames, places, common, frequent, words } = vocabulary();
  /** A word to start a sentence or a line with: a frequent one, a common one or any of the dictionary. */
  const anyWord = () => {
    const r = random();
    return capital(r < 0.3 ? pick(frequent) : r < 0.6 ? pick(common) : pick(words));
  };
  const invented = (endings: readonly string[]) => {
    let word = '';
    for (let n = 1 + Math.floor(random() * 2); n > 0; n--) word += pick(SYLLABLES);
    return capital(word + pick(endings));
  };
  const first = () => (random() < 0.3 ? invented(NAME_ENDINGS) : capital(pick(firsts)));
  const surname = () => (random() < 0.3 ? invented(NAME_ENDINGS) : capital(pick(surnames)));
  const place = () => (random() < 0.2 ? invented(PLACE_ENDINGS) : capital(pick(places)));
  const organisation = () => {
    const r = random();
    const name = random() < 0.5 ? pick(ORGANISATION_WORDS) : random() < 0.5 ? place() : surname();
    if (r < 0.4) return `${pick(KINDS_BEFORE)} ${random() < 0.4 ? pick(['De ', 'Het ']) : ''}${name}`;
    if (r < 0.7) return `${name} ${pick(KINDS_AFTER)}`;
    return `${pick(['De', 'Het'])} ${pick(ORGANISATION_WORDS)}`;
  };
  const fill: Record<string, () => [string, SyntheticSpan['label'] | undefined]> = {
    F: () => [first(), 'PERSON'],
    S: () => [surname(), 'PERSON'],
    N: () => {
      const r = random();
      const given = r < 0.15 ? `${first()[0]}.` : first();
      const middle = random() < 0.3 ? `${pick(TUSSENVOEGSELS)} ` : '';
      return [`${given} ${middle}${surname()}`, 'PERSON'];
    },
    C: () => [place(), 'CITY'],
    I: () => [organisation(), 'INSTITUTION'],
    W: () => [anyWord(), undefined],
    w: () => [pick(common), undefined],
    L: () => [random() < 0.5 ? pick(FIELD_LABELS) : anyWord(), undefined],
    G: () => [random() < 0.8 ? pick(GREETINGS) : pick(ENGLISH_DAYS), undefined],
    E: () => [pick(ENGLISH_DAYS), undefined],
    // A verb and a pronoun after the first word: the inversion that marks that word as an adverb ("Nu zit hij").
    v: () => [
      pick(['is', 'gaat', 'zit', 'heeft', 'wil', 'kan', 'komt', 'moet', 'zegt', 'was', 'had', 'belt', 'wordt', 'blijft']),
      undefined,
    ],
    p: () => [pick(['hij', 'ze', 'zij', 'het', 'die', 'er', 'we', 'u', 'ik', 'dat', 'mevrouw', 'meneer', 'moeder']), undefined],
    // An initial, annotated with the name it belongs to in the guidelines but left out here: the slot is no name of its own.
    U: () => [String.fromCharCode(65 + Math.floor(random() * 26)), undefined],
    // Abbreviations of laws and schemes (Wvggz-like: mostly consonants) and law names (…wet).
    A: () => {
      let abbreviation = random() < 0.6 ? 'W' : pick(['A', 'B', 'P', 'J', 'Z', 'R']);
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--)
        abbreviation += random() < 0.15 ? pick(['a', 'e', 'o', 'i']) : CONSONANTS[Math.floor(random() * CONSONANTS.length)];
      return [abbreviation, undefined];
    },
    Z: () => [`${capital(pick(common))}wet`, undefined],
    // A dictionary word inside a sentence, capitalised as in the name of a department or a heading.
    D: () => [capital(pick(words)), undefined],
    X: () => [pick(OTHER_CAPITALISED), undefined],
  };
  const notes: SyntheticNote[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const spans: SyntheticSpan[] = [];
    const sentences = 3 + Math.floor(random() * 6);
    for (let s = 0; s < sentences; s++) {
      const template = pick(SENTENCES);
      let last = 0;
      for (const slot of template.matchAll(/\{([A-Za-z])\}/g)) {
        text += template.slice(last, slot.index);
        const [value, label] = fill[slot[1]!]!();
        if (label) spans.push({ start: text.length, end: text.length + value.length, label });
        text += value;
        last = slot.index + slot[0].length;
      }
      text += template.slice(last);
      text += random() < 0.4 ? '\n' : ' ';
    }
    notes.push({ text, spans });
  }
  return notes;
}
