/**
 * The repository boundary (SPEC §7, issue 17 item 1): nothing is read whose
 * real path lies outside the repository root — a linked tfvars file, a `../`
 * module source, a symbolically linked module directory, a linked template —
 * and the refused path is named, its content never shown. The layouts hold
 * links to places outside a repository, so they are made here under tmpdir.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWithin, repositoryBoundary } from '../src/discover/boundary.js';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';

const SECRET = 'c2VjcmV0LXRva2VuLWZyb20taG9tZQ';
let base: string;
let repo: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'iac-lint-boundary-'));
  repo = join(base, 'repo');
  outside = join(base, 'home');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(outside, 'mod'), { recursive: true });
  writeFileSync(join(outside, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: SECRET } }, p: false }));
  writeFileSync(join(outside, '.env'), `p = false\nauths = { "ghcr.io" = { auth = "${SECRET}" } }\n`);
  writeFileSync(
    join(outside, 'mod', 'main.tf'),
    `resource "aws_db_instance" "leak" {\n  engine = "mysql"\n  identifier = "${SECRET}"\n}\n`,
  );
  writeFileSync(join(outside, 'template.yaml'), `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBName: ${SECRET}\n`);

  // A PR that links a tfvars file to a credentials file and quotes a value from it.
  const linked = join(repo, 'linked-tfvars');
  mkdirSync(linked);
  writeFileSync(
    join(linked, 'main.tf'),
    'variable "p" {\n  default = true\n}\nvariable "auths" {\n  default = {}\n}\nresource "aws_db_instance" "db" {\n  engine = var.p ? "mysql" : var.auths["ghcr.io"].auth\n}\n',
  );
  symlinkSync(join(outside, 'config.json'), join(linked, 'c.auto.tfvars.json'));
  symlinkSync(join(outside, '.env'), join(linked, 'x.auto.tfvars'));

  // Module sources that leave the repository: a `../` path and a linked directory.
  const calls = join(repo, 'calls');
  mkdirSync(calls);
  writeFileSync(join(calls, 'main.tf'), 'module "up" {\n  source = "../../home/mod"\n}\nmodule "linked" {\n  source = "./linked-mod"\n}\n');
  symlinkSync(join(outside, 'mod'), join(calls, 'linked-mod'));

  // A template linked to a file outside, and one inside the repository linked from inside.
  mkdirSync(join(repo, 'cfn'));
  symlinkSync(join(outside, 'template.yaml'), join(repo, 'cfn', 'outside.yaml'));
  writeFileSync(join(repo, 'cfn', 'real.yaml'), 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n');
  symlinkSync(join(repo, 'cfn', 'real.yaml'), join(repo, 'cfn', 'inside.yaml'));

  // One directory judged by a plain file first, then links beside it (the boundary keeps each directory's
  // real path): to a file outside, to a file inside, a broken one; and directories linked from inside.
  const mixed = join(repo, 'mixed');
  mkdirSync(mixed);
  writeFileSync(join(mixed, 'a.yaml'), 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n');
  symlinkSync(join(outside, 'template.yaml'), join(mixed, 'b-out.yaml'));
  symlinkSync(join(repo, 'cfn', 'real.yaml'), join(mixed, 'c-in.yaml'));
  symlinkSync(join(repo, 'mixed', 'gone.yaml'), join(mixed, 'd-broken.yaml'));
  symlinkSync(outside, join(repo, 'home-link'));
  symlinkSync(join(repo, 'cfn'), join(repo, 'cfn-link'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('repositoryBoundary', () => {
  it('is the git work tree of the linted paths, else the working directory', () => {
    expect(repositoryBoundary(['linked-tfvars'], repo).roots).toEqual([repo]);
    expect(repositoryBoundary([join(repo, 'calls')], base).roots).toEqual([repo]);
    expect(repositoryBoundary(['.'], outside).roots).toEqual([outside]);
  });

  it('judges a path by its real path, after symbolic links', () => {
    const boundary = repositoryBoundary(['.'], repo);
    expect(isWithin(boundary, join(repo, 'cfn', 'inside.yaml'))).toBe(true);
    expect(isWithin(boundary, join(repo, 'cfn', 'outside.yaml'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'calls', 'linked-mod', 'main.tf'))).toBe(false);
    expect(isWithin(boundary, join(repo, '..', 'home', 'mod'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'not-yet-there.tf'))).toBe(true);
  });

  it('judges each name of a directory it has judged before by its own link', () => {
    const boundary = repositoryBoundary(['.'], repo);
    expect(isWithin(boundary, join(repo, 'mixed', 'a.yaml'))).toBe(true);
    expect(isWithin(boundary, join(repo, 'mixed', 'b-out.yaml'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'mixed', 'c-in.yaml'))).toBe(true);
    expect(isWithin(boundary, join(repo, 'mixed', 'd-broken.yaml'))).toBe(true);
    expect(isWithin(boundary, join(repo, 'home-link'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'home-link', 'template.yaml'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'home-link', 'mod', 'main.tf'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'home-link', 'mod', 'not-yet-there.tf'))).toBe(false);
    expect(isWithin(boundary, join(repo, 'cfn-link', 'real.yaml'))).toBe(true);
    expect(isWithin(boundary, join(repo, 'cfn-link', 'outside.yaml'))).toBe(false);
  });
});

describe('nothing outside the repository is read', () => {
  it('refuses linked tfvars files, names them, and never prints their values', async () => {
    const run = await runCli(['linked-tfvars', '--strict', '--format', 'json'], { cwd: repo });
    expect(run.stdout).not.toContain(SECRET);
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; severity: string }> };
    const refused = report.diagnostics.filter((d) => d.code === 'outside-repository').map((d) => d.file).sort();
    expect(refused).toEqual(['linked-tfvars/c.auto.tfvars.json', 'linked-tfvars/x.auto.tfvars']);
    // var.p keeps its default (true): the engine is "mysql", the setting is not set.
    const text = await runCli(['linked-tfvars'], { cwd: repo });
    expect(text.stdout).toMatch(/linked-tfvars\/main\.tf:7:1 +warning +RDS-030/);
    expect(text.stdout).not.toContain(SECRET);
  });

  it('does not follow a ../ module source or a linked module directory out of the repository', async () => {
    const result = await lint({ paths: ['calls'], cwd: repo, workers: 0 });
    expect(result.findings).toEqual([]);
    const refused = result.diagnostics.filter((d) => d.code === 'outside-repository');
    expect(refused.map((d) => d.file).sort()).toEqual(['../home/mod', 'calls/linked-mod']);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('refuses a template linked to a file outside, and reads one linked inside', async () => {
    const result = await lint({ paths: ['cfn'], cwd: repo, workers: 0 });
    expect(result.diagnostics.map((d) => [d.file, d.code])).toEqual([['cfn/outside.yaml', 'outside-repository']]);
    expect(result.findings.map((f) => f.file)).toEqual(['cfn/inside.yaml', 'cfn/real.yaml']);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('refuses a linked file beside plain ones, and one named through a linked directory', async () => {
    const result = await lint({ paths: ['mixed'], cwd: repo, workers: 0 });
    expect(result.diagnostics.map((d) => [d.file, d.code]).sort()).toEqual([
      ['mixed/b-out.yaml', 'outside-repository'],
      ['mixed/d-broken.yaml', 'broken-symlink'],
    ]);
    expect(result.findings.map((f) => f.file)).toEqual(['mixed/a.yaml', 'mixed/c-in.yaml']);
    const named = await lint({ paths: ['home-link/template.yaml', 'cfn-link/real.yaml', 'cfn-link/outside.yaml'], cwd: repo, workers: 0 });
    expect(named.diagnostics.map((d) => [d.file, d.code]).sort()).toEqual([
      ['cfn-link/outside.yaml', 'outside-repository'],
      ['home-link/template.yaml', 'outside-repository'],
    ]);
    expect(named.findings.map((f) => f.file)).toEqual(['cfn-link/real.yaml']);
    expect(JSON.stringify([result, named])).not.toContain(SECRET);
  });
});
