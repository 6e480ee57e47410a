import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../src/discover/walk.js';
import { CORPUS, root } from './corpus-files.js';

// A walk with no --exclude takes walkPlain (src/discover/walk.ts: the default
// skips, no fast-glob); any --exclude takes fast-glob. An --exclude that
// matches nothing (no path holds a NUL) gives the fast-glob walk of the same
// tree: both must find the same files and say the same.
const NOTHING = ['\0'];

async function bothWalks(paths: string[], cwd: string) {
  const plain = await discover(paths, { cwd });
  const globbed = await discover(paths, { cwd, exclude: NOTHING });
  const shown = (d: typeof plain) => ({ files: d.files.map((f) => `${f.path} ${f.kind} ${f.walked} ${f.explicit}`), diagnostics: d.diagnostics.map((x) => JSON.stringify(x)).sort() });
  return { plain: shown(plain), globbed: shown(globbed) };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-walk-plain-'));
  const touch = (path: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'x: 1\n');
  };
  for (const path of ['.yaml', '.tf', 'a/.json', 'a/b.YAML', 'a/c.Tf.Json', '.hid/c.yml', 'Node_Modules/x/d.tf', '.GIT/i.json', '.Terraform/m/main.tf', 'noext', 'tf', 'x.json/h.tf']) touch(path);
  for (const path of ['cdk.out/asset.1/q/e.json', 'cdk.out/sub/ASSET.2/f.json', 'cdk.out/assets/g.json', 'cdk.out/asset.json', 'cdk.out/asset.', 'cdk.out/m.template', 'asset.9/top.yaml']) touch(path);
  for (const path of ['pkg/node_modules/inner.yaml', 'deep/cdk.out/assembly-x/asset.3/h.json', 'deep/cdk.out/assembly-x/stack.template.json']) touch(path);
  symlinkSync('a', join(dir, 'linkdir.yaml'));
  symlinkSync('a/b.YAML', join(dir, 'link.yaml'));
  symlinkSync('missing', join(dir, 'broken.tf'));
  symlinkSync('.', join(dir, 'a/loop'));
  execFileSync('mkfifo', [join(dir, 'a/pipe.yaml')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the plain walk and the fast-glob walk find the same', () => {
  it('in a tree of odd names, skipped folders in any case, CDK assets, links and a FIFO', async () => {
    const both = await bothWalks(['.'], dir);
    expect(both.plain.files.length).toBeGreaterThan(8);
    expect(both.plain.diagnostics).toHaveLength(1); // broken.tf
    expect(both.plain).toEqual(both.globbed);
  });

  it.each([['Node_Modules/x'], ['cdk.out'], ['cdk.out/sub'], ['cdk.out/asset.1'], ['deep/cdk.out/assembly-x'], ['a', 'a/b.YAML'], ['x.json']])('walking %s', async (...paths) => {
    const both = await bothWalks(paths, dir);
    expect(both.plain).toEqual(both.globbed);
  });

  it('from a directory the walked one is outside of', async () => {
    const both = await bothWalks([join(dir, 'cdk.out'), join(dir, 'pkg')], join(dir, 'a'));
    expect(both.plain.files.length).toBeGreaterThan(0);
    expect(both.plain).toEqual(both.globbed);
  });

  it('over fixtures/', async () => {
    const both = await bothWalks(['fixtures'], root);
    expect(both.plain.files.length).toBeGreaterThan(400);
    expect(both.plain).toEqual(both.globbed);
  });

  it.skipIf(!existsSync(CORPUS))('over the corpus', async () => {
    const both = await bothWalks([CORPUS], root);
    expect(both.plain.files.length).toBeGreaterThan(5000);
    expect(both.plain).toEqual(both.globbed);
  }, 120_000);
});
