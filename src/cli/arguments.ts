import yargs from 'yargs';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../discover/read.js';
import { parseShard, type Shard } from '../lint/shard.js';
import { FAIL_ON_CHOICES, parseFailOn, type FailOn } from './exit-code.js';
import { VERSION } from './version.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  output?: string;
  strict: boolean;
  failOn: FailOn;
  rules: string[];
  skipRules: string[];
  exclude: string[];
  maxFileSize: number;
  color: boolean;
  sarifCategory?: string;
  shard?: Shard;
  planRoot?: string;
}

/** A mistake on the command line: reported with a hint, exit code 2. */
export class UsageError extends Error {}

export type ParsedArguments = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string };

const EPILOG = `Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, or an input could not be read or parsed (the rest is still linted and reported)`;

/** Parses the command line with yargs; `--help` and `--version` come back as text to print. */
export async function parseArguments(argv: string[]): Promise<ParsedArguments> {
  const parser = yargs(argv)
    .scriptName('iac-lint')
    .usage('Usage: $0 [paths..] [options]\n\nLint CloudFormation templates and Terraform configurations (default path: .)')
    .locale('en')
    .wrap(100)
    .parserConfiguration({ 'parse-positional-numbers': false, 'parse-numbers': false })
    .option('format', { alias: 'f', choices: FORMATS, default: 'text' as Format, describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to FILE (atomically) instead of stdout' })
    .option('strict', { type: 'boolean', default: false, describe: 'Also report values and engines that cannot be resolved statically' })
    .option('fail-on', {
      choices: FAIL_ON_CHOICES,
      default: 'any' as (typeof FAIL_ON_CHOICES)[number],
      describe: 'Lowest severity that makes the exit code 1 (levels: note=low, warning=medium, error=high)',
    })
    .option('rule', { type: 'string', requiresArg: true, describe: 'Run only these rules (repeatable, comma-separated)' })
    .option('skip-rule', { type: 'string', requiresArg: true, describe: 'Do not run these rules (repeatable, comma-separated)' })
    .option('exclude', { type: 'string', requiresArg: true, describe: 'Skip files and directories matching GLOB (repeatable; relative to the working directory)' })
    .option('max-file-size', { type: 'string', requiresArg: true, default: String(DEFAULT_MAX_FILE_SIZE_MB), describe: 'Skip files larger than this many MB' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour text output on a terminal (--no-color to disable; NO_COLOR is honoured)' })
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

  const maxFileSize = Number(args['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) {
    throw new UsageError(`--max-file-size must be a positive number of megabytes, got "${String(args['max-file-size'])}"`);
  }
  const single = (name: string): string | undefined => {
    const value = args[name];
    if (Array.isArray(value)) throw new UsageError(`--${name} may be given only once`);
    return value === undefined ? undefined : String(value);
  };
  const format = single('format') as Format;
  const failOn = single('fail-on') as (typeof FAIL_ON_CHOICES)[number];
  const output = single('output');
  if (output === '') throw new UsageError('--output needs a file name');
  const sarifCategory = single('sarif-category');
  const options: CliOptions = {
    paths: (args._ as unknown[]).map(String),
    format,
    strict: args.strict === true,
    failOn: parseFailOn(failOn),
    rules: list(args.rule),
    skipRules: list(args['skip-rule']),
    exclude: list(args.exclude, false),
    maxFileSize,
    color: args.color !== false,
  };
  if (options.paths.length === 0) options.paths = ['.'];
  if (output !== undefined) options.output = output;
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

/** A repeatable option as a flat list; comma-separated values are split (not for globs, which may hold commas in braces). */
function list(value: unknown, splitCommas = true): string[] {
  const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  const parts = splitCommas ? values.flatMap((v) => v.split(',')) : values;
  return parts.map((v) => v.trim()).filter((v) => v !== '');
}
