/** What the person typed as the smallest group, as a whole number of at least 1; undefined while it is not one. */
export function parseMinGroup(text: string): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
