import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terraformUnits } from '../src/discover/terraform-units.js';
import { discover, ignorePatterns } from '../src/discover/walk.js';

let dir: string;
let server: Server | undefined;

function touch(path: string, text = 'x: 1\n'): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-discover-'));
  touch('b.yaml');
  touch('a.yml');
  touch('c.json');
  touch('d.template');
  touch('notes.txt');
  touch('infra/main.tf', '');
  touch('infra/vars.tf.json', '{}');
  touch('infra/terraform.tfvars', '');
  touch('infra/prod.tfvars.json', '{}');
  touch('infra/UPPER.YAML');
  touch('.git/config.yaml');
  touch('node_modules/pkg/template.yaml');
  touch('infra/.terraform/modules/m/main.tf', '');
  touch('legacy/old.yaml');
  touch('deep/vendor/v.yaml');
  touch('with space/ünïcode tëmplate.yaml');
  mkdirSync(join(dir, 'folder.yaml'));
  touch('folder.yaml/inner.yaml');
  symlinkSync('.', join(dir, 'loop'));
  symlinkSync('missing-target.yaml', join(dir, 'broken.yaml'));
  symlinkSync('self-a.yaml', join(dir, 'self-b.yaml'));
  symlinkSync('self-b.yaml', join(dir, 'self-a.yaml'));
  symlinkSync('b.yaml', join(dir, 'link-to-b.yaml'));
  symlinkSync('infra', join(dir, 'linked-dir.yaml'));
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  server = createServer();
  await new Promise<void>((done) => server!.listen(join(dir, 'sock.yaml'), done));
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('discover', () => {
  it('walks a directory in a stable order, by extension, skipping .git, node_modules, .terraform and special files', async () => {
    const { files, diagnostics } = await discover(['.'], { cwd: dir });
    expect(files.map((f) => f.path)).toEqual([
      'a.yml',
      'b.yaml',
      'c.json',
      'd.template',
      'deep/vendor/v.yaml',
      'folder.yaml/inner.yaml',
      'infra/UPPER.YAML',
      'infra/main.tf',
      'infra/prod.tfvars.json',
      'infra/terraform.tfvars',
      'infra/vars.tf.json',
      'legacy/old.yaml',
      'link-to-b.yaml',
      'with space/ünïcode tëmplate.yaml',
    ]);
    expect(files.find((f) => f.path === 'infra/main.tf')).toMatchObject({ kind: 'terraform', walked: true, explicit: false });
    expect(files.find((f) => f.path === 'infra/terraform.tfvars')?.kind).toBe('tfvars');
    expect(files.find((f) => f.path === 'infra/vars.tf.json')?.kind).toBe('terraform');
    expect(diagnostics.map((d) => [d.file, d.severity, d.code])).toEqual([
      ['broken.yaml', 'error', 'broken-symlink'],
      ['self-a.yaml', 'error', 'broken-symlink'],
      ['self-b.yaml', 'error', 'broken-symlink'],
    ]);
  });

  it('applies --exclude: a bare name at any depth, a path relative to the working directory', async () => {
    const { files } = await discover(['.'], { cwd: dir, exclude: ['vendor', 'legacy/**', '*.template', 'with space'] });
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain('deep/vendor/v.yaml');
    expect(paths).not.toContain('legacy/old.yaml');
    expect(paths).not.toContain('d.template');
    expect(paths).not.toContain('with space/ünïcode tëmplate.yaml');
    expect(paths).toContain('b.yaml');
  });

  it('applies --exclude relative to the working directory when walking a subdirectory', async () => {
    const { files } = await discover(['infra'], { cwd: dir, exclude: ['infra/*.tfvars'] });
    expect(files.map((f) => f.path)).toEqual(['infra/UPPER.YAML', 'infra/main.tf', 'infra/prod.tfvars.json', 'infra/vars.tf.json']);
  });

  it('reads named files of any extension, merges them with walked ones, and reports named paths that cannot be used', async () => {
    const { files, diagnostics } = await discover(['notes.txt', 'b.yaml', '.', 'missing.yaml', 'broken.yaml', 'pipe.yaml', 'sock.yaml', '/dev/null'], { cwd: dir });
    expect(files.find((f) => f.path === 'notes.txt')).toMatchObject({ kind: 'cloudformation', explicit: true, walked: false });
    expect(files.find((f) => f.path === 'b.yaml')).toMatchObject({ explicit: true, walked: true });
    expect(files.filter((f) => f.path === 'b.yaml')).toHaveLength(1);
    const named = diagnostics.filter((d) => d.code !== 'broken-symlink' || d.file === 'broken.yaml');
    expect(named.map((d) => d.code)).toEqual(expect.arrayContaining(['not-found', 'broken-symlink', 'not-a-file']));
    expect(diagnostics.filter((d) => d.code === 'not-a-file')).toHaveLength(3);
    expect(diagnostics.find((d) => d.code === 'not-found')?.file).toBe('missing.yaml');
  });

  it('walks directories whose names hold glob characters', async () => {
    touch('glob/a[1] (x)/t.yaml');
    touch('glob/{b}/t.yaml');
    touch('glob/!neg/t.yaml');
    for (const name of ['a[1] (x)', '{b}', '!neg']) {
      const { files } = await discover([`glob/${name}`], { cwd: dir });
      expect(files.map((f) => f.path)).toEqual([`glob/${name}/t.yaml`]);
    }
  });

  it('follows a named symbolic link to a directory, but never links met during a walk', async () => {
    const { files } = await discover(['linked-dir.yaml'], { cwd: dir });
    expect(files.map((f) => f.path)).toContain('linked-dir.yaml/main.tf');
  });

  it('keeps paths outside the working directory relative, with ..', async () => {
    const { files } = await discover([join(dir, 'infra')], { cwd: join(dir, 'legacy') });
    expect(files.map((f) => f.path)).toContain('../infra/main.tf');
  });

  it('builds exclude patterns for bare names and paths', () => {
    expect(ignorePatterns(['./build/', 'x'])).toEqual(
      expect.arrayContaining(['**/.git', '**/.git/**', 'build', 'build/**', '**/x', '**/x/**']),
    );
  });
});

describe('terraformUnits', () => {
  it('makes one unit per walked directory that reports every file', async () => {
    const { files } = await discover(['infra'], { cwd: dir });
    const units = await terraformUnits(files, dir);
    expect(units).toHaveLength(1);
    expect(units[0]!.dir).toBe('infra');
    expect(units[0]!.reportOnly).toBeUndefined();
    expect(units[0]!.files.map((f) => f.path)).toEqual(['infra/main.tf', 'infra/prod.tfvars.json', 'infra/terraform.tfvars', 'infra/vars.tf.json']);
  });

  it('reads a named .tf file with its directory for context but reports only the named file', async () => {
    const { files } = await discover(['infra/main.tf'], { cwd: dir });
    const units = await terraformUnits(files, dir);
    expect(units).toHaveLength(1);
    expect(units[0]!.files.map((f) => f.path)).toEqual(['infra/main.tf', 'infra/prod.tfvars.json', 'infra/terraform.tfvars', 'infra/vars.tf.json']);
    expect([...units[0]!.reportOnly!]).toEqual(['infra/main.tf']);
  });

  it('reports the whole directory when it is also walked', async () => {
    const { files } = await discover(['infra/main.tf', 'infra'], { cwd: dir });
    const units = await terraformUnits(files, dir);
    expect(units[0]!.reportOnly).toBeUndefined();
  });
});
