#!/usr/bin/env node
// The bundle takes Node's built-in modules with process.getBuiltinModule
// (scripts/build.mjs), which Node has since 20.16 and 22.3: give older ones it.
if (typeof process.getBuiltinModule !== 'function') {
  const { createRequire } = await import('node:module');
  process.getBuiltinModule = createRequire(import.meta.url);
}
await import('../dist/iac-lint.js');
