/**
 * `--var NAME=VALUE` for typed variables, as Terraform reads a -var value:
 * the text itself for a variable without a type or of a primitive type
 * (string, number, bool), converted to that type; an HCL expression for any
 * other type, converted to it. A value that does not parse or convert is a
 * `tf-var-value` error at the variable's declaration, naming the --var.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const DIR = 'fixtures/cli/tf-var-typed';
const MAIN = `${DIR}/main.tf`;

async function run(...vars: string[]) {
  const pairs = vars.map((v) => ({ name: v.slice(0, v.indexOf('=')), value: v.slice(v.indexOf('=') + 1) }));
  const result = await lint({ paths: [DIR], cwd: root, workers: 0, variableValues: pairs.map((pair) => ({ var: pair })) });
  return {
    findings: result.findings.map((f) => `${f.resource.name} ${f.message}`),
    diagnostics: result.diagnostics.map((d) => `${d.file}:${d.range?.start.line ?? '-'} ${d.severity} ${d.code} ${d.message}`),
  };
}

describe('typed --var values', () => {
  it('a bool variable: false and 0 are false, true is true', async () => {
    const off = await run('flag=false');
    expect(off.diagnostics).toEqual([]);
    expect(off.findings).toEqual([expect.stringMatching(/^aws_db_instance\.flagged iam_database_authentication_enabled is false \(--var sets flag = false\)/)]);
    expect((await run('flag=0')).findings).toEqual([expect.stringMatching(/^aws_db_instance\.flagged .*\(--var sets flag = false\)/)]);
    expect(await run('flag=true')).toEqual({ findings: [], diagnostics: [] });
    expect(await run('flag=1')).toEqual({ findings: [], diagnostics: [] });
  });

  it('a list variable takes an HCL list: one instance per element', async () => {
    const { findings, diagnostics } = await run('engines=["mysql", "postgres"]');
    expect(diagnostics).toEqual([]);
    expect(findings).toEqual([expect.stringMatching(/^aws_db_instance\.each .*failing instances: \["mysql"\], \["postgres"\]$/)]);
  });

  it('an object variable takes an HCL object, multi-line too; its attributes are read', async () => {
    const { findings, diagnostics } = await run('settings={\n  iam = false\n}');
    expect(diagnostics).toEqual([]);
    expect(findings).toEqual([expect.stringMatching(/^aws_db_instance\.configured iam_database_authentication_enabled is false/)]);
  });

  it('a value that does not parse or convert is an error at the declaration that names the --var; it is not used', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['flag=maybe', 5, /--var flag=maybe: not a value for variable "flag": a bool is required; the --var is ignored/],
      ['flag=False', 5, /a bool is required; to convert from string, use lowercase "false"/],
      ['port=fast', 23, /--var port=fast: .*a number is required/],
      ['engines=["mysql", ', 10, /--var engines=\["mysql", : .*not a valid HCL expression/],
      ['engines=var.other', 10, /refers to "var", but a --var value may not refer to anything/],
      ['engines=tolist(["a"])', 10, /calls tolist\(\), but a --var value may not call functions/],
      ['engines={a = "mysql"}', 10, /a list is required/],
      ['engines=[["mysql"]]', 10, /\[0\]: a string is required/],
      ['settings={engine = "mysql"}', 15, /attribute "iam" is required/],
      ['settings={iam = "maybe"}', 15, /\.iam: a bool is required/],
    ];
    for (const [given, line, message] of cases) {
      const { findings, diagnostics } = await run(given);
      expect(findings, given).toEqual([]);
      expect(diagnostics, given).toEqual([expect.stringMatching(new RegExp(`^${MAIN}:${line} error tf-var-value `))]);
      expect(diagnostics[0], given).toMatch(message);
    }
  });

  it('a number variable converts its text; elements convert to the element type', async () => {
    expect(await run('port=3306')).toEqual({ findings: [], diagnostics: [] });
    // list(string): a number element becomes the string "5" (no engine RDS-030 knows).
    expect((await run('engines=["mysql", 5]')).findings).toEqual([expect.stringMatching(/failing instance: \["mysql"\]$/)]);
  });

  it('on the command line: a bad value exits 2, with the error after the findings', async () => {
    const out = await runCli([DIR, '--var', 'flag=maybe'], { cwd: root });
    expect(out.code).toBe(2);
    expect(out.stdout).toContain(`${MAIN}:5:1`);
    expect(out.stdout).toContain('tf-var-value');
    const ok = await runCli([DIR, '--var', 'flag=false'], { cwd: root });
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain('--var sets flag = false');
  });
});
