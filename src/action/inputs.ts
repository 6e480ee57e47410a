import { resolve } from 'node:path';
import { ConfigUsageError, parseArguments, UsageError, type CliOptions } from '../cli/arguments.js';

/** The action's inputs (action.yml), parsed into the CLI's own settings. */
export interface ActionInputs {
  /** The settings object the CLI fills, from the CLI's own parser (paths relative to `workingDirectory`). */
  options: CliOptions;
  /** Relative to GITHUB_WORKSPACE; the directory the paths are relative to. */
  workingDirectory: string;
  /** Where to write SARIF: '' = the runner's temp directory; 'none' = no SARIF file; else relative to GITHUB_WORKSPACE. */
  sarifFile: string;
  annotate: boolean;
}

/** Defaults, as in action.yml (GitHub passes those; a test keeps the two in step). */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  paths: '.',
  exclude: '',
  rules: '',
  'skip-rules': '',
  config: '',
  baseline: '',
  'var-files': '',
  'parameter-files': '',
  strict: '',
  'fail-on': '',
  'soft-fail': 'false',
  'sarif-file': '',
  'sarif-category': '',
  shard: '',
  'working-directory': '.',
  annotate: 'true',
};

/** An input with a value the action cannot use. */
export class InputError extends Error {}

/**
 * Reads the inputs the way GitHub passes them (`INPUT_<NAME>`, the name
 * upper-cased and spaces turned into `_`; dashes kept: `INPUT_FAIL-ON`),
 * turns them into the command line they stand for and parses that with the
 * CLI's parser: the Action and the CLI fill one settings object, with one
 * set of checks and messages.
 */
export async function readInputs(env: Record<string, string | undefined>, workspace?: string): Promise<ActionInputs> {
  const argv: string[] = [];
  const flag = (cliFlag: string, values: string[]): void => {
    for (const value of values) argv.push(`--${cliFlag}=${value}`);
  };
  flag('exclude', lines(input(env, 'exclude')));
  flag('rule', list(input(env, 'rules')));
  flag('skip-rule', list(input(env, 'skip-rules')));
  flag('config', nonEmpty(input(env, 'config')));
  flag('baseline', nonEmpty(input(env, 'baseline')));
  flag('var-file', lines(input(env, 'var-files')));
  flag('parameter-files', lines(input(env, 'parameter-files')));
  // fail-on and strict left empty: the configuration file's, else the CLI's defaults.
  flag('fail-on', nonEmpty(input(env, 'fail-on')));
  flag('sarif-category', nonEmpty(input(env, 'sarif-category')));
  flag('shard', nonEmpty(input(env, 'shard')));
  if (input(env, 'strict') !== '') argv.push(`--strict=${booleanInput(env, 'strict')}`);
  if (booleanInput(env, 'soft-fail')) argv.push('--soft-fail');
  const paths = lines(input(env, 'paths'));
  const workingDirectory = input(env, 'working-directory') || '.';
  argv.push('--', ...(paths.length > 0 ? paths : ['.']));
  let options: CliOptions;
  try {
    // With the workspace: the configuration file that applies in working-directory (or the config input), as for the CLI run there.
    const parsed = await parseArguments(argv, workspace === undefined ? undefined : { cwd: resolve(workspace, workingDirectory) });
    if (parsed.kind !== 'run') throw new UsageError('unexpected input');
    options = parsed.options;
  } catch (error) {
    if (error instanceof ConfigUsageError) throw new InputError(error.message);
    if (!(error instanceof UsageError)) throw error;
    throw new InputError(`iac-lint: ${inputNames(error.message)}`);
  }
  return {
    options,
    workingDirectory,
    sarifFile: input(env, 'sarif-file'),
    annotate: booleanInput(env, 'annotate'),
  };
}

/** The CLI's message, with its option names as the action's input names. */
function inputNames(message: string): string {
  const names: Record<string, string> = { rule: 'rules', 'skip-rule': 'skip-rules', 'var-file': 'var-files' };
  return message.replace(/--([a-z-]+)/g, (_, name: string) => `input "${names[name] ?? name}"`).replace(/Unknown arguments?: ([a-z-, ]+)/, (_, list: string) => `input(s) not supported by this version of iac-lint: ${list}`);
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

/** Rule ids: one per line or comma-separated. */
function list(value: string): string[] {
  return lines(value).flatMap((l) => l.split(',').map((v) => v.trim()).filter((v) => v !== ''));
}

function nonEmpty(value: string): string[] {
  return value === '' ? [] : [value];
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(env: Record<string, string | undefined>, name: string): boolean {
  const value = input(env, name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${value}".`);
}
