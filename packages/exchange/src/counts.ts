import type { Story } from '@vertelpunt/stories';
import { getTerm, type VersionId } from '@vertelpunt/taxonomy';

export type CountBy = 'term' | 'facet' | 'month' | 'origin';

export interface CountRow {
  key: string;
  label: string;
  stories: number;
}

export interface CountTable {
  rows: CountRow[];
  /** Groups with fewer stories than the minimum, left out so a count cannot single anyone out. */
  suppressed: number;
}

function keysOf(story: Story, by: CountBy): [string, string][] {
  const version = story.tags.version as VersionId;
  switch (by) {
    case 'term':
      return story.tags.terms.map((id) => [id, getTerm(id, version)?.label.nl ?? id]);
    case 'facet':
      return [...new Set(story.tags.terms.map((id) => getTerm(id, version)?.facet ?? 'onbekend'))].map((f) => [f, f]);
    case 'month':
      return [[story.createdAt.slice(0, 7), story.createdAt.slice(0, 7)]];
    case 'origin':
      return [[story.source.origin, story.source.origin]];
  }
}

/** Stories per group (a story counts once per group), groups below `minGroup` suppressed. */
export function countStories(stories: Iterable<Story>, by: CountBy, minGroup = 5): CountTable {
  const groups = new Map<string, CountRow>();
  for (const story of stories) {
    for (const [key, label] of keysOf(story, by)) {
      const row = groups.get(key) ?? { key, label, stories: 0 };
      row.stories += 1;
      groups.set(key, row);
    }
  }
  return largestFirstWithoutSmall(groups, minGroup);
}

function largestFirstWithoutSmall(groups: Map<string, CountRow>, minGroup: number): CountTable {
  const all = [...groups.values()].sort((a, b) => b.stories - a.stories || a.key.localeCompare(b.key));
  const rows = all.filter((r) => r.stories >= minGroup);
  return { rows, suppressed: all.length - rows.length };
}

/** How often two terms are on the same story; pairs below `minGroup` suppressed. */
export function cooccurrence(stories: Iterable<Story>, minGroup = 5): CountTable {
  const pairs = new Map<string, CountRow>();
  for (const story of stories) {
    const terms = [...new Set(story.tags.terms)].sort();
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const key = `${terms[i]} + ${terms[j]}`;
        const version = story.tags.version as VersionId;
        const label = `${getTerm(terms[i]!, version)?.label.nl ?? terms[i]} + ${getTerm(terms[j]!, version)?.label.nl ?? terms[j]}`;
        const row = pairs.get(key) ?? { key, label, stories: 0 };
        row.stories += 1;
        pairs.set(key, row);
      }
    }
  }
  return largestFirstWithoutSmall(pairs, minGroup);
}
