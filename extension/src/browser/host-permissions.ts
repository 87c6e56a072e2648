import { browser } from 'wxt/browser';

const patternFor = (origin: string) => `${origin}/*`;

/** Asks the user to let Vertelpunt read this case system at any time. Must run in a click handler. */
export async function requestSystemAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [patternFor(origin)] });
}

export async function revokeSystemAccess(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [patternFor(origin)] });
}

/** Origins the user granted through the optional host permission. */
export async function grantedSystems(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((pattern) => /^https?:\/\/[^*]+\/\*$/.test(pattern)).map((pattern) => pattern.slice(0, -2));
}

/** Asks once for several case systems (the organisation's list). Must run in a click handler. */
export async function requestSystemsAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: origins.map(patternFor) });
}
