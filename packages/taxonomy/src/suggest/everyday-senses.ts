import type { Word } from './dutch-words.js';

/**
 * Words the vocabulary uses in a marked sense that Dutch notes mostly use in an everyday one:
 * "alleen" (only, rather than alone), "druk" (busy, rather than pressure), "werken" (doing one's
 * job), "samen" (together with someone), "klacht" (a physical complaint), "veilig" (in passing),
 * "baas" (the employer), "in de buurt" (nearby). Each rule says from the words around an
 * occurrence whether it is evidence (1), weak evidence or none (0). Phrases ("samen beslissen",
 * "onder druk") are matched apart from these rules.
 */
interface EverydaySense {
  /** The word forms the rule is about, folded. */
  readonly words: readonly string[];
  readonly evidence: (words: readonly Word[], at: number) => number;
}

const before = (words: readonly Word[], at: number, n = 1) => words.slice(Math.max(0, at - n), at).map((w) => w.folded);
const after = (words: readonly Word[], at: number, n = 1) => words.slice(at + 1, at + 1 + n).map((w) => w.folded);
const anyOf = (list: readonly string[], wanted: ReadonlySet<string>) => list.some((w) => wanted.has(w));
const set = (words: string) => new Set(words.split(' '));

// Alone in the sense of lonely: "voelt zich alleen", "woont alleen", "er alleen voor staan".
const ALONE_BEFORE = set('voel voelt voelde voelen zich woon woont woonde wonen sta staat stond staan erg heel helemaal zo moederziel');
const ALONE_AFTER = set('thuis wonen woont staan staat stond gelaten achtergebleven');
// Pressure: "onder druk", "veel druk", "de druk van school", "druk ervaren".
const PRESSURE_BEFORE = set('onder veel hoge grote enorme zware de die ervaart ervaren voelt voelde');
// Work as a job to find or to have: "geen werk", "betaald werk", "werk zoeken".
const JOB_BEFORE = set(
  'geen betaald betaalde ander ander nieuw vast vaste passend passende naar zoekt zocht zoeken vinden weer parttime fulltime zonder',
);
const JOB_AFTER = set('vinden zoeken gevonden zoekt vond kwijt kwijtgeraakt');
// A complaint lodged against an organisation, not a physical one or grumbling about neighbours.
const LODGED_NEAR = set('indienen ingediend dient diende indient klachtenregeling klachtencommissie ombudsman formele officiele bezwaar');
// Safety as the subject: "voelt zich niet veilig", "veilig opgroeien".
const SAFE_NEAR = set('niet voelt voelde voelen onveilig opgroeien opgroeit thuissituatie');

const RULES: readonly EverydaySense[] = [
  {
    words: ['alleen'],
    evidence: (w, i) => (anyOf(before(w, i, 2), ALONE_BEFORE) || anyOf(after(w, i), ALONE_AFTER) || w[i]!.breakAfter ? 1 : 0),
  },
  { words: ['druk'], evidence: (w, i) => (anyOf(before(w, i), PRESSURE_BEFORE) ? 1 : 0) },
  {
    words: ['werk', 'werken', 'werkt', 'werkte', 'werkten', 'gewerkt'],
    evidence: (w, i) => (w[i]!.folded === 'werk' && (anyOf(before(w, i, 2), JOB_BEFORE) || anyOf(after(w, i), JOB_AFTER)) ? 1 : 0),
  },
  { words: ['samen'], evidence: () => 0 },
  { words: ['klacht', 'klachten'], evidence: (w, i) => (anyOf([...before(w, i, 3), ...after(w, i, 3)], LODGED_NEAR) ? 1 : 0) },
  { words: ['veilig', 'veiliger'], evidence: (w, i) => (anyOf([...before(w, i, 3), ...after(w, i, 1)], SAFE_NEAR) ? 1 : 0) },
  { words: ['baas'], evidence: () => 0 },
  { words: ['buurt'], evidence: (w, i) => (before(w, i, 2).join(' ') === 'in de' && w[i]!.breakAfter ? 0.3 : 1) },
];

// By word form: a lookup, not a test of every rule, since every word of every clip is asked.
const RULE_OF = new Map(RULES.flatMap((rule) => rule.words.map((word) => [word, rule] as const)));

/** How much one occurrence of a word counts as evidence for the terms that name it (0…1). */
export function evidenceWeight(words: readonly Word[], at: number): number {
  const rule = RULE_OF.get(words[at]!.folded);
  return rule === undefined ? 1 : rule.evidence(words, at);
}
