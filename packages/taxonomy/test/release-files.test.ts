// The release files in release/ (SKOS and REFI-QDA per vocabulary version) are what the CLI
// exports now: a change to the vocabulary or an export without regenerating them fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION_IDS } from '../src/index.js';
import { RELEASE_DIR, RELEASE_FILES_COMMAND, buildReleaseFiles } from '../scripts/release-files.js';

const expected = buildReleaseFiles();

describe('release/', () => {
  it('has a SKOS and a QDC file for every vocabulary version, and nothing else', () => {
    const names = readdirSync(RELEASE_DIR)
      .filter((n) => n !== 'README.md')
      .sort();
    expect(names, `release/ is out of date: run ${RELEASE_FILES_COMMAND}`).toEqual(
      VERSION_IDS.flatMap((v) => [`${v}.qdc`, `${v}.skos.jsonld`]).sort(),
    );
  });

  it.each([...expected.keys()])('%s is current', (name) => {
    const committed = readFileSync(join(RELEASE_DIR, name), 'utf8');
    expect(committed === expected.get(name), `release/${name} is out of date: run ${RELEASE_FILES_COMMAND}`).toBe(true);
  });

  it('each file names its version', () => {
    for (const [name, content] of expected) expect(content).toContain(name.replace(/\.(skos\.jsonld|qdc)$/, ''));
  });
});
