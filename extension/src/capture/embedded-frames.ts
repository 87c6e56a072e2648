// Page side (part of the injected script): keep it small and free of imports.

/** Frames embedded in a document that its page cannot enter, so the extension may not read them either. */
export interface EmbeddedFrames {
  /** Origins of frames of another origin. The focused frame comes first: there the selection most likely is. */
  origins: string[];
  /**
   * The origin of each sandboxed frame (an e-mail body in `<iframe sandbox srcdoc>`): it runs with an
   * opaque origin, and the browser lets the extension in only with access to the origin it came
   * from (a srcdoc frame: this page's); the click's temporary access does not reach it.
   */
  sandboxed: string[];
}

/**
 * The frames embedded in this document that the page cannot enter. Where no frame answers with a
 * selection, the background reports these instead of "no selection". A frame added by script is
 * listed like any other; frames inside open shadow roots too. Frames that are not rendered hold
 * no selection the user made, and are left out.
 */
export function embeddedFrames(doc: Document, roots: readonly (Document | ShadowRoot)[]): EmbeddedFrames {
  const found: EmbeddedFrames = { origins: [], sandboxed: [] };
  for (const root of roots) {
    for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe,frame')) {
      if (frame.contentDocument || !frame.checkVisibility()) continue;
      try {
        // A srcdoc or about:blank frame has this page's address.
        const { origin, protocol } = new URL(frame.src, doc.baseURI);
        if (!/^https?:$/.test(protocol)) continue;
        if (frame.hasAttribute('sandbox')) found.sandboxed.push(origin);
        else if (origin !== doc.location.origin && !found.origins.includes(origin)) {
          if (root.activeElement === frame) found.origins.unshift(origin);
          else found.origins.push(origin);
        }
      } catch {
        // An unparsable src loads nothing.
      }
    }
  }
  return found;
}
