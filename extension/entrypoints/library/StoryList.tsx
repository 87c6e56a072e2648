import { useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '@vertelpunt/stories';
import { getTerm, LATEST_VERSION, type VersionId } from '@vertelpunt/taxonomy';
import { t, termLanguage, uiFormat } from '../../src/i18n';
import { moveBetweenStories } from './story-list-keys';

/** Fixed row height: the list only renders the rows in view, so 100,000 stories scroll as lightly as 10. */
export const ROW_HEIGHT = 88;
const OVERSCAN = 8;

interface Props {
  total: number;
  stories: readonly Story[];
  ensureLoaded: (index: number) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (story: Story) => void;
}

export function StoryList({ total, stories, ensureLoaded, selected, onToggle, onOpen }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const lang = termLanguage();

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => ensureLoaded(last + 50), [last, ensureLoaded]);

  const rows = [];
  for (let index = first; index < last; index++) {
    const story = stories[index];
    rows.push(
      <li
        key={story?.id ?? `pending-${index}`}
        class="story-row"
        style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
        aria-posinset={index + 1}
        aria-setsize={total}
        data-story-id={story?.id}
      >
        {story ? (
          <>
            <input
              type="checkbox"
              checked={selected.has(story.id)}
              onChange={() => onToggle(story.id)}
              aria-label={t('selectStory', story.title)}
            />
            <div class="story-main">
              <button type="button" class="story-title" onClick={() => onOpen(story)}>
                {story.title}
              </button>
              <p class="story-meta">
                {uiFormat().dateTime(story.createdAt)} · {story.source.origin}
                {story.tags.version !== LATEST_VERSION && <span class="old-version"> · {story.tags.version}</span>}
              </p>
              <p class="story-tags">
                {story.tags.terms.map((id) => getTerm(id, story.tags.version as VersionId)?.label[lang] ?? id).join(' · ')}
              </p>
            </div>
          </>
        ) : (
          <span class="pending">…</span>
        )}
      </li>,
    );
  }

  return (
    <div class="story-viewport" ref={viewport} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul
        class="story-list"
        aria-label={t('storiesListLabel')}
        style={{ height: `${total * ROW_HEIGHT}px` }}
        onKeyDown={moveBetweenStories}
      >
        {rows}
      </ul>
    </div>
  );
}
