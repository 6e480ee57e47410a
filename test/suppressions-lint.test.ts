import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';
import { runCli } from './cli-run.js';
import { workOf } from './work-counts.js';

describe('suppressions through the whole run', () => {
  it('a suppression in a module used by one caller and not needed by another is not unused', async () => {
    const result = await lint({ paths: ['fixtures/suppressions/tf-module-callers'], cwd: root, workers: 0 });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.map((f) => [f.resource.name, f.suppression?.reason])).toEqual([
      ['module.db.aws_db_instance.this', 'the disabled environment is a throwaway sandbox'],
    ]);
  });

  it('prints the warnings with their place, and they do not change the exit code', async () => {
    const r = await runCli(['fixtures/rules/RDS-030/suppressed/warnings.yaml'], { cwd: root });
    expect(r.code).toBe(1); // the four findings; the warnings alone would not fail
    expect(r.stdout).toContain(
      'fixtures/rules/RDS-030/suppressed/warnings.yaml:11:21  warning  [suppression-unknown-rule]  iac-lint:ignore names unknown rule RDS-03O (did you mean RDS-030?)',
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('4 findings in 1 file (1 file scanned); 8 warnings');
    const ok = await runCli(['fixtures/rules/RDS-030/suppressed/warnings.yaml', '--fail-on', 'none'], { cwd: root });
    expect(ok.code).toBe(0);
  });
});

describe('suppression cost is linear in the input', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'iac-lint-suppressions-'));
  const write = (name: string, text: string): string => {
    writeFileSync(join(scratch, name), text);
    return name;
  };
  // One-line (minified) JSON: the old line scan read the whole line again for every finding.
  const minified = (n: number): string => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      resources[`Db${i}`] = { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBName: '# iac-lint:ignore RDS-030 in a string' } };
    }
    return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources });
  };
  const commented = (n: number): string => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; i < n; i++) {
      lines.push(`  # iac-lint:ignore RDS-030 reason ${i}`, `  Db${i}:`, '    Type: AWS::RDS::DBInstance', '    Properties:', `      Engine: mysql # iac-lint:ignore RDS-999 ${i}`);
    }
    return `${lines.join('\n')}\n`;
  };

  // Work as the linter counts it (src/model/work.ts): the comments and characters the suppression scan looks at,
  // and the resolution around it. 4x the databases, 4x the work (give or take a constant: at most 4.2x); scanning
  // the comments from the first (or a whole line) again per resource or finding makes it 16x.
  it.each([
    ['one-line JSON', minified],
    ['YAML with two directives per resource', commented],
  ])('%s: 4x the databases, at most 4x the work', async (_name, make) => {
    const small = write('small.json', make(1000));
    const large = write('large.json', make(4000));
    const a = await workOf(() => lint({ paths: [small], cwd: scratch, workers: 0 }));
    const b = await workOf(() => lint({ paths: [large], cwd: scratch, workers: 0 }));
    expect(b.value.findings.length).toBe(4 * a.value.findings.length);
    expect(b.work.suppressionScan).toBeLessThanOrEqual(4.2 * a.work.suppressionScan);
    expect(b.total).toBeLessThanOrEqual(4.2 * a.total);
    expect(b.total).toBeGreaterThan(0);
    rmSync(join(scratch, small));
    rmSync(join(scratch, large));
  });

  // A Terraform directory of many files, each with a directive: the resources of each such file were found by
  // filtering all of the directory's resources (files × resources).
  it('a Terraform directory: 4x the files with a directive, at most 4x the work', async () => {
    const directory = (name: string, n: number): string => {
      const dir = join(scratch, name);
      mkdirSync(dir);
      for (let i = 0; i < n; i++) {
        writeFileSync(
          join(dir, `db${i}.tf`),
          `# iac-lint:ignore RDS-030 reason ${i}\nresource "aws_db_instance" "db${i}" {\n  engine = "mysql"\n  iam_database_authentication_enabled = false\n}\n`,
        );
      }
      return name;
    };
    const small = directory('tf-small', 250);
    const large = directory('tf-large', 1000);
    const a = await workOf(() => lint({ paths: [small], cwd: scratch, workers: 0 }));
    const b = await workOf(() => lint({ paths: [large], cwd: scratch, workers: 0 }));
    expect(a.value.findings.filter((f) => f.suppression).length).toBe(250);
    expect(b.value.findings.filter((f) => f.suppression).length).toBe(1000);
    expect(b.work.suppressionScan).toBeLessThanOrEqual(4.2 * a.work.suppressionScan);
    expect(b.work.suppressionScan).toBeGreaterThan(0);
    rmSync(join(scratch, small), { recursive: true });
    rmSync(join(scratch, large), { recursive: true });
  });
});
