#!/usr/bin/env node
// Bundles the CLI into ES modules (dist/iac-lint.js and its chunks) with its dependencies
// (yaml, yargs, fast-glob) inlined: a few files to load at start instead of
// resolving and reading dozens of modules (measured by `npm run bench`: one
// CloudFormation file 2.78x -> ~2.2x `node -e 0`). The HCL parser is our own
// TypeScript (src/parsers/terraform/hcl/): no WebAssembly in dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The CLI and the lint pool's worker (src/lint/pool.ts finds it next to the
// bundle), split into chunks at each dynamic import(): code only some runs
// reach (yargs with its help layout, the HCL parser, fast-glob,
// write-file-atomic) is in its own chunk, which V8 compiles only when a run
// imports it (measured by bench/results.md: one CloudFormation file 1.91x ->
// 1.74x, one .tf directory 2.15x -> 1.72x `node -e 0`, paired runs). Chunks sit
// beside the entries, so import.meta.url in a chunk still names dist/; the
// chunks of an older build are removed first.
for (const file of await readdir(join(root, 'dist')).catch(() => [])) {
  if (/^chunk-[A-Z0-9]+\.js$/.test(file)) await rm(join(root, 'dist', file), { force: true });
}
await build({
  entryPoints: { 'iac-lint': join(root, 'src/cli/bin.ts'), 'iac-lint-worker': join(root, 'src/lint/worker.ts') },
  outdir: join(root, 'dist'),
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Inlined CommonJS packages call require(): give each ES module one.
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
