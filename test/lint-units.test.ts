import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/run.js';

const dir = mkdtempSync(join(tmpdir(), 'iac-lint-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DB = `resource "aws_db_instance" "db" {\n  engine                              = "postgres"\n  iam_database_authentication_enabled = false\n}\n`;

function project(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const codes = (result: Awaited<ReturnType<typeof lint>>) => result.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.code}`);

describe('a Terraform directory that names no resource type of a selected rule', () => {
  it('is still checked for syntax errors, in every file', async () => {
    const cwd = project('syntax', { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = = "x"\n}\n', 'vars.tf': 'variable "v" {\n  default = [\n}\n' });
    const result = await lint({ paths: ['.'], cwd, workers: 0 });
    expect(codes(result)).toEqual(['main.tf:2:hcl-syntax', 'vars.tf:3:hcl-syntax']);
    expect(result.filesScanned).toBe(2);
  });

  it('still reports what a local module it calls holds', async () => {
    const cwd = project('module', { 'root/main.tf': 'module "db" {\n  source = "../db"\n}\n', 'db/main.tf': DB });
    const result = await lint({ paths: ['root'], cwd, workers: 0 });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file} ${f.resource.name}`)).toEqual(['RDS-030 db/main.tf module.db.aws_db_instance.db']);
  });

  it('counts a type spelled with an escape sequence', async () => {
    const cwd = project('escape', { 'main.tf': DB.replace('aws_db_instance', 'aws_db_\\u0069nstance') });
    const result = await lint({ paths: ['.'], cwd, workers: 0 });
    expect(result.findings.map((f) => f.resource.name)).toEqual(['aws_db_instance.db']);
  });

  it('gives the same findings once a selected rule names a type it holds', async () => {
    const cwd = project('plain', { 'main.tf': DB });
    expect((await lint({ paths: ['.'], cwd, workers: 0 })).findings).toHaveLength(1);
    expect((await lint({ paths: ['.'], cwd, workers: 0, skipRules: ['RDS-030'] })).findings).toHaveLength(0);
  });
});
