/**
 * The configuration file on the command line (issue 13): which file applies
 * (`--config FILE`, else the nearest `.iac-lint.yaml` from the working
 * directory up to the repository root), and its settings as the values of
 * the flags they stand for — yargs then gives each flag the command line's
 * value when there is one, the file's otherwise, the default last.
 */
import { relative, resolve } from 'node:path';
import { excludeFromConfig } from '../config/exclude.js';
import { ConfigError, findConfigFile } from '../config/find.js';
import type { ConfigSettings } from '../config/load.js';
import type { Severity } from '../model/finding.js';
import { allRules } from '../../rules/index.js';

/**
 * Settings of the configuration file that no flag of this build takes, and
 * its Terraform variable values (which come before the command line's,
 * not instead of them): passed to the lint as they are.
 */
export interface ConfigInputs {
  /** Absolute. */
  varFiles?: string[];
  vars?: Array<{ name: string; value: string }>;
  parameterFiles?: string[];
  parameters?: Array<{ key: string; value: string }>;
}

export interface CommandLineConfig {
  /** Absolute path of the configuration file used, if any. */
  file?: string;
  /** yargs `.config()`: flag name → value, for the declared flags. */
  flags: Record<string, unknown>;
  severity: Record<string, Severity>;
  inputs: ConfigInputs;
}

/** Whether a flag (or one of its aliases) is on the command line (before `--`). */
function hasFlag(argv: string[], names: string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (names.some((n) => arg === n || arg.startsWith(`${n}=`))) return true;
  }
  return false;
}

/** The value of `--config FILE` / `--config=FILE`, if given. */
function configFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--config') return argv[i + 1] ?? '';
    if (arg.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return undefined;
}

/**
 * Loads the configuration that applies and maps it onto flags. `declared`:
 * the flags the parser knows (a setting whose flag is absent goes to
 * `inputs`). Throws ConfigError. The reader, the schema and its validator
 * are loaded only when a configuration file applies.
 */
export async function commandLineConfig(argv: string[], cwd: string, declared: Set<string>): Promise<CommandLineConfig> {
  const named = configFlag(argv);
  if (named === '') throw new ConfigError('--config needs a file name');
  const file = named !== undefined ? resolve(cwd, named) : findConfigFile(cwd);
  const empty: CommandLineConfig = { flags: {}, severity: {}, inputs: {} };
  if (file === undefined) return empty;
  const shown = relative(cwd, file).split('\\').join('/') || file;
  const { loadConfig } = await import('../config/load.js');
  const { settings } = loadConfig(file, shown, allRules.map((r) => r.meta.id));
  return { file, ...toFlags(settings, resolve(file, '..'), cwd, declared, argv) };
}

function toFlags(s: ConfigSettings, configDir: string, cwd: string, declared: Set<string>, argv: string[]): Omit<CommandLineConfig, 'file'> {
  // The configuration's paths are absolute; flags are relative to the working directory, as typed there.
  const here = (abs: string | undefined): string | undefined => (abs === undefined ? undefined : relative(cwd, abs).split('\\').join('/') || '.');
  const flags: Record<string, unknown> = {};
  const inputs: ConfigInputs = {};
  const set = (flag: string, value: unknown): boolean => {
    if (value === undefined || !declared.has(flag)) return false;
    flags[flag] = value;
    return true;
  };
  set('rule', s.rules);
  set('skip-rule', s.skipRules);
  set('exclude', s.exclude && excludeFromConfig(s.exclude, configDir, cwd));
  set('strict', s.strict);
  set('fail-on', s.failOn);
  set('soft-fail', s.softFail);
  set('baseline', here(s.baseline));
  set('max-file-size', s.maxFileSize === undefined ? undefined : String(s.maxFileSize));
  set('sarif-category', s.sarifCategory);
  // The format and the file it goes to are one choice: a command line that names either takes both.
  if (!hasFlag(argv, ['--format', '-f', '--output', '-o'])) {
    set('format', s.format);
    set('output', here(s.output));
  }
  // Terraform variable values: the file's apply first, then the command line's (in its order; a later one wins), as Terraform applies its -var-file and -var options.
  if (s.varFiles) inputs.varFiles = s.varFiles;
  if (s.vars) inputs.vars = s.vars;
  // CloudFormation inputs: through their flags when this build has them.
  if (!set('parameter-files', s.parameterFiles?.map(here)) && s.parameterFiles) inputs.parameterFiles = s.parameterFiles;
  if (!set('parameters', s.parameters?.map((p) => `${p.key}=${p.value}`)) && s.parameters) inputs.parameters = s.parameters;
  return { flags, severity: s.severity ?? {}, inputs };
}
