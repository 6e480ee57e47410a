import type yargsParser from 'yargs-parser';
import { parseShard, type Shard } from '../lint/shard.js';
import { parseFailOn, FAIL_ON_CHOICES, type FailOn } from './exit-code.js';
import { FORMATS, OPTIONS, PARSER_CONFIGURATION, type Format } from './option-table.js';
import { UsageError } from './usage-error.js';
import { ConfigError } from '../config/find.js';
import { SEVERITY_ORDER, type Severity } from '../model/finding.js';
import { commandLineConfig, type CommandLineConfig, type ConfigInputs } from './config-arguments.js';
import type { VariableValue } from '../lint/run.js';

export { FORMATS } from './option-table.js';
export { UsageError } from './usage-error.js';

/** One report of a run: a format, and the file it goes to (undefined: stdout). */
export interface ReportTarget {
  format: Format;
  file?: string;
}

/** `--color`: auto = on a terminal unless NO_COLOR (FORCE_COLOR forces it). */
export type ColorSetting = 'auto' | 'always' | 'never';

export interface CliOptions {
  paths: string[];
  /** Every report of the run, in the order given; at most one without a file (stdout). */
  reports: ReportTarget[];
  strict: boolean;
  failOn: FailOn;
  /** `--soft-fail`: exit 0 whatever was found; usage errors still exit 2. */
  softFail: boolean;
  rules: string[];
  skipRules: string[];
  exclude: string[];
  maxFileSize: number;
  color: ColorSetting;
  /** `--quiet`: the text report holds the findings only (no input problems, no summary, no progress). */
  quiet: boolean;
  sarifCategory?: string;
  shard?: Shard;
  planRoot?: string;
  /** CloudFormation `--parameters KEY=VALUE`, in the order given. */
  parameters: Array<{ key: string; value: string }>;
  /** CloudFormation `--parameter-files FILE`, in the order given. */
  parameterFiles: string[];
  // Configuration file, baselines, severity overrides (issue 13; see config-arguments.ts).
  /** The configuration file used (absolute), if any. */
  configFile?: string;
  /** `--print-config`: print the merged settings instead of linting. */
  printConfig: boolean;
  baseline?: string;
  writeBaseline?: string;
  /** Per-rule severity: the configuration's `severity`, then `--severity RULE=LEVEL` (wins). */
  severity: Record<string, Severity>;
  /** Settings of the configuration file that no flag of this build takes. */
  configInputs: ConfigInputs;
  /** Terraform `--var NAME=VALUE` of the command line, in the order given. */
  vars: Array<{ name: string; value: string }>;
  /** Terraform `--var-file FILE` of the command line, in the order given. */
  varFiles: string[];
  /**
   * Every Terraform variable value from outside, in the order they apply (a
   * later one wins): the configuration file's var-files and vars, then the
   * command line's --var-file and --var in the order they are written there.
   */
  variableValues: VariableValue[];
  /** `--fix`, `--unsafe-fixes`, `--dry-run` (SPEC §8). */
  fix: boolean;
  unsafeFixes: boolean;
  dryRun: boolean;
}

/** A configuration file that cannot be used: its errors, one per line with file, line, column and key; exit code 2. */
export class ConfigUsageError extends UsageError {}

type ParsedArguments = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string } | { kind: 'list-rules' };

/**
 * Parses the command line; `--help` and `--version` come back as text to print.
 * A normal run is parsed by yargs-parser (the parser inside yargs) from the
 * option table; `--help`, `--version` and anything it would not accept
 * (unknown options, a missing value) go to the full yargs definition, whose
 * help layout costs ~50 ms to load, so that every run does not pay for it.
 */
export async function parseArguments(argv: string[], context?: { cwd: string }): Promise<ParsedArguments> {
  // With `context`, the configuration file that applies there (or --config FILE) gives the flags not on the command line.
  let config: CommandLineConfig | undefined;
  if (context) {
    try {
      config = await commandLineConfig(argv, context.cwd, new Set(OPTIONS.map((o) => o.name)));
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigUsageError(error.message);
      throw error;
    }
  }
  const fast = await parseFast(argv, config?.flags);
  if (fast) return argumentsOf(fast, argv, config);
  const { parseWithYargs } = await import('./yargs-cli.js');
  const outcome = await parseWithYargs(argv, config?.flags);
  if (outcome.argv.help === true || outcome.argv.version === true) return { kind: 'print', text: outcome.output };
  return argumentsOf(outcome.argv, argv, config);
}

/** yargs-parser's options from the table, with yargs's own `--help`/`-h` and `--version`. */
function fastOptions(): yargsParser.Options {
  const alias: Record<string, string[]> = { help: ['h'] };
  const boolean = ['help', 'version'];
  const string: string[] = [];
  const defaults: Record<string, unknown> = {};
  const narg: Record<string, number> = {};
  for (const option of OPTIONS) {
    if (option.alias !== undefined) alias[option.name] = [option.alias];
    (option.type === 'boolean' ? boolean : string).push(option.name);
    if (option.default !== undefined) defaults[option.name] = option.default;
    // yargs's requiresArg: one value, required (NaN as yargs sets it).
    if (option.requiresArg === true) narg[option.name] = NaN;
  }
  return { alias, boolean, string, default: defaults, narg, configuration: { ...PARSER_CONFIGURATION } };
}

/** yargs-parser's camelCase form of an option name (`fail-on` -> `failOn`). */
const camelCase = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every key yargs-parser may set for a known option: names, aliases and their camelCase forms. */
function knownKeys(): Set<string> {
  const names = ['_', 'help', 'h', 'version', ...OPTIONS.flatMap((o) => [o.name, ...(o.alias !== undefined ? [o.alias] : [])])];
  return new Set(names.flatMap((key) => [key, camelCase(key)]));
}

/**
 * The fast path: the parsed arguments of a plain run (as yargs would give
 * them), or undefined to let full yargs decide. yargs-parser loads only for
 * a command line with options.
 */
export async function parseFast(argv: string[], config?: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  if (argv.every((arg) => !arg.startsWith('-')) && (config === undefined || Object.keys(config).length === 0)) return pathsOnly(argv);
  const { default: yargsParser } = await import('yargs-parser');
  // configObjects (yargs-parser, untyped): values for the keys the command line leaves unset.
  const options = fastOptions();
  const parsed = yargsParser.detailed(argv, config ? ({ ...options, configObjects: [config] } as yargsParser.Options) : options);
  if (parsed.error) return undefined;
  const args = parsed.argv as Record<string, unknown>;
  if (args.help === true || args.version === true) return undefined;
  const known = knownKeys();
  if (Object.keys(args).some((key) => !known.has(key))) return undefined;
  return args;
}

/**
 * What yargs-parser gives a command line of paths only (no argument starts
 * with `-`): the paths, as strings, and every default under the option's
 * name, alias and camelCase form. The common run neither loads nor runs
 * yargs-parser: ~12 M of a one-file run's instructions (callgrind).
 */
function pathsOnly(argv: string[]): Record<string, unknown> {
  const args: Record<string, unknown> = { _: [...argv] };
  for (const option of OPTIONS) {
    if (option.default === undefined) continue;
    for (const key of [option.name, camelCase(option.name), ...(option.alias !== undefined ? [option.alias] : [])]) args[key] = option.default;
  }
  return args;
}

/** The run's options from yargs's parsed arguments (the same record on both paths). */
function argumentsOf(args: Record<string, unknown>, argv: string[], config?: CommandLineConfig): ParsedArguments {
  if (args['list-rules'] === true) return { kind: 'list-rules' };
  const maxFileSize = megabytes(args['max-file-size']);
  const single = (name: string): string | undefined => {
    const value = args[name];
    if (Array.isArray(value)) throw new UsageError(`--${name} may be given only once`);
    return value === undefined ? undefined : String(value);
  };
  const output = single('output');
  if (output === '') throw new UsageError('--output needs a file name');
  const sarifCategory = single('sarif-category');
  const options: CliOptions = {
    paths: (args._ as unknown[]).map(String),
    reports: reportTargets(list(args.format, false), output),
    strict: args.strict === true,
    failOn: failOnOf(single('fail-on') ?? 'any'),
    softFail: args['soft-fail'] === true,
    rules: list(args.rule),
    skipRules: list(args['skip-rule']),
    exclude: list(args.exclude, false),
    maxFileSize,
    color: colorOf(args.color),
    quiet: args.quiet === true,
    parameters: list(args.parameters, false).map(parameterValue),
    parameterFiles: list(args['parameter-files'], false),
    ...adoptionOptions(args, config, single),
    vars: list(args.var, false).map(parseVar),
    varFiles: list(args['var-file'], false),
    variableValues: [],
    fix: args.fix === true,
    unsafeFixes: args['unsafe-fixes'] === true,
    dryRun: args['dry-run'] === true,
  };
  if (options.paths.length === 0) options.paths = ['.'];
  options.variableValues = [
    ...(options.configInputs.varFiles ?? []).map((varFile) => ({ varFile })),
    ...(options.configInputs.vars ?? []).map((v) => ({ var: v })),
    ...inCommandLineOrder(argv, options.varFiles, options.vars),
  ];
  if (!options.fix && (options.unsafeFixes || options.dryRun)) {
    throw new UsageError(`--${options.unsafeFixes ? 'unsafe-fixes' : 'dry-run'} works only with --fix`);
  }
  if (sarifCategory !== undefined) options.sarifCategory = sarifCategory;
  const planRoot = single('plan-root');
  if (planRoot !== undefined) options.planRoot = planRoot;
  const shard = single('shard');
  if (shard !== undefined) {
    try {
      options.shard = parseShard(shard);
    } catch (error) {
      throw new UsageError(`--shard: ${(error as Error).message}`);
    }
  }
  return { kind: 'run', options };
}

/**
 * The command line's `--var-file` and `--var` values (as parsed) in the order
 * they are written, which Terraform applies them in: the parsed lists keep
 * each option's own order, and the arguments tell how the two interleave.
 */
function inCommandLineOrder(argv: string[], varFiles: string[], vars: Array<{ name: string; value: string }>): VariableValue[] {
  const out: VariableValue[] = [];
  let f = 0;
  let v = 0;
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--var-file' || arg.startsWith('--var-file=')) {
      if (f < varFiles.length) out.push({ varFile: varFiles[f++]! });
    } else if (arg === '--var' || arg.startsWith('--var=')) {
      if (v < vars.length) out.push({ var: vars[v++]! });
    }
  }
  // What the scan did not place (a spelling it does not know): files, then values.
  for (; f < varFiles.length; f++) out.push({ varFile: varFiles[f]! });
  for (; v < vars.length; v++) out.push({ var: vars[v]! });
  return out;
}

/**
 * The reports of a run from `--format FORMAT[:FILE]` (repeatable) and
 * `--output FILE`, which is the file of the one format given without a
 * file. `-` or `/dev/stdout` as a file is stdout. At most one report goes to stdout, and no
 * file is named twice.
 */
function reportTargets(formats: string[], output: string | undefined): ReportTarget[] {
  const targets = (formats.length > 0 ? formats : ['text']).map((value): ReportTarget => {
    const colon = value.indexOf(':');
    const name = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
    if (!isFormat(name)) throw new UsageError(`--format: unknown format "${colon < 0 ? value : value.slice(0, colon)}" (choose from ${FORMATS.join(', ')})`);
    if (colon < 0) return { format: name };
    const file = value.slice(colon + 1);
    if (file === '') throw new UsageError(`--format ${value}: name a file after the colon, or leave the colon out for stdout`);
    return isStdout(file) ? { format: name } : { format: name, file };
  });
  if (output !== undefined) {
    const withoutFile = targets.filter((t) => t.file === undefined);
    if (withoutFile.length === 0) throw new UsageError('--output: every --format already names its file (FORMAT:FILE); leave --output out');
    if (withoutFile.length > 1) throw new UsageError('--output names one file, but several formats have none; write each as --format FORMAT:FILE');
    if (!isStdout(output)) withoutFile[0]!.file = output;
  }
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError('only one report can go to stdout; give the others a file with --format FORMAT:FILE');
  }
  const files = targets.flatMap((t) => (t.file === undefined ? [] : [t.file]));
  const twice = files.find((file, i) => files.indexOf(file) !== i);
  if (twice !== undefined) throw new UsageError(`two reports would be written to ${twice}`);
  return targets;
}

/** `-` and `/dev/stdout` name stdout itself: the report is printed, not written to a file. */
function isStdout(file: string): boolean {
  return file === '-' || file === '/dev/stdout';
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** `--fail-on`, in any case (`HIGH` is `high`). */
function failOnOf(value: string): FailOn {
  const lower = value.trim().toLowerCase();
  if (!(FAIL_ON_CHOICES as readonly string[]).includes(lower)) {
    throw new UsageError(`--fail-on: "${value}" is not one of ${FAIL_ON_CHOICES.join(', ')}`);
  }
  return parseFailOn(lower as (typeof FAIL_ON_CHOICES)[number]);
}

function colorOf(value: unknown): ColorSetting {
  if (value === undefined) return 'auto';
  if (value === false) return 'never';
  if (Array.isArray(value)) throw new UsageError('--color may be given only once');
  const lower = String(value).toLowerCase();
  if (lower === 'auto' || lower === 'always' || lower === 'never') return lower;
  throw new UsageError(`--color: "${String(value)}" is not one of auto, always, never`);
}

/** `--max-file-size`: a plain decimal number of megabytes (not `0x10`, not `1e3`, not `Infinity`). */
function megabytes(value: unknown): number {
  const text = Array.isArray(value) ? undefined : String(value).trim();
  if (text === undefined) throw new UsageError('--max-file-size may be given only once');
  const number = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`--max-file-size must be a positive decimal number of megabytes, got "${text}"`);
  }
  return number;
}

/** A repeatable option as a flat list; comma-separated values are split (not for globs, which may hold commas in braces). */
function list(value: unknown, splitCommas = true): string[] {
  const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  const parts = splitCommas ? values.flatMap((v) => v.split(',')) : values;
  return parts.map((v) => v.trim()).filter((v) => v !== '');
}

/** `KEY=VALUE` (the value may hold `=` and commas), or the AWS CLI's `ParameterKey=K,ParameterValue=V`. */
function parameterValue(text: string): { key: string; value: string } {
  const aws = /^ParameterKey=([^,]+),ParameterValue=(.*)$/s.exec(text);
  if (aws) return { key: aws[1]!, value: aws[2]! };
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`--parameters takes KEY=VALUE, got "${text}"`);
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1) };
}

/** The options of issue 13 (configuration file, baselines, severity overrides). */
function adoptionOptions(
  args: Record<string, unknown>,
  config: CommandLineConfig | undefined,
  single: (name: string) => string | undefined,
): Pick<CliOptions, 'configFile' | 'printConfig' | 'baseline' | 'writeBaseline' | 'severity' | 'configInputs'> {
  const severity: Record<string, Severity> = { ...config?.severity };
  for (const item of list(args.severity)) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(item);
    const level = m?.[2]!.toLowerCase();
    if (!m || !(SEVERITY_ORDER as readonly string[]).includes(level!)) {
      throw new UsageError(`--severity ${item}: write RULE=LEVEL with LEVEL one of ${SEVERITY_ORDER.join(', ')} (e.g. --severity RDS-030=high)`);
    }
    severity[m[1]!.toUpperCase()] = level as Severity;
  }
  const out: ReturnType<typeof adoptionOptions> = { printConfig: args['print-config'] === true, severity, configInputs: config?.inputs ?? {} };
  if (config?.file) out.configFile = config.file;
  const baseline = single('baseline');
  const writeBaseline = single('write-baseline');
  if (baseline === '' || writeBaseline === '') throw new UsageError('--baseline and --write-baseline need a file name');
  if (baseline !== undefined) out.baseline = baseline;
  if (writeBaseline !== undefined) out.writeBaseline = writeBaseline;
  return out;
}

/** `--var NAME=VALUE` as Terraform reads it: the name up to the first '=', the rest is the value (it may be empty). */
function parseVar(text: string): { name: string; value: string } {
  const eq = text.indexOf('=');
  const name = eq < 0 ? '' : text.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new UsageError(`--var must be NAME=VALUE with a variable name, got "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`);
  }
  return { name, value: text.slice(eq + 1) };
}
