import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { DB_VERSION, openVertelpuntDb } from './db';
import { MIGRATIONS } from './migrations';
import { MigrationError } from './storage-errors';

/** Opens a database without upgrading it, to see what is really on disk. */
function openAsIs(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function all(db: IDBDatabase): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('stories').objectStore('stories').getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
}

async function versionOneWith(records: object[]): Promise<string> {
  const name = `fixture-v1-${Math.random()}`;
  const v1 = await openVertelpuntDb(name, 1);
  for (const record of records) await v1.put('stories', record as never);
  v1.close();
  return name;
}

const v1Record = (story = aStory()) => ({ ...story, _terms: [...story.tags.terms] });

describe('a migration that fails halfway (finding 8)', () => {
  it('rolls the upgrade back: the previous version, its indexes and records as they were, and a MigrationError', async () => {
    const first = v1Record(aStory({ title: 'Eerste' }));
    const second = v1Record(aStory({ title: 'Tweede' }));
    const name = await versionOneWith([first, second]);
    // Version 2's real work, then a failure after the first record was rewritten.
    const failing: (typeof MIGRATIONS)[number] = async (_db, tx) => {
      const stories = tx.objectStore('stories');
      stories.createIndex('byWord', '_words', { multiEntry: true });
      const cursor = await stories.openCursor();
      await cursor!.update({ ...cursor!.value, _words: ['half'] });
      throw new Error('disk said no');
    };

    const failure = await openVertelpuntDb(name, 2, [MIGRATIONS[0], failing]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).toVersion).toBe(2);
    expect((failure as Error).message).toMatch(/version 2 failed and was rolled back: disk said no/);

    const onDisk = await openAsIs(name);
    expect(onDisk.version).toBe(1);
    expect([...onDisk.transaction('stories').objectStore('stories').indexNames].sort()).toEqual(['byCreated', 'byTerm']);
    expect((await all(onDisk)).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([first, second]);
    onDisk.close();

    // A later open (the fixed extension) upgrades from the intact version 1.
    const v2 = await openVertelpuntDb(name);
    expect(v2.version).toBe(DB_VERSION);
    expect((await v2.get('stories', first.id))?._words).toContain('eerste');
  });

  it('also when the real version-2 step meets a corrupt record', async () => {
    const good = v1Record();
    const name = await versionOneWith([good, { ...v1Record(), title: 42 }]);
    await expect(openVertelpuntDb(name)).rejects.toBeInstanceOf(MigrationError);
    const onDisk = await openAsIs(name);
    expect(onDisk.version).toBe(1);
    expect((await all(onDisk)).find((r) => r.id === good.id)).toEqual(good);
    onDisk.close();
  });
});

describe('the steps, loaded only when a database is behind', () => {
  it('the schema version is the number of steps', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('a new database is created through every step, and an up-to-date one opens as it is', async () => {
    const name = `fresh-${Math.random()}`;
    const db = await openVertelpuntDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['changeLog', 'drafts', 'engineState', 'stories', 'storyRows']);
    db.close();
    const again = await openAsIs(name);
    expect(again.version).toBe(DB_VERSION);
    again.close();
  });
});
