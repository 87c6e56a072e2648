// A worker thread of `counts` on a large file: takes pieces until none are left (parallel-counts.ts).
// Its job comes with it, or as a message when it was started before the job was known (main.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { countShare, type CountJob } from './parallel-counts.js';

const run = (job: CountJob) => parentPort!.postMessage(countShare(job));
if (workerData === undefined) parentPort!.once('message', run);
else run(workerData as CountJob);
