import yargs from 'yargs';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../discover/read.js';
import { parseShard, type Shard } from '../lint/shard.js';
import { FAIL_ON_CHOICES, parseFailOn, type FailOn } from './exit-code.js';
import { VERSION } from './version.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

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
}

/** A mistake on the command line: reported with a hint, exit code 2. */
export class UsageError extends Error {}

export type ParsedArguments = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string } | { kind: 'list-rules' };

const EPILOG = `Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, or an input could not be read or parsed or was skipped unread (the rest is still
     linted and reported)
  With --soft-fail: 0 in every case but a usage error.`;

/** Parses the command line with yargs; `--help` and `--version` come back as text to print. */
export async function parseArguments(argv: string[]): Promise<ParsedArguments> {
  const parser = yargs(argv)
    .scriptName('iac-lint')
    .usage('Usage: $0 [paths..] [options]\n\nLint CloudFormation templates and Terraform configurations (default path: .)')
    .locale('en')
    .wrap(100)
    .parserConfiguration({ 'parse-positional-numbers': false, 'parse-numbers': false })
    .option('format', {
      alias: 'f',
      type: 'string',
      requiresArg: true,
      describe: `Report format, FORMAT or FORMAT:FILE (repeatable: -f text -f sarif:out.sarif); one of ${FORMATS.join(', ')} (default text)`,
    })
    .option('output', {
      alias: 'o',
      type: 'string',
      requiresArg: true,
      describe: 'Write the report of the --format given without a file to FILE (atomically; devices and FIFOs in place); the text report stays on the console',
    })
    .option('strict', { type: 'boolean', default: false, describe: 'Also report values and engines that cannot be resolved statically' })
    .option('fail-on', {
      type: 'string',
      requiresArg: true,
      default: 'any',
      describe: `Lowest severity that makes the exit code 1, any case: ${FAIL_ON_CHOICES.join(', ')} (levels: note=low, warning=medium, error=high)`,
    })
    .option('soft-fail', { type: 'boolean', default: false, describe: 'Exit 0 whatever is found (usage errors still exit 2)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Text output: findings only (no input problems, no summary, no progress)' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List the rules (id, title, severity) and exit' })
    .option('rule', { type: 'string', requiresArg: true, describe: 'Run only these rules (repeatable, comma-separated)' })
    .option('skip-rule', { type: 'string', requiresArg: true, describe: 'Do not run these rules (repeatable, comma-separated)' })
    .option('exclude', { type: 'string', requiresArg: true, describe: 'Skip files and directories matching GLOB (repeatable; relative to the working directory)' })
    .option('max-file-size', { type: 'string', requiresArg: true, default: String(DEFAULT_MAX_FILE_SIZE_MB), describe: 'Skip files larger than this many MB' })
    .option('color', {
      type: 'string',
      requiresArg: true,
      describe: 'Colour console text: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never (--no-color = never)',
    })
    .option('sarif-category', { type: 'string', requiresArg: true, describe: 'SARIF runAutomationDetails.id (code scanning category)' })
    .option('plan-root', {
      type: 'string',
      requiresArg: true,
      describe: 'Directory of the .tf files a plan JSON file was made from (findings point at the definitions there; default: the plan\'s directory)',
    })
    .option('shard', {
      type: 'string',
      requiresArg: true,
      describe: 'Lint only shard K of N (K/N): files split deterministically, a Terraform directory and the local modules it calls kept together',
    })
    .option('parameters', {
      type: 'string',
      requiresArg: true,
      describe: 'CloudFormation parameter value KEY=VALUE (repeatable; also ParameterKey=K,ParameterValue=V); wins over --parameter-files',
    })
    .option('parameter-files', {
      type: 'string',
      requiresArg: true,
      describe: 'CloudFormation parameter file, JSON or YAML: AWS CLI [{ParameterKey, ParameterValue}], {"Parameters": {...}} or {KEY: VALUE} (repeatable; later wins)',
    })
    .epilog(EPILOG)
    .version(VERSION)
    .help()
    .alias('help', 'h')
    .strictOptions()
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? 'invalid arguments');
    });

  const outcome = await new Promise<{ argv: Record<string, unknown>; output: string }>((resolvePromise, reject) => {
    try {
      void parser.parse(argv, {}, (error, args, output) => {
        if (error) reject(error instanceof UsageError ? error : new UsageError(error.message));
        else resolvePromise({ argv: args as Record<string, unknown>, output });
      });
    } catch (error) {
      reject(error instanceof UsageError ? error : new UsageError(error instanceof Error ? error.message : String(error)));
    }
  });
  const args = outcome.argv;
  if (args.help === true || args.version === true) return { kind: 'print', text: outcome.output };
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
  };
  if (options.paths.length === 0) options.paths = ['.'];
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
 * The reports of a run from `--format FORMAT[:FILE]` (repeatable) and
 * `--output FILE`, which is the file of the one format given without a
 * file. `-` or `/dev/stdout` as a file is stdout. At most one report goes to stdout, and no
 * file is named twice.
 */
export function reportTargets(formats: string[], output: string | undefined): ReportTarget[] {
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
