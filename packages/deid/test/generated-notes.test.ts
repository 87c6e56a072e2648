import { describe, expect, it } from 'vitest';
import { freshTextOfSize } from '../scripts/generated-notes.js';

/** The people named in a generated note: "mw. X", "zoon X", "juf X". */
const people = (text: string) => [...text.matchAll(/(?:mw\.|zoon|juf) ([^ .(]+(?: [^ .(]+)*?)(?= \(| sinds|\. )/gu)].map((m) => m[1]);

describe("freshTextOfSize (the bench's new selection each run)", () => {
  it('gives the same text for the same seed', () => {
    expect(freshTextOfSize(20_000, 7)).toBe(freshTextOfSize(20_000, 7));
  });

  it('names other people for another seed', () => {
    const one = new Set(people(freshTextOfSize(20_000, 7)));
    const other = people(freshTextOfSize(20_000, 8));
    expect(one.size).toBeGreaterThan(100);
    const shared = other.filter((name) => one.has(name)).length;
    expect(shared / other.length).toBeLessThan(0.1);
  });

  it('is as long as asked', () => {
    for (const bytes of [1, 370, 50 * 1024]) expect(freshTextOfSize(bytes, 1)).toHaveLength(bytes);
  });
});
