import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';
import { runCli } from './cli-run.js';

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
  /** Best of three runs of each, interleaved, so that both sizes see the same load of a busy machine. */
  const times = async (files: string[]): Promise<number[]> => {
    const best = files.map(() => Infinity);
    for (let round = 0; round < 3; round++) {
      for (const [i, file] of files.entries()) {
        const t = performance.now();
        await lint({ paths: [file], cwd: scratch, workers: 0 });
        best[i] = Math.min(best[i]!, performance.now() - t);
      }
    }
    return best;
  };
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

  it.each([
    ['one-line JSON', minified],
    ['YAML with two directives per resource', commented],
  ])('%s: 4x the databases take less than 8x the time', async (_name, make) => {
    const small = write('small.json', make(1000));
    const large = write('large.json', make(4000));
    const [, b, a] = await times([small, large, small]); // the first run of the small file warms up
    expect(b! / a!).toBeLessThan(8);
    rmSync(join(scratch, small));
    rmSync(join(scratch, large));
  });
});
