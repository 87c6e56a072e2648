import type { StorySource } from '@vertelpunt/stories';
import type { Settings } from '../settings/settings';

/**
 * What a story keeps of where it came from. The path, query and title of a case-system page can
 * name a resident (dossier ids, names in titles): only the origin is kept, unless the user opted
 * in for this system.
 */
export function sourceOf(url: string, pageTitle: string, settings: Settings): StorySource {
  const { origin } = new URL(url);
  const optedIn = settings.systems[origin]?.keepFullUrl === true;
  return optedIn ? { origin, url, pageTitle: pageTitle.slice(0, 500) } : { origin };
}
