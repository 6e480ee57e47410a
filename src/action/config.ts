import { dirname, relative, resolve } from 'node:path';
import { FAIL_ON_CHOICES, parseFailOn, type FailOn } from '../cli/exit-code.js';
import { excludeFromConfig } from '../config/exclude.js';
import { findConfigFile, loadConfig } from '../config/load.js';
import { allRules } from '../../rules/index.js';
import type { LintOptions } from '../lint/run.js';

/** What the configuration file gives the Action: lint settings, and fail-on. */
export interface ActionConfig {
  /** The file used, relative to the workspace. */
  file?: string;
  failOn?: FailOn;
  lint: Partial<LintOptions>;
}

/**
 * The Action reads the same configuration file as the CLI (SPEC §6): the
 * `config` input, else the nearest `.iac-lint.yaml` from the workspace up to
 * the repository root. Inputs that are set win over it (the caller merges).
 * Throws ConfigError.
 */
export function actionConfig(named: string, workspace: string): ActionConfig {
  const file = named !== '' ? resolve(workspace, named) : findConfigFile(workspace);
  if (file === undefined) return { lint: {} };
  const shown = relative(workspace, file).split('\\').join('/') || file;
  const { settings: s } = loadConfig(file, shown, allRules.map((r) => r.meta.id));
  const here = (abs: string): string => relative(workspace, abs).split('\\').join('/') || '.';
  const lint: Partial<LintOptions> = {};
  if (s.rules) lint.rules = s.rules;
  if (s.skipRules) lint.skipRules = s.skipRules;
  if (s.severity) lint.severity = s.severity;
  if (s.exclude) lint.exclude = excludeFromConfig(s.exclude, dirname(file), workspace);
  if (s.varFiles) lint.varFiles = s.varFiles;
  if (s.vars) lint.vars = s.vars;
  if (s.parameterFiles) lint.parameterFiles = s.parameterFiles;
  if (s.parameters) lint.parameters = s.parameters;
  if (s.strict !== undefined) lint.strict = s.strict;
  if (s.baseline) lint.baseline = here(s.baseline);
  if (s.maxFileSize !== undefined) lint.maxFileSize = s.maxFileSize;
  const out: ActionConfig = { file: shown, lint };
  if (s.failOn !== undefined) out.failOn = parseFailOn(s.failOn as (typeof FAIL_ON_CHOICES)[number]);
  return out;
}
