// Runs inside the case-system page (injected on the user's request, in every frame). It only
// reads: the selected text, W3C selectors, the page title and URL. It stores nothing in the page
// and imports nothing heavy: the whole script must stay a few kB.
import { describeTextRange, type Selector } from '@vertelpunt/stories/text-range';

/** What one frame reports back to the background. Parsed there with zod (ClipSchema). */
export interface FrameSelection {
  text: string;
  selectors: Selector[];
  pageTitle: string;
  url: string;
  container: 'document' | 'shadow-root' | 'text-field' | 'contenteditable';
  /** Whether this frame's document has focus: with selections in several frames, the focused one wins. */
  focused: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

/** The focused element, following focus into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function fromTextField(field: HTMLTextAreaElement | HTMLInputElement): Pick<FrameSelection, 'text' | 'selectors' | 'container'> | undefined {
  const { selectionStart: start, selectionEnd: end, value } = field;
  if (start === null || end === null || end <= start) return undefined;
  return { text: value.slice(start, end), selectors: describeTextRange(value, start, end), container: 'text-field' };
}

/** Open shadow roots in the page, for Selection.getComposedRanges. */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        walk(element.shadowRoot);
      }
    }
  };
  walk(doc);
  return roots;
}

/** Offset of a boundary point within the text content of `root`. */
function textOffset(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.selectNodeContents(root);
  range.setEnd(container, offset);
  return range.toString().length;
}

function fromSelection(doc: Document): Pick<FrameSelection, 'text' | 'selectors' | 'container'> | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    // A selection inside a shadow root may not show on the document's selection.
    if (!selection || !('getComposedRanges' in selection)) return undefined;
  }
  const roots = openShadowRoots(doc);
  const [staticRange] =
    selection && 'getComposedRanges' in selection && roots.length > 0
      ? (selection as Selection & { getComposedRanges(o: { shadowRoots: ShadowRoot[] }): StaticRange[] }).getComposedRanges({ shadowRoots: roots })
      : selection && selection.rangeCount > 0 ? [selection.getRangeAt(0)] : [];
  if (!staticRange || staticRange.collapsed) return undefined;
  const range = doc.createRange();
  range.setStart(staticRange.startContainer, staticRange.startOffset);
  range.setEnd(staticRange.endContainer, staticRange.endOffset);
  const rootNode = range.commonAncestorContainer.getRootNode();
  const inShadow = rootNode instanceof ShadowRoot;
  const root: Node = inShadow ? rootNode : doc.body ?? doc.documentElement;
  // The rendered text (line breaks between blocks) is what the user saw; selectors use text content.
  const shown = inShadow ? range.toString() : selection?.toString() || range.toString();
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = start + range.toString().length;
  const content = root.textContent ?? '';
  const ancestor = range.commonAncestorContainer;
  const element = ancestor instanceof Element ? ancestor : ancestor.parentElement;
  return {
    text: shown,
    selectors: describeTextRange(content, start, end),
    container: inShadow ? 'shadow-root' : element?.closest('[contenteditable]:not([contenteditable="false"])') ? 'contenteditable' : 'document',
  };
}

/**
 * Focus sits in an embedded frame this script could not enter (another origin, no access yet):
 * the frame's origin, so the user can be asked to allow it.
 */
export interface BlockedFrame {
  blockedFrameOrigin: string;
}

/** Reads this frame's selection; undefined where nothing is selected here. */
export function readSelection(doc: Document = document): FrameSelection | BlockedFrame | undefined {
  const active = deepActiveElement(doc);
  if (active && (active.tagName === 'IFRAME' || active.tagName === 'FRAME')) {
    try {
      const origin = new URL((active as HTMLIFrameElement).src, doc.baseURI).origin;
      if (origin !== doc.location.origin && /^https?:/.test(origin)) return { blockedFrameOrigin: origin };
    } catch {
      // An unparsable src: fall through, the frame's own script (if any) answers for it.
    }
  }
  const field =
    active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(active.type)) ? fromTextField(active) : undefined;
  const found = field ?? fromSelection(doc);
  if (!found || found.text.trim() === '') return undefined;
  return { ...found, pageTitle: doc.title, url: doc.location.href, focused: doc.hasFocus() };
}
