// Page side (part of the injected script): keep it small and free of imports but its own.
import type { FieldText, TextPiece } from './rendered-text';

type Span = [number, number];

/** A node of the selection with the aligned pieces under it, its children in document order. */
interface Group {
  node: Node;
  kids: Group[];
  /** The piece a text node's group stands for. */
  piece?: number;
}

/**
 * The box a node is drawn in: a text node's (an anonymous flex item), an element's, or for an empty
 * element (a row whose cells are all positioned) that of its contents.
 */
function boxOf(node: Node): DOMRect {
  if (node instanceof Element) {
    const rect = node.getBoundingClientRect();
    if (rect.height) return rect;
  }
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** Whether two boxes are on one line: they overlap by at least half the lower one's height. */
export const sameRow = (a: DOMRect, b: DOMRect) =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) >= Math.min(a.height, b.height) / 2;

/** Whether a style takes its element out of the flow (position absolute or fixed). */
export const outOfFlow = (style: CSSStyleDeclaration) => /absolute|fixed/.test(style.position);

/**
 * The children of `parent` in the order the screen reads them (rows top to bottom, within a row in
 * the writing direction), where their boxes say it differs from the document's: items of a flex or
 * grid container moved by `order` or a reversed direction, and siblings placed out of the flow
 * (positioned, transformed, or an empty row whose cells are). Text directly in a flex or grid
 * container that moves its items is an item of its own (an anonymous one, where the browser puts
 * it). Undefined for ordinary flow: text directly in any other parent (inline text, right-to-left
 * text included), inline siblings, and positioned siblings that share a row (a PDF text layer's
 * runs, a table's cells): there the document's order is the reading order, also over two columns.
 * Undefined too where a box stands beside boxes that are not beside each other (it spans two rows: a
 * tall text beside two stacked cards, a note beside a form's rows): there are no rows to read across.
 */
function screenOrder(parent: Element, kids: readonly Group[], view: Window): Group[] | undefined {
  if (kids.length < 2) return undefined;
  const texts = kids.some((kid) => 'piece' in kid);
  const style = view.getComputedStyle(parent);
  const boxed = /flex|grid/.test(style.display);
  // A paragraph's text among its inline elements: their styles are not read.
  if (texts && !boxed) return undefined;
  const styles = kids.map(({ node }) => (node instanceof Element ? view.getComputedStyle(node) : undefined));
  // Placed on a grid by line or area (grid-template-areas): "auto" where the grid places it in turn.
  // A table's caption is placed above or below it by caption-side, wherever it is in the document
  // (a figure drawn as a table with its figcaption after the table).
  const flows =
    styles.some((s) => s?.display === 'table-caption') ||
    (boxed && (style.flexDirection.endsWith('reverse') || styles.some((s) => s && (+s.order || !/^(auto)?$/.test(s.gridArea)))));
  if (texts && !flows) return undefined;
  const out = (element: Element | null) => !!element && outOfFlow(view.getComputedStyle(element));
  // Boxes are read only where something may move: a whole page's selection has thousands of siblings.
  const placed = kids.map(({ node }, i) => {
    const element = node as Element;
    const s = styles[i];
    if (!s) return false;
    // A transform function, a position out of the flow, or no height of its own with its cells positioned.
    const moves = /\(/.test(s.transform) || outOfFlow(s) || (out(element.firstElementChild) && !element.getBoundingClientRect().height);
    if (!moves) return false;
    // Screen-reader-only text is out of the flow in a box of a pixel: it moves nothing.
    const box = boxOf(element);
    return box.width > 1 && box.height > 1;
  });
  if (!flows && (!placed.includes(true) || styles.some((s, i) => !placed[i] && s?.display.startsWith('inline')))) return undefined;
  const boxes = kids.map(({ node }) => boxOf(node));
  const byTop = kids.map((_, i) => i).sort((a, b) => boxes[a]!.top - boxes[b]!.top);
  // Rows of boxes each beside every other box of its row.
  const rows: number[][] = [[]];
  for (const i of byTop) {
    const row = rows[rows.length - 1]!;
    const beside = (j: number) => sameRow(boxes[j]!, boxes[i]!);
    if (row.every(beside)) row.push(i);
    // A box beside some of a row's boxes and not all: one of them spans two rows (a tall text beside two
    // stacked cards, a note beside a form's rows), so there are no rows to read across.
    else if (row.some(beside)) return undefined;
    else rows.push([i]);
  }
  const rtl = style.direction === 'rtl';
  const order: number[] = [];
  for (const row of rows) {
    if (!flows && row.filter((i) => placed[i]).length > 1) return undefined;
    order.push(...row.sort((a, b) => (rtl ? boxes[b]!.right - boxes[a]!.right : boxes[a]!.left - boxes[b]!.left)));
  }
  return order.some((i, at) => i !== at) ? order.map((i) => kids[i]!) : undefined;
}

/**
 * The browser's text of a selection (`text`, its pieces aligned at `spans`) with the parts the page
 * moves on screen in the order the screen shows them (see screenOrder): each moved child's text goes
 * as a whole, the whitespace between the children (line breaks, tabs) stays where it was. Returns the
 * text, its aligned pieces (pieces the text does not hold dropped), their spans in it, and the fields
 * (field-value.ts) placed among the pieces again; undefined where nothing moves.
 */
export function inScreenOrder(
  text: string,
  pieces: readonly TextPiece[],
  spans: readonly (Span | null)[],
  fields: readonly FieldText[],
  ancestor: Node,
  view: Window,
): { text: string; pieces: TextPiece[]; spans: Span[]; fields: FieldText[] } | undefined {
  const root: Group = { node: ancestor, kids: [] };
  const groups = new Map<Node, Group>([[ancestor, root]]);
  for (const [i, piece] of pieces.entries()) {
    if (!spans[i]) continue;
    // Up from the piece until a group met before (at the latest the common ancestor's).
    let child: Group = { node: piece.node, kids: [], piece: i };
    for (let node = piece.node.parentNode; node; node = node.parentNode) {
      const group = groups.get(node);
      if (group) {
        group.kids.push(child);
        break;
      }
      child = { node, kids: [child] };
      groups.set(node, child);
    }
  }
  // Where a group's text starts and ends in the browser's text: at its first and last piece.
  const edge = (group: Group, end: 0 | 1): number =>
    group.piece === undefined ? edge(group.kids[end && group.kids.length - 1]!, end) : spans[group.piece]![end];
  // The groups whose children the screen shows in another order; where there are none, nothing is copied.
  const shown = new Map<Group, Group[]>();
  const decide = (group: Group) => {
    const order = group.node instanceof Element ? screenOrder(group.node, group.kids, view) : undefined;
    if (order) shown.set(group, order);
    group.kids.forEach(decide);
  };
  decide(root);
  if (shown.size === 0) return undefined;
  const out: string[] = [];
  const order: number[] = [];
  const newSpans: Span[] = [];
  let length = 0;
  const put = (part: string) => {
    out.push(part);
    length += part.length;
  };
  const emit = (group: Group) => {
    if (group.piece !== undefined) {
      order.push(group.piece);
      const [from, to] = spans[group.piece]!;
      newSpans.push([length, length + to - from]);
      put(text.slice(from, to));
      return;
    }
    (shown.get(group) ?? group.kids).forEach((kid, at) => {
      // The whitespace between the children stays in its place: the n-th gap after the n-th child.
      if (at > 0) put(text.slice(edge(group.kids[at - 1]!, 1), edge(group.kids[at]!, 0)));
      emit(kid);
    });
  };
  put(text.slice(0, edge(root, 0)));
  emit(root);
  put(text.slice(edge(root, 1)));
  // A field stands before the first piece shown that follows it in the document.
  const placedAt = (at: number) => {
    const k = order.findIndex((piece) => piece >= at);
    return k < 0 ? order.length : k;
  };
  return {
    text: out.join(''),
    pieces: order.map((i) => pieces[i]!),
    spans: newSpans,
    fields: fields.map((field) => ({ ...field, at: placedAt(field.at) })),
  };
}
