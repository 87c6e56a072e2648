import { browser } from 'wxt/browser';

/**
 * The organisation's policy for this extension, as the browser hands it over: Chrome and Edge
 * from `3rdparty.extensions.<id>` (checked against `managed-schema.json`), Firefox from
 * `policies.json` → `3rdparty.Extensions.<id>`. Unmanaged is `{}`: Firefox rejects the call
 * when no policy names the add-on, and a browser without managed storage has no `managed` area.
 */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}

/** Calls back when the policy changes while the browser runs (Chrome re-reads policy files on its own). */
export function onManagedStorageChange(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
