// The word lists the detectors use as evidence. Names, places and countries come from packages of
// public data through scripts/build-lexicon.ts (see lexicon-data.ts for the sources); what is kept by
// hand here is grammar (tussenvoegsels, function words) and the decisions of the annotation
// guidelines (which agencies and services are not annotated), plus local organisations, which no
// package lists. Lists are evidence, not the only rule: context rules find names outside them.
import { hashOfCodeUnits } from './hash-of-text.js';
import * as data from './lexicon-data.js';
import { LOCAL_ORGANISATIONS } from './local-organisations.js';

const words = (list: string) =>
  new Set(
    list
      .trim()
      .split(/\s*\|\s*/)
      .map((w) => w.toLowerCase()),
  );

/** A bit per word list, in the number `listsOf` gives a word. */
export const LIST = {
  FIRST_NAME: 1,
  SURNAME: 2,
  NAME_WORD: 4,
  PLACE: 8,
  PLACE_WORD: 16,
  PLACE_ABROAD: 32,
  NOT_NAME: 64,
  GENERIC_SERVICE: 128,
  COUNTRY: 256,
  KNOWN_INSTITUTION: 512,
} as const;

/**
 * Each word of the lists, with a bit for each list that holds it, in one table. The detectors ask
 * the large lists about the same word many times a call (a name's first name, surname, place, word
 * …); on a text of new names a lookup in a Map of 50,000 words mostly missed the processor's caches
 * (its bucket, its entry, the key's string and the next in the chain: about 1 µs on this machine,
 * the largest item of a new selection's profile). This table is open addressing in typed arrays
 * (load under 0.4): a word not listed costs one read of a slot, a listed one that read and one
 * comparison with the word.
 */
const SLOTS = 1 << 17;
const SLOT_MASK = SLOTS - 1;
/** At 2·slot the hash of the slot's word plus one (0: a free slot), at 2·slot + 1 its lists' bits. */
const slots = new Int32Array(2 * SLOTS);
/** The word of each slot, to compare with where the hashes agree. */
const slotWords = new Array<string>(SLOTS).fill('');
let listedCount = 0;

function register(list: Iterable<string>, bit: number): void {
  for (const word of list) {
    const hash = hashOfCodeUnits(word);
    for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
      const tag = slots[2 * slot]!;
      if (tag === 0) {
        slots[2 * slot] = hash + 1;
        slots[2 * slot + 1] = bit;
        slotWords[slot] = word;
        if (++listedCount * 2 > SLOTS) throw new Error('the table of word lists is over half full: make SLOTS larger');
        break;
      }
      if (tag === hash + 1 && slotWords[slot] === word) {
        slots[2 * slot + 1] = slots[2 * slot + 1]! | bit;
        break;
      }
    }
  }
}

/** Which lists hold a lower-case word, as LIST bits (0 for none). */
export function listsOf(word: string): number {
  // As Set.prototype.has does, anything but a string is in no list.
  if (typeof word !== 'string') return 0;
  const hash = hashOfCodeUnits(word);
  for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const tag = slots[2 * slot]!;
    if (tag === 0) return 0;
    if (tag === hash + 1 && slotWords[slot] === word) return slots[2 * slot + 1]!;
  }
}

/** A large word list: a Set (iteration, size, as before) whose `has` reads the table of all lists. */
class ListedWords extends Set<string> {
  private readonly bit: number;
  constructor(list: string, bit: number) {
    super(words(list));
    this.bit = bit;
    register(this, bit);
  }
  override has(word: string): boolean {
    return (listsOf(word) & this.bit) !== 0;
  }
  // The lists are fixed once built: a change would leave the table behind.
  override add(word: string): this {
    if (this.bit !== undefined) throw new Error('the word lists are fixed');
    return super.add(word);
  }
  override delete(): boolean {
    throw new Error('the word lists are fixed');
  }
  override clear(): void {
    throw new Error('the word lists are fixed');
  }
}

export const FIRST_NAMES: ReadonlySet<string> = new ListedWords(data.FIRST_NAMES, LIST.FIRST_NAME);
export const SURNAMES: ReadonlySet<string> = new ListedWords(data.SURNAMES, LIST.SURNAME);
/** Names that are also ordinary Dutch words (bakker, winter, roos): a name only where more than the word says so. */
export const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new ListedWords(data.NAMES_THAT_ARE_WORDS, LIST.NAME_WORD);
export const PLACES: ReadonlySet<string> = new ListedWords(data.PLACES, LIST.PLACE);
/** Places that are also ordinary Dutch words (best, putten, leiden): a place only where more than the word says so. */
export const PLACES_THAT_ARE_WORDS: ReadonlySet<string> = new ListedWords(data.PLACES_THAT_ARE_WORDS, LIST.PLACE_WORD);
/** Belgian places: a town of work or family across the border is no Dutch CITY (the guidelines annotate Dutch places). */
export const PLACES_ABROAD: ReadonlySet<string> = new ListedWords(data.PLACES_ABROAD, LIST.PLACE_ABROAD);
/** Car makes: capitalised, and often surnames in the lists (Ford, Mercedes), but a car in a note; the word after one is its model. */
export const CAR_MAKES = words(
  'Alfa Romeo|Audi|BMW|Citroën|Citroen|Dacia|Daihatsu|Fiat|Ford|Honda|Hyundai|Jaguar|Jeep|Kia|Lada|Land Rover|Lexus|Mazda|Mercedes|Mercedes-Benz|Mini|Mitsubishi|Nissan|Opel|Peugeot|Porsche|Renault|Saab|Seat|Skoda|Škoda|Smart|Subaru|Suzuki|Tesla|Toyota|Volkswagen|VW|Volvo|Vespa|Piaggio|Yamaha|Kawasaki|Gazelle|Batavus|Sparta|Cortina',
);
/** Countries, and the continents and parts of the kingdom people name like countries: never CITY. */
export const COUNTRIES = words(`${data.COUNTRIES}|Europa|Afrika|Azië|Amerika|Engeland|Schotland|Curaçao|Bonaire|Sint Eustatius|Saba`);

export const TUSSENVOEGSELS = [
  'van der',
  'van den',
  'van de',
  "van 't",
  'in het',
  "in 't",
  'de la',
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  "'t",
  'het',
  'el',
  'al',
  'op de',
  'uit de',
  'uijt de',
  'von',
  'di',
  'da',
  'dos',
  'le',
];

/** Local organisations (housing corporations, care providers): public names, kept by hand, as written. */
export const KNOWN_INSTITUTIONS_WRITTEN = `Woonbron|Trivire|Vestia|Ymere|Eigen Haard|Portaal|Mitros|Woonstad|Woonstad Rotterdam|Havensteder|Staedion|Haag Wonen|Vidomes|Stadgenoot|De Alliantie|Rochdale|Wonion|Woonwaard|Careyn|Antes|Yulius|Parnassia|Lentis|Arkin|Pro Persona|Youz|Levvel|Pluryn|Ipse de Bruggen|Philadelphia|Cordaan|Amsta|Vivium|Aafje|Laurens|Humanitas|Lelie zorggroep|Rivas|Syndion|Kwadraad|Timon|Horizon|Enver|Lucertis|Altrecht|Dimence|Mentrum|Kinderpostzegels|Bureau Jeugdzorg|Jeugdbescherming West|Jeugdbescherming Rotterdam Rijnmond|Jeugdbescherming Regio Amsterdam|William Schrikker|Leger des Heils|Humanitas|Present|Stek|Sterk Huis|Fier|Accare|Karakter|Mondriaan|GGz Centraal|Rivierduinen|Mediant|Emergis|GGzE|Reinier van Arkel|Tactus|Novadic-Kentron|Jellinek|Brijder|Kenter|Triversum|Jeugdformaat|Entrea Lindenhout|Juzt|Elker|Kentalis|Auris|Ambiq|Ipse|Zuidwester|Abrona|Reinaerde|Amarant|Dichterbij|Koraal|Aveleijn|Tragel|Gemiva|Nieuw Woelwijck|Zonnehuis|Tante Louise|Vitalis|Buurtzorg|Sensire|Envida|Zuidzorg|TWB|Allévo|Tzorg|Vivent|Elkien|Lefier|Woonzorg Nederland|Woonstad|Com.wonen|Woonbedrijf|Wooncompagnie|Parteon|Clavis|Talis|Woonbron`;
/** The same, by lower case. */
export const KNOWN_INSTITUTIONS = words(KNOWN_INSTITUTIONS_WRITTEN);

/**
 * The hand list and the local organisations of every kind (`local-organisations.ts`), for the rules. The statistical layer's
 * list feature stays KNOWN_INSTITUTIONS, so that its weights stay what its training gives.
 */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set([...KNOWN_INSTITUTIONS, ...words(LOCAL_ORGANISATIONS)]);

/**
 * Local organisations of one word that are an ordinary Dutch word or a compound of two (prisma, accolade, zorgbalans), from the
 * generated list: at a sentence start or in lower case the list alone does not make them an organisation. The hand list's names
 * keep their older rule.
 */
export const ORGANISATIONS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  data.ORGANISATIONS_THAT_ARE_WORDS.split('|').filter((word) => !KNOWN_INSTITUTIONS.has(word)),
);

/** National agencies and generic services: not annotated (see the data README). */
export const GENERIC_SERVICES = words(
  `UWV|SVB|CJIB|IND|DUO|Belastingdienst|Veilig Thuis|CJG|GGD|Wmo|Jeugdwet|Participatiewet|Zvw|Wlz|VNG|Rijk|Gemeente|Sociale Dienst|Schuldhulpverlening|Voedselbank|Raad voor de Kinderbescherming|Kinderbescherming|Politie|Huisarts|Jeugdarts|Zilveren Kruis|Menzis|VGZ|CZ|DSW|ONVZ|Achmea|FBTO|Univé|Zorg en Zekerheid|Interpolis|Ditzo|Lidl|Aldi|Jumbo|Albert Heijn|PostNL|KPN|Ziggo|Vattenfall|Eneco|Essent|Greenchoice|Nuon|NS|Action|Kruidvat|Hema|IKEA|Rabobank|ING|ABN AMRO|SNS|Nibud|Juridisch Loket|Sociaal Raadslieden|CAK|Toeslagen|Jeugdfonds Sport & Cultuur|Leergeld|Kledingbank|Sociale Wijkteams|Sociaal Wijkteam|Wijkteam|Wijkteams|Buurtteam|Jeugdteam|Sociaal Team|Basisschool|Hogeschool|Dansschool|Muziekschool|Rijschool|Zwemschool|Taalschool|Sportschool|Praktijkschool|Vakschool|Nachtschool|Zomerschool|Middelbare school|Brede school|Kinderopvang|Ziekenhuis|Bibliotheek|Apotheek|Uitvoeringsinstituut Werknemersverzekeringen|Sociale Verzekeringsbank|Centraal Justitieel Incassobureau|Dienst Uitvoering Onderwijs|Centraal Administratie Kantoor|Tolkentelefoon|Jeugdfonds|Jeugdfonds Sport|Jeugdgezondheidszorg|Consultatiebureau`,
);

/** Capitalised words that start sentences or name things but are no names. */
export const NOT_NAMES = words(
  `Clt|Clte|Beste|Geachte|Lieve|Hoi|Hallo|Hee|Hey|Hi|Dag|Groet|Groeten|Hoor|Ja|Nee|Mijn|Zijn|Haar|Hun|Onze|Jullie|Elke|Iedere|Bent|Kunt|Wilt|Zult|De|Het|Een|Zij|Hij|Ze|Wij|We|Ik|Jij|U|Dhr|Mw|Mevr|Mevrouw|Meneer|Moeder|Vader|Zoon|Dochter|Tel|Telefonisch|Gesprek|Huisbezoek|Overleg|Afspraak|Casus|Cliënt|Client|Inwoner|Gezin|Team|Wijkteam|Buurtteam|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Sociale|Sociaal|Logopedie|Fysiotherapie|Jeugdhulpaanbieder|Zorgaanbieder|Original|Message|Forwarded|Subject|Sent|Onderwerp|Doorgestuurd|Verzonden|Deelnemers|Aanwezigen|Afwezigen|Kerst|Pasen|Ramadan|Suikerfeest|Sinterklaas|Samen|Na|Voor|Bij|Met|Op|In|Uit|Naar|Van|Over|Om|Als|Dat|Dit|Deze|Die|Er|Ook|Nog|Wel|Niet|Geen|Maar|En|Of|Want|Dus|Toen|Nu|Daarna|Vandaag|Morgen|Gisteren|Volgende|Vorige|Afgesproken|Actie|Plan|Doel|Wmo|Jeugdwet|Nederlands|Nederlandse|Engels|Arabisch|Turks|Pools|Somalisch|Islam|Moskee|Kerk|Marokkaans|Marokkaanse|Turkse|Poolse|Syrisch|Syrische|Eritrees|Eritrese|Somalische|Surinaams|Surinaamse|Antilliaans|Antilliaanse|Ghanees|Ghanese|Afghaans|Afghaanse|Iraaks|Iraakse|Belgisch|Belgische|Duits|Duitse|Bulgaars|Bulgaarse|Roemeens|Roemeense|Oekraïens|Oekraïense|Russisch|Russische|Koerdisch|Koerdische|Hindoestaans|Hindoestaanse|Kaapverdiaans|Kaapverdiaanse|Indonesisch|Indonesische|Chinees|Chinese|Frans|Franse|Spaans|Spaanse|Portugees|Portugese|Italiaans|Italiaanse|Grieks|Griekse`,
);

// The small lists stay plain Sets (their tables stay in the cache); their words join the table of all lists for `listsOf`.
register(NOT_NAMES, LIST.NOT_NAME);
register(GENERIC_SERVICES, LIST.GENERIC_SERVICE);
register(COUNTRIES, LIST.COUNTRY);
register(KNOWN_INSTITUTIONS, LIST.KNOWN_INSTITUTION);
