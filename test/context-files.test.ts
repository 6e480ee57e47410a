/**
 * Issue 17 items 5–7: a root module that is also called is judged on its own
 * as well; override files merge (the tf-override-files fixtures of RDS-030);
 * a named .tf file's broken or unreadable neighbours give a diagnostic.
 */
import { chmodSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const isRoot = process.getuid?.() === 0;
let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'iac-lint-context-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const at = (x: { file: string; range?: { start: { line: number; column: number } } }): string => `${x.file}:${x.range?.start.line ?? '-'}:${x.range?.start.column ?? '-'}`;

describe('a root module that is also called as a module', () => {
  it('is judged on its own as well as through its caller; a plain module only through its caller', async () => {
    const result = await lint({ paths: ['fixtures/cli/tf-root-called'], cwd: root, workers: 0 });
    expect(result.findings.map((f) => `${at(f)} ${f.resource.name}`)).toEqual(['fixtures/cli/tf-root-called/prod/main.tf:13:3 aws_db_instance.db']);
  });

  it('a terraform.tfvars or a .terraform.lock.hcl makes a directory a root too', async () => {
    const dir = join(temp, 'roots');
    cpSync(join(root, 'fixtures/cli/tf-root-called'), dir, { recursive: true });
    writeFileSync(join(dir, 'staging', '.terraform.lock.hcl'), '# This file is maintained automatically by "terraform init".\n');
    const result = await lint({ paths: ['.'], cwd: dir, workers: 0 });
    expect(result.findings.map((f) => `${at(f)} ${f.resource.name}`)).toEqual(['prod/main.tf:13:3 aws_db_instance.db', 'staging/main.tf:8:3 aws_db_instance.db']);
    rmSync(join(dir, 'staging', '.terraform.lock.hcl'));
    writeFileSync(join(dir, 'staging', 'terraform.tfvars'), 'iam = false\n');
    const again = await lint({ paths: ['.'], cwd: dir, workers: 0 });
    expect(again.findings.map((f) => f.file)).toEqual(['prod/main.tf', 'staging/main.tf']);
  });
});

describe('the neighbours of a named .tf file', () => {
  it('a broken variables.tf is reported, and main.tf is still judged', async () => {
    const out = await runCli(['fixtures/cli/tf-broken-context/main.tf'], { cwd: root });
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/fixtures\/cli\/tf-broken-context\/main\.tf:3:1 +warning +RDS-030/);
    expect(out.stdout).toMatch(/fixtures\/cli\/tf-broken-context\/variables\.tf:\d+:\d+ +error +\[?hcl-syntax/);
  });

  it('a terraform.tfvars that cannot be read is reported', async () => {
    const dir = join(temp, 'unreadable');
    cpSync(join(root, 'fixtures/cli/tf-var-files'), dir, { recursive: true });
    rmSync(join(dir, 'terraform.tfvars'));
    symlinkSync(join(dir, 'gone.tfvars'), join(dir, 'terraform.tfvars'));
    const result = await lint({ paths: ['main.tf'], cwd: dir, workers: 0 });
    expect(result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)).toEqual(['terraform.tfvars error broken-symlink']);
  });

  it.skipIf(isRoot)('an unreadable terraform.tfvars (permission denied) is reported', async () => {
    const dir = join(temp, 'denied');
    cpSync(join(root, 'fixtures/cli/tf-var-files'), dir, { recursive: true });
    chmodSync(join(dir, 'terraform.tfvars'), 0o000);
    const result = await lint({ paths: ['main.tf'], cwd: dir, workers: 0 });
    expect(result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)).toEqual(['terraform.tfvars error unreadable']);
  });
});
