/**
 * The line on which each element of the top-level `stories` array starts, for a JSON text laid
 * out any way at all. Only used to point at a problem, so it favours plainness over speed.
 */
export function storyStartLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKey: string | undefined;
  let pendingKey: string | undefined;
  let inStories = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') {
        inString = false;
        if (depth === 1) pendingKey = JSON.parse(text.slice(stringStart, i + 1)) as string;
      }
      continue;
    }
    if (inStories && depth === 2 && expectValue && !/[\s,\]]/.test(c)) {
      lines.push(line);
      expectValue = false;
    }
    switch (c) {
      case '"':
        inString = true;
        stringStart = i;
        break;
      case ':':
        if (depth === 1) lastKey = pendingKey;
        break;
      case '{':
      case '[':
        depth += 1;
        if (depth === 2 && c === '[' && lastKey === 'stories') {
          inStories = true;
          expectValue = true;
        }
        break;
      case '}':
      case ']':
        depth -= 1;
        if (depth === 1) inStories = false;
        break;
      case ',':
        if (inStories && depth === 2) expectValue = true;
        break;
    }
  }
  return lines;
}
