// Export → import round trips, property-tested over any stories a library can hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '@vertelpunt/stories';
import {
  compareStories,
  contentHash,
  forExport,
  libraryIndex,
  parseStoryFile,
  planMerge,
  toBackup,
  toJsonExport,
  toNdjson,
} from '../src/index.js';
import { arbitraryStory } from './factory.js';

const at = new Date('2026-11-23T10:00:00Z');
/** Distinct ids: a library holds each id once. */
const library = fc.uniqueArray(arbitraryStory, { selector: (s) => s.id, maxLength: 15 });
const shuffledKeys = (story: Story): Story => Object.fromEntries(Object.entries(story).reverse()) as Story;
const runs = { numRuns: 60 };

describe('backup → restore → backup', () => {
  it('gives the same library and the same bytes', () => {
    fc.assert(
      fc.property(library, (stories) => {
        const backup = toBackup(stories, { exportedAt: at });
        const restored = parseStoryFile(backup, 'backup.json').stories.map((r) => r.story);
        expect(restored).toEqual([...stories].sort(compareStories));
        // The restored library, read back in any order and with fields in any order.
        expect(toBackup([...restored].reverse().map(shuffledKeys), { exportedAt: at })).toBe(backup);
      }),
      runs,
    );
  });
});

describe('export → import', () => {
  it('JSON and NDJSON give back every story (less a kept original) and export to the same bytes again', () => {
    fc.assert(
      fc.property(library, (stories) => {
        for (const write of [toJsonExport, toNdjson]) {
          const file = write(stories, { exportedAt: at });
          const read = parseStoryFile(file, 'export').stories.map((r) => r.story);
          expect(new Set(read.map((s) => s.id))).toEqual(new Set(stories.map((s) => s.id)));
          for (const story of read) expect(story).toEqual(forExport(stories.find((s) => s.id === story.id)!));
          expect(write(read, { exportedAt: at })).toBe(file);
        }
      }),
      runs,
    );
  });

  it('imported into the library it came from, adds nothing and finds no conflict', () => {
    fc.assert(
      fc.property(library, (stories) => {
        const read = parseStoryFile(toBackup(stories, { exportedAt: at }), 'b').stories.map((r) => r.story);
        const plan = planMerge(read, libraryIndex(stories));
        expect(plan).toEqual({ add: [], duplicates: read, conflicts: [] });
      }),
      runs,
    );
  });

  it('imported into another library, adds the new stories, skips the same ones and lists the changed ones', () => {
    fc.assert(
      fc.property(library, fc.array(fc.nat(), { maxLength: 15 }), (stories, picks) => {
        const existing = stories.filter((_, i) => picks.includes(i));
        const changed = new Set(existing.filter((_, i) => i % 2 === 0).map((s) => s.id));
        const library = existing.map((s) => (changed.has(s.id) ? { ...s, notes: `${s.notes} (bewerkt)` } : s));
        const read = parseStoryFile(toBackup(stories, { exportedAt: at }), 'b').stories.map((r) => r.story);
        const plan = planMerge(read, libraryIndex(library));
        expect(plan.add.map((s) => s.id).sort()).toEqual(
          stories
            .filter((s) => !existing.includes(s))
            .map((s) => s.id)
            .sort(),
        );
        expect(plan.conflicts.map((c) => c.id).sort()).toEqual([...changed].sort());
        expect(plan.duplicates).toHaveLength(existing.length - changed.size);
      }),
      runs,
    );
  });
});

describe('content hash', () => {
  it('ignores field order and a save without changes, and sees any change of content', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(contentHash(shuffledKeys(story))).toBe(contentHash(story));
        expect(contentHash({ ...story, updatedAt: '2031-01-01T00:00:00.000Z' })).toBe(contentHash(story));
        expect(contentHash({ ...story, title: `${story.title}!` })).not.toBe(contentHash(story));
        expect(
          contentHash({
            ...story,
            consent: { ...story.consent, status: story.consent.status === 'alleen-intern' ? 'geanonimiseerd' : 'alleen-intern' },
          }),
        ).not.toBe(contentHash(story));
      }),
      runs,
    );
  });
});
