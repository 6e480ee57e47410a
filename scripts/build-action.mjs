#!/usr/bin/env node
// Bundles the GitHub Action into dist/action/, which is committed: GitHub runs
// an action from a plain checkout of its repository, without `npm install`.
//
//   dist/action/index.mjs          the action (ESM, every dependency inlined;
//                                  the HCL parser is our own TypeScript)
//
// The output is byte-for-byte reproducible (no timestamps, no absolute paths):
// test/action-bundle.test.ts rebuilds it into a temporary directory and
// compares it with the committed files.
//
// Usage: node scripts/build-action.mjs [--outdir DIR]   (default dist/action)
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag >= 0 && process.argv[outdirFlag + 1]
    ? resolve(process.argv[outdirFlag + 1])
    : join(root, 'dist/action');

/** `@cdktn/hcl2json` (WebAssembly) is the test oracle only: the Action must not ship it. */
const noHcl2json = {
  name: 'no-hcl2json',
  setup(b) {
    b.onResolve({ filter: /^@cdktn\/hcl2json/ }, (args) => ({
      errors: [{ text: `${args.importer} imports @cdktn/hcl2json, the test oracle; the linter parses HCL with src/parsers/terraform/hcl/` }],
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
  // A worktree whose node_modules is a link to another checkout's: the
  // paths in the bundle stay node_modules/..., as in a plain checkout.
  preserveSymlinks: true,
  // CommonJS dependencies (fast-glob, ...) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);",
  },
  plugins: [noHcl2json],
});

