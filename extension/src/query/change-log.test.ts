import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueryIndex, rowOf, type StoryRow } from '@vertelpunt/query';
import { aStory } from '@vertelpunt/stories/testing';
import type { TermId } from '@vertelpunt/taxonomy';
import { openVertelpuntDb } from '../storage/db';
import { toStored } from '../storage/stored-story';
import { readStored } from '../storage/unreadable-records';
import { removeStory, STORY_STORES, writeStory } from '../storage/story-write';
import { loadIndex, saveSnapshot } from './load-index';

const IDS = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`);
const TIMES = ['2025-01-31T23:30:00.000Z', '2025-02-01T10:00:00.000Z', '2026-11-02T12:00:00.000Z'];
const TITLES = ['buurthuis', 'schulden keuken', 'mantelzorg', 'taalcafé buurthuis'];
const TERMS: TermId[] = ['kernwaarde-lef', 'kernwaarde-samen', 'opgave-armoede'];

/** One write of a transaction: a story written (added, edited, restored) or deleted. */
const aWrite = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    id: fc.constantFrom(...IDS),
    createdAt: fc.constantFrom(...TIMES),
    title: fc.constantFrom(...TITLES),
    terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...IDS) }),
);

/** A step: a transaction of writes (several may touch one id), or the worker saving its snapshot. */
const aStep = fc.oneof(
  { weight: 4, arbitrary: fc.array(aWrite, { minLength: 1, maxLength: 4 }).map((writes) => ({ kind: 'tx' as const, writes })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'snapshot' as const }) },
);

const sorted = (rows: StoryRow[]) => rows.map((row) => ({ ...row, terms: [...row.terms].sort(), words: [...row.words].sort() }));

describe('the change log', () => {
  it('a snapshot plus the changes since (its words read with it or after) equals a rebuild from the stories, after random writes and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(aStep, { minLength: 1, maxLength: 10 }), fc.boolean(), async (steps, wordsLater) => {
        const name = `change-log-${Math.random()}`;
        const db = await openVertelpuntDb(name);
        let snapshots = 0;
        for (const step of steps) {
          if (step.kind === 'snapshot') {
            // As the worker does once writes pause: load (snapshot + log), then save it fresh.
            const loaded = await loadIndex(name);
            if (await saveSnapshot(loaded.index, loaded.generation, name)) snapshots++;
            continue;
          }
          const tx = db.transaction([...STORY_STORES], 'readwrite');
          for (const write of step.writes) {
            if (write.kind === 'delete') void removeStory(tx, write.id);
            else {
              const { id, createdAt, title, terms } = write;
              void writeStory(tx, toStored(aStory({ id, createdAt, title, tags: { version: 'koers-v5-2024-09', terms } })));
            }
          }
          await tx.done;
        }
        const stories = (await db.getAll('stories')).map((record) => readStored(record)!);
        const rebuilt = QueryIndex.build(stories.map(rowOf));
        // The worker loads the snapshot's words after its first answers: the list and the counts are right before them.
        const loaded = await loadIndex(name, { wordsLater });
        if (snapshots === 0) expect(loaded.from).toBe('rows');
        else expect(loaded.from).toMatch(/^snapshot/);
        expect(loaded.index.query({}, { limit: 100 })).toEqual(rebuilt.query({}, { limit: 100 }));
        expect(loaded.index.termCounts()).toEqual(rebuilt.termCounts());
        await loaded.words();
        expect(sorted(loaded.index.rows())).toEqual(sorted(rebuilt.rows()));
        expect(loaded.index.query({ text: 'buurt' })).toEqual(rebuilt.query({ text: 'buurt' }));
        expect(loaded.unreadable).toEqual([]);
        // The log up to the snapshot is emptied when it is saved: only the log since it remains.
        const snapshot = (await db.get('engineState', 'snapshot')) as { generation: number } | undefined;
        for (const entry of await db.getAll('changeLog')) expect(entry.generation).toBeGreaterThan(snapshot?.generation ?? 0);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads only the rows written since the snapshot', async () => {
    const name = `change-log-${Math.random()}`;
    const db = await openVertelpuntDb(name);
    const write = async (stories: ReturnType<typeof aStory>[], remove: string[] = []) => {
      const tx = db.transaction([...STORY_STORES], 'readwrite');
      for (const story of stories) void writeStory(tx, toStored(story));
      for (const id of remove) void removeStory(tx, id);
      await tx.done;
    };
    const [a, b, c] = [aStory({ title: 'een' }), aStory({ title: 'twee' }), aStory({ title: 'drie' })];
    await write([a, b]);
    const first = await loadIndex(name);
    expect(first).toMatchObject({ from: 'rows', stale: true });
    expect(await saveSnapshot(first.index, first.generation, name)).toBe(true);
    expect(await loadIndex(name)).toMatchObject({ from: 'snapshot', stale: false });
    await write([c], [a.id]);
    expect((await db.getAll('changeLog')).map(({ id, deleted }) => [id, deleted])).toEqual(
      [
        [c.id, false],
        [a.id, true],
      ].sort(),
    );
    const after = await loadIndex(name);
    expect(after).toMatchObject({ from: 'snapshot+changes', stale: true });
    expect(after.index.query({}).ids).toEqual([c.id, b.id]);
    // A snapshot of an older generation is not saved over a newer write.
    expect(await saveSnapshot(first.index, first.generation, name)).toBe(false);
    db.close();
  });

  it("rebuilds from the rows rather than read a snapshot of another layout (an older build's)", async () => {
    const name = `change-log-${Math.random()}`;
    const db = await openVertelpuntDb(name);
    const story = aStory({ title: 'buurthuis' });
    const tx = db.transaction([...STORY_STORES], 'readwrite');
    void writeStory(tx, toStored(story));
    await tx.done;
    const generation = (await db.get('engineState', 'generation')) as number;
    await db.put('engineState', { generation, snapshot: { format: 1, ids: 'x', words: 'y' } } as never, 'snapshot');
    const loaded = await loadIndex(name);
    expect(loaded).toMatchObject({ from: 'rows', stale: true });
    expect(loaded.index.query({ text: 'buurthuis' }).ids).toEqual([story.id]);
    db.close();
  });

  it("takes a snapshot's words from the rows when a newer snapshot was saved between reading it and its words", async () => {
    const name = `change-log-${Math.random()}`;
    const db = await openVertelpuntDb(name);
    const write = async (title: string) => {
      const story = aStory({ title });
      const tx = db.transaction([...STORY_STORES], 'readwrite');
      void writeStory(tx, toStored(story));
      await tx.done;
      return story;
    };
    const a = await write('buurthuis');
    const first = await loadIndex(name);
    await saveSnapshot(first.index, first.generation, name);
    const loaded = await loadIndex(name, { wordsLater: true });
    // Meanwhile another page writes and saves a newer snapshot (its words replace these).
    const b = await write('mantelzorg');
    const other = await loadIndex(name);
    expect(await saveSnapshot(other.index, other.generation, name)).toBe(true);
    expect(loaded.index.hasWords).toBe(false);
    await loaded.words();
    expect(loaded.index.query({ text: 'buurthuis' }).ids).toEqual([a.id]);
    expect(loaded.index.query({ text: 'mantelzorg' }).ids).toEqual([]);
    expect(b.id).not.toBe(a.id);
    db.close();
  });
});
