// Runs the committed Action bundle the way GitHub runs it: `node dist/action/index.mjs`
// from a plain checkout (a copy of the files git tracks, no node_modules), with the
// inputs in INPUT_* variables, the working directory GITHUB_WORKSPACE, and the
// GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files.
import ajvDraft04 from 'ajv-draft-04';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTrackedFiles, loadSchema } from './action-support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORKSPACE_FIXTURE = join(root, 'fixtures/action/workspace');

let temp: string;
let checkout: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'iac-lint-action-'));
  checkout = join(temp, 'checkout');
  copyTrackedFiles(root, checkout);
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  workspace: string;
  runnerTemp: string;
  summary: string;
  outputs: Record<string, string>;
}

let runs = 0;

/** Runs the action in a fresh copy of the fixture workspace. */
function runAction(inputs: Record<string, string>, prepare?: (workspace: string) => void): ActionRun {
  const run = join(temp, `run-${++runs}`);
  const workspace = join(run, 'workspace');
  cpSync(WORKSPACE_FIXTURE, workspace, { recursive: true });
  prepare?.(workspace);
  const runnerTemp = join(run, 'runner-temp');
  mkdirSync(runnerTemp);
  const summaryFile = join(run, 'step-summary.md');
  const outputFile = join(run, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTION: 'lint',
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, [join(checkout, 'dist/action/index.mjs')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
  });
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    workspace,
    runnerTemp,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
  };
}

/** Reads a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      expect(end, `unterminated output ${heredoc[1]}`).toBeGreaterThan(i);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** The log without the text report, which is printed with workflow commands stopped. */
function commandLines(stdout: string): string[] {
  const stop = /^::stop-commands::(.+)$/m.exec(stdout);
  const text = stop ? stdout.slice(0, stop.index) + stdout.slice(stdout.indexOf(`::${stop[1]}::`, stop.index)) : stdout;
  return text.split('\n');
}

/** The text report in the log. */
function textReport(stdout: string): string {
  const stop = /^::stop-commands::(.+)$/m.exec(stdout);
  expect(stop, 'the log holds the text report with workflow commands stopped').not.toBeNull();
  return stdout.slice(stop!.index + stop![0].length + 1, stdout.indexOf(`::${stop![1]}::`, stop!.index));
}

function annotations(stdout: string, level: string): string[] {
  return commandLines(stdout).filter((l) => l.startsWith(`::${level} `));
}

function readSarif(file: string): Log {
  const log = JSON.parse(readFileSync(file, 'utf8')) as Log;
  const schema = loadSchema('sarif-schema-2.1.0.json');
  const validate = new ajvDraft04.default({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return log;
}

describe('GitHub Action (committed bundle, plain checkout)', () => {
  it('runs from a checkout without node_modules', () => {
    expect(existsSync(join(checkout, 'dist/action/index.mjs'))).toBe(true);
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
  });

  it('annotates, writes SARIF, summary and outputs, and fails on findings (fail-on: any)', () => {
    const run = runAction({});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);

    // One annotation per unsuppressed finding, at the exact line, titled with the rule.
    const warnings = annotations(run.stdout, 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^::warning file=cloudformation\/database\.yaml,line=4,.*title=RDS-030.*::\S/);
    expect(warnings[1]).toMatch(/^::warning file=terraform\/database\/main\.tf,line=8,.*title=RDS-030.*::\S/);
    expect(run.stdout).not.toContain('LegacyDb');
    const errors = annotations(run.stdout, 'error');
    expect(errors).toEqual(['::error title=iac-lint::iac-lint found 2 findings (fail-on: any).']);

    // The text report, folded in the log.
    expect(run.stdout).toMatch(/^::group::iac-lint report$/m);
    expect(textReport(run.stdout)).toMatch(/^cloudformation\/database\.yaml:4:3\s+warning\s+RDS-030\s/m);

    // SARIF: valid, at the default path in the runner's temp directory (the checkout stays clean), with the suppressed finding marked.
    const sarifFile = join(run.runnerTemp, 'iac-lint-lint.sarif');
    expect(run.outputs).toEqual({ findings: '2', 'sarif-file': sarifFile });
    expect(readdirSync(run.workspace).sort()).toEqual(readdirSync(WORKSPACE_FIXTURE).sort());
    const log = readSarif(sarifFile);
    const results = log.runs[0]!.results!;
    expect(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).sort()).toEqual([
      'cloudformation/database.yaml',
      'cloudformation/database.yaml',
      'terraform/database/main.tf',
    ]);
    expect(results.filter((r) => r.suppressions?.length)).toHaveLength(1);

    // Job summary: counts, a table with linked locations, how to fix per format.
    expect(run.summary).toContain('## iac-lint: 2 findings');
    expect(run.summary).toMatch(/\| Findings \| 2 \(2 medium\) \|/);
    expect(run.summary).toMatch(/\| Suppressed \| 1 \|/);
    expect(run.summary).toContain(
      '[`cloudformation/database.yaml:4`](https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/cloudformation/database.yaml#L4)',
    );
    expect(run.summary).toContain('`terraform/database/main.tf:8`');
    expect(run.summary).toContain('`OrdersDb`');
    expect(run.summary).toContain('`aws_db_instance.billing`');
    expect(run.summary).toContain('### How to fix');
    expect(run.summary).toMatch(/\*\*CloudFormation\*\*[\s\S]*EnableIAMDatabaseAuthentication/);
    expect(run.summary).toMatch(/\*\*Terraform\*\*[\s\S]*iam_database_authentication_enabled/);
  });

  it('passes when no finding reaches fail-on, still annotating', () => {
    const run = runAction({ 'fail-on': 'high' });
    expect(run.status).toBe(0);
    expect(annotations(run.stdout, 'warning')).toHaveLength(2);
    expect(annotations(run.stdout, 'error')).toEqual([]);
    expect(run.outputs.findings).toBe('2');
  });

  it('fails at fail-on medium (the severity of RDS-030)', () => {
    const run = runAction({ 'fail-on': 'medium' });
    expect(run.status).toBe(1);
    expect(annotations(run.stdout, 'error')).toEqual([
      '::error title=iac-lint::iac-lint found 2 findings at or above medium (fail-on: medium).',
    ]);
  });

  it('honours annotate: false, fail-on: none and a SARIF path in a new directory', () => {
    const run = runAction({ annotate: 'false', 'fail-on': 'none', 'sarif-file': 'reports/lint.sarif' });
    expect(run.status).toBe(0);
    expect(commandLines(run.stdout).filter((l) => /^::(warning|error|notice) /.test(l))).toEqual([]);
    expect(textReport(run.stdout)).toContain('terraform/database/main.tf:8:');
    const sarifFile = join(run.workspace, 'reports/lint.sarif');
    expect(run.outputs['sarif-file']).toBe(sarifFile);
    expect(readSarif(sarifFile).runs[0]!.results).toHaveLength(3);
    expect(readdirSync(run.runnerTemp)).toEqual([]);
  });

  it('lints only the given paths (one per line) and passes on good files', () => {
    const run = runAction({ paths: 'cloudformation/reports.yaml\nterraform/analytics\n' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::warning');
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain('## iac-lint: no findings');
    expect(run.summary).not.toContain('### Findings');
    expect(readSarif(join(run.runnerTemp, 'iac-lint-lint.sarif')).runs[0]!.results).toEqual([]);
  });

  it('honours exclude', () => {
    const run = runAction({ exclude: 'terraform/**' });
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).not.toContain('main.tf');
  });

  it('reports an unparsable template and fails with exit code 2, still reporting the other findings', () => {
    const run = runAction({ 'fail-on': 'none' }, (workspace) => {
      writeFileSync(join(workspace, 'cloudformation/broken.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db: [unclosed\n');
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error file=cloudformation\/broken\.yaml,line=\d+/m);
    expect(annotations(run.stdout, 'warning')).toHaveLength(2);
    expect(run.stdout).toContain('::error title=iac-lint::iac-lint could not read, parse or check 1 input;');
    expect(run.summary).toContain('### Input problems');
    expect(run.summary).toContain('`cloudformation/broken.yaml:');
    expect(run.outputs.findings).toBe('2');
  });

  it('never lets a file name from the repository act as a workflow command', () => {
    const name = '::notice::pwned.yaml';
    const run = runAction({ paths: name }, (workspace) => {
      cpSync(join(workspace, 'cloudformation/database.yaml'), join(workspace, name));
    });
    expect(run.status).toBe(1);
    expect(textReport(run.stdout)).toMatch(/^::notice::pwned\.yaml:4:3\s/m);
    expect(commandLines(run.stdout).filter((l) => l.startsWith('::notice'))).toEqual([]);
    expect(annotations(run.stdout, 'warning')[0]).toMatch(/^::warning file=%3A%3Anotice%3A%3Apwned\.yaml,line=4,/);
  });

  it('rejects an invalid input with a workflow error and exit code 2', () => {
    const run = runAction({ 'fail-on': 'sometimes' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=iac-lint::iac-lint: input "fail-on": "sometimes" is not one of any, none, low, medium, high, critical, note, warning, error/m);
    expect(run.outputs).toEqual({});
    const rule = runAction({ rules: 'RDS-999' });
    expect(rule.status).toBe(2);
    expect(rule.stdout).toContain('unknown rule "RDS-999"');
  });

  it('takes the CLI settings as inputs: working-directory, rules, soft-fail, sarif-category, shard, sarif-file none', () => {
    const sub = runAction({ 'working-directory': 'cloudformation', paths: '.', 'soft-fail': 'true', 'sarif-category': 'infra/' });
    expect(sub.status).toBe(0);
    // Paths relative to working-directory; SARIF relative to the repository root (the workspace, no git here).
    const warnings = annotations(sub.stdout, 'warning');
    expect(warnings[0]).toMatch(/^::warning file=database\.yaml,line=4,/);
    expect(warnings.at(-1)).toMatch(/^::warning title=iac-lint::iac-lint found 1 finding \(fail-on: any\)\. Not failing the step: soft-fail is set\./);
    const log = readSarif(join(sub.runnerTemp, 'iac-lint-lint.sarif'));
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'infra/' });
    expect(log.runs[0]!.results!.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toContain('cloudformation/database.yaml');
    expect(sub.summary).toContain('(https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/cloudformation/database.yaml#L4)');
    const skipped = runAction({ 'skip-rules': 'rds-030', 'sarif-file': 'none' });
    expect(skipped.status).toBe(0);
    expect(skipped.outputs).toEqual({ findings: '0', 'sarif-file': '' });
    expect(readdirSync(skipped.runnerTemp)).toEqual([]);
    const shard = runAction({ shard: '1/2', 'fail-on': 'none' });
    expect(readSarif(join(shard.runnerTemp, 'iac-lint-lint.sarif')).runs[0]!.automationDetails).toEqual({ id: 'iac-lint/shard-1-of-2/' });
  });

  it('reads the configuration file of the workspace, as the CLI does; inputs that are set win', () => {
    const config = 'fail-on: none\nseverity: {RDS-030: high}\nexclude: [terraform/**]\n';
    const run = runAction({}, (workspace) => writeFileSync(join(workspace, '.iac-lint.yaml'), config));
    expect(run.status).toBe(0); // fail-on: none from the file
    expect(run.outputs.findings).toBe('1'); // terraform/** excluded by the file
    expect(annotations(run.stdout, 'error')[0]).toMatch(/^::error file=cloudformation\/database\.yaml,line=4,.*title=RDS-030::/);
    const sarif = readSarif(join(run.runnerTemp, 'iac-lint-lint.sarif'));
    expect(sarif.runs[0]!.tool.driver.rules![0]!.properties!['security-severity']).toBe('8.0');
    const strict = runAction({ 'fail-on': 'high' }, (workspace) => writeFileSync(join(workspace, '.iac-lint.yaml'), config));
    expect(strict.status).toBe(1);
  });

  it('names the configuration input, and fails on a bad configuration file with its line (exit code 2)', () => {
    const run = runAction({ config: 'ci/lint.yaml' }, (workspace) => {
      mkdirSync(join(workspace, 'ci'));
      writeFileSync(join(workspace, 'ci/lint.yaml'), 'strict: true\nfailon: high\n');
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::error title=iac-lint::ci/lint.yaml:2:1: failon: unknown key (did you mean fail-on?)');
  });
});
