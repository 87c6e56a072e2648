// Lets the sources' `./x.js` imports find `./x.ts`, as tsx and TypeScript do, for the scripts that run under node's own
// TypeScript transform (cpu-profile.ts, deopt-sites.ts: tsx puts each module on one line, so V8's positions say nothing).
// Import it before anything that imports the sources; plain JavaScript, so node loads it without the hook.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, URL } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
