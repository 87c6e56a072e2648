import { normalize, sep } from 'node:path';
import { serveFiles, type FixtureServer } from '../support/serve-fixture-pages.js';

/**
 * Serves a page set's folder as it lies (`/pages/NAME.html`, frames by relative URL), the way
 * `python3 -m http.server` does for its writer, on localhost at a free port.
 */
export function serveDirectory(dir: string): Promise<FixtureServer> {
  return serveFiles(normalize(dir + sep), (pathname) => {
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    try {
      return decodeURIComponent(path);
    } catch {
      return path; // a malformed escape: no such file, a 404
    }
  });
}
