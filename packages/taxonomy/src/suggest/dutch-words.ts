import { stemmer } from '@orama/stemmers/dutch';
import { foldForMatching } from '../fold.js';

/** One word of a text as the ranking sees it. */
export interface Word {
  /** Lower case, without diacritics. */
  readonly folded: string;
  /** Snowball Dutch stem of `folded`: "schulden" and "schuld" share one (a stop word is not stemmed). */
  readonly stem: string;
  /** A stop word ("de", "het", "zich"): kept for context rules, never evidence on its own. */
  readonly stop: boolean;
  /** A sentence or clause ends after this word, so no phrase runs across it. */
  readonly breakAfter: boolean;
}

// The Snowball project's Dutch stop list (snowballstem.org/algorithms/dutch/stop.txt).
const STOP_WORDS = new Set(
  `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men
  dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge
  geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
  altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere`.split(/\s+/),
);

// Words a note uses in every sentence whatever it is about: pronouns, adverbs, quantifiers and
// light verbs that the terms' descriptions also happen to use ("wel", "goed", "in plaats van",
// "elkaar", "gaat", "mensen"). Evidence for no term; they still mark context for everyday senses.
const FUNCTION_WORDS = new Set(
  `we wij jij jullie hen ze zijn haar hun onze ons mijn jouw elkaar iedereen ieder iedere elk elke alle allen allemaal
  wel goed gewoon echt echte heel hele erg even steeds weer pas net nog inmiddels meteen vooral eerst eerste volgende
  vorige laatste plaats naast achter voor via waar waarin daarbij daarna daarom zoals mensen man vrouw dag week jaar
  gaat gaan ging gingen komt komen kwam kwamen laat laten liet zien ziet zag kijken kijkt keek maken maakt maakte
  mag mogen moest moeten zeggen zegt zei zou zouden willen wilde wilden krijgt krijgen kreeg houdt houden hield
  geeft geven gaf staat stond vindt vond denkt dacht weet weten wist lijkt blijkt blijft bleef eigen niemand verder`.split(/\s+/),
);

// Words every wijkteam note uses, whatever it is about: the team, its residents and colleagues.
const DOMAIN_WORDS = new Set(
  `team teams wijkteam wijkteams collega collegas inwoner inwoners client clienten mevrouw meneer mw dhr`.split(/\s+/),
);

// De-identified notes carry placeholders such as [PERSOON 1], [WIJK] and [DATUM]: their words
// ("wijk") are not the writer's.
const PLACEHOLDER = /\[[^\]\n]{1,40}\]/g;
const CLAUSE_END = /[.!?;:()\n]/;

// Stemming is the costly step and clips repeat words, so stems are remembered; the cap keeps a
// long session's memory bounded.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

/** Forgets every stem worked out so far, so a benchmark can time words never seen before with code already compiled. */
export function forgetStems(): void {
  stems.clear();
}

export function stemOf(folded: string): string {
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = stemmer(folded);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(folded, stem);
  }
  return stem;
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

// A clause mark alone, or a run without one: the pieces the text is read in.
const PIECE = /[.!?;:()\n]|[^.!?;:()\n]+/g;
// Anything but printable ASCII, tab and line ends takes the full folding path.
const NOT_ASCII = /[^\t\n\r -~]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** The folded words of a piece of text: `foldForMatching` split at spaces, with a shortcut for plain ASCII. */
function foldedWords(piece: string): readonly string[] {
  // Most notes are plain ASCII, where folding is lower case and letters and digits only; the
  // Unicode path (normalising, dropping marks) is the costly one.
  if (!NOT_ASCII.test(piece)) return piece.toLowerCase().match(ASCII_WORD) ?? [];
  return foldForMatching(piece).split(' ');
}

/** The words of a Dutch text, in order, with clause breaks; placeholders are dropped and break clauses. */
export function dutchWords(text: string): Word[] {
  const words: { folded: string; stem: string; stop: boolean; breakAfter: boolean }[] = [];
  for (const [piece] of text.replace(PLACEHOLDER, ' . ').matchAll(PIECE)) {
    if (piece.length === 1 && CLAUSE_END.test(piece)) {
      const last = words.at(-1);
      if (last) last.breakAfter = true;
      continue;
    }
    for (const folded of foldedWords(piece)) {
      if (!folded) continue;
      const stop = STOP_WORDS.has(folded) || FUNCTION_WORDS.has(folded) || DOMAIN_WORDS.has(folded);
      words.push({ folded, stem: stop ? folded : stemOf(folded), stop, breakAfter: false });
    }
  }
  return words;
}
