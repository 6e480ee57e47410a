/**
 * `--var NAME=VALUE` and `--var-file FILE` (SPEC §1 "Resolving values", §2;
 * issue 11 item 4): HCL and JSON var files, repeatable, with Terraform's
 * precedence — --var over --var-file (later wins) over *.auto.tfvars over
 * terraform.tfvars — and provenance that names the file.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const DIR = 'fixtures/cli/tf-var-files';
const MAIN = `${DIR}/main.tf`;

async function run(varFiles: string[], vars: Array<{ name: string; value: string }> = []) {
  const result = await lint({ paths: [DIR], cwd: root, workers: 0, varFiles: varFiles.map((f) => `${DIR}/${f}`), vars });
  return {
    findings: result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource.name} ${f.message}`),
    diagnostics: result.diagnostics.map((d) => `${d.file}:${d.range?.start.line ?? '-'} ${d.severity} ${d.code}`),
  };
}

describe('variable values from outside', () => {
  it('without flags: *.auto.tfvars wins over terraform.tfvars', async () => {
    expect(await run([])).toEqual({ findings: [], diagnostics: [] });
  });

  it('--var-file wins over *.auto.tfvars, and the message names the file', async () => {
    const { findings, diagnostics } = await run(['env/prod.tfvars']);
    expect(diagnostics).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(new RegExp(`^${MAIN}:17:3 aws_db_instance.orders iam_database_authentication_enabled is false \\(prod.tfvars sets iam = false\\).*PostgreSQL`));
  });

  it('reads JSON var files; a later var file wins over an earlier one', async () => {
    // dev.tfvars.json: iam = true and create_reporting = true, after prod.tfvars.
    const { findings } = await run(['env/prod.tfvars', 'env/dev.tfvars.json']);
    expect(findings.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([`${MAIN}:20:1 aws_db_instance.reporting`]);
    const reversed = await run(['env/dev.tfvars.json', 'env/prod.tfvars']);
    expect(reversed.findings.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([`${MAIN}:17:3 aws_db_instance.orders`, `${MAIN}:20:1 aws_db_instance.reporting`]);
  });

  it('--var wins over every var file', async () => {
    const { findings } = await run(['env/dev.tfvars.json'], [{ name: 'iam', value: 'false' }, { name: 'create_reporting', value: 'false' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(new RegExp(`^${MAIN}:17:3 aws_db_instance.orders iam_database_authentication_enabled is false \\(--var sets iam = "false"\\)`));
  });

  it('a broken or missing var file is an input error; the rest is still judged', async () => {
    const { findings, diagnostics } = await run(['env/broken.tfvars', 'env/missing.tfvars']);
    expect(findings).toEqual([]);
    expect(diagnostics).toEqual([`${DIR}/env/broken.tfvars:1 error hcl-syntax`, `${DIR}/env/missing.tfvars:- error not-found`]);
  });
});

describe('the command line', () => {
  it('takes --var and --var-file, repeatable', async () => {
    const out = await runCli([DIR, '--var-file', `${DIR}/env/dev.tfvars.json`, '--var', 'iam=false', '--var', 'create_reporting=false'], { cwd: root });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`${MAIN}:17:3`);
    expect(out.stdout).toContain('--var sets iam = "false"');
  });

  it('refuses a --var without a name', async () => {
    const out = await runCli([DIR, '--var', '=x'], { cwd: root });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--var must be NAME=VALUE/);
  });
});
