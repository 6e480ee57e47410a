#!/usr/bin/env node
// Bundles the GitHub Action into dist/action/, which is committed: GitHub runs
// an action from a plain checkout of its repository, without `npm install`.
//
//   dist/action/index.mjs          the action (ESM, every dependency inlined,
//                                  Go's wasm_exec.js runtime glue included)
//   dist/action/main.wasm.gz       the HCL WebAssembly; src/hcl/hcl2json.ts
//                                  reads it next to the bundle (import.meta.url)
//   dist/action/hcl2json.LICENSE   its licence (MPL-2.0, @cdktn/hcl2json)
//
// The output is byte-for-byte reproducible (no timestamps, no absolute paths):
// test/action-bundle.test.ts rebuilds it into a temporary directory and
// compares it with the committed files.
//
// Usage: node scripts/build-action.mjs [--outdir DIR]   (default dist/action)
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag >= 0 && process.argv[outdirFlag + 1]
    ? resolve(process.argv[outdirFlag + 1])
    : join(root, 'dist/action');

const hcl2jsonDir = dirname(createRequire(join(root, 'package.json')).resolve('@cdktn/hcl2json/package.json'));

/**
 * `@cdktn/hcl2json`'s entry finds its WebAssembly through `__dirname`, which
 * an inlined ESM bundle does not have: the source must go through the loader
 * in src/hcl/, which finds main.wasm.gz next to the bundle.
 */
const noHcl2jsonEntry = {
  name: 'no-hcl2json-entry',
  setup(b) {
    b.onResolve({ filter: /^@cdktn\/hcl2json$/ }, (args) => ({
      errors: [{ text: `${args.importer} imports @cdktn/hcl2json; use the loader in src/hcl/ (it works in the Action bundle)` }],
    }));
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: [join(root, 'src/action/index.ts')],
  outfile: join(outdir, 'index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: root,
  // CommonJS dependencies (fast-glob, Go's wasm_exec.js, ...) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);",
  },
  plugins: [noHcl2jsonEntry],
});

await copyFile(join(hcl2jsonDir, 'main.wasm.gz'), join(outdir, 'main.wasm.gz'));
await copyFile(join(hcl2jsonDir, 'LICENSE'), join(outdir, 'hcl2json.LICENSE'));
