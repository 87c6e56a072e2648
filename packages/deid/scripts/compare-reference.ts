// Compares detect() of this package with a frozen reference copy of its src folder (prints the
// differences; not a test). Speed work must leave every span the same.
// Freeze:  cp -r packages/deid/src /tmp/deid-ref/src
// Run:     node --conditions=vertelpunt-source --import tsx packages/deid/scripts/compare-reference.ts /tmp/deid-ref [mutations]
import { seededRandom as random } from '@vertelpunt/taxonomy/seeded-random';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../src/index.js';
import type { Span } from '../src/labels.js';
import { textOfSize } from './generated-notes.js';
import { loadReference } from './reference.js';

const [referenceArg, mutationsArg] = process.argv.slice(2);
const referenceDetect = await loadReference(
  referenceArg,
  'usage: compare-reference.ts REFERENCE_FOLDER [MUTATED_TEXTS]  (REFERENCE_FOLDER holds src/ or is the src copy)',
);
const reference = { detect: referenceDetect };
const packageRoot = new URL('..', import.meta.url).pathname;

/** Sets whose last 30 lines are judge halves: only their first 30 lines are studied, so only those are compared (and printed). */
const STUDY_HALF_ONLY = new Set(['unseen3', 'unseen4']);
const STUDY_HALF = 30;
const dataSets = ['dev', 'heldout', 'unseen', 'unseen2', 'unseen3', 'unseen4'].map((set) => {
  const lines = readFileSync(join(packageRoot, 'data', `${set}.jsonl`), 'utf8')
    .trim()
    .split('\n');
  return {
    set,
    texts: (STUDY_HALF_ONLY.has(set) ? lines.slice(0, STUDY_HALF) : lines).map((line) => (JSON.parse(line) as { text: string }).text),
  };
});

/** The string literals of the unit tests (quoted and template strings without substitutions). */
function testStrings(): string[] {
  const strings: string[] = [];
  const folder = join(packageRoot, 'test');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(folder, file), 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)) {
      const raw = match[1] ?? match[2] ?? match[3] ?? '';
      if (raw.length < 3) continue;
      strings.push(
        raw
          .replace(/\\n/g, '\n')
          .replace(/\\t/g, '\t')
          .replace(/\\u\{?([0-9a-fA-F]+)\}?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
          .replace(/\\(.)/g, '$1'),
      );
    }
  }
  return strings;
}

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'ş',
  A: 'Å',
  E: 'É',
  O: 'Ø',
  I: 'İ',
  S: 'Š',
  z: 'ž',
};
const ODD_SPACES = ['\u00a0', '\u2009', '\u202f', '\t', '  ', '\u200b', '\r\n', '\n', '\n\n', ' - ', '😀', '𝐀'];

/** Random case, accents, odd spaces and line breaks on a text, at about `rate` of its characters. */
function mutate(text: string, next: () => number, rate: number): string {
  let out = '';
  for (const char of text) {
    const roll = next();
    if (roll >= rate) out += char;
    else if (roll < rate * 0.3) out += next() < 0.5 ? char.toUpperCase() : char.toLowerCase();
    else if (roll < rate * 0.5) out += ACCENTED[char] ?? char;
    else if (roll < rate * 0.8 && /\s/.test(char)) out += ODD_SPACES[Math.floor(next() * ODD_SPACES.length)];
    else if (roll < rate * 0.9) out += char + (next() < 0.5 ? '\n' : ' ');
    else out += ''; // a dropped character
  }
  // Sometimes the whole text in one case, as in chat.
  const whole = next();
  return whole < 0.05 ? out.toLowerCase() : whole < 0.08 ? out.toUpperCase() : out;
}

const key = (spans: Span[]) => spans.map((s) => `${s.start}-${s.end}:${s.label}:${s.source ?? ''}`).join('|');
let differences = 0;
let compared = 0;
function compare(where: string, text: string): void {
  compared++;
  const mine = key(detect(text));
  const theirs = key(reference.detect(text));
  if (mine === theirs) return;
  differences++;
  if (differences > 20) return;
  const a = new Set(mine.split('|'));
  const b = new Set(theirs.split('|'));
  const span = (k: string) => {
    const [range] = k.split(':');
    const [start, end] = range!.split('-').map(Number);
    return `${k} ${JSON.stringify(text.slice(start, end))}`;
  };
  console.log(
    `DIFFERENT ${where}\n  only now: ${[...a]
      .filter((k) => !b.has(k))
      .map(span)
      .join('; ')}\n  only in reference: ${[...b]
      .filter((k) => !a.has(k))
      .map(span)
      .join('; ')}`,
  );
}

for (const { set, texts } of dataSets) texts.forEach((text, i) => compare(`${set} #${i}`, text));
// The generated notes of bench.ts, whole and mutated below.
const generated = textOfSize(50 * 1024);
compare('generated notes, 50 kB', generated);
testStrings().forEach((text, i) => compare(`test string #${i} ${JSON.stringify(text.slice(0, 60))}`, text));
const all = [
  ...dataSets.flatMap(({ texts }) => texts),
  ...Array.from({ length: 20 }, (_, i) => generated.slice(i * 2000, i * 2000 + 2000)),
];
const mutations = Number(mutationsArg ?? 3000);
const next = random(13);
for (let i = 0; i < mutations; i++) {
  const source = all[i % all.length]!;
  const rate = [0.01, 0.05, 0.15][i % 3]!;
  compare(`mutation #${i} (rate ${rate}, of text ${i % all.length})`, mutate(source, next, rate));
}
// Number soup: digits, separators, brackets, + and a few letters and words, where the identifiers' patterns start.
const SOUP = [
  '0',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '9',
  ' ',
  ' ',
  '-',
  '–',
  '.',
  '/',
  '(',
  ')',
  '+',
  ',',
  ':',
  'AB',
  'X',
  'é',
  'a',
  '\n',
  ' jaar',
  ' maart',
  ' Postcode: ',
  'tel. ',
  ' (0)',
  '06-',
  '+31 ',
  '0031',
  'BSN ',
  ' mei',
  ' ſeptember',
  " '24",
  ' 1-2',
  '2025',
  ' in Zwolle',
  ' Kerkstraat',
];
for (let i = 0; i < 1000; i++) {
  let soup = '';
  while (soup.length < 200) soup += SOUP[Math.floor(next() * SOUP.length)];
  compare(`number soup #${i}`, soup);
}
// Word soup: the words and marks where the name, organisation and context rules start, in random
// order and case, with letters beyond Latin-1 and astral ones (the speed work tries patterns only there).
const WORDS = [
  'Jansen',
  'de Vries',
  'van der',
  'Linda',
  'Mohamed',
  'Bakker',
  'Roos',
  'Şahin',
  'Wiśniewski',
  'Ölmez',
  '𝐀nna',
  'İlker',
  'Zwolle',
  'Den Helder',
  "'s-Hertogenbosch",
  'Kerkstraat',
  'Laan',
  'van',
  'de',
  'het',
  'en',
  'met',
  'bij',
  'voor',
  'mw.',
  'Mw',
  'dhr.',
  'meneer',
  'juf',
  'moeder',
  'broer',
  'zoon',
  'gebeld met',
  'contact met',
  'hoi',
  'Beste',
  'BV',
  'B.V.',
  'VOF',
  'N.V.',
  'NV',
  'Zn.',
  'Zonen',
  'Zorg- en',
  'Zorg',
  'Thuiszorg',
  'Zorgkracht',
  'Sint-kerk',
  'Noer-moskee',
  'huis',
  'centrum',
  'Veiligheidshuis',
  'Buurtteam',
  'Stichting',
  'school',
  'Gasthuis',
  'MC',
  '(woningcorporatie)',
  '(Woonzorg, huismeester)',
  'nummer',
  'NUMMER',
  'nr',
  'nr.',
  'Nr_',
  'kenmerk',
  'Kenmerk',
  'referentie',
  'client',
  'cliënt',
  'CLIËNT',
  'dossier',
  'zaak',
  'Zaaknummer',
  'beschikking',
  'polis',
  'Polisnummer',
  'meld',
  'melding',
  'vt',
  'VT',
  'cjib',
  'bsn',
  'ſ',
  'K',
  'İ',
  '12',
  '2024',
  '12345678',
  '1234 5678 9012',
  'AB-2024-1234',
  '3311 AB',
  '06-41873520',
  '(15)',
  '(5 jaar)',
  '34 jaar',
  'é',
  'ë',
  'x',
  'Q',
  'Adres:',
  'woonadres',
  'straat:',
  'Straatnaam',
  'huisnummer:',
  'woont aan de',
  'verhuisd naar',
  'kerkstraat',
  'Dorpsstraat nr.',
  'Eerste',
  'tweede',
  '2e',
  '12e',
  'ingeschreven',
  'NL91ABNA0417164300',
  'NL91 ABNA 0417 1643 00',
  'Venlo-Oost',
  'Rotterdam-Zuid',
  'Noord-West',
  'Wijk:',
  'stadsdeel/wijk:',
  'Buurtpreventie',
  'Woonwijk',
  'Leerling 1 – S.K.',
  'Kind 2:',
  'www.example.nl',
  'jeugdzorg.nl',
  'info.be',
  '16 jaar',
  '16-jarige',
  'JAAR',
  'jr.',
  'Jarig',
  'de derde van mei',
  'de eenentwintigste van maart',
  'DE TWEEDE VAN JUNI',
  'www.gemeente.nl/wmo',
  'https://x.nl/a',
  'a/b',
  "'s-Gravenhage",
  'Hoe oud',
  '1 mrt',
  '12 Okt',
  '3 ſeptember',
  'UMC',
  'Isala MC',
  'Medisch Centrum',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', ' ', ', ', '. ', '\n', ' (', ') ', '-', ': ', ' & ', "'", '’', '.', '', '\t'];
for (let i = 0; i < 1500; i++) {
  let soup = '';
  while (soup.length < 220) {
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    const roll = next();
    soup += (roll < 0.1 ? word.toUpperCase() : roll < 0.2 ? word.toLowerCase() : word) + SEPARATORS[Math.floor(next() * SEPARATORS.length)];
  }
  compare(`word soup #${i}`, soup);
}
// Joined notes: rules that look across a note's end.
for (let i = 0; i + 3 < all.length; i += 3) compare(`joined #${i}`, all.slice(i, i + 4).join(i % 2 ? '\n' : ' '));
// Cut notes: a text that starts or ends anywhere, so that the rules read before its start and past its end right at
// their cues (where codeAt answers -1), and the endings deopt-sites.ts adds.
for (let i = 0; i < all.length; i++) {
  const text = all[i]!;
  for (let cut = 0; cut < 8; cut++) {
    const at = Math.floor(next() * text.length);
    compare(`cut #${i} before ${at}`, text.slice(0, at));
    compare(`cut #${i} from ${at}`, text.slice(at));
  }
  if (i % 5 === 0) ['0', ' A', '(', '\n'].forEach((ending) => compare(`ended #${i} ${JSON.stringify(ending)}`, text.trimEnd() + ending));
}

console.log(`${compared} texts compared, ${differences} with different spans`);
process.exit(differences ? 1 : 0);
