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
  it('reads INPUT_* variables the way GitHub names them (dashes kept)', () => {
    const inputs = readInputs({
      INPUT_PATHS: 'infra\n\n  terraform  \n',
      INPUT_EXCLUDE: 'examples/**',
      'INPUT_SARIF-FILE': 'out/lint.sarif',
      'INPUT_FAIL-ON': 'Warning',
      INPUT_STRICT: 'TRUE',
      INPUT_ANNOTATE: 'False',
    });
    expect(inputs).toEqual({
      paths: ['infra', 'terraform'],
      exclude: ['examples/**'],
      sarifFile: 'out/lint.sarif',
      failOn: 'medium',
      strict: true,
      annotate: false,
      config: '',
    });
  });

  it('falls back to the defaults of action.yml (fail-on and strict: from the configuration file, so not set)', () => {
    expect(readInputs({})).toEqual({
      paths: ['.'],
      exclude: [],
      sarifFile: 'iac-lint.sarif',
      annotate: true,
      config: '',
    });
  });

  it('rejects values it cannot use, naming the input', () => {
    expect(() => readInputs({ 'INPUT_FAIL-ON': 'sometimes' })).toThrow(/"fail-on" must be one of any, none, low.*; got "sometimes"/);
    expect(() => readInputs({ INPUT_STRICT: 'yes' })).toThrow(/"strict" must be true or false; got "yes"/);
  });
});
