import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { FIXTURE_PAGES_DIR } from './paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** e.g. http://localhost:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves test/fixtures/pages on 127.0.0.1 at a free port. Paths below a page name are
 * served the same page, so every test can use a unique URL (a dossier id in the path,
 * as real case systems do) for the tab lookup.
 */
export function serveFixturePages(host = 'localhost'): Promise<FixtureServer> {
  return serveFiles(
    FIXTURE_PAGES_DIR,
    (pathname) => {
      const [first = 'index.html'] = pathname.split('/').filter(Boolean);
      return first.includes('.') ? first : `${first}.html`;
    },
    host,
  );
}

/** Serves the files below `root` on 127.0.0.1 at a free port; `fileFor` maps a URL path to a file there. */
export async function serveFiles(root: string, fileFor: (pathname: string) => string, host = 'localhost'): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = normalize(join(root, fileFor(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
