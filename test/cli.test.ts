import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/main.js';
import { VERSION } from '../src/cli/version.js';
import { runCli, type CliRun } from './cli-run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = resolve(root, 'fixtures/cli');

function run(argv: string[], io: Partial<CliIO> = {}): Promise<CliRun> {
  return runCli(argv, { cwd: fixtures, ...io });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'iac-lint-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit codes (SPEC §4)', () => {
  it('0 when nothing is found', async () => {
    const r = await run(['cfn/good.json']);
    expect(r).toEqual({ code: 0, stdout: '0 findings in 0 files (1 file scanned)\n', stderr: '' });
  });

  it('1 with findings, listed one per line with a summary', async () => {
    const r = await run(['cfn']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^cfn\/db\.yaml:4:3 {2}warning {2}RDS-030 {2}EnableIAMDatabaseAuthentication is not set.* {2}\(Db\)$/);
    expect(r.stdout).toContain('1 finding in 1 file (2 files scanned), 1 suppressed');
    expect(r.stderr).toBe('');
  });

  it('2 when an input cannot be parsed, while the other files are still linted and reported', async () => {
    const r = await run(['mixed', 'cfn']);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    const findings = lines.filter((l) => l.includes('RDS-030'));
    expect(findings.map((l) => l.split(' ')[0])).toEqual(['cfn/db.yaml:4:3', 'mixed/db.json:5:45']);
    const diagnostic = lines.findIndex((l) => l.startsWith('mixed/broken.yaml:'));
    expect(diagnostic).toBeGreaterThan(lines.indexOf(findings.at(-1)!));
    expect(r.stdout).toContain('1 file could not be read or parsed');
    expect(r.stdout).not.toContain('helm-template');
  });

  it('2 for a path that does not exist, still reporting the others', async () => {
    const r = await run(['nope.yaml', 'cfn/db.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cfn/db.yaml:4:3');
    expect(r.stdout).toContain('nope.yaml  error  [not-found]  no such file or directory');
  });

  it('honours --fail-on severities and levels', async () => {
    expect((await run(['cfn', '--fail-on', 'medium'])).code).toBe(1);
    expect((await run(['cfn', '--fail-on', 'high'])).code).toBe(0);
    expect((await run(['cfn', '--fail-on', 'error'])).code).toBe(0);
    expect((await run(['cfn', '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['cfn', '--fail-on', 'note'])).code).toBe(1);
    expect((await run(['cfn', '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['mixed', '--fail-on', 'none'])).code).toBe(2);
  });
});

describe('options', () => {
  it('--rule and --skip-rule select rules (repeatable, comma lists, any case)', async () => {
    expect((await run(['cfn', '--rule', 'rds-030'])).code).toBe(1);
    expect((await run(['cfn', '--rule', 'RDS-030,RDS-030'])).code).toBe(1);
    const skipped = await run(['cfn', '--skip-rule', 'RDS-030']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('0 findings');
  });

  it('--strict reports what cannot be resolved', async () => {
    const strictFixtures = resolve(root, 'fixtures/rules/RDS-030/strict');
    const [first] = readdirSync(strictFixtures).filter((f) => f.endsWith('.yaml'));
    const lax = await run([first!], { cwd: strictFixtures });
    const strict = await run([first!, '--strict'], { cwd: strictFixtures });
    expect(lax.code).toBe(0);
    expect(strict.code).toBe(1);
  });

  it('--exclude skips matching paths', async () => {
    const r = await run(['.', '--exclude', 'mixed', '--exclude', 'tf-*']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('mixed/');
    expect(r.stdout).not.toContain('.tf');
  });

  it('--max-file-size skips larger files with a warning, an input problem: the gate does not pass a file it never read (exit 2)', async () => {
    const r = await run(['cfn/db.yaml', '--max-file-size', '0.0001']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cfn/db.yaml  warning  [file-too-large]  skipped: larger than');
    expect(r.stdout).toContain('input problems: 1 file skipped unread');
  });

  it('--format json, github and sarif write their formats to stdout', async () => {
    const json = JSON.parse((await run(['cfn', '--format', 'json'])).stdout) as { version: number; tool: { version: string } };
    expect(json.version).toBe(1);
    expect(json.tool.version).toBe(VERSION);
    expect((await run(['cfn', '--format', 'github'])).stdout).toMatch(/^::warning file=cfn\/db\.yaml,line=4,endLine=4,col=3,endColumn=5,title=RDS-030::/);
    const sarif = JSON.parse((await run(['cfn', '-f', 'sarif', '--sarif-category', 'infra'])).stdout) as { runs: { automationDetails: unknown }[] };
    expect(sarif.runs[0]!.automationDetails).toEqual({ id: 'infra' });
  });

  it('colours text only on a TTY, unless --no-color or NO_COLOR', async () => {
    expect((await run(['cfn'], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await run(['cfn'], { isTTY: false })).stdout).not.toContain('\u001b[');
    expect((await run(['cfn', '--no-color'], { isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await run(['cfn'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('--version and --help print to stdout and exit 0', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--format', '--output', '--strict', '--fail-on', '--rule', '--skip-rule', '--exclude', '--max-file-size', '--no-color']) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain('Exit codes');
  });

  it('a single named .tf file is read with its directory for context, and only it is reported', async () => {
    const r = await run(['tf-single/main.tf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tf-single/main.tf:4:3  warning  RDS-030  iam_database_authentication_enabled is false (terraform.tfvars sets iam_auth = false)');
    expect(r.stdout).not.toContain('other.tf');
    const whole = await run(['tf-single']);
    expect(whole.stdout).toContain('tf-single/other.tf:1:1');
  });

  it('a named .tfvars file (a commit that changes only variable values) reports the findings of its whole directory', async () => {
    const r = await run(['tf-single/terraform.tfvars']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tf-single/main.tf:4:3  warning  RDS-030  iam_database_authentication_enabled is false (terraform.tfvars sets iam_auth = false)');
    expect(r.stdout).toContain('tf-single/other.tf:1:1');
  });

  it('a local child module is reported through its call, with a module-qualified address, not again on its own', async () => {
    const r = await run(['tf-modules']);
    const findings = r.stdout.split('\n').filter((l) => l.includes('RDS-030'));
    expect(findings).toEqual([expect.stringMatching(/^tf-modules\/modules\/db\/main\.tf:9:3 .*\(module\.db\.aws_db_instance\.this\)$/)]);
    expect((await run(['tf-modules/modules/db'])).code).toBe(0);
  });
});

describe('usage errors (exit 2, a message and a hint, no stack trace)', () => {
  it.each([
    [['--format', 'xml'], /--format: unknown format "xml"/],
    [['--bogus'], /Unknown argument: bogus/],
    [['--rule', 'RDS-999'], /unknown rule "RDS-999"/],
    [['--skip-rule', 'nope,RDS-030'], /unknown rule "nope"/],
    [['--fail-on', 'sometimes'], /--fail-on: "sometimes" is not one of any, none, low/],
    [['--max-file-size', '-1'], /--max-file-size must be a positive decimal number of megabytes, got "-1"/],
    [['--max-file-size', 'big'], /--max-file-size must be a positive decimal number/],
    [['--output'], /Not enough arguments following: output/],
    [['--format', 'json', '--format', 'text'], /only one report can go to stdout/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^iac-lint: /);
    expect(r.stderr).toContain("Run 'iac-lint --help' for usage.");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--output', () => {
  it('writes exactly the report file and nothing else; the text report stays on the console', async () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    const r = await run(['cfn', '--format', 'sarif', '--output', join(dir, 'report.sarif')]);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    expect(r.stdout).toMatch(/^cfn\/db\.yaml:4:3 {2}warning {2}RDS-030 .*\n\n1 finding in 1 file \(2 files scanned\), 1 suppressed\n$/);
    expect(readdirSync(dir)).toEqual(['report.sarif']);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('writes text without colour even on a TTY', async () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    await run(['cfn', '-o', join(dir, 'report.txt')], { isTTY: true });
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('fails with exit 2 and a message when the file cannot be written, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    const r = await run(['cfn', '--output', join(dir, 'missing-dir', 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^iac-lint: cannot write .*report\.json: ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('internal errors', () => {
  it('print "iac-lint: internal error", exit 2, and show a stack only with IAC_LINT_DEBUG=1', async () => {
    const failing = (): void => {
      throw new Error('stdout closed');
    };
    const quiet = await run(['cfn'], { stdout: failing });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toMatch(/^iac-lint: internal error: stdout closed\n/);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['cfn'], { stdout: failing, env: { IAC_LINT_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
