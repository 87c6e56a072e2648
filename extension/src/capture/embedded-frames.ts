// Page side (part of the injected script): keep it small and free of imports.

/**
 * Origins of the frames embedded in this document that the page cannot enter (another origin).
 * The extension may not be allowed into them either: where no frame answers with a selection,
 * the background reports these instead of "no selection". A frame added by script is listed like
 * any other; frames inside open shadow roots too. Frames that are not rendered hold no selection
 * the user made, and are left out. The focused frame comes first: there the selection most likely is.
 */
export function embeddedFrameOrigins(doc: Document, roots: readonly (Document | ShadowRoot)[]): string[] {
  const origins: string[] = [];
  for (const root of roots) {
    for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe,frame')) {
      if (frame.contentDocument || (typeof frame.checkVisibility === 'function' && !frame.checkVisibility())) continue;
      try {
        const { origin, protocol } = new URL(frame.src, doc.baseURI);
        if (origin === doc.location.origin || !/^https?:$/.test(protocol) || origins.includes(origin)) continue;
        if (root.activeElement === frame) origins.unshift(origin);
        else origins.push(origin);
      } catch {
        // An unparsable src loads nothing.
      }
    }
  }
  return origins;
}
