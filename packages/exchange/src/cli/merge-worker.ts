// A worker thread of `merge`: reads whole input files, one after another, for the first pass (parallel-merge.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readAs, type MergeJob } from './parallel-merge.js';

await readAs(workerData as MergeJob, (reply, transfer) => parentPort!.postMessage(reply, transfer));
