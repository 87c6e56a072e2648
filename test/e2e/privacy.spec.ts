import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';

const manifest = (dir: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'extension/.output', dir, 'manifest.json'), 'utf8'));

test('the production manifests of both browsers ask for no host permissions and declare no content scripts', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const m = manifest(dir);
    expect(m.host_permissions ?? [], dir).toEqual([]);
    expect(m.content_scripts ?? [], dir).toEqual([]);
    const hostLike = (m.permissions as string[]).filter((p) => p.includes('://') || p === '<all_urls>');
    expect(hostLike, dir).toEqual([]);
    expect(m.permissions, dir).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  }
});

test('capturing writes nothing into the page origin and keeps no path or query of the URL', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const secretPath = `/dossier/client-918273645-${Date.now()}`;
  const casePage = await context.newPage();
  await casePage.goto(`${origin}${secretPath}?bsn=111222333&naam=Jansen`);
  const pageStorageBefore = await casePage.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  await casePage.locator('#note-1').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await panel.getByLabel('Zoek een term').fill('lef');
  await panel.keyboard.press('Enter');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('status')).toContainText('Bewaard');

  const pageStorageAfter = await casePage.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(pageStorageAfter).toEqual(pageStorageBefore);

  // Everything the extension keeps: IndexedDB (every store) and extension storage.
  const everything = await panel.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
    const dump: unknown[] = [await storage.local.get(null), await storage.session.get(null)];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        dump.push(rows);
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
  expect(everything).toContain(origin);
  expect(everything).toContain('Keukentafelgesprek');
  expect(everything).not.toContain('client-918273645');
  expect(everything).not.toContain('111222333');
  expect(everything).not.toContain('naam=Jansen');
});
