// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Story } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import type { StoryFilter } from '../../src/storage/story-filter';
import { useStoryWindow, type StorySource } from './use-story-window';

/** A source whose answers the test releases one by one. */
function heldSource(library: Story[]) {
  const held: (() => void)[] = [];
  const hold = <T,>(value: T) => new Promise<T>((resolve) => held.push(() => resolve(value)));
  const matching = (filter: StoryFilter) => library.filter((s) => !filter.text || s.title.includes(filter.text));
  let ready = false;
  const source: StorySource = {
    page: (filter, offset, limit) => {
      ready = true;
      const all = matching(filter);
      const stories = all.slice(offset, offset + limit);
      return hold({ total: all.length, consumed: stories.length, stories });
    },
    newest: (limit) => hold({ stories: library.slice(0, limit), more: library.length > limit }),
    ready: () => ready,
    warm: () => undefined,
  };
  const release = async () => {
    await act(async () => {
      held.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
  return { source, release, held };
}

describe('useStoryWindow', () => {
  it('shows the newest rows before the count, and keeps the rows shown until a new filter’s page replaces them', async () => {
    const library = [aStory({ title: 'schulden' }), aStory({ title: 'buurthuis' }), aStory({ title: 'schulden thuis' })];
    const { source, release, held } = heldSource(library);
    let view: ReturnType<typeof useStoryWindow> | undefined;
    function List({ filter }: { filter: StoryFilter }) {
      view = useStoryWindow(filter, 0, source);
      return null;
    }
    const root = document.createElement('div');
    act(() => render(<List filter={{}} />, root));
    await release(); // the newest rows, straight from the database
    expect(view!.stories.map((s) => s.title)).toEqual(['schulden', 'buurthuis', 'schulden thuis']);
    expect(view!.total).toBe(3);

    const shown = view!.stories;
    act(() => render(<List filter={{ text: 'schulden' }} />, root));
    expect(held).toHaveLength(1); // the new filter's page is asked for…
    expect(view!.stories).toBe(shown); // …and the old rows stay until it arrives
    await release();
    expect(view!.stories.map((s) => s.title)).toEqual(['schulden', 'schulden thuis']);
    expect(view!.total).toBe(2);
  });

  it('counts with the worker’s first page after the rows read straight from the database', async () => {
    const library = Array.from({ length: 61 }, (_, i) => aStory({ title: `verhaal ${i}` }));
    const { source, release } = heldSource(library);
    let view: ReturnType<typeof useStoryWindow> | undefined;
    function List() {
      view = useStoryWindow({}, 0, source);
      return null;
    }
    act(() => render(<List />, document.createElement('div')));
    await release();
    expect(view!.stories).toHaveLength(60);
    expect(view!.total).toBeUndefined(); // not counted yet: the list shows what it has
    await release();
    expect(view!.stories.map((s) => s.id)).toEqual(library.map((s) => s.id));
    expect(view!.total).toBe(61);
  });
});
