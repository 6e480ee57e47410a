import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import schema from '../schemas/iac-lint-config.schema.json' with { type: 'json' };
import { FORMATS } from '../src/cli/arguments.js';
import { FAIL_ON_CHOICES } from '../src/cli/exit-code.js';
import { excludeFromConfig } from '../src/config/exclude.js';
import { findConfigFile } from '../src/config/find.js';
import { unsupportedKeywords, validate, type Schema } from '../src/config/validate.js';
import { SEVERITY_ORDER } from '../src/model/finding.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const DB = (name: string, extra = '') => `  ${name}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n${extra}`;
const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Iam:\n    Type: String\nResources:\n${DB('Orders')}${DB('Reports', '      EnableIAMDatabaseAuthentication: !Ref Iam\n')}`;

/** A scratch git work tree: `.git`, the configuration file, infra/db.yaml (1 finding, 1 more with --strict), infra/examples/ex.yaml (1 finding). */
function repository(config: string | undefined, name = '.iac-lint.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-lint-config-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'infra/examples'), { recursive: true });
  writeFileSync(join(dir, 'infra/db.yaml'), TEMPLATE);
  writeFileSync(join(dir, 'infra/examples/ex.yaml'), `Resources:\n${DB('Example')}`);
  if (config !== undefined) writeFileSync(join(dir, name), config);
  return dir;
}

const FULL = `# yaml-language-server: $schema=https://example.invalid/iac-lint-config.schema.json
rules: [RDS-030]
severity:
  rds-030: high
exclude:
  - infra/examples/**
var-files: [env/prod.tfvars]
vars: {region: eu-west-1, replicas: 2}
parameter-files: [params/prod.json]
parameters: {Env: prod}
strict: true
fail-on: critical
baseline: .iac-lint-baseline.json
format: json
output: iac-lint.json
max-file-size: 5
sarif-category: infra
`;

describe('configuration file: discovery', () => {
  it('is found from the working directory up to the repository root, and not above it', () => {
    const dir = repository('strict: true\n');
    expect(findConfigFile(join(dir, 'infra/examples'))).toBe(join(dir, '.iac-lint.yaml'));
    mkdirSync(join(dir, 'infra/examples/.git'));
    expect(findConfigFile(join(dir, 'infra/examples'))).toBeUndefined(); // a nested repository ends the search
  });
  it.each(['.iac-lint.yml', '.iac-lint.json'])('may be named %s', (name) => {
    const dir = repository(name.endsWith('.json') ? '{"strict": true}' : 'strict: true\n', name);
    expect(findConfigFile(join(dir, 'infra'))).toBe(join(dir, name));
  });
  it('outside a repository, only the working directory counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-config-norepo-'));
    writeFileSync(join(dir, '.iac-lint.yaml'), 'strict: true\n');
    mkdirSync(join(dir, 'sub'));
    expect(findConfigFile(join(dir, 'sub'))).toBeUndefined();
    expect(findConfigFile(dir)).toBe(join(dir, '.iac-lint.yaml'));
  });
});

describe('configuration file: every key, and the command line wins', () => {
  const baseline = '{\n  "version": 1,\n  "tool": "iac-lint",\n  "findings": [\n  ]\n}\n';

  it('--print-config shows the merged settings, paths relative to the working directory', async () => {
    const dir = repository(FULL);
    const r = await runCli(['--print-config', '--fail-on', 'high', '--skip-rule', 'RDS-030'], { cwd: join(dir, 'infra') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`# iac-lint settings in effect: ../.iac-lint.yaml, then the command line
config: ../.iac-lint.yaml
paths:
  - .
rules:
  - RDS-030
skip-rules:
  - RDS-030
severity:
  RDS-030: high
exclude:
  - ./examples/**
var-files:
  - ../env/prod.tfvars
vars:
  region: eu-west-1
  replicas: "2"
parameter-files:
  - ../params/prod.json
parameters:
  Env: prod
strict: true
fail-on: high
soft-fail: false
baseline: ../.iac-lint-baseline.json
write-baseline: null
reports:
  - json:../iac-lint.json
max-file-size: 5
sarif-category: infra
`);
  });

  it('applies rules, severity, exclude, strict, fail-on, baseline, format, output and the SARIF category', async () => {
    const dir = repository(FULL);
    writeFileSync(join(dir, '.iac-lint-baseline.json'), baseline);
    mkdirSync(join(dir, 'params'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'params/prod.json'), '{"Iam": "false"}\n'); // decides Reports (given values are judged)
    writeFileSync(join(dir, 'env/prod.tfvars'), 'region = "eu-west-1"\n');
    const r = await runCli([], { cwd: join(dir, 'infra') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // findings are high; fail-on: critical
    const report = JSON.parse(readFileSync(join(dir, 'iac-lint.json'), 'utf8'));
    expect(report.findings.map((f: { resource: { name: string }; severity: string; level: string }) => [f.resource.name, f.severity, f.level])).toEqual([
      ['Orders', 'high', 'error'],
      ['Reports', 'high', 'error'], // Iam = "false" from params/prod.json
    ]);
    expect(report.baseline).toEqual({ file: '../.iac-lint-baseline.json', matched: 0, stale: [] });

    const sarif = await runCli(['-f', 'sarif', '--fail-on', 'high'], { cwd: join(dir, 'infra') });
    expect(sarif.code).toBe(1); // the command line's fail-on wins
    const log = JSON.parse(sarif.stdout);
    expect(log.runs[0].automationDetails).toEqual({ id: 'infra' });
    expect(log.runs[0].tool.driver.rules[0].properties['security-severity']).toBe('8.0');
    expect(log.runs[0].tool.driver.rules[0].defaultConfiguration).toEqual({ level: 'error' });
    expect(log.runs[0].results.map((x: { level: string }) => x.level)).toEqual(['error', 'error']);

    const text = await runCli(['--no-strict', '-f', 'text'], { cwd: join(dir, 'infra') });
    expect(text.stdout.split('\n')[0]).toMatch(/^db\.yaml:6:3 {2}error {2}RDS-030 {2}/);
    // parameter-files and parameters of the configuration reach the lint (relative to the configuration file).
    expect(text.stdout).toContain('EnableIAMDatabaseAuthentication is false (parameter Iam = "false" from ../params/prod.json)');
    expect(text.stdout).toContain('[parameter-undeclared]  parameter Env is given a value but no linted template declares it');
    expect(text.stdout).toContain('2 findings in 1 file (1 file scanned)');
  });

  it('soft-fail', async () => {
    const dir = repository('soft-fail: true\n');
    const r = await runCli([], { cwd: dir });
    expect(r.stdout).toContain('2 findings in 2 files');
    expect(r.code).toBe(0);
  });

  it('skip-rules and max-file-size', async () => {
    const dir = repository('skip-rules: [RDS-030]\n');
    expect((await runCli(['-f', 'json'], { cwd: dir })).stdout).toContain('"findings": 0');
    const small = repository('max-file-size: 0.0001\n');
    const r = await runCli([], { cwd: small });
    expect(r.stdout).toContain('file-too-large');
  });

  it('--config FILE names one; its paths are relative to it', async () => {
    const dir = repository(undefined);
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci/lint.yaml'), 'exclude: [../infra/examples/**]\nfail-on: none\n');
    const r = await runCli(['--config', 'ci/lint.yaml', '--print-config'], { cwd: dir });
    expect(parse(r.stdout)).toMatchObject({ config: 'ci/lint.yaml', 'fail-on': 'none' });
    const lint = await runCli(['--config', 'ci/lint.yaml'], { cwd: dir });
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('1 finding in 1 file (1 file scanned)'); // not infra/examples: excluded
  });

  it('--config naming a missing file is an error', async () => {
    const r = await runCli(['--config', 'nope.yaml'], { cwd: repository(undefined) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml: cannot read the configuration file (ENOENT)');
  });
});

describe('configuration file: errors name the file, line, column and key (exit 2)', () => {
  const dir = join(root, 'fixtures/config/bad');
  const cases = readdirSync(dir).sort();
  const expected: Record<string, string> = { 'wrong-item.json': '3:17 var-files.0: must be a string, not number 1' };
  it.each(cases)('%s', async (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const want = expected[name] ?? /^# expect-error: (.*)$/m.exec(text)?.[1];
    expect(want).toBeDefined();
    const [, place, rest] = /^(\d+:\d+) (.*)$/.exec(want!)!;
    const r = await runCli(['--config', `fixtures/config/bad/${name}`, 'fixtures/rules/RDS-030/good'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // The line names the place and the key; a YAML error continues with the parser's own words.
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^iac-lint: fixtures/config/bad/${name.replace('.', '\\.')}:${place}: ${escape(rest!)}(: .+)?$`));
  });
});

describe('the schema that ships with the package', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const ajvValidate = ajv.compile(schema);
  const configs = [
    ...readdirSync(join(root, 'fixtures/config/bad')).map((name) => readFileSync(join(root, 'fixtures/config/bad', name), 'utf8')),
    FULL,
    '{}',
    'severity: {RDS-030: low}\nvars: {a: true}\n',
  ];
  it('uses only keywords the run-time validator implements', () => {
    expect(unsupportedKeywords(schema as Schema)).toEqual([]);
  });
  it.each(configs.map((c, i) => [i, c] as const))('the run-time validator agrees with ajv (config %i)', (_i, text) => {
    let value: unknown;
    try {
      value = parse(text, { uniqueKeys: false });
    } catch {
      return; // not YAML: never reaches the validator
    }
    expect(validate(value ?? {}, schema as Schema).length === 0).toBe(ajvValidate(value ?? {}));
  });
  it('lists the CLI choices for format, fail-on and severity', () => {
    expect(schema.properties.format.enum).toEqual([...FORMATS]);
    expect(schema.properties['fail-on'].enum).toEqual([...FAIL_ON_CHOICES]);
    expect(schema.definitions.severity.enum).toEqual([...SEVERITY_ORDER]);
  });
});

describe('exclude globs of a configuration file, for the working directory', () => {
  it.each([
    [['infra/examples/**', '*.bak', './top/**', '**/gen/**', 'other/**'], '/r', '/r/infra', ['./examples/**', '*.bak', './**/gen/**']],
    [['examples/**', '*.bak'], '/r', '/r', ['examples/**', '*.bak']],
    [['examples/**', '*.bak'], '/r/ci', '/r', ['ci/examples/**', 'ci/**/*.bak']],
  ])('%j from %s in %s', (globs, configDir, cwd, want) => {
    expect(excludeFromConfig(globs, configDir, cwd)).toEqual(want);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
