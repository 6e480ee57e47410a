#!/usr/bin/env node
// A CommonJS file (bin/package.json): Node starts it without its ES module
// loader (14 M instructions of a start, callgrind), and runs the CLI as a
// classic script with V8's code cache (scripts/build.mjs builds
// dist/iac-lint.script.js and makes dist/.cache/). The ES module build,
// dist/iac-lint.js, runs instead when there is no cache for this V8 (a
// Node other than the one that built the package), or with
// IAC_LINT_CODE_CACHE=0: compiling the whole script without a cache costs
// more than loading the chunks of the module build. A run never writes
// the cache (nothing is written but what the user asked for): a cache V8
// rejects (other V8 flags, such as --max-old-space-size) costs that run a
// full compile, and the next build makes it again.
'use strict';
// The bundle takes Node's built-in modules with process.getBuiltinModule
// (scripts/build.mjs), which Node has since 20.16 and 22.3: give older ones it.
if (typeof process.getBuiltinModule !== 'function') process.getBuiltinModule = require;
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'iac-lint.script.js');
// One file per V8 and architecture (the name scripts/build.mjs gives it).
const cacheFile = join(dist, '.cache', `iac-lint-${process.versions.v8}-${process.arch}.bin`);

/** The file's bytes, or undefined when it cannot be read. */
function read(path, encoding) {
  try {
    return readFileSync(path, encoding);
  } catch {
    return undefined;
  }
}

const cachedData = process.env.IAC_LINT_CODE_CACHE === '0' ? undefined : read(cacheFile);
const source = cachedData === undefined ? undefined : read(file, 'utf8');
if (source === undefined) {
  import(pathToFileURL(join(dist, 'iac-lint.js')).href);
} else {
  const { Script } = require('node:vm');
  const script = new Script(source, { filename: file, cachedData });
  const cli = script.runInThisContext()(pathToFileURL(file).href);
  cli.runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
