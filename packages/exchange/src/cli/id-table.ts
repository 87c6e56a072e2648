/**
 * Story ids → entry numbers (0, 1, 2 … in the order added), in typed arrays: a lowercase UUID is
 * kept as its 16 bytes, so a million ids cost about 24 MB instead of a Map of strings (~100 MB).
 * Callers keep what they need per entry in their own typed arrays, indexed by entry number.
 * An id in any other spelling (upper case) is kept in a small Map, so different strings stay
 * different ids, as everywhere else.
 */
export class IdTable {
  private words: Uint32Array;
  private slots: Int32Array;
  private readonly other = new Map<string, number>();
  private readonly otherIds: string[] = [];
  private count = 0;

  /** `expected`: how many ids are coming, when known (room for them all at once: no rehashing as it fills). */
  constructor(expected = 1024) {
    this.words = new Uint32Array(4 * Math.max(1024, expected));
    let slots = 2048;
    while (slots < 2 * expected) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** The entry of `id`, or -1. */
  find(id: string): number {
    const key = packUuid(id);
    if (!key) return this.other.get(id) ?? -1;
    return this.slots[this.probe(key)]!;
  }

  /** Adds an id that is not in the table yet and returns its entry. */
  add(id: string): number {
    const entry = this.count++;
    const key = packUuid(id);
    if (!key) {
      this.other.set(id, entry);
      this.otherIds[entry] = id;
      return entry;
    }
    if (4 * entry + 4 > this.words.length) this.words = grow(this.words, 2 * this.words.length);
    this.words.set(key, 4 * entry);
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
    this.slots[this.probe(key)] = entry;
    return entry;
  }

  /** Adds `id` unless it is there already: true when it was new (one probe, where find + add take two). */
  addNew(id: string): boolean {
    const key = packUuid(id);
    if (key) return this.addNewPacked(key, 0);
    if (this.other.has(id)) return false;
    this.add(id);
    return true;
  }

  /** `addNew` for a UUID packed already (`packUuidInto`): the four words at `from` in `source`. */
  addNewPacked(source: Uint32Array, from: number): boolean {
    let slot = this.probe(source, from);
    if (this.slots[slot] !== -1) return false;
    const entry = this.count++;
    if (4 * entry + 4 > this.words.length) this.words = grow(this.words, 2 * this.words.length);
    this.words.set(source.subarray(from, from + 4), 4 * entry);
    if (2 * this.count > this.slots.length) {
      this.rehash(2 * this.slots.length);
      slot = this.probe(source, from);
    }
    this.slots[slot] = entry;
    return true;
  }

  /** The entry of a UUID packed already (`packUuidInto`), or -1. */
  findPacked(source: Uint32Array, from: number): number {
    return this.slots[this.probe(source, from)]!;
  }

  /** `add` for a UUID packed already (`packUuidInto`) that is not in the table yet. */
  addPacked(source: Uint32Array, from: number): number {
    const entry = this.count++;
    if (4 * entry + 4 > this.words.length) this.words = grow(this.words, 2 * this.words.length);
    this.words.set(source.subarray(from, from + 4), 4 * entry);
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
    this.slots[this.probe(source, from)] = entry;
    return entry;
  }

  /** The id of an entry, as it was given. */
  id(entry: number): string {
    return this.otherIds[entry] ?? uuidOf(this.words, 4 * entry);
  }

  /** Orders entries as their ids compare as strings (the tie-break of every export's order). */
  compare(a: number, b: number): number {
    if (this.otherIds[a] === undefined && this.otherIds[b] === undefined) {
      for (let i = 0; i < 4; i++) {
        const d = this.words[4 * a + i]! - this.words[4 * b + i]!;
        if (d !== 0) return d;
      }
      return 0;
    }
    const x = this.id(a);
    const y = this.id(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** The slot of the key at `from` in `source`: where it is, or the empty slot where it would go. */
  private probe(source: Uint32Array, from = 0): number {
    const mask = this.slots.length - 1;
    const k0 = source[from]!;
    const k1 = source[from + 1]!;
    const k2 = source[from + 2]!;
    const k3 = source[from + 3]!;
    let slot = (k0 ^ Math.imul(k3, 0x9e3779b1)) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === -1) return slot;
      const at = 4 * entry;
      if (this.words[at] === k0 && this.words[at + 1] === k1 && this.words[at + 2] === k2 && this.words[at + 3] === k3) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size).fill(-1);
    for (const entry of old) {
      if (entry !== -1) this.slots[this.probe(this.words, 4 * entry)] = entry;
    }
  }
}

const key = new Uint32Array(4);
/** Where each of the 32 hex digits of a UUID stands in its 36 characters. */
const HEX_AT = Uint8Array.from([...'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'].flatMap((c, i) => (c === 'x' ? [i] : [])));

/**
 * A lowercase UUID as four 32-bit words (big-endian order, so words compare as the string does).
 * Read character by character: a regular expression and parseInt per id cost 2 s of a million-story merge.
 */
function packUuid(id: string): Uint32Array | undefined {
  if (id.length !== 36 || id.charCodeAt(8) !== 45 || id.charCodeAt(13) !== 45 || id.charCodeAt(18) !== 45 || id.charCodeAt(23) !== 45)
    return undefined;
  for (let word = 0; word < 4; word++) {
    let value = 0;
    for (let i = 8 * word; i < 8 * word + 8; i++) {
      const c = id.charCodeAt(HEX_AT[i]!);
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (digit < 0) return undefined;
      value = (value << 4) | digit;
    }
    key[word] = value >>> 0;
  }
  return key;
}

/** The lowercase UUID packed in the four words at `at`. */
export function uuidOf(words: Uint32Array, at: number): string {
  const hex = Array.from(words.subarray(at, at + 4), (w) => w.toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Packs a lowercase UUID into the four words at `at` of `target`; false (nothing written that counts) for any other id. */
export function packUuidInto(id: string, target: Uint32Array, at: number): boolean {
  const packed = packUuid(id);
  if (!packed) return false;
  target.set(packed, at);
  return true;
}

/** A typed array with room for `length` elements, the old ones copied. */
export function grow<T extends Uint32Array | Int32Array | Float64Array | Uint16Array | Uint8Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
