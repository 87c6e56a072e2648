import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deidentifyOwn } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { DB_NAME, DB_VERSION, openVertelpuntDb } from './db';
import {
  addStory,
  countStories,
  deleteStories,
  getStory,
  listOrigins,
  queryStories,
  restoreStories,
  termCounts,
  updateStory,
} from './stories';
import { migrateStories, retagStories } from './bulk-tags';
import { ImportRaceError, importStories } from './import-stories';
import { streamStories } from './story-stream';

beforeEach(async () => {
  const db = await openVertelpuntDb();
  await db.clear('stories');
});

describe('migrations', () => {
  it('upgrades a version-1 database: keeps its stories and makes them searchable', async () => {
    const name = `fixture-v1-${Math.random()}`;
    const v1 = await openVertelpuntDb(name, 1);
    const old = aStory({ title: 'Oud verhaal', text: 'Buurtmaaltijd in het wijkcentrum' });
    // A version-1 record: no search words yet.
    await v1.put('stories', { ...old, _terms: [...old.tags.terms] } as never);
    v1.close();

    const v2 = await openVertelpuntDb(name, DB_VERSION);
    expect(v2.version).toBe(DB_VERSION);
    expect([...v2.transaction('stories').store.indexNames].sort()).toEqual(['byCreated', 'byOrigin', 'byTerm', 'byWord']);
    const record = await v2.get('stories', old.id);
    expect(record?._words).toEqual(expect.arrayContaining(['buurtmaaltijd', 'wijkcentrum', 'oud', 'verhaal']));
    expect(await v2.transaction('stories').store.index('byWord').getAllKeys('wijkcentrum')).toEqual([old.id]);
  });

  it('upgrades a version-2 database: stories saved before one owner de-identified every field are cleaned, what the user chose is kept', async () => {
    const name = `fixture-v2-${Math.random()}`;
    const v2 = await openVertelpuntDb(name, 2);
    // As the old save stored a story with its original kept: the title and the quote as captured.
    const leaky = aStory({
      title: 'Gesprek met mw. Jansen (BSN 123456782)',
      text: 'Gesprek met [PERSOON 1] over de huur.',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Gesprek met mw. Jansen over de huur.', prefix: 'Dossier 4471, ', suffix: ' Bel 06-12345678' },
      ],
      deidentification: {
        tool: '@vertelpunt/deid',
        version: '1',
        counts: { PERSON: 1 },
        switchedOff: 0,
        addedByUser: 0,
        originalKept: true,
      },
      original: 'Gesprek met mw. Jansen over de huur.',
    });
    const clean = aStory({ title: 'Buurtmaaltijd', text: 'Buurtmaaltijd in het wijkcentrum' });
    const invalid = { ...aStory(), title: 42 };
    for (const story of [leaky, clean]) await v2.put('stories', { ...story, _terms: [...story.tags.terms], _words: ['x'] } as never);
    await v2.put('stories', { ...invalid, _terms: [], _words: [] } as never);
    v2.close();

    const v3 = await openVertelpuntDb(name, DB_VERSION);
    expect(v3.version).toBe(DB_VERSION);
    const upgraded = (await v3.get('stories', leaky.id))!;
    const stored = JSON.stringify({ title: upgraded.title, selectors: upgraded.selectors, text: upgraded.text });
    for (const identifier of ['Jansen', '123456782', '06-12345678']) expect(stored).not.toContain(identifier);
    // New people are numbered after the placeholders the story already has.
    expect(upgraded.title).toMatch(/^Gesprek met mw\. \[PERSOON \d\] \(BSN \[BSN\]\)$/);
    expect(JSON.stringify(upgraded.original)).toContain('Jansen');
    expect(upgraded.updatedAt).toBe(leaky.updatedAt);
    expect((await v3.get('stories', clean.id))?.title).toBe('Buurtmaaltijd');
    expect((await v3.get('stories', invalid.id))?.title).toBe(42);
  });

  it('creates the current version from nothing', async () => {
    const db = await openVertelpuntDb(`fresh-${Math.random()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['changeLog', 'drafts', 'engineState', 'stories', 'storyRows']);
    expect(DB_NAME).toBe('vertelpunt');
  });
});

describe('stories', () => {
  it('adds, reads and updates; refuses to overwrite by adding and refuses invalid stories', async () => {
    const story = aStory();
    await addStory(story);
    expect(await getStory(story.id)).toEqual(story);
    await expect(addStory(story)).rejects.toThrow();
    await updateStory({ ...story, title: 'Nieuwe titel' }, story.updatedAt);
    expect((await getStory(story.id))?.title).toBe('Nieuwe titel');
    await expect(addStory({ ...aStory(), tags: { version: 'koers-v5-2024-09', terms: [] } })).rejects.toThrow(/at least one term/);
    expect(await countStories()).toBe(1);
  });

  it('pages newest first with a cursor', async () => {
    const stories = Array.from({ length: 7 }, () => aStory());
    for (const s of stories) await addStory(s);
    const first = await queryStories({}, { limit: 3 });
    expect(first.stories.map((s) => s.id)).toEqual(
      stories
        .slice(-3)
        .reverse()
        .map((s) => s.id),
    );
    const second = await queryStories({}, { after: first.next!, limit: 3 });
    const third = await queryStories({}, { after: second.next!, limit: 3 });
    expect([...first.stories, ...second.stories, ...third.stories].map((s) => s.id)).toEqual([...stories].reverse().map((s) => s.id));
    expect(third.next).toBeUndefined();
  });

  it('searches full text without caring for case or accents, the last word as a prefix', async () => {
    const hit = aStory({ text: 'Gesprek over de Geïntegreerde aanpak in de wijk' });
    const miss = aStory({ text: 'Gesprek over schulden' });
    await addStory(hit);
    await addStory(miss);
    expect((await queryStories({ text: 'geintegreerde' })).stories.map((s) => s.id)).toEqual([hit.id]);
    expect((await queryStories({ text: 'GESPREK geïnt' })).stories.map((s) => s.id)).toEqual([hit.id]);
    expect((await queryStories({ text: 'gesprek' })).stories).toHaveLength(2);
    expect(await countStories({ text: 'nergens' })).toBe(0);
  });

  it('filters by terms (any or all), origin and date range, and counts per term', async () => {
    const both = aStory({
      tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'opgave-armoede'] },
      source: { origin: 'https://a.example.nl' },
    });
    const lef = aStory({ tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] }, createdAt: '2025-06-01T12:00:00.000Z' });
    for (const s of [both, lef, aStory()]) await addStory(s);
    const ids = async (filter: object) => (await queryStories(filter)).stories.map((s) => s.id).sort();
    expect(await ids({ terms: ['kernwaarde-lef', 'opgave-armoede'], termMode: 'any' })).toEqual([both.id, lef.id].sort());
    expect(await ids({ terms: ['kernwaarde-lef', 'opgave-armoede'], termMode: 'all' })).toEqual([both.id]);
    expect(await ids({ origin: 'https://a.example.nl' })).toEqual([both.id]);
    expect(await ids({ from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' })).toEqual([lef.id]);
    const counts = await termCounts({ terms: ['kernwaarde-lef'] }, ['kernwaarde-lef', 'opgave-armoede', 'kernwaarde-pragmatisch']);
    expect(Object.fromEntries(counts)).toEqual({ 'kernwaarde-lef': 2, 'opgave-armoede': 1 });
    expect(await listOrigins()).toEqual(['https://a.example.nl', 'https://registratie.example.nl']);
  });

  it('deletes with undo', async () => {
    const story = aStory();
    await addStory(story);
    const deleted = await deleteStories([story.id, 'no-such-id']);
    expect(deleted).toEqual([story]);
    expect(await getStory(story.id)).toBeUndefined();
    await restoreStories(deleted.map((s) => deidentifyOwn(s)));
    expect(await getStory(story.id)).toEqual(story);
  });

  it('retags in bulk and skips what would break a story', async () => {
    const a = aStory();
    const old = aStory({ tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-2'] } });
    await addStory(a);
    await addStory(old);
    const result = await retagStories([a.id, old.id], { add: ['ks5-missie-7'] });
    expect(result.changed).toEqual([a.id]);
    expect(result.skipped).toEqual([{ id: old.id, reason: expect.stringContaining("not in version 'brondocument-2024-08'") }]);
    const removeLast = await retagStories([a.id], { remove: ['kernwaarde-pragmatisch', 'ks5-missie-7'] });
    expect(removeLast.skipped[0]?.reason).toMatch(/at least one term/);
    expect((await getStory(a.id))?.tags.terms).toEqual(['kernwaarde-pragmatisch', 'ks5-missie-7']);
  });

  it('moves Brondocument stories to Koers v5 and shows them under their own version until then', async () => {
    const old = aStory({ tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-1a', 'kernwaarde-samen'] } });
    await addStory(old);
    expect((await getStory(old.id))?.tags.version).toBe('brondocument-2024-08');
    const result = await migrateStories([old.id], 'koers-v5-2024-09', new Date('2026-11-23T10:00:00Z'));
    expect(result.changed).toEqual([old.id]);
    expect(await getStory(old.id)).toMatchObject({
      tags: { version: 'koers-v5-2024-09', terms: ['ks5-missie-1a', 'kernwaarde-samen'] },
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });
});

describe('streamStories', () => {
  it('gives every matching story once, oldest first, across batches', async () => {
    const stories = Array.from({ length: 1203 }, (_, i) =>
      aStory({
        title: `Verhaal ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000).toISOString(),
        tags: { version: 'koers-v5-2024-09', terms: [i % 2 ? 'kernwaarde-lef' : 'kernwaarde-samen'] },
      }),
    );
    await restoreStories([...stories].reverse());
    const all = [];
    for await (const story of streamStories()) all.push(story);
    const expected = [...stories].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    expect(all.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const lef = [];
    for await (const story of streamStories({ terms: ['kernwaarde-lef'] })) lef.push(story.id);
    expect(lef).toEqual(expected.filter((s) => s.tags.terms[0] === 'kernwaarde-lef').map((s) => s.id));
  });
});

describe('importStories', () => {
  it('adds all stories in one transaction', async () => {
    const stories = [aStory(), aStory()];
    expect(await importStories(stories)).toBe(2);
    expect(await countStories()).toBe(2);
  });

  it('adds none when one id is already in the library, and says which', async () => {
    const there = aStory({ title: 'Al aanwezig' });
    await addStory(there);
    const fresh = aStory();
    await expect(importStories([fresh, { ...there, title: 'Overschreven?' }])).rejects.toThrow(new ImportRaceError(there.id));
    expect(await countStories()).toBe(1);
    expect((await getStory(there.id))?.title).toBe('Al aanwezig');
    expect(await getStory(fresh.id)).toBeUndefined();
  });

  it('adds none when one story is invalid', async () => {
    await expect(importStories([aStory(), { ...aStory(), tags: { version: 'koers-v5-2024-09', terms: [] } } as never])).rejects.toThrow();
    expect(await countStories()).toBe(0);
  });
});
