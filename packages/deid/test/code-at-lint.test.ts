import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the rules read characters through codeAt, not charCodeAt (a read past the end would slow its site for good)', () => {
  it('refuses charCodeAt in a rule file and in the statistical layer', async () => {
    const code = 'export const after = (text: string, end: number) => text.charCodeAt(end) === 32;\n';
    expect(await problems('packages/deid/src/detectors/new-rule.ts', code)).toEqual([expect.stringContaining('codeAt')]);
    expect(await problems('packages/deid/src/statistical/new-feature.ts', code)).toEqual([expect.stringContaining('codeAt')]);
  }, 60_000);

  it('allows codeAt there, and charCodeAt in scan.ts, which defines codeAt', async () => {
    expect(
      await problems(
        'packages/deid/src/detectors/new-rule.ts',
        "import { codeAt } from '../scan.js';\nexport const after = (text: string, end: number) => codeAt(text, end) === 32;\n",
      ),
    ).toEqual([]);
    expect(await problems('packages/deid/src/scan.ts', 'export const first = (text: string) => text.charCodeAt(0);\n')).toEqual([]);
  }, 60_000);
});
