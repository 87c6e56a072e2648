// Trains the suggestion model on the training notes in data/suggest-train/*.jsonl and writes
// src/generated/suggestion-model.ts and the notes' nearest-neighbour index over the model's features,
// src/generated/suggestion-neighbours.ts (deterministic: the same notes give the same files).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/train-suggestions.ts
// Prints the number of notes, terms and features, the time taken, and the module's size (raw and gzipped).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildNeighbourData, renderNeighbourModule } from './suggestion-neighbours.js';
import { readTrainingNotes, renderModelModule, trainTermModel, type TrainingNote } from './suggestion-training.js';

export const TRAINING_DIR = fileURLToPath(new URL('../data/suggest-train/', import.meta.url));
export const MODEL_MODULE = fileURLToPath(new URL('../src/generated/suggestion-model.ts', import.meta.url));
export const NEIGHBOURS_MODULE = fileURLToPath(new URL('../src/generated/suggestion-neighbours.ts', import.meta.url));

/**
 * How many times a writer's notes count (by the writer's letter, t-<writer>-NNN; absent: 1) in the
 * model's passes, the neighbours' vote and naive Bayes's counts. None differ now: weighing writers
 * K, L and M twice was tried (docs/suggestion-rounds.md, suggest10).
 */
export const WRITER_WEIGHTS: Readonly<Record<string, number>> = {};

/** Every training note, files in name order, with its writer's weight when that is not 1. */
export function readTrainingDir(
  dir: string = TRAINING_DIR,
  writerWeights: Readonly<Record<string, number>> = WRITER_WEIGHTS,
): TrainingNote[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readTrainingNotes(readFileSync(`${dir}${name}`, 'utf8'), name))
    .map((note) => {
      const weight = writerWeights[note.id.slice(2, 3)];
      return weight === undefined || weight === 1 ? note : { ...note, weight };
    });
}

function main(): void {
  const notes = readTrainingDir();
  const started = performance.now();
  const model = trainTermModel(notes);
  const took = performance.now() - started;
  const module = renderModelModule(model);
  writeFileSync(MODEL_MODULE, module);
  const weights = model.terms.reduce((n, t) => n + t.weights.length / 2, 0);
  console.error(
    `${notes.length} notes → ${model.terms.length} terms, ${model.features.length} features, ${weights} weights, trained in ${took.toFixed(0)} ms`,
  );
  console.error(
    `wrote ${MODEL_MODULE}: ${(module.length / 1024).toFixed(1)} kB, ${(gzipSync(module).length / 1024).toFixed(1)} kB gzipped`,
  );
  const neighbours = renderNeighbourModule(buildNeighbourData(notes, model));
  writeFileSync(NEIGHBOURS_MODULE, neighbours);
  console.error(
    `wrote ${NEIGHBOURS_MODULE}: ${(neighbours.length / 1024).toFixed(1)} kB, ${(gzipSync(neighbours).length / 1024).toFixed(1)} kB gzipped`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
