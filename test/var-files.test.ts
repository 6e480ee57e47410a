/**
 * `--var NAME=VALUE` and `--var-file FILE` (SPEC §1 "Resolving values", §2;
 * issue 11 item 4): HCL and JSON var files, repeatable, with Terraform's
 * precedence — --var and --var-file in command-line order (later wins; after
 * the configuration file's) over *.auto.tfvars over terraform.tfvars — and
 * provenance that names the file.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const DIR = 'fixtures/cli/tf-var-files';
const MAIN = `${DIR}/main.tf`;

async function run(varFiles: string[], vars: Array<{ name: string; value: string }> = []) {
  const variableValues = [...varFiles.map((f) => ({ varFile: `${DIR}/${f}` })), ...vars.map((v) => ({ var: v }))];
  const result = await lint({ paths: [DIR], cwd: root, workers: 0, variableValues });
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

describe('--var and --var-file in command-line order (as Terraform applies them)', () => {
  it('a --var-file after a --var wins over it, and the other way round', async () => {
    // dev.tfvars.json: iam = true, create_reporting = true.
    const fileLast = await runCli([DIR, '--var', 'iam=false', '--var-file', `${DIR}/env/dev.tfvars.json`], { cwd: root });
    expect(fileLast.stdout).not.toContain(`${MAIN}:17:3`);
    expect(fileLast.stdout).toContain(`${MAIN}:20:1`);
    const varLast = await runCli([DIR, `--var-file=${DIR}/env/dev.tfvars.json`, '--var=iam=false'], { cwd: root });
    expect(varLast.stdout).toContain(`${MAIN}:17:3`);
    expect(varLast.stdout).toContain('--var sets iam = "false"');
    // Files and values interleave: engine = mysql, then prod.tfvars (iam = false, engine = postgres) wins over it.
    const interleaved = await runCli([DIR, '--var', 'engine=mysql', '--var-file', `${DIR}/env/prod.tfvars`, '--var', 'create_reporting=true'], { cwd: root });
    expect(interleaved.stdout).toMatch(/main\.tf:17:3 .*prod\.tfvars sets iam = false.*PostgreSQL/);
  });

  it("the configuration file's var-files and vars come first, then the command line's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-var-order-'));
    try {
      cpSync(resolve(root, DIR), dir, { recursive: true });
      // prod.tfvars sets engine = postgres; the command line's dev.tfvars.json does not set it, but its iam = true wins over the file's vars.
      writeFileSync(join(dir, '.iac-lint.yaml'), 'var-files: [env/prod.tfvars]\nvars: {iam: "false"}\n');
      const fileWins = await runCli(['.', '--var-file', 'env/dev.tfvars.json'], { cwd: dir });
      expect(fileWins.stdout).not.toContain('main.tf:17:3');
      expect(fileWins.stdout).toContain('main.tf:20:1');
      const both = await runCli(['.', '--var-file', 'env/dev.tfvars.json', '--var', 'iam=false'], { cwd: dir });
      expect(both.stdout).toMatch(/main\.tf:17:3 .*--var sets iam = "false".*PostgreSQL/);
      const printed = await runCli(['--print-config', '--var-file', 'env/dev.tfvars.json'], { cwd: dir });
      expect(printed.stdout).toContain('var-files:\n  - env/prod.tfvars\n  - env/dev.tfvars.json\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
