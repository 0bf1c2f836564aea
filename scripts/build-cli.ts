/**
 * Bundles the CLI (src/cli/main.ts) into one ESM file, dist-cli/parley.mjs, the package's `bin`.
 * Dependencies stay external (resolved from node_modules), so the bundle holds only our code.
 */
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist-cli/parley.mjs`;
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { version: string };

await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  define: { __PARLEY_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
console.log(`built ${outfile}`);
