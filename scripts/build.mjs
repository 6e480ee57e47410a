#!/usr/bin/env node
// Bundles the CLI into one ES module (dist/iac-lint.js) with its dependencies
// (yaml, yargs, fast-glob) inlined: one file to load at start instead of
// resolving and reading dozens of modules (measured by `npm run bench`: one
// CloudFormation file 2.78x -> ~2.2x `node -e 0`). The HCL parser stays
// external: src/hcl loads its WebAssembly lazily, only when a Terraform file
// is read.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The lint pool's worker (src/lint/pool.ts finds it next to the bundle).
for (const [entry, outfile] of [
  ['src/cli/bin.ts', 'dist/iac-lint.js'],
  ['src/lint/worker.ts', 'dist/iac-lint-worker.js'],
]) await build({
  entryPoints: [join(root, entry)],
  outfile: join(root, outfile),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@cdktn/hcl2json', '@cdktn/hcl2json/*'],
  // Inlined CommonJS packages call require(): give the ES module one.
  banner: { js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);" },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

// The HCL WebAssembly, uncompressed next to the bundle: src/hcl/hcl2json.ts
// reads it instead of gunzipping the package's main.wasm.gz (~70-100 ms) at
// every start that reads a Terraform file.
const hcl2jsonDir = dirname(createRequire(join(root, 'package.json')).resolve('@cdktn/hcl2json/package.json'));
await writeFile(join(root, 'dist/hcl2json.wasm'), gunzipSync(await readFile(join(hcl2jsonDir, 'main.wasm.gz'))));
