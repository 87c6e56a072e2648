// A worker thread of `export`: reads and checks the file while the main thread encodes (read-ahead.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { FileReadOptions } from './input.js';
import { sendStories } from './read-ahead.js';

const { file, options } = workerData as { file: string; options: FileReadOptions };
await sendStories(
  file,
  options,
  (reply) => parentPort!.postMessage(reply),
  (listener) => parentPort!.on('message', listener),
);
// The main thread's "taken" messages no longer matter: let the thread end.
parentPort!.removeAllListeners('message');
