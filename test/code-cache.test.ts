import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_LOAD_HOOK } from './dist-load-hook.js';

// bin/iac-lint.js runs the CLI as a classic script with V8's code cache
// (dist/iac-lint.script.js, dist/.cache/, made by scripts/build.mjs), and
// the ES module build without one when no cache can be had. Each test runs
// a copy of the package (bin/, dist/ as test/global-setup.ts built it,
// package.json), so that it can take the cache away or spoil it.
const root = fileURLToPath(new URL('..', import.meta.url));
const CFN = resolve(root, 'fixtures/rules/RDS-030/bad/postgres-false.yaml');
const TF = resolve(root, 'fixtures/rules/RDS-030/bad/tf-postgres-false');
const cacheName = `iac-lint-${process.versions.v8}-${process.arch}.bin`;

let work: string;
let copies = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-code-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the built package; returns its directory. */
function copy(): string {
  const dir = join(work, `package-${copies++}`);
  mkdirSync(dir);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true, filter: (src) => !src.includes(`${join(root, 'dist', 'action')}`) });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  return dir;
}

let listed = 0;
/** The CLI of the copy at `dir` on `args`: exit code, output, and the dist/ files the ES module loader loaded. */
function run(dir: string, args: string[], env: Record<string, string> = {}) {
  const list = join(work, `loaded-${listed++}.txt`);
  writeFileSync(list, '');
  const r = spawnSync(process.execPath, ['--import', DIST_LOAD_HOOK, join(dir, 'bin/iac-lint.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, IAC_LINT_LOADED_LIST: list, IAC_LINT_WORKERS: '', ...env } });
  const modules = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((url) => url.slice(url.lastIndexOf('/dist/') + 1));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, modules };
}

/** What the ES module build prints (the reference). */
function expected(dir: string, args: string[]) {
  const r = run(dir, args, { IAC_LINT_CODE_CACHE: '0' });
  expect(r.modules).toContain('dist/iac-lint.js');
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache (bin/iac-lint.js)', () => {
  it('the build makes one cache; a run takes the classic script with it, loads no ES module of dist/, leaves the cache as it was and prints what the module build prints', () => {
    const dir = copy();
    expect(readdirSync(join(dir, 'dist/.cache'))).toEqual([cacheName]);
    const cache = readFileSync(join(dir, 'dist/.cache', cacheName));
    for (const args of [[CFN], [TF], [CFN, '--format', 'json'], [TF, '--exclude', 'vendor', '-f', 'sarif']]) {
      const r = run(dir, args);
      expect(r.modules).toEqual([]);
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected(dir, args));
    }
    // A run never writes the cache.
    expect(readFileSync(join(dir, 'dist/.cache', cacheName)).equals(cache)).toBe(true);
  });

  it('a spoilt cache: V8 rejects it, the run prints the same, and nothing is written', () => {
    const dir = copy();
    const file = join(dir, 'dist/.cache', cacheName);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const r = run(dir, [CFN]);
    expect(r.modules).toEqual([]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected(dir, [CFN]));
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(true);
    expect(readdirSync(join(dir, 'dist/.cache'))).toEqual([cacheName]);
  });

  it('no cache for this V8 (another Node built the package): the ES module build runs, and nothing is written', () => {
    const dir = copy();
    rmSync(join(dir, 'dist/.cache', cacheName));
    const r = run(dir, [TF]);
    expect(r.modules).toContain('dist/iac-lint.js');
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected(dir, [TF]));
    expect(readdirSync(join(dir, 'dist/.cache'))).toEqual([]);
  });

  it('no cache directory: the ES module build runs, and nothing is written', () => {
    const dir = copy();
    rmSync(join(dir, 'dist/.cache'), { recursive: true });
    const r = run(dir, [CFN]);
    expect(r.modules).toContain('dist/iac-lint.js');
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected(dir, [CFN]));
    expect(existsSync(join(dir, 'dist/.cache'))).toBe(false);
  });

  it('a cache that cannot be read (a directory in its place): the run still prints the same', () => {
    const dir = copy();
    const file = join(dir, 'dist/.cache', cacheName);
    rmSync(file);
    mkdirSync(join(file, 'in-the-way'), { recursive: true });
    const r = run(dir, [CFN]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected(dir, [CFN]));
    expect(readdirSync(join(dir, 'dist/.cache')).sort()).toEqual([cacheName]);
  });
});
