#!/usr/bin/env node
// Bundles the CLI into one ES module (dist/iac-lint.js): one file to load at
// start instead of resolving dozens of modules. Heavy dependencies that are
// loaded lazily (the HCL WebAssembly) stay external and are imported only
// when a Terraform file is read.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: join(root, 'dist/iac-lint.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
