// Page side (part of the injected script): keep it small and free of imports but its own.
import { shownValue } from './field-value';
import { withoutInvisibles } from './invisible-characters';
import { seenText } from './seen-text';

/**
 * Whether the text directly inside `element` is rendered. `checkVisibility` with
 * `visibilityProperty` is false for display:none (also through the `hidden` attribute and on any
 * ancestor), content-visibility:hidden and visibility:hidden: the text the browser leaves out of
 * the selection's own text (Selection.toString, innerText) as well. Text under aria-hidden, at
 * opacity 0 or clipped off-screen is laid out and copied like any other text, so it stays here:
 * the quote anchors the clip in the page's text. The clip leaves screen-reader-only text out
 * (seen-text.ts). Every engine that runs the extension has checkVisibility (Chrome 105 and Firefox
 * 106 on; the side panel needs Chrome 114): no fallback from computed styles in the injected script.
 * https://drafts.csswg.org/cssom-view/#dom-element-checkvisibility
 */
const isRendered = (element: Element) => element.checkVisibility({ visibilityProperty: true });

/** The rendered text of a capture root, and where a range lies in it. */
export interface RenderedRange {
  /**
   * The text content of the root with every text node that is not rendered left out, and the
   * characters that show nothing (invisible-characters.ts).
   */
  text: string;
  start: number;
  end: number;
  /** The selected rendered text nodes in order, each with the selected part of its text. */
  pieces: TextPiece[];
  /** The values of the selected form fields (field-value.ts), in order among the pieces. */
  fields: FieldText[];
}

/** The selected part [start, end) of one text node. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
  /**
   * Text the user does not see as such, which the browser's text of a selection may yet hold: folded
   * away in a closed <details> (Chromium's text holds it at times, seen on a page still loading), a
   * select's options, a text area's first value, the fallback of a slot something is assigned to
   * (Chromium leaves those out, happy-dom keeps them).
   * It is looked for there, to be left out.
   */
  unseen?: boolean;
}

/** A form field's shown value, standing before the piece numbered `at` (after all of them at pieces.length). */
export interface FieldText {
  value: string;
  at: number;
  /** The field, or the slot the value was assigned to. */
  node: Element;
}

/** The element `node` is drawn in: its parent, or a shadow root's host. */
const parentOf = (node: Node) => node.parentElement ?? (node.parentNode as ShadowRoot).host;

/** The text nodes under `from`, in document order (not into shadow roots). */
function textNodes(from: Node): Text[] {
  const walker = (from.ownerDocument ?? (from as Document)).createTreeWalker(
    from,
    4 /* NodeFilter.SHOW_TEXT: the constant's name costs the injected script bytes */,
  );
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Whether the text right inside `parent` is drawn. A slot's fallback text is drawn only where
 * nothing is assigned to it. An element without a box of its own (display: contents; a slot) is
 * never visible to checkVisibility, yet its text is drawn where its parent's would be, unless it is
 * itself visibility: hidden (which its text inherits). Text right inside a closed <details>
 * (outside its <summary>) goes to a hidden slot of the browser's own shadow tree, which
 * checkVisibility of its parent cannot see (`open` is false only on a closed <details> or
 * <dialog>, and a closed dialog draws nothing anyway: fewer bytes than an instanceof).
 */
function drawsItsText(parent: Element): boolean {
  const style = parent.ownerDocument.defaultView!.getComputedStyle(parent);
  return (
    !(parent as HTMLSlotElement).assignedNodes?.().length &&
    (style.display === 'contents'
      ? style.visibility !== 'hidden' && drawsItsText(parentOf(parent))
      : (parent as HTMLDetailsElement).open !== false && isRendered(parent))
  );
}

/** [start, end) of `node` as a piece, unseen where it is not drawn as text; undefined for text the browser's text never holds. */
function pieceOf(node: Text, start: number, end: number, parent: Element, shown: boolean): TextPiece | undefined {
  // A field's own text (its options, a text area's first value) is not what it shows: its value
  // comes with the fields.
  return shown || parent.closest('details:not([open]),select,slot')
    ? { node, start, end, unseen: !shown || parent.closest('select,textarea') !== null }
    : undefined;
}

/**
 * The text of what is assigned to a slot of a shadow root: the page's own elements the component
 * draws where the slot is. The browser's text of a selection in the shadow root leaves it out.
 * Each element's own text (innerText) is seen as the clip's is (seenText, hidden text always out):
 * innerText keeps screen-reader-only text.
 */
function slottedText(slot: HTMLSlotElement): string | undefined {
  // Flattened, a slot with nothing assigned gives its fallback, which is in the pieces already.
  if (slot.assignedNodes().length === 0) return undefined;
  return slot
    .assignedNodes({ flatten: true })
    .map((node) => {
      if (!(node instanceof HTMLElement)) return node.textContent ?? '';
      if (!isRendered(node)) return '';
      const pieces = textNodes(node).flatMap(
        (text) => pieceOf(text, 0, text.length, text.parentElement!, drawsItsText(text.parentElement!)) ?? [],
      );
      return seenText(node.innerText, { pieces, fields: [] }, node.parentNode!, true);
    })
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The values of the form fields the range runs over and the text assigned to the slots it runs over
 * (in a shadow root), each placed among the pieces by document order.
 */
function selectedFields(range: Range, pieces: readonly TextPiece[]): FieldText[] {
  const ancestor = range.commonAncestorContainer;
  const fields: FieldText[] = [];
  if (!('querySelectorAll' in ancestor)) return fields;
  for (const field of (ancestor as ParentNode).querySelectorAll('input,select,textarea,slot')) {
    const value = !range.intersectsNode(field)
      ? undefined
      : field instanceof HTMLSlotElement
        ? drawsItsText(parentOf(field)) && slottedText(field)
        : isRendered(field) && shownValue(field);
    if (!value) continue;
    const at = pieces.findIndex(({ node }) => field.compareDocumentPosition(node) & 4); // Node.DOCUMENT_POSITION_FOLLOWING
    fields.push({ value, at: at < 0 ? pieces.length : at, node: field });
  }
  return fields;
}

/**
 * The range [start, end) in the rendered text of `root`: the quote selector and the position
 * selector both count in this text, so hidden text (a collapsed section, a screen-reader hint
 * the site hid, a template) is never quoted and the offsets agree with the quote. Undefined
 * when none of the selected text is rendered.
 */
export function renderedRange(root: Node, range: Range): RenderedRange | undefined {
  // The selected text nodes, found under the range's common ancestor only: asking the range about
  // every text node of a long page costs far more than the walk itself.
  const ancestor = range.commonAncestorContainer;
  const selected = ancestor instanceof Text ? [ancestor] : textNodes(ancestor).filter((node) => range.intersectsNode(node));
  const first = selected[0];
  const last = selected[selected.length - 1];
  const rendered = new Map<Element, boolean>();
  let text = '';
  let start: number | undefined;
  let end = 0;
  let inside = false;
  const pieces: TextPiece[] = [];
  for (const node of textNodes(root)) {
    inside ||= node === first;
    // Text right inside a shadow root is rendered as its host is.
    const parent = parentOf(node);
    if (!rendered.has(parent)) rendered.set(parent, drawsItsText(parent));
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const shown = rendered.get(parent);
    if (shown) {
      const data = withoutInvisibles(node.data);
      if (inside) {
        const upTo = (offset: number) => withoutInvisibles(node.data.slice(0, offset)).length;
        start ??= text.length + upTo(from);
        end = text.length + (to === node.data.length ? data.length : upTo(to));
      }
      text += data;
    }
    const piece = inside && to > from && pieceOf(node, from, to, parent, !!shown);
    if (piece) pieces.push(piece);
    if (node === last) inside = false;
  }
  const fields = selectedFields(range, pieces);
  // What slots show and no text of this root's own (a shadow root of slots alone): nothing to quote.
  return (start === undefined || end <= start) && (pieces[0] || !fields[0])
    ? undefined
    : { text, start: start ?? end, end, pieces, fields };
}
