import fc from 'fast-check';
import { expect, it } from 'vitest';
import { IdTable, packUuidInto } from '../src/cli/id-table.js';

it('addNew and addNewPacked say new exactly once per id, as a Set does, presized or growing, in any spelling', () => {
  const id = fc.oneof(
    fc.uuid(),
    fc.uuid().map((u) => u.toUpperCase()),
    fc.constantFrom('story-1', 'a'),
  );
  fc.assert(
    fc.property(fc.array(id, { maxLength: 600, size: 'max' }), fc.constantFrom(0, 10, 5000), (drawn, expected) => {
      // Every id a second time, in another order: repeats of UUIDs too, not only of the constants.
      const ids = [...drawn, ...drawn.slice().reverse()];
      const set = new Set<string>();
      const table = new IdTable(expected);
      const words = new Uint32Array(4);
      for (const [i, each] of ids.entries()) {
        const packed = i % 2 === 0 && packUuidInto(each, words, 0);
        const isNew = packed ? table.addNewPacked(words, 0) : table.addNew(each);
        if (isNew === set.has(each)) expect.fail(`${each} (entry ${i}): new ${isNew}, seen before ${set.has(each)}`);
        set.add(each);
      }
      expect(table.size).toBe(set.size);
      for (const each of set) expect(table.id(table.find(each))).toBe(each);
    }),
    { numRuns: 25 },
  );
});

it('findPacked and addPacked find and keep ids as find and add do, whichever form each id came in', () => {
  const id = fc.oneof(
    fc.uuid(),
    fc.uuid().map((u) => u.toUpperCase()),
  );
  fc.assert(
    fc.property(fc.array(id, { maxLength: 600, size: 'max' }), (drawn) => {
      const ids = [...drawn, ...drawn.slice().reverse()];
      const entries = new Map<string, number>();
      const table = new IdTable();
      const words = new Uint32Array(4);
      for (const [i, each] of ids.entries()) {
        const packed = i % 3 !== 0 && packUuidInto(each, words, 0);
        const found = packed ? table.findPacked(words, 0) : table.find(each);
        expect(found).toBe(entries.get(each) ?? -1);
        if (found === -1) entries.set(each, packed ? table.addPacked(words, 0) : table.add(each));
      }
      for (const [each, entry] of entries) {
        expect(table.find(each)).toBe(entry);
        expect(table.id(entry)).toBe(each);
      }
    }),
    { numRuns: 25 },
  );
});
