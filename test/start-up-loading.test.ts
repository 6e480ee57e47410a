import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_LOAD_HOOK } from './dist-load-hook.js';

// Issue 16 item 1: a run loads only what it uses. The bundled CLI (built by
// test/global-setup.ts) runs with a module hook that lists every file of
// dist/ it loads; the sources in a file are named by esbuild's `// path`
// comments. What a run must not load is checked by those names, and the
// number of files (each costs the ESM loader a few tenths of a millisecond).
// These runs take the ES module build (IAC_LINT_CODE_CACHE=0), the one
// bin/iac-lint.js runs without a code cache; the classic script that it runs
// with one (test/code-cache.test.ts) holds every module in one file and runs
// a module's code only when it is first imported, as these chunks load.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = resolve(root, 'bin/iac-lint.js');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-loading-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** The sources (src/..., node_modules/<package>/) of every dist/ file a run loads, and how many files. */
function loaded(args: string[]): { sources: Set<string>; files: number; status: number | null; stdout: string } {
  const list = join(work, `loaded-${runs++}.txt`);
  const r = spawnSync(process.execPath, ['--import', DIST_LOAD_HOOK, bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, IAC_LINT_LOADED_LIST: list, IAC_LINT_WORKERS: '', IAC_LINT_CODE_CACHE: '0' } });
  const urls = [...new Set(readFileSync(list, 'utf8').trim().split('\n'))];
  const sources = new Set<string>();
  for (const url of urls) {
    // scripts/build.mjs starts each source with a `//! path` comment, which the minified bundle keeps.
    for (const [, path] of readFileSync(fileURLToPath(url), 'utf8').matchAll(/\/\/! ((?:src|rules)\/\S+\.ts|node_modules\/(?:@[^/]+\/)?[^/]+\/)/g)) sources.add(path!);
  }
  return { sources, files: urls.length, status: r.status, stdout: r.stdout };
}

/** Node's own modules a run loads beyond those Node starts with (process.moduleLoadList), from runs without the module hook: with the code cache and without. */
function nodeModulesLoaded(args: string[]): string[] {
  return ['1', '0'].flatMap((codeCache) => nodeModulesOfRun(args, codeCache));
}

function nodeModulesOfRun(args: string[], codeCache: string): string[] {
  const list = join(work, `node-modules-${runs++}.txt`);
  const atExit = `data:text/javascript,${encodeURIComponent(`
process.on('exit', () => {
  const loaded = process.moduleLoadList.join('\\n');
  process.getBuiltinModule('node:fs').writeFileSync(process.env.IAC_LINT_LOADED_LIST, loaded);
});`)}`;
  spawnSync(process.execPath, ['--import', atExit, bin, ...args], { cwd: root, env: { ...process.env, IAC_LINT_LOADED_LIST: list, IAC_LINT_WORKERS: '', IAC_LINT_CODE_CACHE: codeCache } });
  return readFileSync(list, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

// Streams (net.Socket for a pipe, tty.WriteStream for a terminal): the CLI
// writes with write(2) on fd 1 and 2 (src/cli/stdio.ts). node:module (with
// its source maps): the bundle takes built-ins with process.getBuiltinModule,
// not createRequire (scripts/build.mjs).
const NODE_NOT_LOADED = ['stream', 'net', 'tty', 'internal/fs/sync_write_stream', 'module', 'internal/source_map/source_map'];

const TERRAFORM = ['src/parsers/terraform/hcl/parser.ts', 'src/resolve/terraform-eval.ts', 'src/resolve/builtins/functions.ts', 'src/lint/terraform-directory.ts'];
const CLOUDFORMATION = ['src/parsers/cloudformation/index.ts', 'src/parsers/cloudformation/yaml-scan-reader.ts', 'src/lint/nested-stacks.ts'];
// The `yaml` package and the readers built on it: only for YAML the scanning reader leaves (yaml-read.ts).
const YAML_PACKAGE = ['node_modules/yaml/', 'src/parsers/cloudformation/yaml-reader.ts', 'src/parsers/cloudformation/yaml-cst-reader.ts', 'src/parsers/cloudformation/yaml-compose.ts'];
const NEVER_IN_A_PLAIN_RUN = [
  'node_modules/yargs/', // help layout: --help, --version, usage errors
  'node_modules/yargs-parser/', // a command line with options
  'src/reporters/sarif.ts',
  'src/reporters/junit.ts',
  'src/reporters/gitlab.ts',
  'src/reporters/json.ts',
  'src/cli/fix-run.ts',
  'src/fix/apply.ts',
  'src/config/load.ts',
  'src/lint/baseline.ts',
  'src/lint/pool.ts',
  'src/lint/shard-units.ts',
  'src/cli/print-config.ts',
  'src/parsers/terraform/plan.ts',
  'src/cli/atomic-write.ts',
  'node_modules/signal-exit/',
];

describe('what a run loads (the bundled CLI)', () => {
  it('one CloudFormation file: its readers, no Terraform code, no `yaml` package, none of the other formats, options or help', () => {
    const run = loaded(['fixtures/rules/RDS-030/bad/postgres-false.yaml']);
    expect(run.status).toBe(1);
    expect([...CLOUDFORMATION].filter((s) => !run.sources.has(s))).toEqual([]);
    expect([...TERRAFORM, ...YAML_PACKAGE, ...NEVER_IN_A_PLAIN_RUN, 'node_modules/fast-glob/'].filter((s) => run.sources.has(s))).toEqual([]);
    expect(run.files).toBeLessThanOrEqual(4);
    expect(nodeModulesLoaded(['fixtures/rules/RDS-030/bad/postgres-false.yaml']).filter((m) => NODE_NOT_LOADED.includes(m))).toEqual([]);
  });

  it('one .tf directory: the HCL parser and the evaluator, no YAML reader, a walk without fast-glob', () => {
    const run = loaded(['fixtures/rules/RDS-030/bad/tf-postgres-false']);
    expect(run.status).toBe(1);
    expect(TERRAFORM.filter((s) => !run.sources.has(s))).toEqual([]);
    expect([...CLOUDFORMATION, ...YAML_PACKAGE, ...NEVER_IN_A_PLAIN_RUN, 'node_modules/fast-glob/'].filter((s) => run.sources.has(s))).toEqual([]);
    expect(run.files).toBeLessThanOrEqual(8);
    expect(nodeModulesLoaded(['fixtures/rules/RDS-030/bad/tf-postgres-false']).filter((m) => NODE_NOT_LOADED.includes(m))).toEqual([]);
  });

  it('loads the `yaml` package for YAML the scanning reader leaves (anchors and merge keys), and reads it', () => {
    const run = loaded(['fixtures/parser/cloudformation/anchors.yaml']);
    expect(YAML_PACKAGE.filter((s) => !run.sources.has(s))).toEqual([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('anchors.yaml:7:3  warning  RDS-030');
  });

  it('loads a format, --fix, help and a configuration file when asked for', () => {
    const file = 'fixtures/rules/RDS-030/bad/postgres-false.yaml';
    expect(loaded([file, '-f', 'sarif']).sources.has('src/reporters/sarif.ts')).toBe(true);
    // A report to a file: the atomic writer and signal-exit (its temporary file is removed on SIGINT and SIGTERM).
    const toFile = loaded([file, '-f', `json:${join(work, 'report.json')}`]).sources;
    expect(['src/cli/atomic-write.ts', 'node_modules/signal-exit/'].filter((s) => !toFile.has(s))).toEqual([]);
    expect(loaded([file, '--fix', '--dry-run']).sources.has('src/cli/fix-run.ts')).toBe(true);
    expect(loaded(['--help']).sources.has('node_modules/yargs/')).toBe(true);
    expect(loaded(['fixtures/rules/RDS-030/bad/tf-postgres-false', '--exclude', 'vendor']).sources.has('node_modules/fast-glob/')).toBe(true);
    const config = join(work, '.iac-lint.yaml');
    writeFileSync(config, 'strict: false\n');
    expect(loaded(['--config', config, file]).sources.has('src/config/load.ts')).toBe(true);
  });
});
