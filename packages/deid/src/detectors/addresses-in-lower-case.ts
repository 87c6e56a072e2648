// Streets written in lower case with no kind in their name, as chats and quick notes write them: "woont ze nog op
// vlinderkruid 12?", "verhuisd naar de hoge zand 4", "die van het wilgenhof 3", and any lower-case street with a lower-case
// postcode right after its number ("zwarte hoek 41 b 2315kd", whose postcode is taken too). The capitalised and kind-named
// streets are the other address rules'; these need a word that says an address follows, or the postcode. Tried from the
// scan's digit runs after a lower-case word, after the statistical layer (its training notes stay the rules' output).
import type { Span } from '../labels.js';
import { classAt, codeAt, LOWER, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { firstEndingAfter, overlapsAny } from '../span-list.js';
import { ADDITION, NO_STREET, withAddressOver } from './addresses-in-context.js';

/** One to three lower-case words before the number, the last of three letters or more. */
const STREET = String.raw`((?:\p{Ll}[\p{Ll}'’-]*[ \t]){0,2}\p{Ll}[\p{Ll}'’-]{2,})`;
/** Words that say an address follows, an adverb or two, a preposition and an article: "woont ze nu op de …". */
const CUED_STREET = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:woont|woonde|wonen|woon|staat[ \t](?:ze|hij|zij)|verhuisd|verhuist|verhuizen|adres|adres is|ingeschreven|die van)(?:[ \t](?:ze|hij|zij|nog|nu|toch|er|al|inmiddels|tijdelijk|sinds kort))*(?:[ \t](?:op|aan|naar|bij|in))?(?:[ \t](?:de|het|'t))?[ \t:]+${STREET}[ \t]$`,
  'u',
);
/** The first words of the cues above, from the scan's phrase index: the cued pattern runs only where one stands near. */
const CUE_WORDS = phrasesOf([
  'woont',
  'woonde',
  'wonen',
  'woon',
  'staat',
  'verhuisd',
  'verhuist',
  'verhuizen',
  'adres',
  'ingeschreven',
  'die van',
]);
/** How far before the number the street and its cue are looked for. */
const REACH = 70;
/** Any lower-case street, the words before it aside: with a postcode after the number. */
const BARE_STREET = new RegExp(String.raw`(?:^|[^\p{L}\d'’.-])${STREET}[ \t]$`, 'u');
/** A lower-case postcode after the number and its addition: "41 b 2315kd", "8, 1234 ab". */
const POSTCODE_AFTER = /^,?[ \t]+([1-9]\d{3}[ \t]?[a-z]{2})(?![\p{L}\d])/u;
/** What may follow a cued address: punctuation, a line's end, or a word that ends a chat's question or adds a place. */
const END = /^(?:[ \t]*(?:[?.,!;:)\n\r]|$)|[ \t]+(?:weet|toch|in|te|of|bij|hoor|ofzo|denk|toen|sinds)(?![\p{L}]))/u;
/** Words at the street's start that belong to the sentence, and words that name no street. */
const LEADING = new Set(['op', 'aan', 'naar', 'bij', 'in', 'de', 'het', "'t", 'nog', 'nu', 'toch']);
const NOT_A_STREET = new Set([
  ...NO_STREET,
  ...'bladzijde stand tafel stoel bed plek stap leeftijd minuut minuten maanden weken dagen jaren keer stuks nummertje lijst wachtlijst agenda sinds tot vanaf hier daar er al pas ruim bijna ongeveer eerste tweede derde vierde vijfde zesde zevende achtste negende tiende'.split(
    ' ',
  ),
]);
/** Places in a building, a site or an order that take a number as a street does ("woont in flat 3", "op plaats 3"). */
const NUMBERED_PLACE = new Set(
  'plaats positie flat flats gebouw locatie school woning huis huisje portiek paviljoen rij rang wachtlijstplek'.split(' '),
);
/** A year reads the same as a house number ("woont sinds 1997"): four digits need the postcode. */
const MOST_HOUSE_NUMBER_ALONE = 999;

interface LowerCaseAddress {
  start: number;
  end: number;
  postcode?: [number, number];
}

function lowerCaseAddressAt(text: string, digitsStart: number, digitsEnd: number, cueNear: boolean): LowerCaseAddress | null {
  const window = text.slice(Math.max(0, digitsStart - REACH), digitsStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const lineStart = digitsStart - before.length;
  let end = digitsEnd;
  for (let additions = 0; additions < 2; additions++) {
    ADDITION.lastIndex = end;
    const m = ADDITION.exec(text);
    if (!m || m[0].length === 0) break;
    end += m[0].length;
  }
  const after = text.slice(end, end + 24);
  const postcode = POSTCODE_AFTER.exec(after);
  if (!postcode && !cueNear) return null;
  const street = (postcode ? BARE_STREET : CUED_STREET).exec(before);
  if (!street || (!postcode && (!END.test(after) || Number(text.slice(digitsStart, digitsEnd)) > MOST_HOUSE_NUMBER_ALONE))) return null;
  let start = lineStart + before.lastIndexOf(street[1]!);
  let words = street[1]!.split(/[ \t]+/);
  while (words.length > 1 && LEADING.has(words[0]!)) {
    start += words[0]!.length + 1;
    words = words.slice(1);
  }
  if (words.some((word) => NOT_A_STREET.has(word)) || NUMBERED_PLACE.has(words.at(-1)!) || LEADING.has(words[0]!)) return null;
  if (!postcode) return { start, end };
  const postcodeStart = end + postcode[0].length - postcode[1]!.length;
  return { start, end, postcode: [postcodeStart, postcodeStart + postcode[1]!.length] };
}

/** Spans with the lower-case streets found, each replacing the names and places made of its words. */
export function withAddressesInLowerCase(text: string, found: Scan, spans: Span[]): Span[] {
  let out = spans;
  let cues: number[] | null = null;
  let cue = 0;
  for (let d = 0; d < found.digitStarts.length; d++) {
    const digitsStart = found.digitStarts[d]!;
    const digitsEnd = found.digitEnds[d]!;
    if (digitsEnd - digitsStart > 4 || codeAt(text, digitsStart - 1) !== 32 || (classAt(text, digitsStart - 2) & LOWER) === 0) continue;
    if (codeAt(text, digitsStart) === 48) continue;
    const covering = out[firstEndingAfter(out, digitsStart)];
    if (covering && covering.start <= digitsStart) continue;
    cues ??= phraseStarts(found, CUE_WORDS);
    while (cue < cues.length && cues[cue]! < digitsStart - REACH) cue++;
    const address = lowerCaseAddressAt(text, digitsStart, digitsEnd, cue < cues.length && cues[cue]! < digitsStart);
    if (!address) continue;
    const next = withAddressOver(out, address.start, address.end, 'address-in-lower-case');
    if (!next) continue;
    out = next;
    const [postcodeStart, postcodeEnd] = address.postcode ?? [0, 0];
    if (postcodeEnd > 0 && !overlapsAny(out, postcodeStart, postcodeEnd)) {
      const at = firstEndingAfter(out, postcodeStart);
      out = [
        ...out.slice(0, at),
        { start: postcodeStart, end: postcodeEnd, label: 'POSTCODE', source: 'postcode-after-lower-case-street' },
        ...out.slice(at),
      ];
    }
  }
  return out;
}
