// The word lists the detectors use as evidence. Names, places and countries come from packages of
// public data through scripts/build-lexicon.ts (see lexicon-data.ts for the sources); what is kept by
// hand here is grammar (tussenvoegsels, function words) and the decisions of the annotation
// guidelines (which agencies and services are not annotated), plus local organisations, which no
// package lists. Lists are evidence, not the only rule: context rules find names outside them.
import * as data from './lexicon-data.js';
import { LOCAL_ORGANISATIONS } from './local-organisations.js';

const words = (list: string) =>
  new Set(
    list
      .trim()
      .split(/\s*\|\s*/)
      .map((w) => w.toLowerCase()),
  );

export const FIRST_NAMES = words(data.FIRST_NAMES);
export const SURNAMES = words(data.SURNAMES);
/** Names that are also ordinary Dutch words (bakker, winter, roos): a name only where more than the word says so. */
export const NAMES_THAT_ARE_WORDS = words(data.NAMES_THAT_ARE_WORDS);
export const PLACES = words(data.PLACES);
/** Places that are also ordinary Dutch words (best, putten, leiden): a place only where more than the word says so. */
export const PLACES_THAT_ARE_WORDS = words(data.PLACES_THAT_ARE_WORDS);
/** Belgian places: a town of work or family across the border is no Dutch CITY (the guidelines annotate Dutch places). */
export const PLACES_ABROAD = words(data.PLACES_ABROAD);
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

/** Local organisations (housing corporations, care providers): public names, kept by hand. */
export const KNOWN_INSTITUTIONS = words(
  `Woonbron|Trivire|Vestia|Ymere|Eigen Haard|Portaal|Mitros|Woonstad|Woonstad Rotterdam|Havensteder|Staedion|Haag Wonen|Vidomes|Stadgenoot|De Alliantie|Rochdale|Wonion|Woonwaard|Careyn|Antes|Yulius|Parnassia|Lentis|Arkin|Pro Persona|Youz|Levvel|Pluryn|Ipse de Bruggen|Philadelphia|Cordaan|Amsta|Vivium|Aafje|Laurens|Humanitas|Lelie zorggroep|Rivas|Syndion|Kwadraad|Timon|Horizon|Enver|Lucertis|Altrecht|Dimence|Mentrum|Kinderpostzegels|Bureau Jeugdzorg|Jeugdbescherming West|Jeugdbescherming Rotterdam Rijnmond|Jeugdbescherming Regio Amsterdam|William Schrikker|Leger des Heils|Humanitas|Present|Stek|Sterk Huis|Fier|Accare|Karakter|Mondriaan|GGz Centraal|Rivierduinen|Mediant|Emergis|GGzE|Reinier van Arkel|Tactus|Novadic-Kentron|Jellinek|Brijder|Kenter|Triversum|Jeugdformaat|Entrea Lindenhout|Juzt|Elker|Kentalis|Auris|Ambiq|Ipse|Zuidwester|Abrona|Reinaerde|Amarant|Dichterbij|Koraal|Aveleijn|Tragel|Gemiva|Nieuw Woelwijck|Zonnehuis|Tante Louise|Vitalis|Buurtzorg|Sensire|Envida|Zuidzorg|TWB|Allévo|Tzorg|Vivent|Elkien|Lefier|Woonzorg Nederland|Woonstad|Com.wonen|Woonbedrijf|Wooncompagnie|Parteon|Clavis|Talis|Woonbron`,
);

/**
 * The hand list and the local organisations of every kind (`local-organisations.ts`), for the rules. The statistical layer's
 * list feature stays KNOWN_INSTITUTIONS, so that its weights stay what its training gives.
 */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set([...KNOWN_INSTITUTIONS, ...words(LOCAL_ORGANISATIONS)]);

/** National agencies and generic services: not annotated (see the data README). */
export const GENERIC_SERVICES = words(
  `UWV|SVB|CJIB|IND|DUO|Belastingdienst|Veilig Thuis|CJG|GGD|Wmo|Jeugdwet|Participatiewet|Zvw|Wlz|VNG|Rijk|Gemeente|Sociale Dienst|Schuldhulpverlening|Voedselbank|Raad voor de Kinderbescherming|Kinderbescherming|Politie|Huisarts|Jeugdarts|Zilveren Kruis|Menzis|VGZ|CZ|DSW|ONVZ|Achmea|FBTO|Univé|Zorg en Zekerheid|Interpolis|Ditzo|Lidl|Aldi|Jumbo|Albert Heijn|PostNL|KPN|Ziggo|Vattenfall|Eneco|Essent|Greenchoice|Nuon|NS|Action|Kruidvat|Hema|IKEA|Rabobank|ING|ABN AMRO|SNS|Nibud|Juridisch Loket|Sociaal Raadslieden|CAK|Toeslagen|Jeugdfonds Sport & Cultuur|Leergeld|Kledingbank|Sociale Wijkteams|Sociaal Wijkteam|Wijkteam|Wijkteams|Buurtteam|Jeugdteam|Sociaal Team|Basisschool|Hogeschool|Dansschool|Muziekschool|Rijschool|Zwemschool|Taalschool|Sportschool|Praktijkschool|Vakschool|Nachtschool|Zomerschool|Middelbare school|Brede school|Kinderopvang|Ziekenhuis|Bibliotheek|Apotheek|Uitvoeringsinstituut Werknemersverzekeringen|Sociale Verzekeringsbank|Centraal Justitieel Incassobureau|Dienst Uitvoering Onderwijs|Centraal Administratie Kantoor|Tolkentelefoon|Jeugdfonds|Jeugdfonds Sport|Jeugdgezondheidszorg|Consultatiebureau`,
);

/** Capitalised words that start sentences or name things but are no names. */
export const NOT_NAMES = words(
  `Clt|Clte|Beste|Geachte|Lieve|Hoi|Hallo|Hee|Hey|Hi|Dag|Groet|Groeten|Hoor|Ja|Nee|Mijn|Zijn|Haar|Hun|Onze|Jullie|Elke|Iedere|Bent|Kunt|Wilt|Zult|De|Het|Een|Zij|Hij|Ze|Wij|We|Ik|Jij|U|Dhr|Mw|Mevr|Mevrouw|Meneer|Moeder|Vader|Zoon|Dochter|Tel|Telefonisch|Gesprek|Huisbezoek|Overleg|Afspraak|Casus|Cliënt|Client|Inwoner|Gezin|Team|Wijkteam|Buurtteam|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Sociale|Sociaal|Logopedie|Fysiotherapie|Jeugdhulpaanbieder|Zorgaanbieder|Original|Message|Forwarded|Subject|Sent|Onderwerp|Doorgestuurd|Verzonden|Deelnemers|Aanwezigen|Afwezigen|Kerst|Pasen|Ramadan|Suikerfeest|Sinterklaas|Samen|Na|Voor|Bij|Met|Op|In|Uit|Naar|Van|Over|Om|Als|Dat|Dit|Deze|Die|Er|Ook|Nog|Wel|Niet|Geen|Maar|En|Of|Want|Dus|Toen|Nu|Daarna|Vandaag|Morgen|Gisteren|Volgende|Vorige|Afgesproken|Actie|Plan|Doel|Wmo|Jeugdwet|Nederlands|Nederlandse|Engels|Arabisch|Turks|Pools|Somalisch|Islam|Moskee|Kerk|Marokkaans|Marokkaanse|Turkse|Poolse|Syrisch|Syrische|Eritrees|Eritrese|Somalische|Surinaams|Surinaamse|Antilliaans|Antilliaanse|Ghanees|Ghanese|Afghaans|Afghaanse|Iraaks|Iraakse|Belgisch|Belgische|Duits|Duitse|Bulgaars|Bulgaarse|Roemeens|Roemeense|Oekraïens|Oekraïense|Russisch|Russische|Koerdisch|Koerdische|Hindoestaans|Hindoestaanse|Kaapverdiaans|Kaapverdiaanse|Indonesisch|Indonesische|Chinees|Chinese|Frans|Franse|Spaans|Spaanse|Portugees|Portugese|Italiaans|Italiaanse|Grieks|Griekse`,
);
