// Page side (part of the injected script): keep it small and free of imports but its own.
import { alignPieces } from './align-pieces';
import type { TextPiece } from './rendered-text';

/**
 * Whether an element hides its text from sight the way screen-reader-only classes do (sr-only,
 * visually-hidden, screen-reader-text): a box of at most 1 px that clips or hides its overflow,
 * or a positioned box clipped to nothing or placed off the page. The box is measured first, so
 * the computed style is only read for the few elements that are tiny or off-screen.
 */
function visuallyHidden(element: Element, view: Window): boolean {
  const box = element.getBoundingClientRect();
  const tiny = box.width <= 1 || box.height <= 1;
  const offPage = box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0;
  if (!tiny && !offPage) return false;
  const style = view.getComputedStyle(element);
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  return (
    (positioned && (offPage || /rect/.test(style.clip))) ||
    (tiny && (/inset/.test(style.clipPath) || /hidden|clip/.test(style.overflow)))
  );
}

/** The nearest box that is not inline: text in two of them is laid out apart, not run together. */
function boxOf(node: Text, view: Window): Element | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const display = view.getComputedStyle(element).display;
    if (!display.startsWith('inline') && display !== 'contents') return element;
  }
  return null;
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
 * What separates two pieces the browser's text runs together: a line break where the second is
 * laid out on another line, a space where it stands apart on the same line, nothing where it
 * follows on (an inline element inside a word). PDF viewers and document viewers lay out each line
 * as a positioned box with no whitespace between them; the browser's text glues the lines.
 */
function separator(a: TextPiece, b: TextPiece, view: Window): string {
  if (a.node.parentElement === b.node.parentElement || boxOf(a.node, view) === boxOf(b.node, view)) return '';
  const x = charBox(a, true);
  const y = charBox(b, false);
  const height = Math.min(x.height, y.height);
  if (height === 0) return '';
  const overlap = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
  if (overlap < height / 2) return '\n';
  return Math.max(y.left - x.right, x.left - y.right) > height * 0.15 ? ' ' : '';
}

/**
 * The browser's text of a selection (`text`) as the user sees it: screen-reader-only text left out
 * where the selection holds visible text too, and a line break or space where the browser's text
 * has no separator between text laid out on different lines or apart. Both need the selected text
 * nodes (`pieces`) lined up with the browser's text; where they do not line up, or only one node is
 * selected, the browser's text is kept as it is.
 */
export function seenText(text: string, pieces: readonly TextPiece[], ancestor: Node): string {
  const view = ancestor.ownerDocument?.defaultView;
  if (pieces.length < 2 || !view) return text;
  const spans = alignPieces(
    text,
    pieces.map(({ node, start, end }) => node.data.slice(start, end)),
  );
  if (!spans) return text;
  // Only elements below the selection's common ancestor: above it, every selected node is inside.
  const hiddenElements = new Map<Element, boolean>();
  const isHidden = (node: Text) => {
    for (let e = node.parentElement; e && e !== ancestor; e = e.parentElement) {
      if (!hiddenElements.has(e)) hiddenElements.set(e, visuallyHidden(e, view));
      if (hiddenElements.get(e)) return true;
    }
    return false;
  };
  const hidden = pieces.map((piece, i) => spans[i] !== null && isHidden(piece.node));
  const allHidden = spans.every((span, i) => span === null || hidden[i]);
  let out = '';
  let at = 0;
  let previous: TextPiece | undefined;
  pieces.forEach((piece, i) => {
    const span = spans[i];
    if (!span) return;
    if (hidden[i] && !allHidden) {
      out += text.slice(at, span[0]);
      at = span[1];
      // The space the hidden text stood between stays once.
      if (out === '' || /\s$/.test(out)) while (text[at] === ' ' || text[at] === '\t') at++;
      return;
    }
    out += text.slice(at, span[0]);
    at = span[0];
    if (previous && /\S$/.test(out)) out += separator(previous, piece, view);
    previous = piece;
  });
  return out + text.slice(at);
}
