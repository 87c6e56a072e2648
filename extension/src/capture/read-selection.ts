// Runs inside the case-system page (injected on the user's request, in every frame). It only
// reads: the selected text, W3C selectors, the page title and URL. It stores nothing in the page
// and imports nothing heavy: the whole script must stay a few kB.
import { describeTextRange, type Selector } from '@vertelpunt/stories/text-range';
import { embeddedFrames } from './embedded-frames';
import { withoutInvisibles } from './invisible-characters';
import { renderedRange } from './rendered-text';
import { seenText } from './seen-text';

/** The selection one frame holds. Parsed in the background with zod (ClipSchema). */
export interface FrameSelection {
  text: string;
  selectors: Selector[];
  pageTitle: string;
  url: string;
  container: 'document' | 'shadow-root' | 'text-field' | 'contenteditable';
  /** Whether this frame's document has focus: with selections in several frames, the focused one wins. */
  focused: boolean;
}

/** What one frame reports back to the background. Parsed there with zod (FrameAnswerSchema). */
export interface FrameAnswer {
  /** This frame's origin: the background learns which of the listed frames it could read. */
  origin: string;
  /** Origins of frames embedded here that this page cannot enter (see embeddedFrames). */
  frames: string[];
  /** The origins sandboxed frames embedded here came from, one per frame (see embeddedFrames); absent when none. */
  sandboxed?: string[];
  selection?: FrameSelection;
}

const TEXT_INPUT_TYPES = /^(text|search|url|tel|email|)$/;

/** The focused element, following focus into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function fromTextField(
  field: HTMLTextAreaElement | HTMLInputElement,
): Pick<FrameSelection, 'text' | 'selectors' | 'container'> | undefined {
  const { selectionStart: start, selectionEnd: end } = field;
  if (start === null || end === null || end <= start) return undefined;
  // Counted in the value as the page's text is counted: without the characters that show nothing.
  const upTo = (offset: number) => withoutInvisibles(field.value.slice(0, offset)).length;
  const value = withoutInvisibles(field.value);
  return {
    text: value.slice(upTo(start), upTo(end)),
    selectors: describeTextRange(value, upTo(start), upTo(end)),
    container: 'text-field',
  };
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

/** Whether the tree `inner` is `outer` or lies inside it (in a shadow root of it, at any depth). */
function treeWithin(inner: Node, outer: Node): boolean {
  for (let root = inner; ; root = (root as ShadowRoot).host.getRootNode()) {
    if (root === outer) return true;
    if (!(root instanceof ShadowRoot)) return false;
  }
}

/**
 * A composed range (getComposedRanges) as ranges that each lie in one tree, in order: a selection
 * from the page into a web component's shadow root, or out of one, is drawn as one highlight, but a
 * Range cannot cross the boundary. The part in a shadow root runs to its end (or from its start);
 * the part outside stops at (or starts after) the host.
 */
function treeRanges(doc: Document, composed: AbstractRange): Range[] {
  let { startContainer: startNode, startOffset, endContainer: endNode, endOffset } = composed;
  const before: Range[] = [];
  const after: Range[] = [];
  const host = doc.createRange();
  for (;;) {
    const [startRoot, endRoot] = [startNode.getRootNode(), endNode.getRootNode()];
    const part = doc.createRange();
    if (startRoot === endRoot) {
      part.setStart(startNode, startOffset);
      part.setEnd(endNode, endOffset);
      return [...before, part, ...after];
    }
    if (startRoot instanceof ShadowRoot && !treeWithin(endRoot, startRoot)) {
      part.setStart(startNode, startOffset);
      part.setEnd(startRoot, startRoot.childNodes.length);
      before.push(part);
      host.selectNode(startRoot.host);
      [startNode, startOffset] = [host.endContainer, host.endOffset];
    } else {
      const shadow = endRoot as ShadowRoot;
      part.setStart(shadow, 0);
      part.setEnd(endNode, endOffset);
      after.unshift(part);
      host.selectNode(shadow.host);
      [endNode, endOffset] = [host.startContainer, host.startOffset];
    }
  }
}

/** A part of a selection and what stands between it and the part before: a line break, or a space beside an inline component. */
type Part = [Range, string];

/**
 * `range` split around the open shadow hosts it holds whole, each host's part being its shadow
 * root's contents, split the same way: a web component draws its own text (labels) around what
 * the page assigns to its slots, and the browser's text of a range in the page holds only the
 * latter, in the page's order. A component laid out as a block goes on lines of its own; an inline
 * one (a chip in a sentence) stays in its line, a space apart.
 */
function aroundHosts(doc: Document, range: Range, roots: ShadowRoot[], between: string): Part[] {
  const parts: Part[] = [];
  // In document order (openShadowRoots). A host in another tree, or inside one already taken (it
  // comes with its slots), is not in the range; one holding an end of the range is read as the page's.
  for (const { host } of roots) {
    if (!range.intersectsNode(host) || host.contains(range.startContainer) || host.contains(range.endContainer)) continue;
    const around = doc.defaultView!.getComputedStyle(host).display.startsWith('inline') ? ' ' : '\n';
    const before = range.cloneRange();
    before.setEndBefore(host);
    const inner = doc.createRange();
    inner.selectNodeContents(host.shadowRoot!);
    parts.push([before, between], ...aroundHosts(doc, inner, roots, around));
    range.setStartAfter(host);
    between = around;
  }
  return [...parts, [range, between]];
}

type SelectionRead = Pick<FrameSelection, 'text' | 'selectors' | 'container'>;

/** The selection `range` holds; with `partOnly`, one part of it, whose selectors are not used (counted in a smaller root). */
function fromRange(doc: Document, range: Range, own: string, partOnly?: boolean): SelectionRead | undefined {
  const ancestor = range.commonAncestorContainer;
  const rootNode = ancestor.getRootNode();
  const inShadow = rootNode instanceof ShadowRoot;
  // A part's text is read from its own subtree: a whole page walked for each of many parts would
  // take seconds.
  const root: Node = partOnly ? (ancestor.parentNode ?? ancestor) : inShadow ? rootNode : (doc.body ?? doc.documentElement);
  // Selectors count in the rendered text of the root: what the user saw, never hidden text.
  const rendered = renderedRange(root, range);
  if (!rendered) return undefined;
  const selectors = describeTextRange(rendered.text, rendered.start, rendered.end);
  const element = ancestor instanceof Element ? ancestor : ancestor.parentElement;
  return {
    // The browser's own text of the selection, in a shadow root too: the line breaks between blocks
    // the user saw, without what is not rendered or cannot be selected (user-select: none labels),
    // and as seen (seenText): without screen-reader-only text, lines laid out apart kept apart, the
    // values of form fields in; without characters that show nothing (soft hyphens).
    // Where the browser's text is blank, what the slots show (a shadow root of slots alone, a layout
    // component, draws no text of its own), else the quote (an engine that gives no text for a
    // shadow-root selection).
    text: own.trim() ? withoutInvisibles(seenText(own, rendered, ancestor)) : seenText(own, rendered, ancestor, true) || selectors[0].exact,
    selectors,
    container: inShadow
      ? 'shadow-root'
      : element?.closest('[contenteditable]:not([contenteditable="false"])')
        ? 'contenteditable'
        : 'document',
  };
}

function fromSelection(doc: Document, roots: ShadowRoot[]): SelectionRead | undefined {
  const selection = doc.getSelection();
  if (!selection) return undefined;
  const composed = 'getComposedRanges' in selection;
  // A selection inside a shadow root may not show on the document's selection.
  if ((selection.rangeCount === 0 || selection.isCollapsed) && !composed) return undefined;
  const [staticRange] =
    composed && roots.length > 0
      ? (selection as Selection & { getComposedRanges(o: { shadowRoots: ShadowRoot[] }): StaticRange[] }).getComposedRanges({
          shadowRoots: roots,
        })
      : selection.rangeCount > 0
        ? [selection.getRangeAt(0)]
        : [];
  if (!staticRange || staticRange.collapsed) return undefined;
  const trees = treeRanges(doc, staticRange);
  // Split on copies: the tree's part is read whole for the quote below.
  const parts = trees.flatMap((tree) => aroundHosts(doc, tree.cloneRange(), roots, '\n'));
  if (parts.length === 1) return fromRange(doc, parts[0]![0], selection.toString());
  // Over a shadow boundary the browser's text of the selection stops at it: each part's text is read
  // with the selection on that part alone, then the user's selection is put back as it was.
  const backward = (selection as Selection & { direction?: string }).direction === 'backward';
  const { startContainer, startOffset, endContainer, endOffset } = staticRange;
  let text = '';
  let owed = '';
  try {
    for (const [part, between] of parts) {
      selection.removeAllRanges();
      selection.addRange(part);
      const read = fromRange(doc, part, selection.toString(), true);
      // A line break owed (a part that read nothing between two blocks) wins over a space.
      if (!owed || between < owed) owed = between;
      if (read?.text.trim()) {
        text += (text && owed) + read.text.trim();
        owed = '';
      }
    }
  } finally {
    // Best effort: a browser that refuses a selection across trees keeps the last part selected, and the read still returns.
    try {
      if (backward) selection.setBaseAndExtent(endContainer, endOffset, startContainer, startOffset);
      else selection.setBaseAndExtent(startContainer, startOffset, endContainer, endOffset);
    } catch {
      // The clip is read; only the restored selection is lost.
    }
  }
  // The quote anchors the part in the page's own tree (a quote counts in one tree's text), else the
  // first with text: read whole, it spans the selection's text in that tree, what each component
  // shows at its slots included, in the page's order, as the page's text is found again.
  let anchor: SelectionRead | undefined;
  for (const tree of [trees.find((tree) => !(tree.startContainer.getRootNode() instanceof ShadowRoot)), ...trees]) {
    anchor ??= tree && fromRange(doc, tree, '');
  }
  return anchor && { ...anchor, text };
}

/** The page's address. A srcdoc or about:blank frame has none of its own: it is its parent's page. */
function pageUrl(doc: Document): string {
  try {
    let view = doc.defaultView!;
    while (view.location.protocol === 'about:' && view.parent !== view) view = view.parent as typeof view;
    return view.location.href;
  } catch {
    // A parent of another origin: the base URL is the creator's.
    return doc.baseURI;
  }
}

/** Reads this frame's selection; undefined where nothing is selected here. */
export function readSelection(doc: Document = document, roots: ShadowRoot[] = openShadowRoots(doc)): FrameSelection | undefined {
  const active = deepActiveElement(doc);
  // Focus in an embedded frame of another origin: the selection the user means is in there (this
  // page's may be stale), and that frame's own script answers for it where the extension may enter
  // it. A frame of this origin answers with its focus itself, and the focused answer wins.
  if ((active?.tagName === 'IFRAME' || active?.tagName === 'FRAME') && !(active as HTMLIFrameElement).contentDocument) return undefined;
  const field =
    active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && TEXT_INPUT_TYPES.test(active.type))
      ? fromTextField(active)
      : undefined;
  const found = field ?? fromSelection(doc, roots);
  if (!found || found.text.trim() === '') return undefined;
  return { ...found, pageTitle: doc.title, url: pageUrl(doc), focused: doc.hasFocus() };
}

/** This frame's answer: its selection, if any, and the frames in it the page cannot enter. */
export function readFrame(doc: Document = document): FrameAnswer {
  const roots = openShadowRoots(doc);
  const selection = readSelection(doc, roots);
  const { origins, sandboxed } = embeddedFrames(doc, [doc, ...roots]);
  return {
    origin: doc.location.origin,
    frames: origins,
    ...(sandboxed.length > 0 ? { sandboxed } : {}),
    ...(selection ? { selection } : {}),
  };
}
