import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CliOptions } from './arguments.js';

/** Flags other helpers add (var files, parameters), read when this build has them. */
type Inputs = Partial<{
  varFiles: string[];
  vars: Array<{ name: string; value: string }>;
  parameterFiles: string[];
  parameters: Array<{ key: string; value: string }>;
}>;

/**
 * `--print-config`: the settings in effect — the configuration file merged
 * with the command line — as YAML with the configuration file's keys, paths
 * relative to the working directory. Pasting it into `.iac-lint.yaml` gives
 * the same run (except `paths` and `config`, which only the command line sets).
 */
export function printedConfig(options: CliOptions, cwd: string): string {
  const o = options as CliOptions & Inputs;
  const shown = (p: string): string => relative(cwd, resolve(cwd, p)).split('\\').join('/') || '.';
  const inputs: Inputs = { ...options.configInputs, ...definedOnly(o) };
  // Variable values: the configuration's, then the command line's (a later one wins).
  inputs.varFiles = [...(options.configInputs.varFiles ?? []), ...(o.varFiles ?? [])];
  inputs.vars = [...(options.configInputs.vars ?? []), ...(o.vars ?? [])];
  const settings: Record<string, unknown> = {
    config: options.configFile ? shown(options.configFile) : null,
    paths: options.paths,
    rules: options.rules,
    'skip-rules': options.skipRules,
    severity: options.severity,
    exclude: options.exclude,
    'var-files': (inputs.varFiles ?? []).map(shown),
    vars: Object.fromEntries((inputs.vars ?? []).map((v) => [v.name, v.value])),
    'parameter-files': (inputs.parameterFiles ?? []).map(shown),
    parameters: Object.fromEntries((inputs.parameters ?? []).map((p) => [p.key, p.value])),
    strict: options.strict,
    'fail-on': options.failOn,
    'soft-fail': options.softFail,
    baseline: options.baseline !== undefined ? shown(options.baseline) : null,
    'write-baseline': options.writeBaseline !== undefined ? shown(options.writeBaseline) : null,
    ...formatAndOutput(options as unknown as Record<string, unknown>, shown),
    'max-file-size': options.maxFileSize,
    'sarif-category': options.sarifCategory ?? null,
  };
  const source = options.configFile ? `${shown(options.configFile)}, then the command line` : 'the command line (no configuration file found)';
  return `# iac-lint settings in effect: ${source}\n${stringify(settings, { lineWidth: 0 })}`;
}

function definedOnly(o: Inputs): Inputs {
  const out: Inputs = {};
  if (o.varFiles?.length) out.varFiles = o.varFiles;
  if (o.vars?.length) out.vars = o.vars;
  if (o.parameterFiles?.length) out.parameterFiles = o.parameterFiles;
  if (o.parameters?.length) out.parameters = o.parameters;
  return out;
}

/** `format` and `output` (one report), or the list of reports of a build that writes several. */
function formatAndOutput(o: Record<string, unknown>, shown: (p: string) => string): Record<string, unknown> {
  if (Array.isArray(o.reports)) {
    return { reports: (o.reports as Array<{ format: string; file?: string }>).map((r) => (r.file ? `${r.format}:${shown(r.file)}` : r.format)) };
  }
  return { format: o.format, output: typeof o.output === 'string' ? shown(o.output) : null };
}
