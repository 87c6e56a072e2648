// Regenerates src/generated/taxonomy-data.ts from the YAML files in taxonomy/.
// Refuses (exit 2, one line per problem) when a file breaks its schema or a reference dangles.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findReferenceProblems } from './check-references.js';
import { readTaxonomyFiles, TaxonomyFileError } from './read-taxonomy-files.js';
import { renderGeneratedModule } from './render-generated-module.js';

export const TAXONOMY_DIR = fileURLToPath(new URL('../../../taxonomy/', import.meta.url));
export const GENERATED_MODULE = fileURLToPath(new URL('../src/generated/taxonomy-data.ts', import.meta.url));

function main(): void {
  try {
    const files = readTaxonomyFiles(TAXONOMY_DIR);
    const problems = findReferenceProblems(files);
    if (problems.length > 0) {
      for (const problem of problems) console.error(problem);
      process.exit(2);
    }
    writeFileSync(GENERATED_MODULE, renderGeneratedModule(files));
    const terms = files.versions.reduce((n, v) => n + v.terms.length, 0);
    console.error(`wrote ${GENERATED_MODULE}: ${files.versions.length} versions, ${terms} term entries`);
  } catch (error) {
    if (!(error instanceof TaxonomyFileError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
