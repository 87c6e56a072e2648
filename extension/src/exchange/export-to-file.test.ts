import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackup, toCsvLong } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { openVertelpuntDb } from '../storage/db';
import { restoreStories } from '../storage/stories';
import type { Exchange } from './exchange-client';
import { handleRequest } from './exchange-worker';
import { outcomeOf } from './protocol';
import { exportToFile } from './export-to-file';

// The worker's own code, run in this thread: what a real worker would post, without the thread.
const inProcess: Exchange = {
  async request(message, { onProgress, failed }) {
    let final: unknown;
    await handleRequest(message, (reply) => (reply.type === 'progress' ? onProgress?.(reply) : (final = reply)));
    return outcomeOf(message.type, final, failed, (problem) => problem.message);
  },
};

const now = new Date('2026-11-23T12:00:00.000Z');
const failed = (message: string) => `mislukt: ${message}`;
const team = (n: number) => `https://team${n}.example.nl`;
const stories = Array.from({ length: 30 }, (_, i) =>
  aStory({ source: { origin: team(i % 3) }, createdAt: new Date(Date.UTC(2025, 5, 1, 0, i)).toISOString() }),
);

beforeEach(async () => {
  await (await openVertelpuntDb()).clear('stories');
  await restoreStories(stories);
});

describe('exportToFile', () => {
  it('saves the selected stories under a dated name, byte for byte what the package writes', async () => {
    const saved: { blob: Blob; fileName: string }[] = [];
    const outcome = await exportToFile(
      inProcess,
      { format: 'csv-long', filter: { origin: team(1) }, excelNl: true, stem: 'selectie' },
      { failed, now, save: (blob, fileName) => saved.push({ blob, fileName }) },
    );
    expect(outcome).toEqual({ ok: true, reply: { count: 10, unreadable: 0, fileName: 'vertelpunt-selectie-2026-11-23.csv' } });
    expect(saved.map((s) => s.fileName)).toEqual(['vertelpunt-selectie-2026-11-23.csv']);
    const expected = toCsvLong(
      stories.filter((s) => s.source.origin === team(1)),
      { excelNl: true },
    );
    expect(Buffer.from(await saved[0]!.blob.arrayBuffer()).equals(Buffer.from(expected))).toBe(true);
  });

  it('writes the same time into the file as into its name', async () => {
    const saved: Blob[] = [];
    await exportToFile(inProcess, { format: 'backup', filter: {}, stem: 'backup' }, { failed, now, save: (blob) => saved.push(blob) });
    expect(await saved[0]!.text()).toBe(toBackup(stories, { exportedAt: now }));
  });

  it("saves nothing when the worker fails, and gives the failure in the caller's words", async () => {
    const saved: Blob[] = [];
    const outcome = await exportToFile(
      inProcess,
      { format: 'xls' as never, filter: {}, stem: 'verhalen' },
      { failed, now, save: (blob) => saved.push(blob) },
    );
    expect(outcome).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^mislukt: not a valid request: format: Invalid option/)],
    });
    expect(saved).toEqual([]);
  });
});
