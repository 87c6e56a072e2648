import { detect } from '../src/index.js';
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(detect(t).map((s) => [s.label, t.slice(s.start, s.end), s.source])));
