// Page side (part of the injected script): keep it small and free of imports but its own.
import type { FieldText, TextPiece } from './rendered-text';

type Span = [number, number];

/** A node of the selection with the aligned pieces under it, its children in document order. */
interface Group {
  node: Node;
  kids: Group[];
  /** The piece a text node's group stands for. */
  piece?: number;
  /** Where the group's text starts and ends in the browser's text. */
  from: number;
  to: number;
}

/** The box an element is drawn in; an empty one (a row whose cells are all positioned) that of its contents. */
function contentsBox(element: Element): DOMRect {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

const sameRow = (a: DOMRect, b: DOMRect) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) >= Math.min(a.height, b.height) / 2;

/**
 * The children of `parent` in the order the screen reads them (rows top to bottom, within a row in
 * the writing direction), where their boxes say it differs from the document's: items of a flex or
 * grid container moved by `order` or a reversed direction, and siblings placed out of the flow
 * (positioned, transformed, or an empty row whose cells are). Undefined for ordinary flow: text
 * directly in the parent (inline text, right-to-left text included), inline siblings, and
 * positioned siblings that share a row (a PDF text layer's runs, a table's cells): there the
 * document's order is the reading order, also over two columns.
 */
function screenOrder(parent: Element, kids: readonly Group[], view: Window): Group[] | undefined {
  if (kids.length < 2 || kids.some((kid) => 'piece' in kid)) return undefined;
  const style = view.getComputedStyle(parent);
  const styles = kids.map(({ node }) => view.getComputedStyle(node as Element));
  const flows = /flex|grid/.test(style.display) && (style.flexDirection.endsWith('reverse') || styles.some((s) => +s.order));
  const rects = kids.map(({ node }) => (node as Element).getBoundingClientRect());
  const boxes = rects.map((rect, i) => (rect.height ? rect : contentsBox(kids[i]!.node as Element)));
  const placed = styles.map(
    (s, i) =>
      // A transform function, a position out of the flow, or no height of its own (its contents are placed).
      (/\(/.test(s.transform) || /absolute|fixed/.test(s.position) || !rects[i]!.height) &&
      // Screen-reader-only text is out of the flow in a box of a pixel: it moves nothing.
      boxes[i]!.width > 1 &&
      boxes[i]!.height > 1,
  );
  if (!flows && (!placed.includes(true) || styles.some((s, i) => !placed[i] && s.display.startsWith('inline')))) return undefined;
  const byTop = kids.map((_, i) => i).sort((a, b) => boxes[a]!.top - boxes[b]!.top);
  const rows: number[][] = [];
  for (const i of byTop) {
    const row = rows[rows.length - 1];
    if (row && sameRow(boxes[row[0]!]!, boxes[i]!)) row.push(i);
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
  const groups = new Map<Node, Group>();
  for (const [i, piece] of pieces.entries()) {
    const span = spans[i];
    if (!span) continue;
    // Up from the piece to the common ancestor: a group met before only grows.
    let child: Group | undefined = { node: piece.node, kids: [], piece: i, from: span[0], to: span[1] };
    for (let node = piece.node.parentNode; node; node = node === ancestor ? null : node.parentNode) {
      let group = groups.get(node);
      const known = !!group;
      group ??= { node, kids: [], from: span[0], to: span[1] };
      groups.set(node, group);
      if (child) group.kids.push(child);
      child = known ? undefined : group;
      group.to = span[1];
    }
  }
  const root = groups.get(ancestor);
  let moved = false;
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
      newSpans.push([length, length + group.to - group.from]);
      put(text.slice(group.from, group.to));
      return;
    }
    const shown = group.node instanceof Element ? screenOrder(group.node, group.kids, view) : undefined;
    moved ||= !!shown;
    (shown ?? group.kids).forEach((kid, at) => {
      // The whitespace between the children stays in its place: the n-th gap after the n-th child.
      if (at > 0) put(text.slice(group.kids[at - 1]!.to, group.kids[at]!.from));
      emit(kid);
    });
  };
  if (!root) return undefined;
  put(text.slice(0, root.from));
  emit(root);
  if (!moved) return undefined;
  put(text.slice(root.to));
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
