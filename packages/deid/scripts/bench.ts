// Benchmark (prints figures; not a test): throughput on generated Dutch notes, and the time for
// one 50 kB selection, as the side panel would run it.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/bench.ts
import { detect, redact } from '../src/index.js';

const FIRST = ['Linda', 'Mohamed', 'Sanne', 'Pieter', 'Fatima', 'Daan', 'Elif', 'Kevin', 'Anouk', 'Youssef'];
const LAST = ['de Vries', 'Yilmaz', 'van den Berg', 'Jansen', 'El Amrani', 'Kowalski', 'Bakker', 'Nguyen'];
const PLACES = ['Dordrecht', 'Zwolle', 'Almere', 'Leeuwarden', 'Tilburg'];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

function note(i: number): string {
  return (
    `Huisbezoek bij mw. ${pick(LAST, i)} (${20 + (i % 60)} jaar) aan de Kerkstraat ${1 + (i % 200)}, 3311 AB ${pick(PLACES, i)}. ` +
    `Zij vertelt dat haar zoon ${pick(FIRST, i)} sinds ${1 + (i % 28)} maart niet naar school gaat. Contact met juf ${pick(FIRST, i + 3)}. ` +
    `Bereikbaar op 06-4187${String(1000 + (i % 9000))}. Huurachterstand van € 1.234,56; betalingsregeling besproken. Keukentafelgesprek om 14:30. `
  );
}

function textOfSize(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += note(i);
  return text.slice(0, bytes);
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const big = textOfSize(3 * 1024 * 1024);
detect(textOfSize(50_000)); // warm up
let started = performance.now();
const spans = detect(big);
redact(big, spans);
const seconds = (performance.now() - started) / 1000;
console.log(`throughput: ${(big.length / 1024 / 1024 / seconds).toFixed(2)} MB/s on ${(big.length / 1024 / 1024).toFixed(1)} MB of generated notes (${spans.length} spans, detect + redact)`);

const selection = textOfSize(50 * 1024);
const times: number[] = [];
for (let run = 0; run < 40; run++) {
  started = performance.now();
  redact(selection, detect(selection));
  times.push(performance.now() - started);
}
console.log(`50 kB selection: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
