import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchema } from './action-support.js';
import { INPUT_DEFAULTS, readInputs } from '../src/action/inputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionMetadata;

describe('action.yml', () => {
  it('is valid against the GitHub Action metadata schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(loadSchema('github-action.json'));
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.mjs' });
  });

  it('declares exactly the inputs the action reads, with the same defaults', () => {
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([name, i]) => [name, i.default ?? '']));
    expect(declared).toEqual(INPUT_DEFAULTS);
    for (const input of Object.values(action.inputs)) expect(input.required).toBe(false);
  });

  it('declares the outputs the action writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['findings', 'sarif-file']);
  });
});

describe('readInputs', () => {
  it('reads INPUT_* variables the way GitHub names them (dashes kept) into the CLI\'s settings', async () => {
    const inputs = await readInputs({
      INPUT_PATHS: 'infra\n\n  terraform  \n',
      INPUT_EXCLUDE: 'examples/**\ncharts/**',
      INPUT_RULES: 'rds-030',
      'INPUT_SKIP-RULES': '',
      'INPUT_PARAMETER-FILES': 'params/prod.json\nparams/extra.yaml',
      'INPUT_SARIF-FILE': 'out/lint.sarif',
      'INPUT_SARIF-CATEGORY': 'infra',
      'INPUT_FAIL-ON': 'Warning',
      'INPUT_SOFT-FAIL': 'true',
      INPUT_SHARD: '2/3',
      'INPUT_WORKING-DIRECTORY': 'deploy',
      INPUT_STRICT: 'TRUE',
      INPUT_ANNOTATE: 'False',
    });
    expect(inputs).toMatchObject({ workingDirectory: 'deploy', sarifFile: 'out/lint.sarif', annotate: false });
    expect(inputs.options).toMatchObject({
      paths: ['infra', 'terraform'],
      exclude: ['examples/**', 'charts/**'],
      rules: ['rds-030'],
      skipRules: [],
      parameterFiles: ['params/prod.json', 'params/extra.yaml'],
      sarifCategory: 'infra',
      failOn: 'medium',
      softFail: true,
      shard: { k: 2, n: 3 },
      strict: true,
    });
  });

  it('falls back to the defaults of action.yml (fail-on and strict empty: the CLI\'s defaults when no configuration file says)', async () => {
    const inputs = await readInputs({});
    expect(inputs).toMatchObject({ workingDirectory: '.', sarifFile: '', annotate: true });
    expect(inputs.options).toMatchObject({ paths: ['.'], exclude: [], rules: [], failOn: 'any', softFail: false, strict: false });
  });

  it('rejects values it cannot use, naming the input, with the CLI\'s checks', async () => {
    await expect(readInputs({ 'INPUT_FAIL-ON': 'sometimes' })).rejects.toThrow(/input "fail-on": "sometimes" is not one of any, none, low/);
    await expect(readInputs({ INPUT_SHARD: '4/3' })).rejects.toThrow(/input "shard"/);
    await expect(readInputs({ INPUT_STRICT: 'yes' })).rejects.toThrow(/"strict" must be true or false; got "yes"/);
  });
});
