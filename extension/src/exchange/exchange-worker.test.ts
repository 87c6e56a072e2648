import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackup, toCsvLong, toJsonExport, toQdpx } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { openVertelpuntDb } from '../storage/db';
import { countStories, restoreStories } from '../storage/stories';
import { handleRequest } from './exchange-worker';
import type { WorkerReply } from './protocol';

const at = '2026-11-23T10:00:00.000Z';
const stories = Array.from({ length: 1200 }, (_, i) =>
  aStory({ title: `Verhaal ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }),
);

async function ask(request: unknown): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  await handleRequest(request, (reply) => replies.push(reply));
  return replies;
}

beforeEach(async () => {
  await (await openVertelpuntDb()).clear('stories');
  await restoreStories(stories);
});

describe('the exchange worker', () => {
  it('exports what the package writes for the same stories, and reports progress up to the total', async () => {
    const replies = await ask({ type: 'export', format: 'csv-long', filter: {}, exportedAt: at, excelNl: true });
    const done = replies.at(-1)!;
    expect(done.type).toBe('exported');
    if (done.type !== 'exported') return;
    expect(done.count).toBe(1200);
    expect(done.unreadable).toBe(0);
    // Compared as bytes: Blob.text() would drop the BOM that Dutch Excel needs.
    expect(Buffer.from(await done.blob.arrayBuffer()).equals(Buffer.from(toCsvLong(stories, { excelNl: true })))).toBe(true);
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 1200, total: 1200 });
  });

  it('exports a qdpx of the same bytes as the package, its project file compressed apart', async () => {
    const done = (await ask({ type: 'export', format: 'qdpx', filter: {}, exportedAt: at, excelNl: false })).at(-1)!;
    expect(done).toMatchObject({ type: 'exported', count: 1200 });
    if (done.type !== 'exported') return;
    expect(Buffer.from(await done.blob.arrayBuffer()).equals(Buffer.from(toQdpx(stories, { exportedAt: new Date(at) })))).toBe(true);
  });

  it('leaves an invalid stored record out of an export and says how many (finding 8)', async () => {
    const broken = { ...aStory(), tags: { version: 'koers-v5-2024-09', terms: ['bestaat-niet'] }, _terms: [], _words: [] };
    await (await openVertelpuntDb()).put('stories', broken as never);
    const done = (await ask({ type: 'export', format: 'json', filter: {}, exportedAt: at, excelNl: false })).at(-1)!;
    expect(done).toMatchObject({ type: 'exported', count: 1200, unreadable: 1 });
    if (done.type !== 'exported') return;
    expect(await done.blob.text()).not.toContain(broken.id);
  });

  it('plans an import of its own backup as all duplicates, and adds the new ones on apply', async () => {
    const extra = aStory({ title: 'Nieuw' });
    const file = new File([toBackup([...stories.slice(0, 3), extra], { exportedAt: new Date(at) })], 'backup.json');
    const planned = (await ask({ type: 'plan-import', file })).at(-1)!;
    expect(planned).toMatchObject({
      type: 'planned',
      plan: { file: 'backup.json', format: 'vertelpunt-backup', storyCount: 4, add: 1, duplicates: 3, conflicts: [] },
    });
    expect(await countStories()).toBe(1200);
    expect((await ask({ type: 'apply-import' })).at(-1)).toEqual({ type: 'imported', count: 1 });
    expect(await countStories()).toBe(1201);
  });

  it('refuses a bad file with its problems and refuses an apply with nothing planned', async () => {
    const text = toJsonExport([aStory()], { exportedAt: new Date(at) }).replace(
      '"format": "vertelpunt-stories"',
      '"format": "iets-anders"',
    );
    expect((await ask({ type: 'plan-import', file: new File([text], 'x.json') })).at(-1)).toEqual({
      type: 'refused',
      problems: [
        {
          file: 'x.json',
          line: 2,
          message: "format is 'iets-anders', expected 'vertelpunt-stories' or 'vertelpunt-backup'",
          code: 'wrong-format',
          values: { found: "'iets-anders'", expected: "'vertelpunt-stories', 'vertelpunt-backup'" },
        },
      ],
    });
    expect(
      (await ask({ type: 'plan-import', file: new File([new Uint8Array([0xff, 0xfe, 0x00, 0x81])], 'foto.json') })).at(-1),
    ).toMatchObject({
      type: 'refused',
      problems: [{ file: 'foto.json', code: 'not-utf8', message: expect.stringMatching(/^not UTF-8 text/) }],
    });
    expect((await ask({ type: 'apply-import' })).at(-1)).toEqual({ type: 'failed', message: 'no import is waiting: read a file first' });
    expect((await ask({ type: 'export', format: 'xls', filter: {}, exportedAt: at, excelNl: false })).at(-1)).toMatchObject({
      type: 'failed',
    });
    expect(await countStories()).toBe(1200);
  });
});
