import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  // Case variants of cdk.out, and names a glob would read as patterns.
  for (const path of ['CDK.OUT/asset.5/x.json', 'CDK.OUT/Asset.6/y.json', 'CDK.OUT/t.template.json', 'Cdk.Out/sub/asset.7.yaml', 'we[i]rd (1)/{a,b}/f.yaml', 'we[i]rd (1)/*?/g.tf', 'we[i]rd (1)/node_modules/h.tf']) touch(path);
  symlinkSync('a', join(dir, 'linkdir.yaml'));
  symlinkSync('a/b.YAML', join(dir, 'link.yaml'));
  symlinkSync('missing', join(dir, 'broken.tf'));
  symlinkSync('.', join(dir, 'a/loop'));
  // Links to directories: not followed during a walk, walked when named (also into and out of skipped folders).
  symlinkSync('a', join(dir, 'linked'));
  symlinkSync('cdk.out', join(dir, 'out-link'));
  symlinkSync('Node_Modules/x', join(dir, 'nm-link'));
  symlinkSync('../pkg', join(dir, 'cdk.out/pkg-link'));
  // A directory deeper than PATH_MAX (made by relative steps): unreadable by its path, a diagnostic in both walks.
  const segment = 'd'.repeat(200);
  execFileSync('sh', ['-c', `mkdir -p long && cd long && for i in $(seq 21); do mkdir ${segment} && cd -P ${segment} || exit 1; done; echo 'x: 1' > deep.yaml`], { cwd: dir });
  execFileSync('mkfifo', [join(dir, 'a/pipe.yaml')]);
});
// rm walks a tree deeper than PATH_MAX by relative steps; rmSync cannot.
afterAll(() => spawnSync('rm', ['-rf', dir]));

describe('the plain walk and the fast-glob walk find the same', () => {
  it('in a tree of odd names, skipped folders in any case, CDK assets, links and a FIFO', async () => {
    const both = await bothWalks(['.'], dir);
    expect(both.plain.files.length).toBeGreaterThan(8);
    expect(both.plain.diagnostics.map((d) => JSON.parse(d).code).sort()).toEqual(['broken-symlink', 'path-too-long']);
    expect(both.plain.files.filter((f) => /cdk\.out\/asset\.|we\[i\]rd \(1\)\/node_modules/i.test(f))).toEqual([]);
    expect(both.plain).toEqual(both.globbed);
  });

  it.each([
    ['Node_Modules/x'],
    ['cdk.out'],
    ['cdk.out/sub'],
    ['cdk.out/asset.1'],
    ['CDK.OUT'],
    ['Cdk.Out/sub'],
    ['CDK.OUT/Asset.6'],
    ['deep/cdk.out/assembly-x'],
    ['a', 'a/b.YAML'],
    ['x.json'],
    ['we[i]rd (1)'],
    ['we[i]rd (1)/{a,b}'],
    ['linked'],
    ['linked/loop'],
    ['out-link'],
    ['nm-link'],
    ['cdk.out/pkg-link'],
    ['long'],
  ])('walking %s', async (...paths) => {
    const both = await bothWalks(paths, dir);
    expect(both.plain).toEqual(both.globbed);
  });

  it('from a directory the walked one is outside of', async () => {
    const both = await bothWalks([join(dir, 'cdk.out'), join(dir, 'pkg')], join(dir, 'a'));
    expect(both.plain.files.length).toBeGreaterThan(0);
    expect(both.plain).toEqual(both.globbed);
  });

  it.each([['..'], ['../Node_Modules/x'], ['../CDK.OUT/asset.5'], ['../linked'], ['../long']])('from inside the tree, walking %s (outside cwd)', async (path) => {
    const both = await bothWalks([path], join(dir, 'a'));
    expect(both.plain).toEqual(both.globbed);
  });

  it('from inside a skipped folder and inside cdk.out, walking .', async () => {
    for (const cwd of ['Node_Modules/x', 'CDK.OUT', 'cdk.out/asset.1']) {
      const both = await bothWalks(['.'], join(dir, cwd));
      expect(both.plain.files.length, cwd).toBeGreaterThan(0);
      expect(both.plain, cwd).toEqual(both.globbed);
    }
  });

  // Root reads every directory: the unreadable one needs an unprivileged user, so the bundled CLI runs as nobody,
  // once with no --exclude (walkPlain) and once with one that matches nothing (fast-glob).
  const canSwitchUser = process.getuid?.() === 0 && spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']).status === 0;
  it.skipIf(!canSwitchUser)('with an unreadable directory, as an unprivileged user (the CLI)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'iac-lint-walk-locked-'));
    try {
      chmodSync(repo, 0o755);
      const db = resolve(root, 'fixtures/cli/cfn/db.yaml');
      for (const path of ['db.yaml', 'locked/db.yaml', 'open/locked-too/db.yaml', 'open/db.yaml']) {
        mkdirSync(join(repo, path, '..'), { recursive: true });
        cpSync(db, join(repo, path));
      }
      chmodSync(join(repo, 'locked'), 0o000);
      chmodSync(join(repo, 'open/locked-too'), 0o311); // searchable, not readable
      const asNobody = (args: string[]) =>
        spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, resolve(root, 'bin/iac-lint.js'), ...args, '--format', 'json'], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH } });
      const plain = asNobody(['.', 'open']);
      const globbed = asNobody(['.', 'open', '--exclude', 'no-such-name']);
      expect(plain.status).toBe(2);
      const report = (r: typeof plain) => {
        const json = JSON.parse(r.stdout) as { findings: { file: string }[]; diagnostics: { file: string; code: string }[] };
        return { files: [...new Set(json.findings.map((f) => f.file))], diagnostics: json.diagnostics.map((d) => `${d.file} ${d.code}`) };
      };
      expect(report(plain)).toEqual({ files: ['db.yaml', 'open/db.yaml'], diagnostics: ['locked unreadable-directory', 'open/locked-too unreadable-directory'] });
      expect(report(plain)).toEqual(report(globbed));
      expect(plain.stdout).toBe(globbed.stdout);
    } finally {
      spawnSync('chmod', ['-R', 'u+rwx', repo]);
      spawnSync('rm', ['-rf', repo]);
    }
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
