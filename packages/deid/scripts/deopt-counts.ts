// How often V8 throws optimised code away during detect + redact calls on new 50 kB selections, by reason (prints
// figures; not a test): a child node under --trace-deopt warms up on WARM new selections, then makes CALLS more, and
// only the deopts of those are counted. The compiles are concurrent (no --predictable), as in the side panel, so a
// count moves by a few from one run to the next: run it several times.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/deopt-counts.ts [SRC] [--warm 20] [--calls 40] [--runs 3]
// SRC: this package's src by default, or a frozen copy (as for compare-reference.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type * as DeidIndex from '../src/index.js';

const MEASURED = '--- measured calls start';
const script = fileURLToPath(import.meta.url);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The child's work: new generated selections, as bench.ts's "a new selection each run". */
async function drive(src: string, warm: number, calls: number): Promise<void> {
  const { detect, redact } = (await import(pathToFileURL(join(src, 'index.ts')).href)) as typeof DeidIndex;
  const { freshTextOfSize } = await import('./generated-notes.js');
  const texts = Array.from({ length: warm + calls }, (_, i) => freshTextOfSize(50 * 1024, 1 + i));
  for (let i = 0; i < warm + calls; i++) {
    if (i === warm) console.log(MEASURED);
    redact(texts[i]!, detect(texts[i]!));
  }
}

/** The folder holding index.ts, with the package's node_modules beside it (a frozen copy imports ibantools …). */
function sourceFolder(source: string): string {
  const root = resolve(source);
  const src = existsSync(join(root, 'src', 'index.ts')) ? join(root, 'src') : root;
  if (!existsSync(join(src, 'index.ts'))) throw new Error(`no index.ts in ${src}`);
  if (!existsSync(join(src, '..', 'node_modules'))) symlinkSync(join(packageRoot, 'node_modules'), join(src, '..', 'node_modules'));
  return src;
}

const Args = z.object({
  source: z.string().default(join(packageRoot, 'src')),
  warm: z.coerce.number().int().nonnegative().default(20),
  calls: z.coerce.number().int().positive().default(40),
  runs: z.coerce.number().int().positive().default(3),
});

const argv = process.argv.slice(2);
if (argv[0] === '--drive') {
  await drive(argv[1]!, Number(argv[2]), Number(argv[3]));
} else {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith('--')) options[argv[i]!.slice(2)] = argv[++i] ?? '';
    else options['source'] = argv[i]!;
  }
  const { source, warm, calls, runs } = Args.parse(options);
  const src = sourceFolder(source);
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [...process.execArgv, '--trace-deopt', script, '--drive', src, String(warm), String(calls)], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (child.status !== 0) throw new Error(child.stderr.slice(-2000));
    const measured = child.stdout.slice(child.stdout.indexOf(MEASURED));
    const reasons = new Map<string, number>();
    for (const [, reason] of measured.matchAll(/\[bailout \(kind: [^,]+, reason: ([^)]*)\)/g))
      reasons.set(reason!, (reasons.get(reason!) ?? 0) + 1);
    const total = [...reasons.values()].reduce((sum, count) => sum + count, 0);
    const top = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${count} ${reason}`);
    console.log(
      `${source} run ${run + 1}: ${reasons.get('not a Smi') ?? 0} "not a Smi" of ${total} deopts in ${calls} calls after ${warm} (${top.join('; ')})`,
    );
  }
}
