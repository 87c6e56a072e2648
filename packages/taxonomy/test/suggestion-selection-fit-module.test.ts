import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

describe('the selection-set fit (src/generated/suggestion-selection-fit.ts)', () => {
  it('is what scripts/ranking-evidence.ts --write gives from the selection sets and the committed learners', () => {
    const printed = execFileSync(
      process.execPath,
      ['--conditions=vertelpunt-source', '--import', 'tsx', 'scripts/ranking-evidence.ts', '--write', '--print'],
      { cwd: PACKAGE_DIR, encoding: 'utf8' },
    );
    expect(printed).toBe(readFileSync(`${PACKAGE_DIR}src/generated/suggestion-selection-fit.ts`, 'utf8'));
  }, 120_000);
});
