import { FAIL_ON_CHOICES, parseFailOn, type FailOn } from '../cli/exit-code.js';

/** The action's inputs (action.yml), parsed. */
export interface ActionInputs {
  /** Files or directories, relative to GITHUB_WORKSPACE. */
  paths: string[];
  exclude: string[];
  /** Relative to GITHUB_WORKSPACE; empty: write no SARIF file. */
  sarifFile: string;
  /** Undefined (the input is empty): the configuration file's, else `any`. */
  failOn?: FailOn;
  /** Undefined (the input is empty): the configuration file's, else false. */
  strict?: boolean;
  annotate: boolean;
  /** A configuration file, relative to GITHUB_WORKSPACE; empty: the nearest `.iac-lint.yaml` found from the workspace up to the repository root. */
  config: string;
}

/** Defaults, as in action.yml (GitHub passes those; a test keeps the two in step). */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  paths: '.',
  exclude: '',
  'sarif-file': 'iac-lint.sarif',
  'fail-on': '',
  strict: '',
  annotate: 'true',
  config: '',
};

/** An input with a value the action cannot use. */
export class InputError extends Error {}

/**
 * Reads the inputs the way GitHub passes them: `INPUT_<NAME>` with the name
 * upper-cased and spaces turned into `_` (dashes are kept: `INPUT_FAIL-ON`).
 */
export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const failOn = input(env, 'fail-on').toLowerCase();
  if (failOn !== '' && !isFailOnChoice(failOn)) {
    throw new InputError(`Input "fail-on" must be one of ${FAIL_ON_CHOICES.join(', ')}; got "${failOn}".`);
  }
  const paths = lines(input(env, 'paths'));
  const inputs: ActionInputs = {
    paths: paths.length > 0 ? paths : ['.'],
    exclude: lines(input(env, 'exclude')),
    sarifFile: input(env, 'sarif-file'),
    annotate: booleanInput(env, 'annotate'),
    config: input(env, 'config'),
  };
  if (failOn !== '') inputs.failOn = parseFailOn(failOn as (typeof FAIL_ON_CHOICES)[number]);
  if (input(env, 'strict') !== '') inputs.strict = booleanInput(env, 'strict');
  return inputs;
}

function input(env: Record<string, string | undefined>, name: string): string {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  return (value ?? INPUT_DEFAULTS[name] ?? '').trim();
}

/** One entry per line (the convention of multi-line action inputs); blank lines are skipped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(env: Record<string, string | undefined>, name: string): boolean {
  const value = input(env, name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${value}".`);
}

/** The CLI's `--fail-on` values: severities, `any`, `none`, and the levels note/warning/error. */
function isFailOnChoice(value: string): value is (typeof FAIL_ON_CHOICES)[number] {
  return (FAIL_ON_CHOICES as readonly string[]).includes(value);
}
