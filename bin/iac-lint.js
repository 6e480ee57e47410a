#!/usr/bin/env node
// A CommonJS file (bin/package.json): Node starts it without its ES module
// loader (14 M instructions of a start, callgrind), and runs the CLI as a
// classic script with V8's code cache (scripts/build.mjs builds
// dist/iac-lint.script.js and makes dist/.cache/). The ES module build,
// dist/iac-lint.js, runs instead when there is no cache for this V8 and
// none can be written (a read-only package), or with IAC_LINT_CODE_CACHE=0:
// compiling the whole script without a cache costs more than loading the
// chunks of the module build.
'use strict';
// The bundle takes Node's built-in modules with process.getBuiltinModule
// (scripts/build.mjs), which Node has since 20.16 and 22.3: give older ones it.
if (typeof process.getBuiltinModule !== 'function') process.getBuiltinModule = require;
const { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'iac-lint.script.js');
const cacheDir = join(dist, '.cache');
// One file per V8 and architecture (the name scripts/build.mjs gives it).
const cacheFile = join(cacheDir, `iac-lint-${process.versions.v8}-${process.arch}.bin`);

/** The file's bytes, or undefined when it cannot be read. */
function read(path, encoding) {
  try {
    return readFileSync(path, encoding);
  } catch {
    return undefined;
  }
}

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes the cache beside the old one and renames it over it: a start never reads half a file. Any failure leaves things as they were. */
function saveCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

const cachedData = process.env.IAC_LINT_CODE_CACHE === '0' ? undefined : read(cacheFile);
const source = cachedData !== undefined || (process.env.IAC_LINT_CODE_CACHE !== '0' && writable(cacheDir)) ? read(file, 'utf8') : undefined;
if (source === undefined) {
  import(pathToFileURL(join(dist, 'iac-lint.js')).href);
} else {
  const { Script } = require('node:vm');
  const script = new Script(source, { filename: file, cachedData });
  const cli = script.runInThisContext()(pathToFileURL(file).href);
  cli.runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Not after a run that gave V8 a flag: V8 would reject that cache at the next start.
    if ((cachedData === undefined || script.cachedDataRejected) && !cli.youngGenerationCapped()) saveCache(script);
  });
}
