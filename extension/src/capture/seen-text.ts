// Page side (part of the injected script): keep it small and free of imports but its own.
import { alignPieces } from './align-pieces';
import type { RenderedRange, TextPiece } from './rendered-text';
import { inScreenOrder, outOfFlow, sameRow } from './screen-order';

/**
 * Whether an element hides its text from sight: the way screen-reader-only classes do (sr-only,
 * visually-hidden, screen-reader-text): a positioned box of at most 1 px that is clipped
 * (clip: rect(0 0 0 0), clip-path: inset(50%)) or hides its overflow, or one placed off the page
 * (left: -10000px); at opacity 0 (a control or an anchor drawn only on hover or focus, which the
 * user did not see while selecting); or as an aria-hidden copy of the drawn element before it (a ticker
 * doubles its text for a seamless loop: one message on screen, read once). The box is only
 * measured for the few positioned elements.
 */
function visuallyHidden(element: Element, view: Window): boolean {
  const style = view.getComputedStyle(element);
  const before = element.previousElementSibling;
  // A copy is a duplicate only beside a drawn twin: next to a screen-reader-only one it is the text drawn.
  if (
    style.opacity === '0' ||
    (element.getAttribute('aria-hidden') === 'true' &&
      before &&
      element.textContent === before.textContent &&
      !visuallyHidden(before, view))
  )
    return true;
  // Every common pattern takes the element out of the flow; the position is cheaper to read than
  // the box, so it goes first (a whole page's selection measures thousands of elements).
  if (!outOfFlow(style)) return false;
  const box = element.getBoundingClientRect();
  const tiny = box.width <= 1 || box.height <= 1;
  const offPage = box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0;
  return offPage || (tiny && /rect|inset|hidden|clip/.test(style.clip + style.clipPath + style.overflow));
}

/**
 * The nearest box that is not inline: text in two of them is laid out apart, not run together. An
 * inline-block (inline-flex, inline-grid) is a box of its own: its width, not a margin, may set a
 * label apart from the value after it (a fixed-width label column before an <output>).
 */
function boxOf(element: Element | null, view: Window, boxes: Map<Element, Element | null>): Element | null {
  if (!element) return null;
  let box = boxes.get(element);
  if (box === undefined) {
    const display = view.getComputedStyle(element).display;
    box = /^(inline|contents)$/.test(display) ? boxOf(element.parentElement, view, boxes) : element;
    boxes.set(element, box);
  }
  return box;
}

function charBox(piece: TextPiece, last: boolean): DOMRect {
  const { node } = piece;
  let i = last ? piece.end - 1 : piece.start;
  while (last && i > piece.start && /\s/.test(node.data[i]!)) i--;
  while (!last && i < piece.end - 1 && /\s/.test(node.data[i]!)) i++;
  const range = node.ownerDocument.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  return range.getBoundingClientRect();
}

/**
 * The room inline elements leave on one side of them, from `element` up to the first that holds
 * `other` too: margins, padding and borders on the side that faces the other piece. Text that CSS
 * adds (::before, ::after, the quotation marks of <q>) is no room: it is not in the clip either.
 */
function room(element: Element | null, other: Node, side: 'start' | 'end', view: Window): number {
  let px = 0;
  for (let e = element; e && !e.contains(other); e = e.parentElement) {
    const style = view.getComputedStyle(e);
    for (const property of [`margin-inline-${side}`, `padding-inline-${side}`, `border-inline-${side}-width`]) {
      px += parseFloat(style.getPropertyValue(property)) || 0;
    }
  }
  return px;
}

/**
 * What separates two pieces the browser's text runs together: a line break where the second is
 * laid out on another line, a space where it stands apart on the same line, nothing where it
 * follows on (an inline element inside a word). PDF viewers and document viewers lay out each line
 * as a positioned box with no whitespace between them; the browser's text glues the lines. Inline
 * elements in one box set apart by margins alone ("Cliënten › Jansen" as links and aria-hidden
 * separators with nothing between them) get a space where that room is over a fifth of the text's
 * size: a highlight's thin padding inside a word stays without.
 */
function separator(a: TextPiece, b: TextPiece, view: Window, boxes: Map<Element, Element | null>): string {
  const [x, y] = [a.node.parentElement, b.node.parentElement];
  if (x === y) return '';
  if (boxOf(x, view, boxes) === boxOf(y, view, boxes)) {
    const size = (y && parseFloat(view.getComputedStyle(y).fontSize)) || 16;
    return room(x, b.node, 'end', view) + room(y, a.node, 'start', view) > size * 0.2 ? ' ' : '';
  }
  const p = charBox(a, true);
  const q = charBox(b, false);
  const height = Math.min(p.height, q.height);
  if (height === 0) return '';
  if (!sameRow(p, q)) return '\n';
  // On one line, a gap of about a space's width in text of about one size (not a drop capital
  // floated beside its word).
  return Math.max(q.left - p.right, p.left - q.right) > height * 0.15 && Math.max(p.height, q.height) < height * 1.5 ? ' ' : '';
}

/**
 * The browser's text of a selection (`text`) as the user sees it: screen-reader-only text left out
 * where the selection holds visible text too, and so is text folded away in a closed <details>; a
 * line break or space where the browser's text has no separator between text laid out on
 * different lines or apart; and the values of the form fields selected over, which the browser's
 * text leaves out. All of it needs the selected text nodes (`pieces`) lined up with the browser's
 * text; where they do not line up, or only one node is selected, the browser's text is kept as it is.
 * With `hiddenOut` (an element's text put in beside the selection's: a slot's), hidden text is left
 * out even where it is all there is, and where the pieces do not line up nothing is kept.
 */
export function seenText(text: string, selected: Pick<RenderedRange, 'pieces' | 'fields'>, ancestor: Node, hiddenOut = false): string {
  const view = ancestor.ownerDocument?.defaultView;
  let { pieces, fields } = selected;
  if ((!hiddenOut && pieces.length + fields.length < 2) || !view) return text;
  let spans: ([number, number] | null)[] | undefined = alignPieces(
    text,
    pieces.map(({ node, start, end }) => node.data.slice(start, end)),
  );
  if (!spans) return hiddenOut ? '' : text;
  // What the page moves on screen (flex order, positioned rows) in the order the screen shows it.
  const moved = inScreenOrder(text, pieces, spans, fields, ancestor, view);
  if (moved) ({ text, pieces, spans, fields } = moved);
  // Only elements below the selection's common ancestor: above it, every selected node is inside.
  const hiddenElements = new Map<Element, boolean>();
  const isHidden = (node: Node) => {
    for (let e = node.parentElement; e && e !== ancestor; e = e.parentElement) {
      if (!hiddenElements.has(e)) hiddenElements.set(e, visuallyHidden(e, view));
      if (hiddenElements.get(e)) return true;
    }
    return false;
  };
  const hidden = pieces.map((piece, i) => spans[i] !== null && !piece.unseen && isHidden(piece.node));
  const allHidden = !hiddenOut && spans.every((span, i) => span === null || pieces[i]!.unseen || hidden[i]);
  // Parts and the last character kept apart: a string grown by += and tested at its end is copied
  // whole at every test, which made a whole page's selection take seconds.
  const out: string[] = [];
  let last = '';
  let spaceOwed = false;
  const keep = (part: string) => {
    if (!part) return;
    if (spaceOwed && /^\S/.test(part)) out.push(' ');
    spaceOwed = false;
    out.push(part);
    last = part[part.length - 1]!;
  };
  const boxes = new Map<Element, Element | null>();
  let at = 0;
  let previous: TextPiece | undefined;
  // A field's value goes right after the text before it (its label), apart from the text on both
  // sides; not where the field (a slot) is inside screen-reader-only text.
  const keepFields = (before: number) => {
    for (const { value, at: place, node } of fields) {
      if (place !== before || (isHidden(node) && !allHidden)) continue;
      if (/\S/.test(last)) keep(' ');
      keep(value);
      spaceOwed = true;
      previous = undefined;
    }
  };
  pieces.forEach((piece, i) => {
    keepFields(i);
    const span = spans[i];
    if (!span) return;
    keep(text.slice(at, span[0]));
    at = span[1];
    if (piece.unseen || (hidden[i] && !allHidden)) {
      // The space the hidden text stood between stays once.
      if (!/\S/.test(last)) while (text[at] === ' ' || text[at] === '\t') at++;
      return;
    }
    if (previous && /\S/.test(last)) keep(separator(previous, piece, view, boxes));
    keep(text.slice(span[0], span[1]));
    previous = piece;
  });
  keepFields(pieces.length);
  keep(text.slice(at));
  return out.join('');
}
