// The texts of the annotated sets, for the speed scripts (bench.ts, speed-vs-reference.ts).
import { readFileSync } from 'node:fs';

/** The notes of dev, held-out and unseen, in order. */
export function annotatedNotes(): string[] {
  return ['dev', 'heldout', 'unseen'].flatMap((set) =>
    readFileSync(new URL(`../data/${set}.jsonl`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

/** The notes, joined by blank lines and repeated until the text is at least `bytes` long. */
export function repeatedNotes(notes: readonly string[], bytes: number): string {
  let text = '';
  while (text.length < bytes) text += notes.join('\n\n') + '\n\n';
  return text;
}
