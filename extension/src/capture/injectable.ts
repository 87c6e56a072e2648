/**
 * Pages where the browser forbids extensions to run scripts: its own pages, the web stores,
 * the PDF viewer and other extensions. Checked first so the user gets a clear message at once.
 */
export function isInjectableUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return false;
  if (
    parsed.hostname === 'chromewebstore.google.com' ||
    (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))
  )
    return false;
  if (parsed.hostname === 'addons.mozilla.org') return false;
  return !/\.pdf$/i.test(parsed.pathname);
}
