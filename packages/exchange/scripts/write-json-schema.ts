// Writes the JSON Schemas in schema/ from the zod schemas; a test checks they are current.
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/write-json-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { envelopeJsonSchema, ndjsonLineJsonSchema } from '../src/envelope.js';

const file = (name: string) => fileURLToPath(new URL(`../schema/${name}`, import.meta.url));

/** Each shipped schema file and how to render it. */
export const SCHEMAS = {
  envelope: { file: file('vertelpunt-stories.schema.json'), render: () => `${JSON.stringify(envelopeJsonSchema(), null, 2)}\n` },
  ndjsonLine: { file: file('vertelpunt-stories-line.schema.json'), render: () => `${JSON.stringify(ndjsonLineJsonSchema(), null, 2)}\n` },
};

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const { file: path, render } of Object.values(SCHEMAS)) writeFileSync(path, render());
