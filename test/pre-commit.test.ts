// Runs the real pre-commit tool against this repository in a scratch git
// repository: `pre-commit try-repo`, and `pre-commit run` with the
// .pre-commit-config.yaml a user writes. pre-commit installs the hook as it
// does for users (language: node → npm install, npm pack, npm install -g). No
// mocks: the npm registry is used, with the npm cache first.
//
// This repository is snapshotted first (the files git tracks, as they are in
// the work tree, committed into a temporary repository) so that the test sees
// uncommitted edits. try-repo installs the hook afresh on every call (into a
// temporary store); `pre-commit run` installs it once into PRE_COMMIT_HOME.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTrackedFiles } from './action-support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommitVersion.status === 0;
if (!hasPreCommit) {
  console.warn(
    'test/pre-commit.test.ts: skipped, `pre-commit` is not on PATH (install it: apt-get install pre-commit; .ci/run does).',
  );
}

/** Installing the hook runs npm install, npm pack and npm install -g: allow for a slow network. */
const INSTALL_TIMEOUT = 300_000;

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'iac-lint test',
  GIT_AUTHOR_EMAIL: 'test@iac-lint.invalid',
  GIT_COMMITTER_NAME: 'iac-lint test',
  GIT_COMMITTER_EMAIL: 'test@iac-lint.invalid',
};

let temp: string;
let hookRepo: string;
let hookRef: string;
let project: string;
let env: NodeJS.ProcessEnv;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

/** `pre-commit ...args` in the scratch project. */
function preCommit(...args: string[]): { status: number | null; output: string; seconds: number } {
  const started = Date.now();
  const run = spawnSync('pre-commit', [...args, '--color', 'never'], { cwd: project, env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (Date.now() - started) / 1000 };
}

beforeAll(() => {
  if (!hasPreCommit) return;
  temp = mkdtempSync(join(tmpdir(), 'iac-lint-pre-commit-'));
  env = {
    ...process.env,
    ...GIT_IDENTITY,
    PRE_COMMIT_HOME: join(temp, 'pre-commit-home'),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };

  hookRepo = join(temp, 'iac-lint');
  copyTrackedFiles(root, hookRepo);
  git(hookRepo, 'init', '--quiet');
  git(hookRepo, 'add', '--all');
  git(hookRepo, 'commit', '--quiet', '--no-verify', '-m', 'snapshot of the iac-lint work tree');
  hookRef = git(hookRepo, 'rev-parse', 'HEAD');

  // A user's repository: bad and good templates and Terraform, and YAML/JSON that is not CloudFormation.
  project = join(temp, 'project');
  cpSync(join(root, 'fixtures/action/workspace'), project, { recursive: true });
  mkdirSync(join(project, '.github/workflows'), { recursive: true });
  writeFileSync(join(project, '.github/workflows/ci.yml'), 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n');
  writeFileSync(join(project, 'package.json'), '{ "name": "infra", "private": true }\n');
  // The README's snippet, pointing at the snapshot.
  writeFileSync(
    join(project, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepo}\n    rev: ${hookRef}\n    hooks:\n      - id: iac-lint\n`,
  );
  git(project, 'init', '--quiet');
  git(project, 'add', '--all');
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe.skipIf(!hasPreCommit)(`pre-commit hook (${preCommitVersion.stdout?.trim()})`, () => {
  it('try-repo: fails on a bad template and a bad .tf, printing file:line', () => {
    const run = preCommit(
      'try-repo',
      hookRepo,
      'iac-lint',
      '--ref',
      hookRef,
      '--files',
      'cloudformation/database.yaml',
      'cloudformation/reports.yaml',
      'terraform/database/main.tf',
      '.github/workflows/ci.yml',
    );
    console.info(`pre-commit try-repo (installs the hook): ${run.seconds.toFixed(1)} s`);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/^iac-lint\.+Failed$/m);
    expect(run.output).toMatch(/^cloudformation\/database\.yaml:4:\d+\s.*RDS-030/m);
    expect(run.output).toMatch(/^terraform\/database\/main\.tf:8:\d+\s.*RDS-030/m);
    expect(run.output).not.toMatch(/reports\.yaml:\d+/);
  }, INSTALL_TIMEOUT);

  it('.pre-commit-config.yaml: passes on good files, skipping YAML and JSON that is not CloudFormation', () => {
    const run = preCommit(
      'run',
      '--files',
      'cloudformation/reports.yaml',
      'terraform/analytics/main.tf',
      'terraform/analytics/terraform.tfvars',
      '.github/workflows/ci.yml',
      'package.json',
    );
    console.info(`pre-commit run (installs the hook into PRE_COMMIT_HOME): ${run.seconds.toFixed(1)} s`);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/^iac-lint\.+Passed$/m);
  }, INSTALL_TIMEOUT);

  it('reports each finding once when a commit holds several files of one Terraform directory', () => {
    // Enough files for pre-commit to split them into parallel batches if the hook allowed it (4 or more per batch).
    const dir = join(project, 'terraform/orders');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_db_instance" "orders" {\n  engine = "mysql"\n  iam_database_authentication_enabled = var.iam\n}\n');
    writeFileSync(join(dir, 'replica.tf'), 'resource "aws_db_instance" "replica" {\n  engine = "postgres"\n}\n');
    writeFileSync(join(dir, 'variables.tf'), 'variable "iam" {\n  default = true\n}\n');
    writeFileSync(join(dir, 'terraform.tfvars'), 'iam = false\n');
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `extra${i}.tf`), `locals {\n  n${i} = ${i}\n}\n`);
    git(project, 'add', '--all');
    const files = ['main.tf', 'replica.tf', 'variables.tf', 'terraform.tfvars', ...Array.from({ length: 8 }, (_, i) => `extra${i}.tf`)].map((f) => `terraform/orders/${f}`);
    const run = preCommit('run', '--files', ...files);
    expect(run.status, run.output).toBe(1);
    expect(run.output.match(/^terraform\/orders\/main\.tf:3:\d+\s.*RDS-030/gm), run.output).toHaveLength(1);
    expect(run.output.match(/^terraform\/orders\/replica\.tf:1:\d+\s.*RDS-030/gm), run.output).toHaveLength(1);
  }, INSTALL_TIMEOUT);

  it('.pre-commit-config.yaml: fails with --all-files', () => {
    const run = preCommit('run', '--all-files');
    console.info(`pre-commit run --all-files (hook installed): ${run.seconds.toFixed(1)} s`);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/^cloudformation\/database\.yaml:4:/m);
    expect(run.output).toMatch(/^terraform\/database\/main\.tf:8:/m);
  }, INSTALL_TIMEOUT);

  // Last: it edits the project's files (restored from the index afterwards).
  it('try-repo iac-lint-fix: fixes the files, fails because it changed them, then passes', () => {
    const files = ['cloudformation/database.yaml', 'terraform/database/main.tf'];
    try {
      const first = preCommit('try-repo', hookRepo, 'iac-lint-fix', '--ref', hookRef, '--files', ...files);
      expect(first.status, first.output).toBe(1);
      expect(first.output).toMatch(/^iac-lint \(fix\)\.+Failed$/m);
      expect(first.output).toMatch(/files were modified by this hook/);
      expect(first.output).toMatch(/iac-lint: fixed 2 findings in 2 files/);
      expect(readFileSync(join(project, 'cloudformation/database.yaml'), 'utf8')).toContain('      ManageMasterUserPassword: true\n      EnableIAMDatabaseAuthentication: true\n  LegacyDb:');
      expect(readFileSync(join(project, 'terraform/database/main.tf'), 'utf8')).toContain('  iam_database_authentication_enabled = true\n');
      const second = preCommit('try-repo', hookRepo, 'iac-lint-fix', '--ref', hookRef, '--files', ...files);
      expect(second.status, second.output).toBe(0);
      expect(second.output).toMatch(/^iac-lint \(fix\)\.+Passed$/m);
    } finally {
      git(project, 'checkout', '--', ...files);
    }
  }, INSTALL_TIMEOUT);
});
