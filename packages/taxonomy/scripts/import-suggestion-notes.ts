// Copies a writer's file of training notes into data/suggest-train/, line by line and unchanged,
// leaving out every line that is not a valid training note: not JSON, wrong fields (the zod reader
// of suggestion-training.ts), an id seen before, a term id (in `terms` or in the optional `wrong`,
// the terms a keyword matcher would wrongly pick) that is no active term of the latest vocabulary
// version, a term both chosen and named wrong, or a note of a labelled set (every data/suggest*/labelled*.jsonl). Each line left out is reported
// with its reason; the source file is never changed.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/import-suggestion-notes.ts [--to DIR] SOURCE.jsonl...
// (--to: another folder than data/suggest-train/, for trying notes before they are taken in)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listTerms } from '../src/index.js';
import { readLabelledNotes } from './suggestion-score.js';
import { parseTrainingLine } from './suggestion-training.js';
import { TRAINING_DIR } from './train-suggestions.js';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** The valid lines of a file of training notes, as written, and why each other line was left out. */
export function validTrainingLines(
  jsonl: string,
  file: string,
  known: { terms: ReadonlySet<string>; labelledTexts: ReadonlySet<string> },
): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  const ids = new Set<string>();
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const note = parseTrainingLine(line, file, i + 1);
      const unknown = note.terms.filter((t) => !known.terms.has(t));
      const wrong = note.wrong ?? [];
      if (ids.has(note.id)) throw new Error(`${file}:${i + 1}: id: ${note.id} seen before`);
      if (unknown.length > 0) throw new Error(`${file}:${i + 1}: terms: no active term ${unknown.join(', ')}`);
      const unknownWrong = wrong.filter((t) => !known.terms.has(t));
      if (unknownWrong.length > 0) throw new Error(`${file}:${i + 1}: wrong: no active term ${unknownWrong.join(', ')}`);
      const both = wrong.filter((t) => note.terms.includes(t));
      if (both.length > 0) throw new Error(`${file}:${i + 1}: wrong: ${both.join(', ')} also in terms`);
      if (known.labelledTexts.has(note.text.trim())) throw new Error(`${file}:${i + 1}: text: a note of the labelled set`);
      ids.add(note.id);
      kept.push(line);
    } catch (error) {
      dropped.push((error as Error).message);
    }
  });
  return { kept, dropped };
}

/**
 * The labelled sets the suggestions are judged on, every `labelled*.jsonl` of a `data/suggest*` folder
 * (so a new judge's set is covered once it is committed): no training note may be one of their notes.
 */
export const LABELLED_SETS = readdirSync(DATA_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^suggest\d*$/.test(entry.name))
  .flatMap((entry) =>
    readdirSync(`${DATA_DIR}${entry.name}`)
      .filter((name) => /^labelled\d*\.jsonl$/.test(name))
      .map((name) => `${DATA_DIR}${entry.name}/${name}`),
  )
  .sort();

function main(): void {
  const { values, positionals: sources } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' } } });
  const to = values.to === undefined ? TRAINING_DIR : `${values.to.replace(/\/$/, '')}/`;
  const labelledTexts = new Set(
    LABELLED_SETS.flatMap((file) => readLabelledNotes(readFileSync(file, 'utf8'), file).map((n) => n.text.trim())),
  );
  const known = { terms: new Set(listTerms().map((t) => t.id as string)), labelledTexts };
  for (const source of sources) {
    const name = basename(source);
    const { kept, dropped } = validTrainingLines(readFileSync(source, 'utf8'), name, known);
    writeFileSync(`${to}${name}`, `${kept.join('\n')}\n`);
    console.log(`${name}: ${kept.length} notes kept, ${dropped.length} lines left out`);
    for (const reason of dropped) console.log(`  left out ${reason}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
