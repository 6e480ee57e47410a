#!/usr/bin/env node
// Bundles the GitHub Action into dist/action/, which is committed: GitHub runs
// an action from a plain checkout of its repository, without `npm install`.
//
//   dist/action/index.mjs        the action (ESM, every dependency inlined)
//   dist/action/lib/hcl2json.cjs @cdktn/hcl2json and its Go WebAssembly shim (CJS)
//   dist/action/main.wasm.gz     the HCL parser, loaded by hcl2json from `${__dirname}/..`
//
// @cdktn/hcl2json is CommonJS and finds its WebAssembly with
// join(__dirname, "..", "main.wasm.gz"), so it is bundled on its own as a CJS
// file one directory below the asset, and index.mjs imports it lazily
// (only when a Terraform file is read), as the source does.
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

const HCL2JSON = '@cdktn/hcl2json';
const HCL2JSON_CHUNK = './lib/hcl2json.cjs';
const hcl2jsonDir = dirname(createRequire(join(root, 'package.json')).resolve(`${HCL2JSON}/package.json`));

/** Options shared by both outputs; nothing here depends on the machine or the time. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Rewrites `import('@cdktn/hcl2json')` to the separately bundled CJS file next to the action. */
const hcl2jsonAsChunk = {
  name: 'hcl2json-as-chunk',
  setup(b) {
    b.onResolve({ filter: /^@cdktn\/hcl2json$/ }, () => ({ path: HCL2JSON_CHUNK, external: true }));
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(join(outdir, 'lib'), { recursive: true });

await build({
  ...common,
  entryPoints: [join(root, 'src/action/index.ts')],
  outfile: join(outdir, 'index.mjs'),
  format: 'esm',
  // CommonJS dependencies (fast-glob, ...) call require() for Node built-ins.
  banner: { js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);" },
  plugins: [hcl2jsonAsChunk],
});

await build({
  ...common,
  // An ESM entry with explicit names makes esbuild annotate the CJS exports,
  // so `await import()` from index.mjs sees them as named exports.
  stdin: {
    contents: `export { parse, convertFiles, getReferencesInExpression, getExpressionAst, wrapTerraformExpression, TFExpressionSyntaxTree } from '${HCL2JSON}';`,
    resolveDir: root,
    sourcefile: 'hcl2json-entry.js',
    loader: 'js',
  },
  outfile: join(outdir, HCL2JSON_CHUNK),
  format: 'cjs',
  // The Go shim's `globalThis.performance ??= require("performance")`: never
  // evaluated on Node >= 16, which has a global performance.
  external: ['performance'],
});

await copyFile(join(hcl2jsonDir, 'main.wasm.gz'), join(outdir, 'main.wasm.gz'));
await copyFile(join(hcl2jsonDir, 'LICENSE'), join(outdir, 'lib/hcl2json.LICENSE'));
