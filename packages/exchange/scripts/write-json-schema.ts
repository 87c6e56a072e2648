// Writes schema/vertelpunt-stories.schema.json from the zod schema; a test checks it is current.
// Run: node --conditions=vertelpunt-source --import tsx packages/exchange/scripts/write-json-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { envelopeJsonSchema } from '../src/json-envelope.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/vertelpunt-stories.schema.json', import.meta.url));
export const renderSchema = () => `${JSON.stringify(envelopeJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(SCHEMA_FILE, renderSchema());
