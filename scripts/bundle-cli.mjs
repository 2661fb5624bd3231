// Bundles the command line (dist/cli.js and the --jobs worker) into dist/bundle/: one file to load and compile
// instead of some sixty modules and their packages. `lint FILE` in a pre-commit hook starts about 15% sooner
// (bench/README.md). The library (dist/index.js) stays as tsc wrote it.
//
// dist/bundle/ sits as deep as dist/model/, so the paths the code finds beside itself hold in both builds:
// ../validators.cjs and ../../schemas/. Chromium's driver (playwright-core) is large and loaded only by
// `render --format pdf`: it stays a package of its own.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
rmSync(outdir, { recursive: true, force: true });
await build({
  // The worker sits beside the chunks, where engine/parallel.ts looks for it ('./lint-worker.js').
  entryPoints: [
    { in: fileURLToPath(new URL('../dist/cli.js', import.meta.url)), out: 'cli' },
    { in: fileURLToPath(new URL('../dist/engine/lint-worker.js', import.meta.url)), out: 'lint-worker' },
  ],
  outdir,
  bundle: true,
  splitting: true, // each command's modules stay in a chunk loaded when the command runs
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  external: ['playwright-core', '../validators.cjs'],
  // Bundled CommonJS packages (commander, iconv-lite) require Node's own modules.
  banner: { js: "import { createRequire as __servicebookRequire } from 'node:module'; const require = __servicebookRequire(import.meta.url);" },
  logLevel: 'warning',
});
