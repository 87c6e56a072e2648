import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('entrypoints never import one another', () => {
  it('refuses an import from another entrypoint folder, by relative path or alias', async () => {
    expect(
      await problems('extension/entrypoints/overview/Bad.tsx', "import { x } from '../library/FilterPanel';\nexport const y = x;\n"),
    ).toEqual([expect.stringContaining('another entrypoint folder')]);
    expect(
      await problems(
        'extension/entrypoints/overview/Bad.tsx',
        "import { x } from '@/entrypoints/library/StoryList';\nexport const y = x;\n",
      ),
    ).toEqual([expect.stringContaining('another entrypoint folder')]);
  }, 60_000);

  it('allows the page its own files and what extension/src shares', async () => {
    expect(
      await problems(
        'extension/entrypoints/overview/Good.tsx',
        "import { a } from './charts';\nimport { b } from '../../src/ui/FilterPanel';\nexport const y = [a, b];\n",
      ),
    ).toEqual([]);
  }, 60_000);
});
