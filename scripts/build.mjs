#!/usr/bin/env node
// Bundles the CLI into ES modules (dist/iac-lint.js and its chunks) with its dependencies
// (yaml, yargs, fast-glob) inlined: a few files to load at start instead of
// resolving and reading dozens of modules (measured by `npm run bench`: one
// CloudFormation file 2.78x -> ~2.2x `node -e 0`). The HCL parser is our own
// TypeScript (src/parsers/terraform/hcl/): no WebAssembly in dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The CLI and the lint pool's worker (src/lint/pool.ts finds it next to the
// bundle), split into chunks at each dynamic import(): code only some runs
// reach (yargs with its help layout, the HCL parser, fast-glob,
// the atomic file writer with signal-exit) is in its own chunk, which V8 compiles only when a run
// imports it (measured by bench/results.md: one CloudFormation file 1.91x ->
// 1.74x, one .tf directory 2.15x -> 1.72x `node -e 0`, paired runs). Chunks sit
// beside the entries, so import.meta.url in a chunk still names dist/; the
// chunks of an older build are removed first.
for (const file of await readdir(join(root, 'dist')).catch(() => [])) {
  if (/^chunk-[A-Z0-9]+\.js$/.test(file)) await rm(join(root, 'dist', file), { force: true });
}
// Node's built-in modules by process.getBuiltinModule() (require() in the
// worker): an `import` of one makes Node build an ES module facade of all
// its exports at load time (node:fs's getters load the streams, node:crypto
// its ciphers), measured ~7 ms of a start for fs, fs/promises, path and url.
// Each built-in becomes a small module that exports, from the module
// object, the names the bundle's sources import (listed by builtinImports
// from the probe build below; as CommonJS for the probe itself, whose output
// is not written — esbuild's interop would copy every member of each module
// at load time). A require() of one in an inlined CommonJS package gets the
// module object itself. The CLI then needs no require() at all: no
// createRequire, which loads node:module and its source maps (6.6 M of the
// 682 M instructions of a one-file run, callgrind); bin/iac-lint.js gives
// Node before 20.16 a process.getBuiltinModule.
const builtins = new Set(builtinModules);
const builtinsBy = (get, names) => ({
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => {
      // (A require() in these modules themselves, the worker's, is Node's.)
      const kind = args.kind === 'require-call' && args.namespace === 'file' ? 'node-builtin-object' : args.kind === 'import-statement' || args.kind === 'dynamic-import' ? 'node-builtin' : undefined;
      if (!kind || !builtins.has(args.path.replace(/^node:/, ''))) return undefined;
      return { path: args.path.replace(/^node:/, ''), namespace: kind };
    });
    const builtin = (path) => `${get}(${JSON.stringify(`node:${path}`)})`;
    b.onLoad({ filter: /.*/, namespace: 'node-builtin-object' }, (args) => ({ contents: `module.exports = ${builtin(args.path)};`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => {
      if (!names) return { contents: `module.exports = ${builtin(args.path)};`, loader: 'js' };
      const exported = [...(names.get(args.path) ?? [])].map((name) => `export const ${name} = builtin.${name};`);
      return { contents: `const builtin = ${builtin(args.path)};\n${exported.join('\n')}\n`, loader: 'js' };
    });
  },
});

/** The names imported from each built-in module by `files`; a default or namespace import (all members) is refused. */
async function builtinImports(files) {
  const names = new Map();
  const clause = /\bimport\s+(type\s+)?([\w$*\s{},]*?)\s*from\s*['"](?:node:)?([a-z_/]+)['"]/g;
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8');
    for (const [statement, typeOnly, what, module] of text.matchAll(clause)) {
      if (typeOnly || !builtins.has(module)) continue;
      const named = /^\{([^}]*)\}$/.exec(what.trim());
      if (!named) throw new Error(`${file}: ${statement}: import only named members of a built-in module (the bundle's built-ins are require()d)`);
      add(module, named[1], /\s+as\s+/);
    }
    // A built-in loaded only when a run needs it: `const { a, b } = await import('node:x')`.
    for (const [, what, module] of text.matchAll(/\bconst\s*\{([^}]*)\}\s*=\s*await\s+import\(\s*['"](?:node:)?([a-z_/]+)['"]\s*\)/g)) {
      if (builtins.has(module)) add(module, what, /\s*:\s*/);
    }
  }
  return names;

  function add(module, list, rename) {
    const set = names.get(module) ?? new Set();
    for (const part of list.split(',')) {
      const name = part.trim().split(rename)[0];
      if (name && !name.startsWith('type ')) set.add(name);
    }
    names.set(module, set);
  }
}

// yaml's ES module build (the one its package gives browsers; the same code
// with console.warn for process.emitWarning) instead of its CommonJS one:
// esbuild can then leave out what the readers do not use (stringify, ...).
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/dist/index.js') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  // Without spaces, comments and dead code: less for V8 to scan at each
  // start (one CloudFormation file: 675 M -> 664 M instructions,
  // callgrind). Names stay, for IAC_LINT_DEBUG=1 stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'inline',
  logLevel: 'warning',
  absWorkingDir: root,
  // A worktree whose node_modules is a link to another checkout's keeps the
  // paths node_modules/... (test/start-up-loading.test.ts reads them).
  preserveSymlinks: true,
};

// The CLI's core in one chunk. esbuild puts each module in the chunk of the
// set of entry points that reach it, and counts every import() target as an
// entry point: a module the CLI always loads (src/model/range.ts) but that
// the YAML reader and the plan reader import too would get a chunk of its
// own, and a run would load dozens of small files (each ~0.3-0.5 ms of the
// ESM loader). So every import() target also imports the whole static
// closure of the CLI's entry (already loaded when the import() runs: no
// work at run time), which gives all of it the same entry set, one chunk.
const entry = 'src/cli/bin.ts';
const worker = 'src/lint/worker.ts';
const probe = await build({ ...common, plugins: [builtinsBy('process.getBuiltinModule'), yamlAsModule], entryPoints: [entry, worker], outdir: join(root, 'dist'), splitting: true, write: false, metafile: true });
const graph = probe.metafile.inputs;
const builtinNames = await builtinImports(Object.keys(graph).filter((file) => !file.includes(':') && /\.([cm]?js|ts)$/.test(file)));
const staticClosure = (from) => {
  const seen = new Set([from]);
  for (const file of seen) {
    for (const i of graph[file]?.imports ?? []) if (!i.external && i.kind !== 'dynamic-import' && graph[i.path]) seen.add(i.path);
  }
  return seen;
};
// Without the entry itself: its top-level await runs the CLI, which waits for
// the import()s, which would wait for the chunk that holds the entry.
const core = [...staticClosure(entry)].filter((file) => file !== entry && (/^(src|rules)\//.test(file) || file.startsWith('node-builtin:')));
const isOwn = (file) => /^(src|rules)\//.test(file);
const importTargets = new Set(Object.values(graph).flatMap((input) => input.imports.filter((i) => i.kind === 'dynamic-import' && !i.external && isOwn(i.path)).map((i) => i.path)));
// A small module that several import() targets share (the JSON reader:
// CloudFormation, plan and .tf.json files), with what it imports, joins the
// core (the entry imports it too) rather than make a chunk of its own.
const SMALL_SHARED = 16 * 1024;
const inCore = new Set(core);
const reachedBy = new Map();
for (const target of importTargets) for (const file of staticClosure(target)) reachedBy.set(file, (reachedBy.get(file) ?? 0) + 1);
const shared = [];
for (const [file, count] of reachedBy) {
  if (count < 2 || inCore.has(file) || !isOwn(file)) continue;
  const own = [...staticClosure(file)].filter((f) => !inCore.has(f));
  if (own.every(isOwn) && own.reduce((n, f) => n + graph[f].bytes, 0) < SMALL_SHARED) shared.push(...own);
}
for (const file of shared) if (!inCore.has(file)) (inCore.add(file), core.push(file));
const importsOf = (files) => files.map((c) => `import ${JSON.stringify(c.startsWith('node-builtin:') ? `node:${c.slice('node-builtin:'.length)}` : join(root, c))};`).join('\n');
const coreWithEveryImport = {
  name: 'core-with-every-import',
  setup(b) {
    // A package loaded with import() (yargs-parser, fast-glob)
    // comes through a small module that imports the core
    // too, as an own import() target does: the built-ins it shares with the
    // core then stay in the core's chunk instead of a chunk of their own.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind !== 'dynamic-import' || args.namespace !== 'file' || builtins.has(args.path.replace(/^node:/, ''))) return undefined;
      return { path: args.path, namespace: 'lazy-package', pluginData: args.resolveDir };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      contents: `${importsOf(core)}\nexport { default } from ${JSON.stringify(args.path)};\n`,
      loader: 'js',
      resolveDir: args.pluginData,
    }));
    // Each source starts with a `//! path` comment, which the minified
    // bundle keeps (legalComments: 'inline'): test/start-up-loading.test.ts
    // reads what each file of dist/ holds from them.
    b.onLoad({ filter: /\.([cm]?js|ts)$/ }, async (args) => {
      const file = relative(root, args.path).split(sep).join('/');
      const added = importTargets.has(file) ? core : file === entry ? shared : [];
      const text = await readFile(args.path, 'utf8');
      const loader = file.endsWith('.ts') ? 'ts' : 'js';
      return { contents: `//! ${file}\n${text}\n${importsOf(added)}\n`, loader, resolveDir: dirname(args.path) };
    });
  },
};

await build({
  ...common,
  plugins: [builtinsBy('process.getBuiltinModule', builtinNames), yamlAsModule, coreWithEveryImport],
  entryPoints: { 'iac-lint': join(root, entry) },
  outdir: join(root, 'dist'),
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
});
// The pool's worker: a thread of its own, which shares no module with the
// CLI's; one file, so that it does not split the CLI's chunks further.
await build({
  ...common,
  plugins: [builtinsBy('require', builtinNames), yamlAsModule],
  // A worker thread has its own process object: require() for its built-ins.
  banner: { js: "import { createRequire as __iacLintCreateRequire } from 'node:module';\nconst require = __iacLintCreateRequire(import.meta.url);" },
  entryPoints: { 'iac-lint-worker': join(root, worker) },
  outdir: join(root, 'dist'),
  entryNames: '[name]',
});

// The same CLI as one classic script, dist/iac-lint.script.js, which
// bin/iac-lint.js runs with V8's code cache (node:vm's cachedData; an ES
// module cannot take one before Node 22): the bytecode of the functions a
// run uses is read from dist/.cache/ instead of V8 parsing and compiling
// them at each start (callgrind, without NODE_EXTRA_CA_CERTS, with
// bin/iac-lint.js a CommonJS file that needs no ES module loader: one
// CloudFormation file 197.3 M -> 141.4 M instructions, one .tf directory
// 222.3 M -> 147.8 M; the script without its cache costs ~300 M). One file:
// code a run does not reach (yargs's help, fast-glob, the `yaml` package)
// is never compiled, as esbuild wraps each import() target in a function
// that first runs it on the import().
// The script is a function expression of the URL that import.meta.url
// stands for (pool.ts finds the worker beside it), which returns runCli and
// heapFlagsGiven.
const scriptFile = join(root, 'dist/iac-lint.script.js');
const script = await build({
  ...common,
  plugins: [builtinsBy('process.getBuiltinModule', builtinNames), yamlAsModule],
  // heapFlagsGiven: whether the run gave V8 a flag (src/model/young-generation.ts), which
  // changes V8's flag hash: a cache written then would be rejected at the next start.
  stdin: { contents: "export { runCli } from './src/cli/run-cli.ts';\nexport { heapFlagsGiven } from './src/model/young-generation.ts';", resolveDir: root, sourcefile: 'iac-lint.script.js', loader: 'js' },
  format: 'iife',
  globalName: 'iacLint',
  // Short local names: a smaller script and cache for V8 to read and check
  // (callgrind, without NODE_EXTRA_CA_CERTS: one CloudFormation file
  // 141.4 M -> 135.6 M, one .tf directory 147.9 M -> 142.0 M; cache
  // 556 -> 500 KB). IAC_LINT_DEBUG=1 stack traces name the script's
  // functions by those short names: IAC_LINT_CODE_CACHE=0 runs the module
  // build, which keeps them.
  minifyIdentifiers: true,
  define: { 'import.meta.url': '__iacLintUrl' },
  write: false,
});
await writeFile(scriptFile, `(function (__iacLintUrl) {\n${script.outputFiles[0].text}return iacLint;\n})`);
// The code cache, made here by running the script on a CloudFormation
// template and a .tf directory in one process (what both front ends
// compile). Only the build writes it: bin/iac-lint.js only reads it, and
// runs the ES module build when there is none for its V8. A cache of
// another build of the script (another length) is rejected by V8: the old
// cache files are removed first.
const cacheDir = join(root, 'dist/.cache');
// Its name as bin/iac-lint.js gives it: one file per V8 and architecture.
const cacheFile = join(cacheDir, `iac-lint-${process.versions.v8}-${process.arch}.bin`);
// Fixtures the bench does not run (bench/run.mjs times RDS-030/bad/postgres-false.yaml and tf-postgres-false).
// Both together measured best (callgrind, one CFN file / one .tf directory of the bench): CFN only
// 139.7 M / 164.9 M, .tf only 150.7 M / 146.7 M, both 141.4 M / 147.8 M, no run (the top level only) 174.9 M / 189.1 M.
const CACHE_SEED_RUNS = [['fixtures/rules/RDS-030/bad/mixed-engines.yaml'], ['fixtures/rules/RDS-030/bad/tf-mixed-engines']];
await rm(cacheDir, { recursive: true, force: true });
await mkdir(cacheDir, { recursive: true });
const seed = spawnSync(process.execPath, ['--input-type=commonjs', '-e', `
const { readFileSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');
const file = ${JSON.stringify(scriptFile)};
const script = new Script(readFileSync(file, 'utf8'), { filename: file });
const url = require('node:url').pathToFileURL(file).href;
(async () => {
  for (const args of ${JSON.stringify(CACHE_SEED_RUNS)}) {
    const cli = script.runInThisContext()(url);
    await cli.runCli(args);
    if (cli.heapFlagsGiven()) throw new Error('a seed run gave V8 a flag: its code cache would be rejected');
  }
  process.exitCode = 0;
  writeFileSync(${JSON.stringify(cacheFile)}, script.createCachedData());
})();
`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (seed.status !== 0) throw new Error('making the code cache (dist/.cache/) failed');

// A WebAssembly HCL parser left by an older build.
await rm(join(root, 'dist/hcl2json.wasm'), { force: true });
