/**
 * Values for variables nobody declares (Terraform warns of a var-file entry
 * and rejects a -var): a misspelt name silently leaves the default in
 * force, which is what iac-lint then judges. A `tf-var-undeclared` warning
 * names each: in the directory's own terraform.tfvars / *.auto.tfvars (per
 * root module), and for `--var` / `--var-file` values that no linted root
 * module declares (one per run, as for CloudFormation's `--parameters`).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import type { VariableValue } from '../src/lint/run.js';
import type { Shard } from '../src/lint/shard.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const DIR = 'fixtures/cli/tf-var-undeclared';

async function run(variableValues: VariableValue[] = [], extra: { shard?: Shard } = {}) {
  const result = await lint({ paths: [DIR], cwd: root, workers: 0, variableValues, ...extra });
  return {
    findings: result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource.name}`),
    diagnostics: result.diagnostics.map((d) => `${d.file}:${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'} ${d.severity} ${d.code} ${d.message}`),
  };
}

const TFVARS_WARNING = `${DIR}/app/terraform.tfvars:1:1 warning tf-var-undeclared terraform.tfvars sets "iam_auth", but the root module declares no variable "iam_auth"; the value is not used`;

describe('values for undeclared Terraform variables', () => {
  it("a misspelt name in the directory's terraform.tfvars is a warning at the name; the default is judged", async () => {
    expect(await run()).toEqual({ findings: [`${DIR}/app/main.tf:13:3 aws_db_instance.main`], diagnostics: [TFVARS_WARNING] });
  });

  it('--var and --var-file values that no linted root module declares are warnings; declared ones are used', async () => {
    const { findings, diagnostics } = await run([
      { varFile: `${DIR}/app/env/typo.tfvars` },
      { varFile: `${DIR}/app/env/typo.tfvars.json` },
      { var: { name: 'owner', value: 'me' } },
      { var: { name: 'only_in_module', value: '1' } },
      { var: { name: 'nope', value: '1' } },
      { var: { name: 'nope', value: '2' } },
    ]);
    // iam = true came from the var files: the database is compliant.
    expect(findings).toEqual([]);
    expect(diagnostics).toEqual([
      // A module's variable is set by its caller, not by --var; `owner` is declared by network/ (read for syntax only).
      '--var:- warning tf-var-undeclared --var only_in_module is given, but no linted root module declares a variable "only_in_module"; the value is not used',
      '--var:- warning tf-var-undeclared --var nope is given, but no linted root module declares a variable "nope"; the value is not used',
      `${DIR}/app/env/typo.tfvars:1:1 warning tf-var-undeclared typo.tfvars sets "iamm", but no linted root module declares a variable "iamm"; the value is not used`,
      `${DIR}/app/env/typo.tfvars.json:3:3 warning tf-var-undeclared typo.tfvars.json sets "iam_enabled", but no linted root module declares a variable "iam_enabled"; the value is not used`,
      TFVARS_WARNING,
    ]);
  });

  it('a shard sees only some root modules: it does not warn of values another shard may declare', async () => {
    for (const k of [1, 2]) {
      const { diagnostics } = await run([{ var: { name: 'nope', value: '1' } }], { shard: { k, n: 2 } });
      expect(diagnostics.filter((d) => d.startsWith('--var'))).toEqual([]);
    }
  });

  it('the CLI shows the warning and keeps the exit code of the findings', async () => {
    const out = await runCli([DIR, '--var', 'iam_auth=true'], { cwd: root });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('--var  warning  [tf-var-undeclared]  --var iam_auth is given, but no linted root module declares a variable "iam_auth"; the value is not used');
  });
});
