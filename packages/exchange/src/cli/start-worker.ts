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

/** Workers started before their work was known, by module (`prestartWorkers`). */
const waiting = new Map<string, Worker[]>();

/**
 * Starts workers of `url` now, to be handed their work later by `takeWorker` (their module then
 * waits for it as a message). Until taken they do not keep the process alive, and one that
 * fails to start is dropped.
 */
export function prestartWorkers(url: URL, count: number): void {
  const list = waiting.get(url.href) ?? [];
  waiting.set(url.href, list);
  for (let i = 0; i < count; i++) {
    const worker = startWorker(url, undefined);
    worker.unref();
    const drop = () => list.includes(worker) && list.splice(list.indexOf(worker), 1);
    worker.once('error', drop);
    worker.once('exit', drop);
    list.push(worker);
  }
}

/** A worker of `url` doing `work`: one started early if there is one, else a new one. */
export function takeWorker(url: URL, work: unknown): Worker {
  const worker = waiting.get(url.href)?.shift();
  if (worker === undefined) return startWorker(url, work);
  worker.ref();
  worker.postMessage(work);
  return worker;
}
