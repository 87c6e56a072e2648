#!/usr/bin/env node
// The analyst CLI: `pnpm analyse <command>` from the repo root; the commands are in run.ts.
// This entry loads them only after starting what can start early: for `counts` of a large file,
// its worker threads, which then load their code while this thread loads its own (under tsx
// that is about a second a thread, a fifth of counting a million stories; issue 14).
import { realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { besides, DEFAULT_PARALLEL_BYTES, prestartWorkers, SEMI_SPACE_MB } from './start-worker.js';

/** The FILE of `counts FILE [options]` when it is large enough to be counted in parallel; no checks (run.ts does those). */
function largeCountsFile(args: string[], parallelBytes: string | undefined): boolean {
  const [command, ...rest] = args;
  if (command !== 'counts') return false;
  const files = rest.filter((arg, i) => !arg.startsWith('-') && !['--by', '--min-group', '--version'].includes(rest[i - 1] ?? ''));
  if (files.length !== 1) return false;
  try {
    return statSync(files[0]!).size >= (parallelBytes && /^\d+$/.test(parallelBytes) ? Number(parallelBytes) : DEFAULT_PARALLEL_BYTES);
  } catch {
    return false;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Reading a file makes a short-lived object per story: with V8's default young generation a
  // fifth of `counts` went to scavenges (issue 14). The workers get the same (start-worker.ts).
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  const args = process.argv.slice(2);
  if (largeCountsFile(args, process.env.VERTELPUNT_PARALLEL_BYTES))
    prestartWorkers(besides('count-worker', import.meta.url), Math.min(availableParallelism(), 8) - 1);
  const { runCli } = await import('./run.js');
  const { stdout, stderr, exitCode } = await runCli(args);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
