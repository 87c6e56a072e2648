/**
 * Lists of (number, weight) by feature as two typed arrays each: the model's weights and the
 * neighbour index's postings are read thousands of times a call, and arrays of small objects cost
 * more to walk and to keep (the garbage collector marks every one of them).
 */
export interface PackedList {
  /** The numbers (terms, notes), in the list's order. */
  readonly at: Int32Array;
  readonly weights: Float64Array;
}

/** Packs each list of `lists`; `at` and `weight` read an entry's number and weight. */
export function packLists<T>(
  lists: ReadonlyMap<string, readonly T[]>,
  at: (entry: T) => number,
  weight: (entry: T) => number,
): Map<string, PackedList> {
  const packed = new Map<string, PackedList>();
  for (const [key, list] of lists) packed.set(key, { at: Int32Array.from(list, at), weights: Float64Array.from(list, weight) });
  return packed;
}
