// The terms and words of the generated stories every benchmark uses, this package's in Node and
// the extension's in Chromium (test/bench/seed-library.ts), so that their figures compare.
export const BENCH_TERMS = [
  'kernwaarde-lef',
  'kernwaarde-samen',
  'opgave-armoede',
  'opgave-eenzaamheid',
  'ks5-missie-2',
  'rol-netwerker',
  'les-ontmoeting',
];
export const BENCH_WORDS = [
  'buurthuis',
  'keukentafel',
  'schulden',
  'huiswerk',
  'mantelzorg',
  'taalcafé',
  'voedselbank',
  'wijkagent',
  'stageplek',
  'vrijwilliger',
];
