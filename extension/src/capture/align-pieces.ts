// Page side (part of the injected script): keep it small and free of imports. Pure: strings only.

const SPACE = /\s/;
/** Whitespace as \s has it, without a regular expression for the common characters (this runs per character). */
const isSpace = (c: string | undefined) =>
  c !== undefined && (c <= ' ' ? c === ' ' || (c >= '\t' && c <= '\r') : c >= '\u00a0' && SPACE.test(c));

/** [start, end) of `piece` in `text` from `at` on, after whitespace only; undefined where it does not start there. */
function matchAt(text: string, piece: string, at: number): [number, number] | undefined {
  let i = at;
  while (isSpace(text[i])) i++;
  const start = i;
  for (let j = 0; j < piece.length; j++) {
    const c = piece[j]!;
    if (isSpace(c)) {
      // A run of whitespace in the page is a run of one or more in the browser's text (collapsed,
      // a line break where the line wrapped at a <br>, a tab between cells).
      if (!isSpace(text[i])) return undefined;
      while (isSpace(text[i])) i++;
      while (isSpace(piece[j + 1])) j++;
    } else if (c === text[i] || c.toLowerCase() === text[i]?.toLowerCase()) {
      // Either case: the browser's text follows text-transform.
      i++;
    } else if (c !== '\u00ad') {
      // A soft hyphen the browser's text may leave out; anything else: the piece is not here.
      return undefined;
    }
  }
  return [start, i];
}

/**
 * Where each text node's selected text lies in the browser's own text of the selection: a span
 * [start, end) per piece, null for a piece that is only whitespace or that the browser's text
 * leaves out (user-select: none). Undefined where the pieces do not line up with the text from
 * start to end (text the walk did not see, such as a shadow root's): then the caller keeps the
 * browser's text as it is. Each piece must start where the last one ended, after whitespace.
 */
export function alignPieces(text: string, pieces: readonly string[]): ([number, number] | null)[] | undefined {
  let at = 0;
  const spans = pieces.map((piece) => {
    const trimmed = piece.trim();
    const span = trimmed === '' ? undefined : matchAt(text, trimmed, at);
    if (!span) return null;
    at = span[1];
    return span;
  });
  while (isSpace(text[at])) at++;
  return at === text.length ? spans : undefined;
}
