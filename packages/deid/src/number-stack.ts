/** Growable list of offsets in a typed array: a few hundred thousand pushes per megabyte of text. */
export class Offsets {
  values: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  done(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * Lists of offsets collected in one typed array kept between calls, each handed over as an array
 * of exactly its length: a list grown push by push allocates about three times its final size on
 * the heap (each growth copies it), and the rules make hundreds of such lists a call.
 *
 * A function takes a mark, pushes, and takes its numbers from the mark; a function that it calls
 * meanwhile does the same above it and leaves the stack as it found it, so one stack serves all.
 */
class NumberStack extends Offsets {
  constructor() {
    super(4096);
  }

  mark(): number {
    return this.length;
  }

  /** The numbers pushed since `mark`, as an array; they leave the stack. */
  takeFrom(mark: number): number[] {
    const count = this.length - mark;
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.values[mark + i]!;
    this.length = mark;
    return out;
  }
}

export const numberStack = new NumberStack();
