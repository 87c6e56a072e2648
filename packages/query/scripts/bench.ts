// Benchmark (prints figures; not a test): the query engine alone, in Node, on generated rows
// shaped like test/bench/seed-library.ts (one a minute, two terms, 20 origins, ~12 words each).
// Run: node --conditions=vertelpunt-source --import tsx packages/query/scripts/bench.ts [stories]
import { searchWords } from '@vertelpunt/stories';
import { QueryIndex, type QueryFilter, type StoryRow } from '../src/index.js';
import { BENCH_TERMS, BENCH_WORDS } from './bench-stories.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const TERMS = BENCH_TERMS;
const WORDS = BENCH_WORDS;

function row(i: number): StoryRow {
  const createdAt = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  return {
    id: `10000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    createdAt,
    origin: `https://team${i % 20}.example.nl`,
    version: 'koers-v5-2024-09',
    terms: [...new Set([TERMS[i % TERMS.length]!, TERMS[(i * 3 + 1) % TERMS.length]!])],
    words: searchWords(
      `Verhaal ${i}`,
      `Gesprek ${i} over ${WORDS[i % WORDS.length]} en ${WORDS[(i * 7) % WORDS.length]}; samen gekeken naar wat er wél kan.`,
      '',
    ),
  };
}

const ms = (start: number) => performance.now() - start;
const line = (what: string, value: string) => console.log(`  ${what.padEnd(56)} ${value}`);
/** Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure. */
function timed<T>(what: string, run: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  line(what, `${ms(start).toFixed(1).padStart(8)} ms wall, ${((used.user + used.system) / 1000).toFixed(1).padStart(8)} ms CPU`);
  return result;
}
function p95(what: string, filters: QueryFilter[], run: (f: QueryFilter) => unknown): void {
  const times = filters.map((f) => {
    const start = performance.now();
    run(f);
    return ms(start);
  });
  times.sort((a, b) => a - b);
  line(
    what,
    `p50 ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms (${times.length} queries)`,
  );
}

console.log(`Query engine: ${TOTAL} stories (Node ${process.version})`);
const rows = Array.from({ length: TOTAL }, (_, i) => row(i));
const index = timed('build from rows', () => QueryIndex.build(rows));
const snapshot = timed('serialize', () => index.serialize());
timed('deserialize', () => QueryIndex.deserialize(snapshot));
const mixed: QueryFilter[] = Array.from({ length: 200 }, (_, k) => ({
  ...(k % 2 === 0 ? { text: ['schulden', 'mantelzorg keuken', 'voedsel', 'wijkagent samen'][k % 4] } : {}),
  ...(k % 3 === 0 ? { terms: [TERMS[k % TERMS.length]!, TERMS[(k + 2) % TERMS.length]!], termMode: k % 2 ? 'all' : 'any' } : {}),
  ...(k % 5 === 0 ? { from: '2024-02-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z' } : {}),
  ...(k % 7 === 0 ? { origin: `https://team${k % 20}.example.nl` } : {}),
}));
p95('first page, mixed text + term + date + origin filters', mixed, (f) => index.query(f, { limit: 50 }));
p95('facet counts for every term, mixed filters', mixed, (f) => index.termCounts(f));
p95('overview counts (terms, pairs, months), mixed filters', mixed, (f) => index.overview(f));
timed('overview counts, all stories', () => index.overview({}));
timed('export ids, all stories, oldest first', () => index.idsOldestFirst({}));
timed('page 40 (offset 2,000), no filter', () => index.query({}, { offset: 2000, limit: 50 }));
timed('one upsert (an edit)', () => index.applyChange({ kind: 'upsert', row: { ...rows[500]!, terms: ['kernwaarde-lef'] } }));
timed('one delete', () => index.applyChange({ kind: 'delete', id: rows[600]!.id }));
line('heap used', `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
