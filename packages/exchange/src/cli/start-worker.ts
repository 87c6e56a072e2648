import { Worker } from 'node:worker_threads';

/** Inputs from this size are read on every core (VERTELPUNT_PARALLEL_BYTES sets it; tests use 0). */
export const DEFAULT_PARALLEL_BYTES = 16 * 1024 * 1024;

/** V8's semi-space for the CLI and its workers (a young generation is three of them): fewer scavenges per story read. */
export const SEMI_SPACE_MB = 32;

/** A module beside `base` (an `import.meta.url`): `.ts` when the CLI runs from its sources, `.js` when built. */
export const besides = (name: string, base: string): URL => new URL(base.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, base);

/**
 * A worker thread of the CLI. It starts as this process did (tsx, the source condition), but
 * never as an --eval script, and without V8's heap flags, which a worker refuses (it has
 * resourceLimits): the same young generation is given through those.
 */
export function startWorker(url: URL, workerData: unknown): Worker {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type') && !/^--(max|min)-[a-z-]*-size/.test(arg));
  return new Worker(url, { workerData, execArgv, resourceLimits: { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } });
}
