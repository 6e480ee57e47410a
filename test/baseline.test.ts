import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-run.js';

const cfn = (resources: string[], header = '') =>
  `AWSTemplateFormatVersion: "2010-09-09"\n${header}Resources:\n${resources.map((r) => `  ${r}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n`).join('')}`;
const TF = 'resource "aws_db_instance" "billing" {\n  engine = "postgres"\n}\n';

/** A scratch repository with two findings: infra/db.yaml (Orders) and tf/main.tf (aws_db_instance.billing). */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-lint-baseline-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'infra'));
  mkdirSync(join(dir, 'tf'));
  writeFileSync(join(dir, 'infra/db.yaml'), cfn(['Orders']));
  writeFileSync(join(dir, 'tf/main.tf'), TF);
  return dir;
}

const lastLine = (s: string) => s.trim().split('\n').at(-1);

describe('baselines', () => {
  it('--write-baseline records the findings by fingerprint, sorted and stable, and the run passes', async () => {
    const dir = repository();
    const w = await runCli(['--write-baseline', 'iac-lint-baseline.json', '.'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toBe('iac-lint: wrote 2 findings to the baseline iac-lint-baseline.json\n');
    expect(lastLine(w.stdout)).toBe('0 findings in 0 files (2 files scanned), 2 in the baseline');
    const text = readFileSync(join(dir, 'iac-lint-baseline.json'), 'utf8');
    const data = JSON.parse(text);
    expect(data.version).toBe(1);
    expect(data.findings.map((e: { file: string; resource: string; ruleId: string }) => [e.ruleId, e.file, e.resource])).toEqual([
      ['RDS-030', 'infra/db.yaml', 'Orders'],
      ['RDS-030', 'tf/main.tf', 'aws_db_instance.billing'],
    ]);
    expect(data.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
    expect(text).not.toMatch(/line|column|message/i); // nothing that moves with unrelated edits
    // The same findings from another working directory give the same file, byte for byte.
    await runCli(['--write-baseline', '../again.json', '..'], { cwd: join(dir, 'infra') });
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(text);
  });

  it('round trip: an unrelated edit keeps findings baselined; a new resource is new; a removed one is stale; a renamed one is new', async () => {
    const dir = repository();
    await runCli(['--write-baseline', 'b.json'], { cwd: dir });

    // Unrelated edit: lines above move every finding.
    writeFileSync(join(dir, 'infra/db.yaml'), cfn(['Orders'], 'Description: moved\n\n\n'));
    writeFileSync(join(dir, 'tf/main.tf'), `# a comment\n\nlocals {\n  x = 1\n}\n\n${TF}`);
    let r = await runCli(['--baseline', 'b.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('0 findings in 0 files (2 files scanned), 2 in the baseline');

    // A new resource: one new finding.
    writeFileSync(join(dir, 'infra/db.yaml'), cfn(['Orders', 'Payments']));
    r = await runCli(['--baseline', 'b.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^infra\/db\.yaml:\d+:3 {2}warning {2}RDS-030 .*\(Payments\)$/);
    expect(lastLine(r.stdout)).toBe('1 finding in 1 file (2 files scanned), 2 in the baseline');

    // A removed resource: its entry is stale, listed in the summary.
    writeFileSync(join(dir, 'infra/db.yaml'), cfn(['Payments']).replace('mysql', 'mysql\n      EnableIAMDatabaseAuthentication: true'));
    r = await runCli(['--baseline', 'b.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'b.json: 1 baseline entry no longer matches a finding (fixed, renamed or removed; write the baseline again with --write-baseline):\n' +
        '  RDS-030  infra/db.yaml  (Orders)\n\n' +
        '0 findings in 0 files (2 files scanned), 1 in the baseline, 1 stale baseline entry\n',
    );

    // A renamed resource is a new finding (and its old name a stale entry).
    writeFileSync(join(dir, 'tf/main.tf'), TF.replace('billing', 'invoices'));
    r = await runCli(['--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { suppressed: boolean }) => !f.suppressed).map((f: { resource: { name: string } }) => f.resource.name)).toEqual(['aws_db_instance.invoices']);
    expect(report.baseline.stale.map((e: { resource: string }) => e.resource)).toEqual(['Orders', 'aws_db_instance.billing']);
    expect(report.summary).toMatchObject({ findings: 1, baselined: 0, staleBaselineEntries: 2 });
  });

  it('keeps baselined findings in SARIF as suppressed (kind external) and in JSON with via baseline', async () => {
    const dir = repository();
    await runCli(['--write-baseline', 'b.json'], { cwd: dir });
    const sarif = JSON.parse((await runCli(['--baseline', 'b.json', '-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results.map((r: { suppressions: unknown }) => r.suppressions)).toEqual([
      [{ kind: 'external', status: 'accepted', justification: 'recorded in the baseline b.json' }],
      [{ kind: 'external', status: 'accepted', justification: 'recorded in the baseline b.json' }],
    ]);
    const json = JSON.parse((await runCli(['--baseline', 'b.json', '-f', 'json'], { cwd: dir })).stdout);
    expect(json.findings[0].suppression).toEqual({ via: 'baseline', reason: 'recorded in the baseline b.json' });
  });

  it('entries of files this run did not lint are not stale (pre-commit names only the changed files)', async () => {
    const dir = repository();
    await runCli(['--write-baseline', 'b.json'], { cwd: dir });
    const r = await runCli(['--baseline', 'b.json', 'infra/db.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('0 findings in 0 files (1 file scanned), 1 in the baseline');
  });

  it('a baseline that cannot be read or is not one is an error (exit 2)', async () => {
    const dir = repository();
    let r = await runCli(['--baseline', 'missing.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('iac-lint: missing.json: cannot read the baseline (ENOENT); write one with --write-baseline missing.json\n');
    writeFileSync(join(dir, 'bad.json'), '{"findings": {}}');
    r = await runCli(['--baseline', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: not a baseline file of this iac-lint');
  });

  it('the configuration file can name the baseline (relative to the configuration file)', async () => {
    const dir = repository();
    mkdirSync(join(dir, 'ci'), { recursive: true });
    await runCli(['--write-baseline', 'ci/b.json'], { cwd: dir });
    writeFileSync(join(dir, '.iac-lint.yaml'), 'baseline: ci/b.json\n');
    const r = await runCli([], { cwd: join(dir, 'infra') });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('0 findings in 0 files (1 file scanned), 1 in the baseline');
  });
});
