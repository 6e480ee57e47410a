#!/usr/bin/env node
// Bundles the CLI into one ES module (dist/iac-lint.js) with its dependencies
// (yaml, yargs, fast-glob) inlined: one file to load at start instead of
// resolving and reading dozens of modules (measured by `npm run bench`: one
// CloudFormation file 2.78x -> ~2.2x `node -e 0`). The HCL parser is our own
// TypeScript (src/parsers/terraform/hcl/): no WebAssembly in dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rm } from 'node:fs/promises';

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
  // Inlined CommonJS packages call require(): give the ES module one.
  banner: { js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);" },
  // write-file-atomic (CommonJS) hashes __filename into its temporary names; an ES module has none.
  // The pid, thread id and a counter keep the names unique.
  define: { __filename: '"write-file-atomic"' },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

// A WebAssembly HCL parser left by an older build.
await rm(join(root, 'dist/hcl2json.wasm'), { force: true });
