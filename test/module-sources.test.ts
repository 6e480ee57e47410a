/**
 * Module sources (SPEC §1 "Modules", issue 11 items 1–3): local paths,
 * `.terraform/modules/modules.json` for any source, the catalog of known
 * registry modules per major version, else a module-not-followed note at the
 * call; findings on code outside the linted tree point at the call, with the
 * resource inside an installed module as a SARIF related location.
 */
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { catalogDirectories, catalogFiles, catalogModule, registryAddress } from '../src/parsers/terraform/catalog/index.js';
import { chooseMajor } from '../src/parsers/terraform/catalog/version.js';
import { parseTerraformModule } from '../src/parsers/terraform/index.js';
import { moduleSource, parseModulesManifest } from '../src/parsers/terraform/module-sources.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { root } from './rules-fixtures.js';

const at = (d: { file: string; code: string; range?: { start: { line: number; column: number } } }): string =>
  `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`;

describe('module sources', () => {
  it('decide local, installed, catalog and not followed in the order of SPEC §1', () => {
    const manifest = parseModulesManifest(
      JSON.stringify({ Modules: [{ Key: '', Dir: '.' }, { Key: 'db', Dir: '.terraform/modules/db' }, { Key: 'rds', Dir: '.terraform/modules/rds' }] }),
    );
    const q = { version: undefined, callerDir: 'infra', rootDir: 'infra', manifest };
    expect(moduleSource({ ...q, source: './modules/db', key: 'db' })).toEqual({ kind: 'directory', dir: 'infra/modules/db', via: 'local' });
    expect(moduleSource({ ...q, source: 'git::https://x/y.git', key: 'db' })).toEqual({ kind: 'directory', dir: 'infra/.terraform/modules/db', via: 'manifest' });
    expect(moduleSource({ ...q, source: 'terraform-aws-modules/rds/aws', key: 'rds' })).toMatchObject({ via: 'manifest' });
    expect(moduleSource({ ...q, source: 'terraform-aws-modules/rds/aws', key: 'other' })).toMatchObject({ via: 'catalog', dir: '<iac-lint catalog>/terraform-aws-modules/rds/aws/v7' });
    const not = moduleSource({ ...q, source: 'hashicorp/consul/aws', key: 'consul' });
    expect(not.kind).toBe('not-followed');
    if (not.kind === 'not-followed') expect(not.reason).toMatch(/"hashicorp\/consul\/aws".*terraform init/);
    expect(moduleSource({ ...q, source: undefined, key: 'x' })).toEqual({ kind: 'not-followed', reason: 'its source is not a literal string' });
  });

  it('read a manifest leniently: a broken one is none', () => {
    expect(parseModulesManifest('{')).toBeUndefined();
    expect(parseModulesManifest('[]')).toBeUndefined();
    expect([...parseModulesManifest('{"Modules":[{"Key":"a.b","Dir":".terraform\\\\modules\\\\a.b"}]}')!]).toEqual([['a.b', '.terraform/modules/a.b']]);
  });

  it('note every call that is not followed, at its header, naming the source and terraform init', async () => {
    const result = await lint({ paths: ['fixtures/cli/tf-module-sources'], cwd: root, workers: 0 });
    const file = 'fixtures/cli/tf-module-sources/main.tf';
    expect(result.diagnostics.map(at)).toEqual([
      `${file}:2:1 module-not-followed`,
      `${file}:6:1 module-not-followed`,
      `${file}:11:1 module-not-followed`,
      `${file}:15:1 module-not-followed`,
      `${file}:22:3 module-version-approximated`,
    ]);
    expect(result.diagnostics[0]!.message).toContain('"git::https://example.com/acme/db.git?ref=v1"');
    expect(result.diagnostics[1]!.message).toMatch(/"acme\/database\/aws".*`terraform init`/);
    // The source as written, and the directory it names (long ones by their end: test/message-bounds).
    expect(result.diagnostics[3]!.message).toBe('module "empty_directory" is not followed: its source "./modules/empty" is the directory fixtures/cli/tf-module-sources/modules/empty, which holds no .tf files (is the source path right?)');
    expect(result.diagnostics[4]!.message).toMatch(/99.*judged as 7\.x/);
    // The unknown major version is judged as the nearest described one.
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line} ${f.resource.name}`)).toEqual([`${file}:20 module.future.module.db_instance.aws_db_instance.this`]);
  });
});

describe('findings on code outside the linted tree', () => {
  it('point at the call and name the resource inside an installed module as a SARIF related location', async () => {
    const dir = 'fixtures/rules/RDS-030/bad/tf-installed-modules';
    const result = await lint({ paths: [dir], cwd: root, workers: 0 });
    expect(result.diagnostics).toEqual([]);
    const sarif = JSON.parse(sarifReporter(result, { cwd: root, color: false, toolVersion: '0' })) as Sarif.Log;
    const rows = sarif.runs[0]!.results!.map((r) => [
      r.locations![0]!.physicalLocation!.region!.startLine,
      r.relatedLocations?.map((l) => `${l.physicalLocation!.artifactLocation!.uri}:${l.physicalLocation!.region!.startLine}`),
    ]);
    expect(rows).toEqual([
      [4, [`${dir}/.terraform/modules/db/modules/replica/main.tf:5`]],
      [7, [`${dir}/.terraform/modules/db/main.tf:11`]],
      [10, [`${dir}/.terraform/modules/reporting/main.tf:1`]],
    ]);
  });

  it('have no related location inside a catalog module (it has no file)', async () => {
    const result = await lint({ paths: ['fixtures/rules/RDS-030/bad/tf-registry-rds'], cwd: root, workers: 0 });
    expect(result.findings.length).toBe(9);
    for (const f of result.findings) {
      expect(f.file).toBe('fixtures/rules/RDS-030/bad/tf-registry-rds/main.tf');
      expect(f.related).toBeUndefined();
    }
  });

  it('.terraform is never linted as configuration of its own', async () => {
    const result = await lint({ paths: ['fixtures/rules/RDS-030/bad/tf-installed-modules/.terraform/modules/db'], cwd: root, workers: 0 });
    expect(result.findings).toEqual([]);
    expect(result.filesScanned).toBe(0);
  });
});

describe('the catalog', () => {
  it('describes every major version in HCL that parses without a diagnostic', async () => {
    const dirs = catalogDirectories();
    expect(dirs.length).toBeGreaterThanOrEqual(16);
    for (const dir of dirs) {
      const files = catalogFiles(dir)!;
      const parsed = await parseTerraformModule(dir, files);
      expect(parsed.diagnostics, dir).toEqual([]);
      expect(parsed.modules[0]!.resources.length + ((parsed.modules[0] as { moduleCalls?: unknown[] }).moduleCalls?.length ?? 0), dir).toBeGreaterThan(0);
    }
  });

  it('reads registry addresses and chooses the major version from the constraint', () => {
    expect(registryAddress('registry.terraform.io/Terraform-AWS-Modules/rds/aws//modules/db_instance')).toEqual({ address: 'terraform-aws-modules/rds/aws', subdir: 'modules/db_instance' });
    expect(registryAddress('./local')).toBeUndefined();
    expect(registryAddress('git::https://github.com/a/b.git')).toBeUndefined();
    const majors = [2, 3, 4, 5, 6, 7];
    expect(chooseMajor(undefined, majors)).toEqual({ major: 7 });
    expect(chooseMajor('~> 6.0', majors)).toEqual({ major: 6 });
    expect(chooseMajor('~> 6', majors)).toEqual({ major: 7 });
    expect(chooseMajor('6.13.1', majors)).toEqual({ major: 6 });
    expect(chooseMajor('>= 5.0, < 6.0', majors)).toEqual({ major: 5 });
    expect(chooseMajor('>= 3.0, < 5.0.1', majors)).toEqual({ major: 5 });
    expect(chooseMajor('>= 4', majors)).toEqual({ major: 7 });
    expect(chooseMajor('~> 1.0', majors)).toMatchObject({ major: 2, note: expect.stringMatching(/major version 1.*judged as 2\.x/) });
    expect(chooseMajor('~> 12.0', majors)).toMatchObject({ major: 7 });
    expect(chooseMajor('latest please', majors)).toMatchObject({ major: 7, note: expect.stringContaining('not understood') });
    expect(catalogModule('terraform-aws-modules/rds/aws//modules/nope', undefined)).toBeUndefined();
    expect(catalogModule('cloudposse/rds-cluster/aws', '0.50.2')).toEqual({ source: 'cloudposse/rds-cluster/aws', subdir: '', major: 0 });
  });
});

