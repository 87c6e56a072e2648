// A place whose name is also a Dutch word, written in lower case after "in" or "naar" as chats and dictated notes write
// every place ("ze woont in hoorn punt", "stationsplein 4 in gouda denk ik"): the lower-case place rule leaves the lists'
// places that are words alone, as "in" before a bare noun is rare but does happen. Here the word counts where no article
// stands between and the clause ends right after it or goes on with a word that follows a place; the lists' places that
// are common plurals or verbs ("in rijen", "in brand", "in huizen") never. Starts from the scan's phrase hits.
import type { Span } from '../labels.js';
import { PLACES_THAT_ARE_WORDS } from '../lexicon.js';
import { phrasesOf, wordsAfterPhrases, lettersEnd, type Scan } from '../scan.js';

const CUES = phrasesOf(['in', 'naar']);
/** The places of the lists that are words read far more often as the word after "in"/"naar". */
const WORDS_FIRST = new Set(
  'hem zetten brand echt heel best handel made leest winkel raam monster orden balk klimmen glimmen leunen loven gieten zegge waarde rijen velden huizen helden putten dieren herten hoeven dalen leeuwen duiven vuren kampen heer hoek gracht berg beek veen ven well enter noord dorst'.split(
    ' ',
  ),
);
/** What may follow a place in such a clause: its end, a said mark, a preposition, a verb of living or of saying. */
const AFTER_A_PLACE =
  /^(?:[ \t]*(?:[.,;:!?)\n]|$)| (?:punt|komma|en|op|via|denk|woont|woonde|gewoond|wonen|zegt|is|was|gewerkt|werkt)(?![\p{L}]))/u;

const isPlaceWord = (word: string) => PLACES_THAT_ARE_WORDS.has(word) && !WORDS_FIRST.has(word);

/** CITY spans of lower-case places that are words, after "in" or "naar". */
export function findPlacesThatAreWordsInLowerCase(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const start of wordsAfterPhrases(found, CUES, isPlaceWord)) {
    const end = lettersEnd(text, start);
    if (AFTER_A_PLACE.test(text.slice(end, end + 10))) spans.push({ start, end, label: 'CITY', source: 'city-word-in-lower-case' });
  }
  return spans;
}
