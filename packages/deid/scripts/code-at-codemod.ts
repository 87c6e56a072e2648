// Rewrites `text.charCodeAt(i)` as `codeAt(text, i)` in the files given and imports codeAt from scan.js (for a merge
// that brings new charCodeAt calls into the rules, which the lint forbids there; see codeAt in src/scan.ts for why).
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/code-at-codemod.ts FILE… && pnpm exec prettier --write FILE…
// Only a plain receiver (`text`, `found.text`) is rewritten; the lint names any other call that is left.
import { readFileSync, writeFileSync } from 'node:fs';

const CALL = /(?<![\w$.)\]])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.charCodeAt\(/g;
const SCAN_IMPORT = /import \{([^}]*)\} from '((?:\.\.?\/)+scan\.js)';/;

/** The import list with codeAt added: values sorted case-insensitively, then the type imports. */
function withCodeAt(names: string): string {
  const all = [...names.split(',').map((name) => name.trim()), 'codeAt'].filter(Boolean);
  const values = all.filter((name) => !name.startsWith('type ')).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return ` ${[...values, ...all.filter((name) => name.startsWith('type '))].join(', ')} `;
}

for (const file of process.argv.slice(2)) {
  let count = 0;
  let source = readFileSync(file, 'utf8').replace(CALL, (_, receiver: string) => {
    count++;
    return `codeAt(${receiver}, `;
  });
  if (count === 0) continue;
  const scanImport = SCAN_IMPORT.exec(source);
  if (scanImport) {
    if (!/\bcodeAt\b/.test(scanImport[1]!))
      source = source.replace(SCAN_IMPORT, `import {${withCodeAt(scanImport[1]!)}} from '${scanImport[2]}';`);
  } else {
    const lines = source.split('\n');
    const lastImport = lines.findLastIndex((line) => /^import .* from '.*';$/.test(line));
    lines.splice(
      lastImport + 1,
      0,
      `import { codeAt } from '${file.includes('/src/detectors/') || file.includes('/src/statistical/') ? '../scan.js' : './scan.js'}';`,
    );
    source = lines.join('\n');
  }
  writeFileSync(file, source);
  console.log(`${file}: ${count}`);
}
