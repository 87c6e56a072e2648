// Ages in a table's age column: "| naam | leeftijd | adres |" or a tab-separated export with "lft": the
// numbers in the cells under that header are ages ("87", "81 / 80" for a couple, "9 mnd"), whatever
// else the row holds. Found from the header word, so a text without one costs nothing.
import type { Span } from '../labels.js';
import { phrasesOf, phraseStarts, type Scan } from '../scan.js';

const AGE_HEADER_WORDS = phrasesOf(['leeftijd', 'leeftijden', 'lft']);
const AGE_HEADER = /^(?:leeftijd(?:en)?|lft\.?)(?: ?\((?:jaar|jr\.?|jaren)\))?$/i;
/** A cell of one age or two (a couple), each perhaps with its unit. */
const AGE_CELL = /^(\d{1,3})( ?(?:jaar|jr\.?|j|mnd\.?|maanden))?(?: ?(?:\/|en|&|,) ?(\d{1,3})( ?(?:jaar|jr\.?|j|mnd\.?|maanden))?)?$/i;
/** "|---|:--|": the line under a header. */
const RULE_LINE = /^[\s|:+-]*$/;
const MOST_YEARS = 110;

interface Cell {
  at: number;
  value: string;
}

/** The cells of a line split by `separator`, each with its offset in the text and without the spaces around it. */
function cellsOf(text: string, start: number, end: number, separator: string): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (;;) {
    const to = text.indexOf(separator, from);
    const cellEnd = to === -1 || to > end ? end : to;
    let a = from;
    let b = cellEnd;
    while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '\r')) b--;
    cells.push({ at: a, value: text.slice(a, b) });
    if (cellEnd === end) return cells;
    from = cellEnd + 1;
  }
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

export function findAgeColumns(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  let done = -1;
  for (const word of phraseStarts(found, AGE_HEADER_WORDS)) {
    if (word < done) continue;
    const start = text.lastIndexOf('\n', word - 1) + 1;
    const end = lineEnd(text, word);
    const header = text.slice(start, end);
    const separator = header.includes('\t') ? '\t' : header.includes('|') ? '|' : '';
    if (!separator) continue;
    const headers = cellsOf(text, start, end, separator);
    const column = headers.findIndex((cell) => cell.at === word && AGE_HEADER.test(cell.value));
    if (column === -1 || headers.length < 3) continue;
    for (let row = end + 1; row < text.length;) {
      const rowEnd = lineEnd(text, row);
      const line = text.slice(row, rowEnd);
      if (!line.includes(separator)) break;
      if (!RULE_LINE.test(line)) {
        const cells = cellsOf(text, row, rowEnd, separator);
        if (cells.length !== headers.length) break;
        const cell = cells[column]!;
        const ages = AGE_CELL.exec(cell.value);
        if (ages) {
          const first = ages[1]!.length + (ages[2]?.length ?? 0);
          if (Number(ages[1]) <= MOST_YEARS) spans.push({ start: cell.at, end: cell.at + first, label: 'AGE', source: 'age-column' });
          const second = ages[3] ? ages[3].length + (ages[4]?.length ?? 0) : 0;
          const secondAt = cell.at + cell.value.length - second;
          if (ages[3] && Number(ages[3]) <= MOST_YEARS)
            spans.push({ start: secondAt, end: secondAt + second, label: 'AGE', source: 'age-column' });
        }
      }
      done = rowEnd;
      row = rowEnd + 1;
    }
  }
  return spans;
}
