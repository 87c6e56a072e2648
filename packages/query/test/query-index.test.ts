import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryWords } from '@vertelpunt/stories';
import { listTerms } from '@vertelpunt/taxonomy';
import { QueryIndex, type QueryFilter, type RowChange, type StoryRow } from '../src/index.js';

const V5 = 'koers-v5-2024-09';
const TERMS = listTerms({ version: V5 })
  .slice(0, 6)
  .map((t) => t.id);
const WORDS = ['schuld', 'schulden', 'school', 'buurt', 'buurthuis', 'mantelzorg', 'de', 'taalcafe'];
const TIMES = [
  '2025-01-31T23:30:00.000Z',
  '2025-02-01T10:00:00.000Z',
  '2025-02-01T10:00:00.000Z',
  '2025-03-15T08:00:00.000Z',
  '2026-11-02T12:00:00.000Z',
];
const ORIGINS = ['https://a.example.nl', 'https://b.example.nl', 'https://c.example.nl'];
const IDS = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const aRow = fc.record({
  id: fc.constantFrom(...IDS),
  createdAt: fc.constantFrom(...TIMES),
  origin: fc.constantFrom(...ORIGINS),
  version: fc.constant(V5),
  terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 3 }),
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 4 }),
});

/** Writes as the library makes them: adds, edits and retags (upserts of an id), deletes, and restores (an upsert of a row deleted before). */
const aChange: fc.Arbitrary<RowChange> = fc.oneof(
  aRow.map((row) => ({ kind: 'upsert' as const, row })),
  fc.constantFrom(...IDS).map((id) => ({ kind: 'delete' as const, id })),
);

const aFilter: fc.Arbitrary<QueryFilter> = fc.record(
  {
    text: fc.oneof(
      fc.constantFrom('', '  ', 'sch', 'schuld ', 'buurt sch', 'de', 'd', 'niets', 'Schúld', 'b'),
      fc.string({ maxLength: 4 }),
    ),
    terms: fc.uniqueArray(fc.constantFrom(...TERMS, 'bestaat-niet'), { maxLength: 3 }),
    termMode: fc.constantFrom('any' as const, 'all' as const),
    from: fc.constantFrom(...TIMES, '2025-02-01T00:00:00.000Z'),
    to: fc.constantFrom(...TIMES, '2025-02-01T23:59:59.999Z'),
    origin: fc.constantFrom(...ORIGINS, 'https://nergens.example.nl'),
  },
  { requiredKeys: [] },
);

/** The library's meaning of a filter (storage/matching-ids.ts before the engine), over plain rows. */
function reference(rows: StoryRow[], filter: QueryFilter): StoryRow[] {
  return rows
    .filter((row) => {
      if (filter.text?.trim()) {
        const { words, prefix } = queryWords(filter.text);
        if (!words.every((w) => row.words.includes(w))) return false;
        if (prefix && !row.words.some((w) => w.startsWith(prefix))) return false;
      }
      if (filter.terms?.length) {
        const has = (t: string) => row.terms.includes(t);
        if (filter.termMode === 'all' ? !filter.terms.every(has) : !filter.terms.some(has)) return false;
      }
      if (filter.origin && row.origin !== filter.origin) return false;
      if (filter.from && row.createdAt < filter.from) return false;
      if (filter.to && row.createdAt > filter.to) return false;
      return true;
    })
    .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

function applyAll(changes: RowChange[]): Map<string, StoryRow> {
  const rows = new Map<string, StoryRow>();
  for (const change of changes) {
    if (change.kind === 'upsert') rows.set(change.row.id, change.row);
    else rows.delete(change.id);
  }
  return rows;
}

const sortedRow = (row: StoryRow) => ({ ...row, terms: [...row.terms].sort(), words: [...row.words].sort() });

describe('QueryIndex', () => {
  it('rebuilt from the stories equals the index updated write by write (one at a time and in batches), and its snapshot', () => {
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 8 }), fc.array(aChange, { maxLength: 40 }), fc.boolean(), (initial, changes, batched) => {
        const incremental = QueryIndex.build(initial);
        if (batched) incremental.applyChanges(changes);
        else for (const change of changes) incremental.applyChange(change);
        const truth = [...applyAll([...initial.map((row) => ({ kind: 'upsert' as const, row })), ...changes]).values()];
        const rebuilt = QueryIndex.build(truth);
        expect(incremental.rows().map(sortedRow)).toEqual(rebuilt.rows().map(sortedRow));
        expect(QueryIndex.deserialize(incremental.serialize()).rows().map(sortedRow)).toEqual(rebuilt.rows().map(sortedRow));
        expect(incremental.size).toBe(truth.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('loaded from a snapshot (its words with it or attached after writes) and then written to, equals the index rebuilt from the stories, and answers as it does', () => {
    fc.assert(
      fc.property(
        fc.array(aChange, { maxLength: 30 }),
        fc.array(aChange, { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        aFilter,
        (before, after, batched, prepared, wordsLater, filter) => {
          const { words, wordStart, wordList, ...core } = QueryIndex.build(applyAll(before).values()).serialize();
          // The worker loads the snapshot without its words, answers, and attaches them after.
          const loaded = QueryIndex.deserialize(wordsLater ? core : { ...core, words, wordStart, wordList });
          // The worker prepares the word lookups after loading: words written later must join them.
          if (prepared) loaded.prepareSearch();
          if (batched) loaded.applyChanges(after);
          else for (const change of after) loaded.applyChange(change);
          const rebuilt = QueryIndex.build(applyAll([...before, ...after]).values());
          if (wordsLater) {
            const { text: _text, ...noText } = filter;
            expect(loaded.hasWords).toBe(false);
            expect(loaded.query(noText, { limit: 100 })).toEqual(rebuilt.query(noText, { limit: 100 }));
            expect(loaded.termCounts(noText)).toEqual(rebuilt.termCounts(noText));
            expect(loaded.overview(noText).total).toBe(rebuilt.overview(noText).total);
            if (filter.text?.trim()) expect(() => loaded.query(filter)).toThrow(/no words yet/);
            loaded.attachWords({ words, wordStart, wordList });
            if (prepared) loaded.prepareSearch();
          }
          expect(loaded.rows().map(sortedRow)).toEqual(rebuilt.rows().map(sortedRow));
          expect(loaded.query(filter, { limit: 100 })).toEqual(rebuilt.query(filter, { limit: 100 }));
          expect(loaded.termCounts(filter)).toEqual(rebuilt.termCounts(filter));
          expect(loaded.overview(filter).total).toBe(rebuilt.overview(filter).total);
          expect(QueryIndex.deserialize(loaded.serialize()).rows().map(sortedRow)).toEqual(rebuilt.rows().map(sortedRow));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('answers every query as the reference filter does: total, pages, facet counts, origins, export order', () => {
    fc.assert(
      fc.property(
        fc.array(aChange, { maxLength: 40 }),
        fc.array(aFilter, { minLength: 1, maxLength: 4 }),
        fc.nat(5),
        fc.integer({ min: 1, max: 6 }),
        (changes, filters, offset, limit) => {
          const index = QueryIndex.build([]);
          index.applyChanges(changes.slice(0, 20));
          for (const change of changes.slice(20)) index.applyChange(change);
          const restored = QueryIndex.deserialize(index.serialize());
          const rows = [...applyAll(changes).values()];
          for (const filter of filters) {
            const expected = reference(rows, filter);
            for (const engine of [index, restored]) {
              expect(engine.query(filter, { offset, limit })).toEqual({
                total: expected.length,
                ids: expected.slice(offset, offset + limit).map((r) => r.id),
              });
              expect(engine.idsOldestFirst(filter)).toEqual(expected.map((r) => r.id).reverse());
              const facets = new Map<string, number>();
              for (const row of expected) for (const t of new Set(row.terms)) facets.set(t, (facets.get(t) ?? 0) + 1);
              expect(new Map([...engine.termCounts(filter)].sort())).toEqual(new Map([...facets].sort()));
            }
          }
          expect(index.originList()).toEqual([...new Set(rows.map((r) => r.origin))].sort());
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('compacts its slots when many writes retired them, and still answers', () => {
    const index = QueryIndex.build([]);
    for (let round = 0; round < 5; round++) {
      index.applyChanges(
        IDS.slice(0, 10).map((id, i) => ({
          kind: 'upsert',
          row: { id, createdAt: TIMES[i % TIMES.length]!, origin: ORIGINS[0]!, version: V5, terms: [TERMS[round]!], words: [`w${round}`] },
        })),
      );
      for (let k = 0; k < 300; k++)
        index.applyChange({
          kind: 'upsert',
          row: { id: IDS[11]!, createdAt: TIMES[0]!, origin: ORIGINS[1]!, version: V5, terms: [TERMS[0]!], words: ['oud'] },
        });
    }
    expect(index.size).toBe(11);
    expect(index.query({ text: 'w4 ' }).total).toBe(10);
    expect(index.query({ text: 'w3 ' }).total).toBe(0);
    expect(index.serialize().ids).toHaveLength(11);
  });
});
