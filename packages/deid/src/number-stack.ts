/**
 * Lists of offsets collected in one typed array kept between calls, each handed over as an array
 * of exactly its length: a list grown push by push allocates about three times its final size on
 * the heap (each growth copies it), and the rules make hundreds of such lists a call.
 *
 * A function takes a mark, pushes, and takes its numbers from the mark; a function that it calls
 * meanwhile does the same above it and leaves the stack as it found it, so one stack serves all.
 */
class NumberStack {
  private values = new Int32Array(4096);
  private length = 0;

  mark(): number {
    return this.length;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
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
