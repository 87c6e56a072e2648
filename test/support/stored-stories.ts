import type { Page } from '@playwright/test';

/** The personal data in the intake of the fixture page `fixtures/pages/identifiers.html`: none of it may be stored. */
export const INTAKE_SECRETS = [
  'Jansen',
  '123456782',
  '12-03-1984',
  'Kerkstraat 14',
  '3311 AB',
  '06-41873520',
  'l.jansen@example.nl',
  'Daan',
  'NL91ABNA0417164300',
  'Regenboog',
];

/** Every record of the stories store, as stored (read in `page`, an extension page). */
export async function storedStories(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('vertelpunt');
      req.onsuccess = () => resolve(req.result);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
      const req = db.transaction('stories').objectStore('stories').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return rows;
  });
}
