/**
 * FNV-1a over the code units of `text` from `start` to `end`, cut to 30 bits: small integers, which
 * typed-array tables store as they are. The word lists' table and the memo of pieces as written key on it.
 */
export function hashOfCodeUnits(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash & 0x3fffffff;
}
