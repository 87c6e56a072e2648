// A worker thread of `counts` on a large file: takes pieces until none are left (parallel-counts.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { countShare, type CountJob } from './parallel-counts.js';

parentPort!.postMessage(countShare(workerData as CountJob));
