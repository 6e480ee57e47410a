// SPEC §2 "values from outside": --parameters and --parameter-files (issue 12 item 1).
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const dir = 'fixtures/cloudformation/parameters';
const template = `${dir}/database.yaml`;

async function run(options: Partial<LintOptions>) {
  const result = await lint({ paths: [template], cwd: root, workers: 0, ...options });
  return {
    findings: result.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.resource.name}: ${f.message}`),
    diagnostics: result.diagnostics.map((d) => `${d.file}:${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'} ${d.severity} ${d.code}: ${d.message}`),
  };
}

const DEFAULT_FINDING =
  '18:7 Database: EnableIAMDatabaseAuthentication is false (parameter IamAuth defaults to "false"); IAM database authentication is disabled on this MySQL DB instance';

describe('CloudFormation parameter values from outside', () => {
  it('without values: the Default', async () => {
    expect(await run({})).toEqual({ findings: [DEFAULT_FINDING], diagnostics: [] });
  });

  it.each([
    ['the AWS CLI list', 'params/aws-cli.json'],
    ['a template configuration file', 'params/template-configuration.json'],
    ['a plain YAML mapping (true unquoted)', 'params/plain.yaml'],
  ])('%s replaces the Default', async (_, file) => {
    expect(await run({ parameterFiles: [`${dir}/${file}`] })).toEqual({ findings: [], diagnostics: [] });
  });

  it('a value from a file decides the finding, with the file as provenance (and its Engine)', async () => {
    expect((await run({ parameterFiles: [`${dir}/params/dev.json`] })).findings).toEqual([
      `18:7 Database: EnableIAMDatabaseAuthentication is false (parameter IamAuth = "false" from ${dir}/params/dev.json); IAM database authentication is disabled on this MariaDB DB instance`,
    ]);
  });

  it('later files win over earlier ones, --parameters over every file', async () => {
    expect((await run({ parameterFiles: [`${dir}/params/aws-cli.json`, `${dir}/params/dev.json`] })).findings).toHaveLength(1);
    expect((await run({ parameterFiles: [`${dir}/params/dev.json`, `${dir}/params/aws-cli.json`] })).findings).toEqual([]);
    expect((await run({ parameterFiles: [`${dir}/params/aws-cli.json`], parameters: [{ key: 'IamAuth', value: 'FALSE' }] })).findings).toEqual([
      '18:7 Database: EnableIAMDatabaseAuthentication is false (parameter IamAuth = "FALSE" from --parameters); IAM database authentication is disabled on this PostgreSQL DB instance',
    ]);
  });

  it('a value for a parameter that no linted template declares is a warning at its place', async () => {
    expect(await run({ parameterFiles: [`${dir}/params/typo.json`], parameters: [{ key: 'Nope', value: 'x' }] })).toEqual({
      findings: [],
      diagnostics: [
        '--parameters:- warning parameter-undeclared: parameter Nope is given a value but no linted template declares it',
        `${dir}/params/typo.json:3:14 warning parameter-undeclared: parameter IamAuht is given a value but no linted template declares it`,
      ],
    });
  });

  it('a broken parameter file is an input error with file and line; a bad entry is one, the good entries still count', async () => {
    expect((await run({ parameterFiles: [`${dir}/params/broken.json`] })).diagnostics).toEqual([
      `${dir}/params/broken.json:2:21 error json-syntax: JSON syntax error: expected a string key`,
    ]);
    expect(await run({ parameterFiles: [`${dir}/params/bad-entry.yaml`] })).toEqual({
      findings: [],
      diagnostics: [
        `${dir}/params/bad-entry.yaml:3:3 error parameter-file: each entry of a parameter list must be a mapping with ParameterKey and ParameterValue`,
        `${dir}/params/bad-entry.yaml:5:19 error parameter-file: the value of parameter Engine must be a string, a number, a boolean or a list of them`,
      ],
    });
    expect((await run({ parameterFiles: [`${dir}/params/missing.json`] })).diagnostics).toEqual([`${dir}/params/missing.json:- error parameter-file: parameter file not found`]);
  });

  it('on the command line: repeatable options, exit 2 for a bad file, a usage error for a value without =', async () => {
    const ok = await runCli([template, '--parameter-files', `${dir}/params/dev.json`, '--parameters', 'IamAuth=true', '--parameters', 'ParameterKey=Engine,ParameterValue=mysql'], { cwd: root });
    expect(ok.code).toBe(0);
    const bad = await runCli([template, '--parameter-files', `${dir}/params/broken.json`, '--parameters', 'IamAuth=true'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(`${dir}/params/broken.json:2:21`);
    const usage = await runCli([template, '--parameters', 'IamAuth'], { cwd: root });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--parameters takes KEY=VALUE, got "IamAuth"');
  });
});
