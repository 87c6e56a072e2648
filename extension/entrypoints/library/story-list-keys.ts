// Arrow keys between the search box and the stories' titles, so a keyboard user reaches the
// list without tabbing through every filter (48 terms) on the way.

const TITLE = '.story-row .story-title';

/** ArrowDown in the search box: to the first story's title. */
export function focusFirstStory(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown') return;
  const first = document.querySelector<HTMLElement>(TITLE);
  if (!first) return;
  event.preventDefault();
  first.focus();
}

/** ArrowUp / ArrowDown on a story's title: the title of the row above or below (above the first: the search box). */
export function moveBetweenStories(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const titles = [...document.querySelectorAll<HTMLElement>(TITLE)];
  const at = titles.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  const next = event.key === 'ArrowDown' ? titles[at + 1] : (titles[at - 1] ?? document.getElementById('library-search'));
  if (!next) return;
  event.preventDefault();
  next.scrollIntoView({ block: 'nearest' });
  next.focus();
}
