import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

it('the usage example at the top of the README runs and prints what the README says', () => {
  const readme = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
  const [, code] = /```ts\n([\s\S]*?)```/.exec(readme)!;
  const [, expected] = /```text\n([\s\S]*?)```/.exec(readme)!;
  expect(readme.split('\n').slice(0, 3), 'the README opens with the example').toEqual(['# @vertelpunt/taxonomy', '', '```ts']);
  expect(code!.trim().split('\n')).toHaveLength(5);
  const script = join(PACKAGE_DIR, `readme-example-${process.pid}.ts`);
  writeFileSync(script, code!);
  try {
    const out = execFileSync(process.execPath, ['--conditions=vertelpunt-source', '--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: PACKAGE_DIR,
    });
    expect(out).toBe(expected);
  } finally {
    rmSync(script);
  }
}, 20_000);
