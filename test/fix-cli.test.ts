// --fix, --unsafe-fixes, --dry-run through the CLI, and fixes in the SARIF
// and JSON reports (SPEC §8, §3).
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';
import { runCli } from './cli-run.js';
import { scratchCopy, snapshot } from './fix-check.js';
import { root } from './rules-fixtures.js';
import { validateSarif } from './sarif-validate.js';

const cases = join(root, 'fixtures/fix');
const env = { IAC_LINT_WORKERS: '0' };

function copyOfCases(): string {
  return scratchCopy(cases, [...snapshot(cases).keys()].filter((f) => !f.endsWith('.diff')));
}

/** Applies SARIF replacements (line/column regions, UTF-16 columns) to the files under `dir`, as a SARIF consumer would. */
function applySarifFixes(dir: string, log: Sarif.Log): void {
  const byFile = new Map<string, Array<{ start: number; end: number; text: string }>>();
  const texts = new Map<string, string>();
  for (const result of log.runs[0]!.results ?? []) {
    for (const change of result.fixes?.[0]?.artifactChanges ?? []) {
      const file = decodeURIComponent(change.artifactLocation.uri!);
      if (!texts.has(file)) texts.set(file, readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''));
      const index = new LineIndex(texts.get(file)!);
      for (const r of change.replacements) {
        const region = r.deletedRegion;
        const start = index.lineStart(region.startLine!) + region.startColumn! - 1;
        const end = index.lineStart(region.endLine!) + region.endColumn! - 1;
        const edits = byFile.get(file) ?? [];
        if (!edits.some((e) => e.start === start && e.end === end && e.text === r.insertedContent!.text)) edits.push({ start, end, text: r.insertedContent!.text! });
        byFile.set(file, edits);
      }
    }
  }
  for (const [file, edits] of byFile) {
    let text = texts.get(file)!;
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    const bom = readFileSync(join(dir, file))[0] === 0xef ? '\uFEFF' : '';
    writeFileSync(join(dir, file), bom + text);
  }
}

describe('fixes in the SARIF and JSON reports', () => {
  it('SARIF fixes[] validate, and applying them by line and column gives what --fix writes', async () => {
    const viaSarif = copyOfCases();
    const run = await runCli(['-f', 'sarif', '--strict', '.'], { cwd: viaSarif, env });
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    const withFixes = results.filter((r) => r.fixes);
    expect(withFixes.length).toBeGreaterThan(30);
    for (const r of withFixes) {
      expect(r.fixes![0]!.description!.text).toMatch(/true/);
      expect(['safe', 'unsafe']).toContain(r.fixes![0]!.properties!['applicability']);
      expect(r.fixes![0]!.artifactChanges.length).toBeGreaterThan(0);
    }
    applySarifFixes(viaSarif, log);

    const viaFix = copyOfCases();
    await runCli(['--fix', '--unsafe-fixes', '--strict', '.'], { cwd: viaFix, env });
    expect(snapshot(viaSarif)).toEqual(snapshot(viaFix));
  });

  it('JSON findings carry the same edits as SARIF, and say why a finding has no fix', async () => {
    const dir = join(root, 'fixtures/rules/RDS-030/bad');
    const json = JSON.parse((await runCli(['-f', 'json', '.'], { cwd: dir, env })).stdout) as {
      findings: Array<{ file: string; fix?: { applicability: string; edits: Array<{ text: string; range: { start: { line: number; column: number } } }> }; noFix?: string }>;
    };
    const sarif = JSON.parse((await runCli(['-f', 'sarif', '.'], { cwd: dir, env })).stdout) as Sarif.Log;
    const fromJson = json.findings.map((f) => (f.fix ? f.fix.edits.map((e) => [e.range.start.line, e.range.start.column, e.text]) : null));
    const fromSarif = sarif.runs[0]!.results!.map((r) =>
      r.fixes ? r.fixes[0]!.artifactChanges.flatMap((c) => c.replacements.map((x) => [x.deletedRegion.startLine, x.deletedRegion.startColumn, x.insertedContent!.text])) : null,
    );
    expect(fromSarif).toEqual(fromJson);
    const ifFinding = json.findings.find((f) => f.file === 'if-false-branch.yaml')!;
    expect(ifFinding.fix).toBeUndefined();
    expect(ifFinding.noFix).toMatch(/depends on a condition/);
    expect(json.findings.filter((f) => f.fix?.applicability === 'unsafe').length).toBeGreaterThan(3);
  });
});

describe('--fix on the command line', () => {
  it('writes only safe fixes, reports what remains, and the exit code follows it', async () => {
    const dir = scratchCopy(join(cases, 'cfn-parameter-default'), ['template.yaml']);
    const safe = await runCli(['--fix', '.'], { cwd: dir, env });
    expect(safe.stderr).toMatch(/^iac-lint: fixed 0 findings in 0 files; 3 findings have no safe fix \(2 with an unsafe fix: --unsafe-fixes\)/);
    expect(safe.stdout).toMatch(/3 findings in 1 file/);
    expect(safe.code).toBe(1);
    expect(snapshot(dir)).toEqual(snapshot(join(cases, 'cfn-parameter-default')));

    const unsafe = await runCli(['--fix', '--unsafe-fixes', '.'], { cwd: dir, env });
    expect(unsafe.stderr).toMatch(/^iac-lint: fixed 2 findings in 1 file; 1 finding has no safe fix\n.*template\.yaml:26:7 {2}RDS-030 {2}\(Stuck\) {2}no fix: parameter Locked does not allow true/);
    expect(unsafe.stdout).toMatch(/1 finding in 1 file/);
    expect(unsafe.code).toBe(1);
    expect(readFileSync(join(dir, 'template.yaml'), 'utf8')).toContain('    Default: "true"\n    AllowedValues: ["true", "false"]');
  });

  it('exits 0 when every finding was fixed, keeps the mode, writes through a symbolic link', async () => {
    const dir = scratchCopy(join(cases, 'cfn-yaml-comments'), ['template.yaml']);
    chmodSync(join(dir, 'template.yaml'), 0o640);
    mkdirSync(join(dir, 'linked'));
    symlinkSync('../template.yaml', join(dir, 'linked/db.yaml'));
    const run = await runCli(['--fix', 'linked/db.yaml'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^iac-lint: fixed 3 findings in 1 file\n$/);
    expect(lstatSync(join(dir, 'linked/db.yaml')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'template.yaml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'template.yaml'), 'utf8')).toContain('EnableIAMDatabaseAuthentication: true # TODO: enable');
  });

  it('--dry-run prints the diff, writes nothing, and exits as the fixes would leave it', async () => {
    const dir = scratchCopy(join(cases, 'tf-aligned'), ['main.tf']);
    const run = await runCli(['--fix', '--dry-run', '.'], { cwd: dir, env });
    expect(run.stdout).toBe(readFileSync(join(cases, 'tf-aligned.diff'), 'utf8'));
    expect(run.stderr).toBe('iac-lint: would fix 3 findings in 1 file\n');
    expect(run.code).toBe(0);
    expect(snapshot(dir)).toEqual(snapshot(join(cases, 'tf-aligned')));
  });

  it('never edits a file outside the linted paths (a module called from them)', async () => {
    const dir = scratchCopy(root, []);
    mkdirSync(join(dir, 'live'));
    mkdirSync(join(dir, 'modules/db'), { recursive: true });
    writeFileSync(join(dir, 'live/main.tf'), 'module "db" {\n  source = "../modules/db"\n}\n');
    const module = 'resource "aws_db_instance" "this" {\n  engine = "mysql"\n}\n';
    writeFileSync(join(dir, 'modules/db/main.tf'), module);
    const run = await runCli(['--fix', 'live'], { cwd: dir, env });
    expect(readFileSync(join(dir, 'modules/db/main.tf'), 'utf8')).toBe(module);
    expect(run.stderr).toMatch(/not fixed: the fix edits modules\/db\/main\.tf, which is not among the linted files/);
    expect(run.code).toBe(1);
  });

  it('never edits a plan JSON file: its findings point at code that is fixed where it is written', async () => {
    const dir = scratchCopy(join(root, 'fixtures/plan/plan-only'), ['tfplan.json']);
    const run = await runCli(['--fix', '--unsafe-fixes', '.'], { cwd: dir, env });
    expect(readFileSync(join(dir, 'tfplan.json'))).toEqual(readFileSync(join(root, 'fixtures/plan/plan-only/tfplan.json')));
    expect(run.stderr).toMatch(/tfplan\.json:20:13 {2}RDS-030 {2}\(aws_db_instance\.orders\) {2}no fix: a plan is generated from Terraform code/);
    expect(run.code).toBe(1);
  });

  it('does not fix suppressed findings', async () => {
    const dir = scratchCopy(root, []);
    const text = 'resource "aws_db_instance" "legacy" {\n  # iac-lint:ignore RDS-030 the client cannot use tokens\n  engine = "mysql"\n}\n';
    writeFileSync(join(dir, 'main.tf'), text);
    const run = await runCli(['--fix', '.'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(text);
  });

  it.each([
    [['--unsafe-fixes'], /--unsafe-fixes works only with --fix/],
    [['--dry-run'], /--dry-run works only with --fix/],
  ])('%s without --fix is a usage error', async (args, message) => {
    const run = await runCli([...args, '.'], { cwd: cases, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
