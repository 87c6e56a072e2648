/** The lookbehind copy of each pattern (null where the pattern has not the shape for one). */
const copies = new WeakMap<RegExp, RegExp | null>();

/**
 * `pattern.test(value)` for a pattern that ends with `$` ("… van\s*$", the words before a number):
 * `test` tries such a pattern from every position of the value, and most positions fail only after
 * a few of its alternatives; `(?<=(?:P))$`, sticky at the value's end, tries it once, backwards from
 * there. It matches where and only where P matches a piece of the value that ends at its end, which
 * is what P$ asks (a lookbehind matches the same strings backwards, captures aside, and `test` reads
 * none). A pattern of another shape (no final `$`, `|` outside a group, a flag that keeps state,
 * a backreference) is tested as it is.
 */
export function testAtEnd(pattern: RegExp, value: string): boolean {
  let copy = copies.get(pattern);
  if (copy === undefined) copies.set(pattern, (copy = lookbehindCopy(pattern)));
  if (copy === null) return pattern.test(value);
  copy.lastIndex = value.length;
  return copy.test(value);
}

function lookbehindCopy(pattern: RegExp): RegExp | null {
  const source = pattern.source;
  if (/[gym]/.test(pattern.flags) || !source.endsWith('$') || /\\[1-9]|\\k</.test(source)) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length - 1; i++) {
    const c = source[i]!;
    if (c === '\\') {
      // An escaped character, also the final `$` if this escape reaches it ("\\$" ends with a dollar sign, no anchor).
      if (i + 1 === source.length - 1) return null;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  if (inClass || depth !== 0) return null;
  return new RegExp(`(?<=(?:${source.slice(0, -1)}))$`, `${pattern.flags}y`);
}
