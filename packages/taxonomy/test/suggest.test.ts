import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABELLED_VERSION, readLabelledNotes, scoreSuggestions, selectHalf } from '../scripts/suggestion-score.js';
import { listTerms, suggestTerms, warmUpSuggestions, type TermId } from '../src/index.js';
import { combineEvidence, type CombineParameters } from '../src/suggest/combine.js';
import { compoundHead } from '../src/suggest/compound-head.js';
import { labelLift, pairKey, type RerankParameters } from '../src/suggest/rerank.js';
import type { ModelScore } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';
import { dutchWords } from '../src/suggest/dutch-words.js';
import { evidenceWeight } from '../src/suggest/everyday-senses.js';
import { PACKAGE_DIR } from './helpers.js';

/** Made-up model evidence: a logit by term id. */
const logits = (values: Record<string, number>): Map<string, ModelScore> =>
  new Map(Object.entries(values).map(([id, logit]) => [id, { logit, probability: 1 / (1 + Math.exp(-logit)), because: () => [] }]));

const suggested = (text: string): TermId[] => suggestTerms(text, { limit: 5 }).map((s) => s.term.id);

// Sentences written for these tests (not taken from the labelled set), one everyday sense each.
describe('everyday senses no longer suggest their terms', () => {
  it.each([
    [
      'wijk in wijkteam',
      'Het wijkteam had vanochtend teamoverleg over de planning van de vakantie.',
      ['opdracht-buurten-wijken', 'ks5-missie-2'],
    ],
    ['wijk as a placeholder', 'Gesprek gevoerd bij [ADRES] in [WIJK], [STAD].', ['opdracht-buurten-wijken', 'ks5-missie-2']],
    [
      "werken as doing one's job",
      'Ik werk hier sinds maart en het nieuwe rooster werkt prima; we werken vanaf nu in tweetallen.',
      ['ks5-missie-1b'],
    ],
    ['alleen as only', 'Het gaat alleen nog om de handtekening; alleen al het zoeken naar de pen kostte tijd.', ['opgave-eenzaamheid']],
    ['druk as busy', 'Het was druk op kantoor, de telefoon ging de hele ochtend en iedereen was druk bezig.', ['opgave-prestatiedruk']],
    [
      'klacht as a physical complaint',
      'Mevrouw heeft klachten aan haar knie en rug en loopt daardoor moeilijk naar de bushalte.',
      ['opgave-rechtsbescherming'],
    ],
    ['samen as together', 'We hebben samen koffie gedronken en samen de boodschappen uitgepakt.', ['kernwaarde-samen']],
  ] as const)('%s', (_sense, text, terms) => {
    const got = suggested(text);
    for (const term of terms) expect(got).not.toContain(term);
  });
});

// The same senses one word at a time, apart from which keywords the vocabulary has today.
describe('everyday senses weigh each occurrence by its context', () => {
  const weightOf = (text: string, word: string) => {
    const words = dutchWords(text);
    return evidenceWeight(
      words,
      words.findIndex((w) => w.folded === word),
    );
  };
  it.each([
    ['Het gaat alleen nog om de handtekening.', 'alleen', 0],
    ['Hij voelt zich alleen.', 'alleen', 1],
    ['Sinds maart woont ze alleen thuis.', 'alleen', 1],
    ['Het was druk op het spreekuur.', 'druk', 0],
    ['Ze staat onder druk van haar ouders.', 'druk', 1],
    ['Ik werk hier sinds maart.', 'werk', 0],
    ['Het rooster werkt goed.', 'werkt', 0],
    ['Hij heeft al een jaar geen werk.', 'werk', 1],
    ['Ze heeft klachten aan haar knie.', 'klachten', 0],
    ['Hij wil een klacht indienen bij de gemeente.', 'klacht', 1],
    ['We hebben samen koffie gedronken.', 'samen', 0],
    ['Ze is gelukkig veilig thuisgekomen.', 'veilig', 0],
    ['Ze voelt zich niet veilig op straat.', 'veilig', 1],
    ['Hij praat met de buurvrouw over de buurt.', 'buurt', 1],
  ] as const)('%s (%s: %d)', (text, word, expected) => {
    expect(weightOf(text, word)).toBe(expected);
  });

  it('drops the placeholders of de-identified text, so [WIJK] is not the word wijk', () => {
    expect(dutchWords('Bezoek in [WIJK] bij [PERSOON 1].').map((w) => w.folded)).toEqual(['bezoek', 'in', 'bij']);
  });
});

describe('a clear mention still suggests its term', () => {
  it.each([
    [
      'loneliness',
      'Meneer voelt zich erg alleen sinds zijn vrouw overleed; de eenzaamheid en het sociaal isolement drukken op hem.',
      'opgave-eenzaamheid',
    ],
    ['performance pressure', 'Ze ervaart veel druk op school: prestatiedruk en faalangst houden haar wakker.', 'opgave-prestatiedruk'],
    [
      'legal protection',
      'Hij wil een klacht indienen en bezwaar maken tegen de beschikking; rechtsbescherming is hier het punt.',
      'opgave-rechtsbescherming',
    ],
    ['meaningful participation', 'Hij zoekt betaald werk of vrijwilligerswerk: betekenisvol meedoen is wat hij wil.', 'ks5-missie-1b'],
  ] as const)('%s', (_theme, text, term) => {
    expect(suggested(text).slice(0, 3)).toContain(term);
  });
});

describe('ranking', () => {
  const text =
    'Mevrouw heeft huurachterstand en schulden. Samen met de schuldhulp een betalingsregeling gemaakt; haar eenzaamheid kwam ook ter sprake.';

  it('is deterministic: the same clip gives the same suggestions, whatever came before', () => {
    const first = suggestTerms(text);
    suggestTerms('Veilig Thuis en de politie: huiselijk geweld gemeld.');
    expect(suggestTerms(text)).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it('orders by score, best first, and honours the limit', () => {
    const all = suggestTerms(text, { limit: 10 });
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    expect(suggestTerms(text, { limit: 1 })).toEqual(all.slice(0, 1));
  });

  it('says which words of the clip counted', () => {
    const [best] = suggestTerms(text);
    expect(best!.matched.length).toBeGreaterThan(0);
    for (const word of best!.matched) expect(text.toLowerCase()).toContain(word);
  });

  it('suggests nothing when the evidence is weak', () => {
    expect(suggested('Vandaag de printer gerepareerd en daarna koffie gezet voor het overleg.')).toEqual([]);
    expect(suggested('')).toEqual([]);
  });
});

/** The model's logit as the score, no BM25F, and thresholds of its own: apart from any trained combination. */
const SHOW_RULE: CombineParameters = {
  modelScale: 1,
  bm25Scale: 0,
  bias: 0,
  termBias: {},
  unmodelledLogit: -10,
  minScore: 0.5,
  firstMinScore: 0.3,
  minShareOfBest: 0.5,
};

// The show rule apart from any trained model: evidence made up for three terms.
describe('how many suggestions are shown', () => {
  const index = buildProfileIndex(listTerms());
  const [a, b, c] = index.profiles.map((p) => p.term.id as string);
  const rule = SHOW_RULE;
  const shown = (values: Record<string, number>, c: CombineParameters = rule) =>
    combineEvidence(index, new Map(), logits(values), 5, c).map((s) => s.term.id);

  it('shows every term above the threshold, best first', () => {
    expect(shown({ [a!]: 1, [b!]: 2, [c!]: -3 })).toEqual([b, a]);
  });

  it('shows only the best when it alone is likely enough, and nothing when nothing is', () => {
    // σ(-0.5) ≈ 0.38: above the first term's floor, below the others'.
    expect(shown({ [a!]: -0.5, [b!]: -0.6, [c!]: -3 })).toEqual([a]);
    expect(shown({ [a!]: -1, [b!]: -2 })).toEqual([]);
  });

  it('needs the best term above its floor, the others only above theirs when that floor is lower', () => {
    const lower = { ...rule, minScore: 0.2, firstMinScore: 0.5, minShareOfBest: 0 };
    // σ(0.1) ≈ 0.52 passes the best's floor; σ(-1) ≈ 0.27 is below it but above the others' floor.
    expect(shown({ [a!]: 0.1, [b!]: -1, [c!]: -3 }, lower)).toEqual([a, b]);
    expect(shown({ [a!]: -0.5, [b!]: -1 }, lower)).toEqual([]);
  });

  it('leaves out a term far below the best one', () => {
    // σ(4) ≈ 0.98; σ(-0.1) ≈ 0.48 and σ(-0.2) ≈ 0.45 are above 0.3 but below half the best.
    expect(shown({ [a!]: 4, [b!]: -0.1, [c!]: -0.2 }, { ...rule, minScore: 0.3 })).toEqual([a]);
    expect(shown({ [a!]: 4, [b!]: -0.1, [c!]: -0.2 }, { ...rule, minScore: 0.3, minShareOfBest: 0 })).toEqual([a, b, c]);
  });

  it('shows fewer in the top 3 when the next is far below the one above it', () => {
    const open = { ...rule, minScore: 0.05, firstMinScore: 0.05, minShareOfBest: 0 };
    // σ(3) ≈ 0.95, σ(-1) ≈ 0.27 (0.28 of the one above), σ(-1.2) ≈ 0.23 (0.85 of the one above), σ(-3) ≈ 0.05 (0.2).
    const evidence = { [a!]: 3, [b!]: -1, [c!]: -1.2 };
    expect(shown(evidence, open)).toEqual([a, b, c]);
    expect(shown(evidence, { ...open, topShareOfPrevious: 0.25 })).toEqual([a, b, c]);
    expect(shown(evidence, { ...open, topShareOfPrevious: 0.3 })).toEqual([a]);
    expect(shown({ [a!]: 3, [b!]: -1, [c!]: -2.9 }, { ...open, topShareOfPrevious: 0.25 })).toEqual([a, b]);
  });

  it('shows the fourth and fifth from a floor of their own, only once the top 3 are shown', () => {
    const [, , , d, e] = index.profiles.map((p) => p.term.id as string);
    const open = { ...rule, minScore: 0.2, firstMinScore: 0.2, minShareOfBest: 0 };
    // σ(2) ≈ 0.88, σ(1) ≈ 0.73, σ(0) = 0.5, then σ(-2) ≈ 0.12 and σ(-2.5) ≈ 0.08: below 0.2, above 0.05.
    const five = { [a!]: 2, [b!]: 1, [c!]: 0, [d!]: -2, [e!]: -2.5 };
    expect(shown(five, open)).toEqual([a, b, c]);
    expect(shown(five, { ...open, tailMinScore: 0.05 })).toEqual([a, b, c, d, e]);
    expect(shown(five, { ...open, tailMinScore: 0.1 })).toEqual([a, b, c, d]);
    // A third below the others' floor is not shown, so neither is a fourth above the tail's.
    expect(shown({ ...five, [c!]: -1.5 }, { ...open, tailMinScore: 0.05 })).toEqual([a, b]);
  });

  it('shows a third only from its own floor, and then no fourth or fifth either', () => {
    const [, , , d] = index.profiles.map((p) => p.term.id as string);
    const open = { ...rule, minScore: 0.05, firstMinScore: 0.05, minShareOfBest: 0, tailMinScore: 0.02 };
    // σ(2) ≈ 0.88, σ(1) ≈ 0.73, σ(-2.2) ≈ 0.10, σ(-2.5) ≈ 0.08.
    const four = { [a!]: 2, [b!]: 1, [c!]: -2.2, [d!]: -2.5 };
    expect(shown(four, open)).toEqual([a, b, c, d]);
    expect(shown(four, { ...open, thirdMinScore: 0.08 })).toEqual([a, b, c, d]);
    expect(shown(four, { ...open, thirdMinScore: 0.12 })).toEqual([a, b]);
    // The floor is the third's alone: a second below it is still shown.
    expect(shown({ [a!]: 2, [b!]: -2.2 }, { ...open, thirdMinScore: 0.12 })).toEqual([a, b]);
  });

  it('moves a term by its own offset', () => {
    expect(shown({ [a!]: 1, [b!]: 2 }, { ...rule, termBias: { [b!]: -3 } })).toEqual([a]);
  });
});

// The committed show rule on invented notes: whatever the model makes of them, a second or third is
// never shown below 0.35 of the one above, nor a third below 0.12, and a fourth only after a third.
describe('the committed show rule, on invented notes', () => {
  const notes = [
    'Huisbezoek bij een vader van drie kinderen. De energierekening is al maanden niet betaald en hij durft de post niet open te maken. Samen een overzicht gemaakt en de schuldhulp gebeld.',
    'Teamoverleg: de inloop in het buurthuis loopt goed, maar de wachttijd voor een eerste gesprek is opgelopen. Besloten dat iedere nieuwe vraag binnen een week wordt opgepakt.',
    'Een oudere buurman komt de deur niet meer uit sinds zijn hond is overleden. De buurvrouw brengt soms soep. Voorgesteld om samen naar de koffieochtend te gaan.',
    'Mail aan de gemeente over een jongen van zeventien die bij zijn achttiende verjaardag zijn begeleiding en zijn kamer dreigt kwijt te raken.',
    'Korte notitie: afgesproken.',
  ];
  it('keeps every shown second and third above its share of the one above, and the third above its own floor', () => {
    let checkedThirds = 0;
    for (const text of notes) {
      const shown = suggestTerms(text, { version: LABELLED_VERSION, limit: 5 });
      for (let rank = 1; rank < Math.min(3, shown.length); rank++)
        expect(shown[rank]!.score).toBeGreaterThanOrEqual(0.35 * shown[rank - 1]!.score);
      if (shown.length >= 3) {
        expect(shown[2]!.score).toBeGreaterThanOrEqual(0.12);
        checkedThirds++;
      }
    }
    expect(checkedThirds, 'some invented note shows a third').toBeGreaterThan(0);
  });
});

// The second stage apart from any fitted parameters: made-up weights for the mission facet and for
// one pair of terms that go together.
describe('the second stage weighs a term against the terms above it', () => {
  const index = buildProfileIndex(listTerms());
  const facetOf = (id: string) => index.profiles.find((p) => p.term.id === id)!.term.facet;
  const [mission1, mission2] = index.profiles.filter((p) => p.term.facet === 'missie').map((p) => p.term.id as string);
  const theme = index.profiles.find((p) => p.term.facet === 'maatschappelijke-opgaven')!.term.id as string;
  const other = index.profiles.find((p) => p.term.facet === 'rollen')!.term.id as string;
  const second: RerankParameters = {
    depth: 8,
    logitScale: 1,
    bias: 0,
    together: 0,
    sameFacet: { missie: -3 },
    lift: {},
  };
  // The show rule of the block above with no threshold: every term in order.
  const rule: CombineParameters = { ...SHOW_RULE, minScore: 0, firstMinScore: 0, minShareOfBest: 0, rerank: second };
  const shown = (values: Record<string, number>, c: CombineParameters = rule) =>
    combineEvidence(index, new Map(), logits(values), 3, c).map((s) => s.term.id);

  it('puts a second term of the same facet below one of another facet', () => {
    expect(facetOf(mission1!)).toBe(facetOf(mission2!));
    const evidence = { [mission1!]: 2, [mission2!]: 1.5, [theme]: 1 };
    expect(shown(evidence, { ...rule, rerank: undefined })).toEqual([mission1, mission2, theme]);
    expect(shown(evidence)).toEqual([mission1, theme, mission2]);
  });

  it('raises a term that often goes with a term above it', () => {
    const evidence = { [mission1!]: 2, [theme]: 1, [other]: 0.8 };
    expect(shown(evidence, { ...rule, rerank: { ...second, together: 1, lift: {} } })).toEqual([mission1, theme, other]);
    expect(shown(evidence, { ...rule, rerank: { ...second, together: 1, lift: { [pairKey(mission1!, other)]: 1 } } })).toEqual([
      mission1,
      other,
      theme,
    ]);
  });

  it('measures lift from how often two terms are chosen together, near 0 for rare pairs', () => {
    const lift = labelLift([['a', 'b'], ['a', 'b'], ['a', 'b'], ['c'], ['c'], ['c'], ['d'], ['a', 'e'], []]);
    // a and b: 3 together against 4 × 3 / 9 by chance; c and a never together, fewer than by chance.
    expect(lift[pairKey('a', 'b')]).toBeCloseTo(Math.log(4 / (12 / 9 + 1)), 2);
    expect(lift[pairKey('a', 'c')]).toBeLessThan(0);
    // d and e: once each, never together: little evidence either way.
    expect(Math.abs(lift[pairKey('d', 'e')] ?? 0)).toBeLessThan(0.15);
    expect(lift[pairKey('a', 'c')]!).toBeLessThan(lift[pairKey('d', 'e')]! - 0.3);
  });
});

describe('compound heads', () => {
  it('counts a compound as its last part, never its first', () => {
    expect(compoundHead('energieschuld', new Set(['schuld']))).toBe('schuld');
    expect(compoundHead('wijkteam', new Set(['wijk']))).toBeUndefined();
  });
});

// A floor under the development half's score, so a change that loses what the ranking reached
// fails the build. Reached (data/suggest/final-score.txt): recall@5 0.797, precision@3 of shown
// 0.650 and wrong 0.100 with the nearest training notes as evidence beside the model and the
// second stage (without them, 4,465 notes: 0.870, 0.567 and 0.133; on 1,666 notes: 0.739, 0.511
// and 0.067; on 392 notes: 0.710, 0.461 and 0.133; BM25F alone: 0.348, 0.328 and 0.267). The
// neighbours' design shows a term from 0.1 (not 0.05), which the folds and dev chose together:
// precision and the wrong terms gain more than recall loses, so the recall floor went from 0.8 to
// 0.78 and the precision floor from 0.55 to 0.6 on purpose (README, "Suggestions").
describe('score on the development half of the labelled set', () => {
  const file = `${PACKAGE_DIR}data/suggest/labelled.jsonl`;
  const notes = selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), 'dev');
  const score = scoreSuggestions(notes, (t) => suggestTerms(t, { version: LABELLED_VERSION, limit: 5 }).map((s) => s.term.id));

  it('keeps recall@5 at or above 0.78', () => {
    expect(score.foundInTop5 / score.chosen).toBeGreaterThanOrEqual(0.78);
  });

  it('keeps precision@3 of the suggestions shown at or above 0.6', () => {
    expect(score.rightInTop3 / score.shownInTop3).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps notes with a named wrong term in the top 3 at or below 3 of 30', () => {
    expect(score.notesWithNamedWrongInTop3).toBeLessThanOrEqual(3);
  });
});

describe('warmUpSuggestions', () => {
  it('ranks every description of the vocabulary each round and leaves later rankings as they were', () => {
    const clip = 'Mevrouw durft niet meer naar buiten en ziet de hele week niemand; de buren weten niet wie ze is.';
    const before = suggestTerms(clip, { limit: 5 });
    const oneRound = warmUpSuggestions({ rounds: 1 });
    expect(oneRound).toBeGreaterThan(0);
    expect(warmUpSuggestions({ rounds: 2 })).toBe(2 * oneRound);
    expect(warmUpSuggestions({ rounds: 0 })).toBe(0);
    expect(suggestTerms(clip, { limit: 5 })).toEqual(before);
  });
});
