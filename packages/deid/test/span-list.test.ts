import { describe, expect, it } from 'vitest';
import { SpanList } from '../src/span-list.js';
import { seededRandom } from '@vertelpunt/taxonomy/seeded-random';

/** Each extent once, in the order first added: what a list must hold. */
function expected(adds: readonly [number, number][]): [number, number][] {
  const seen = new Set<string>();
  return adds.filter(([start, end]) => !seen.has(`${start}:${end}`) && seen.add(`${start}:${end}`) !== undefined);
}

describe('SpanList', () => {
  it('keeps each extent once, in the order added, with the first source', () => {
    const list = new SpanList('PERSON');
    list.add(5, 9, 'a');
    list.add(5, 9, 'b');
    list.add(5, 10, 'c');
    list.add(0, 4, 'd');
    expect(list.spans).toEqual([
      { start: 5, end: 9, label: 'PERSON', source: 'a' },
      { start: 5, end: 10, label: 'PERSON', source: 'c' },
      { start: 0, end: 4, label: 'PERSON', source: 'd' },
    ]);
  });

  it('keeps each list its own extents when lists add in turns, past the shared table’s size, and in new lists after them', () => {
    const random = seededRandom(13);
    const adds = (count: number) =>
      Array.from({ length: count }, (): [number, number] => {
        const start = Math.floor(random() * 3000);
        return [start, start + 1 + Math.floor(random() * 3)];
      });
    const first = adds(5000);
    const second = adds(800);
    const a = new SpanList('PERSON');
    const b = new SpanList('CITY');
    // In turns: each add of one list after an add of the other.
    for (let i = 0; i < Math.max(first.length, second.length); i++) {
      if (i < first.length) a.add(first[i]![0], first[i]![1], 'a');
      if (i < second.length) b.add(second[i]![0], second[i]![1], 'b');
    }
    expect(a.spans.map((s) => [s.start, s.end])).toEqual(expected(first));
    expect(b.spans.map((s) => [s.start, s.end])).toEqual(expected(second));
    expect(new Set(a.spans.map((s) => s.label))).toEqual(new Set(['PERSON']));
    // A new list starts empty, whatever the lists before it held.
    const c = new SpanList('ADDRESS');
    c.add(first[0]![0], first[0]![1], 'c');
    c.add(first[0]![0], first[0]![1], 'c');
    expect(c.spans).toEqual([{ start: first[0]![0], end: first[0]![1], label: 'ADDRESS', source: 'c' }]);
  });
});
