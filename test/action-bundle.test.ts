// CI rebuilds the Action bundle and fails when the committed one differs from
// the source: GitHub runs dist/action/ as committed, never the source.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = join(root, 'dist/action');

let fresh: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), 'iac-lint-action-build-'));
  execFileSync(process.execPath, ['scripts/build-action.mjs', '--outdir', fresh], { cwd: root, stdio: 'pipe' });
});

afterAll(() => {
  rmSync(fresh, { recursive: true, force: true });
});

describe('dist/action (committed Action bundle)', () => {
  it('holds the entry point only: no WebAssembly (the HCL parser is our own TypeScript)', () => {
    expect(listFiles(fresh)).toEqual(['index.mjs']);
  });

  it('dist/ holds no WebAssembly at all (CLI, worker and Action)', () => {
    const wasm = listFiles(join(root, 'dist')).filter((f) => /\.wasm(\.gz)?$/.test(f));
    expect(wasm).toEqual([]);
  });

  it('is tracked by git, every file of it', () => {
    const tracked = execFileSync('git', ['ls-files', 'dist/action'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.slice('dist/action/'.length))
      .sort();
    expect(tracked).toEqual(listFiles(fresh));
  });

  it('is byte for byte what `npm run build:action` makes from the source (rebuild and commit it)', () => {
    expect(listFiles(COMMITTED)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      const same = readFileSync(join(COMMITTED, file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/action/${file} differs from a fresh build: run npm run build:action and commit dist/action`).toBe(true);
    }
  });

  it('inlines every dependency: it imports only Node built-ins', () => {
    const index = readFileSync(join(fresh, 'index.mjs'), 'utf8');
    const imports = [...index.matchAll(/(?:^|[^.\w])(?:import\s*\(\s*|from\s+)["']([^"']+)["']/g)].map((m) => m[1]);
    const builtin = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!);
    expect(imports.filter((s) => !builtin(s!)).sort()).toEqual([]);
  });
});
