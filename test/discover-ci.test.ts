import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile } from '../src/discover/read.js';
import { runCli } from './cli-run.js';

// Discovery for CI and pre-commit (SPEC §2, issue 14, issue 17 items 8 and 14).
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = resolve(root, 'fixtures/cli');
const bin = resolve(root, 'bin/iac-lint.js');
const isRoot = process.getuid?.() === 0;
const canSwitchUser = isRoot && spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']).status === 0;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-discover-'));
  chmodSync(work, 0o755);
});
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwx', work]);
  // rm walks a tree deeper than PATH_MAX by relative steps; rmSync cannot.
  spawnSync('rm', ['-rf', work]);
});

describe('named files', () => {
  it('--exclude applies to named files as to walked ones (a glob, or a bare name at any depth)', async () => {
    const named = ['mixed/broken.yaml', 'mixed/db.json', 'cfn/db.yaml'];
    const all = await runCli(named, { cwd: fixtures });
    expect(all.code).toBe(2);
    const byGlob = await runCli([...named, '--exclude', 'mixed/**'], { cwd: fixtures });
    expect(byGlob.code).toBe(1);
    expect(byGlob.stdout).not.toContain('mixed/');
    expect(byGlob.stdout).toContain('cfn/db.yaml:4:3');
    const byName = await runCli([...named, '--exclude', 'broken.yaml'], { cwd: fixtures });
    expect(byName.stdout).not.toContain('mixed/broken.yaml');
    expect(byName.stdout).toContain('mixed/db.json:5:45');
    expect(byName.code).toBe(1);
  });

  it('unparseable YAML that does not look like a template is skipped quietly even when named (a Helm template)', async () => {
    const r = await runCli(['mixed/helm-template.yaml', 'cfn/db.yaml'], { cwd: fixtures });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('helm-template');
    // One that looks like a template is still an input error.
    expect((await runCli(['mixed/broken.yaml'], { cwd: fixtures })).code).toBe(2);
  });
});

describe('directories that cannot be walked get a diagnostic (issue 17 item 8)', () => {
  it.skipIf(!canSwitchUser)('an unreadable directory, walked or named, as an unprivileged user: error, exit 2, the rest linted', () => {
    const repo = mkdtempSync(join(work, 'locked-'));
    chmodSync(repo, 0o755);
    cpSync(join(fixtures, 'cfn/db.yaml'), join(repo, 'db.yaml'));
    mkdirSync(join(repo, 'locked'));
    cpSync(join(fixtures, 'cfn/db.yaml'), join(repo, 'locked/db.yaml'));
    chmodSync(join(repo, 'locked'), 0o000);
    const asNobody = (args: string[]) =>
      spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, bin, ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH } });
    for (const args of [['.'], ['locked', 'db.yaml']]) {
      const r = asNobody(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toContain('db.yaml:4:3  warning  RDS-030');
      expect(r.stdout).toContain('locked  error  [unreadable-directory]  cannot read directory: permission denied; its files were not linted');
    }
  });

  it('a directory deeper than PATH_MAX: error naming it, exit 2, the rest linted', async () => {
    const repo = mkdtempSync(join(work, 'deep-'));
    cpSync(join(fixtures, 'cfn/db.yaml'), join(repo, 'db.yaml'));
    const segment = 'd'.repeat(200);
    // Made by relative steps: no single system call sees the whole path.
    const made = spawnSync('sh', ['-c', `for i in $(seq 25); do mkdir ${segment} && cd -P ${segment} || exit 1; done; cp "${join(repo, 'db.yaml')}" deep.yaml`], { cwd: repo });
    expect(made.status).toBe(0);
    const r = await runCli(['.'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('db.yaml:4:3  warning  RDS-030');
    expect(r.stdout).toMatch(/\[path-too-long\] {2}cannot read directory: its path is \d+ characters, longer than the system allows \(4096\); its files were not linted/);
  });
});

describe('honest messages (issue 17 item 14)', () => {
  const boundary = () => ({ roots: [work] });

  it('a file gone since discovery is not called a broken symbolic link; a broken link still is', async () => {
    const gone = await readSourceFile(join(work, 'deleted.yaml'), 'deleted.yaml', 1 << 20, boundary());
    expect(gone.ok || gone.diagnostic).toMatchObject({ code: 'not-found', message: 'cannot read: the file no longer exists (deleted during the run?)' });
    symlinkSync('nowhere.yaml', join(work, 'dangling.yaml'));
    const link = await readSourceFile(join(work, 'dangling.yaml'), 'dangling.yaml', 1 << 20, boundary());
    expect(link.ok || link.diagnostic).toMatchObject({ code: 'broken-symlink', message: 'cannot read: broken symbolic link (its target does not exist)' });
  });

  it('"larger than 1 MB (1 MB)" becomes bytes when the rounded sizes read the same', async () => {
    writeFileSync(join(work, 'big.yaml'), 'a'.repeat((1 << 20) + 1));
    const r = await readSourceFile(join(work, 'big.yaml'), 'big.yaml', 1 << 20, boundary());
    expect(r.ok || r.diagnostic.message).toBe('skipped: larger than 1 MB = 1048576 bytes (1048577 bytes); raise the limit with --max-file-size');
    const clear = await readSourceFile(join(work, 'big.yaml'), 'big.yaml', 1 << 19, boundary());
    expect(clear.ok || clear.diagnostic.message).toBe('skipped: larger than 0.5 MB (1 MB); raise the limit with --max-file-size');
  });
});
