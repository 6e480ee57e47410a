import { resolve } from 'node:path';
import { unknownRuleIds } from '../engine/registry.js';
import { lint } from '../lint/run.js';
import { githubReporter } from '../reporters/github.js';
import { jsonReporter } from '../reporters/json.js';
import { sarifReporter } from '../reporters/sarif.js';
import { textReporter } from '../reporters/text.js';
import type { Reporter } from '../reporters/types.js';
import { parseArguments, UsageError, type CliOptions, type Format } from './arguments.js';
import { exitCode } from './exit-code.js';
import { VERSION } from './version.js';
import { writeOutputFile } from './write-output.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

const REPORTERS: Record<Format, Reporter> = { text: textReporter, json: jsonReporter, sarif: sarifReporter, github: githubReporter };

/** Runs iac-lint with `argv` (without node and the script) and returns the exit code (SPEC §4). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = await parseArguments(argv);
    if (parsed.kind === 'print') {
      io.stdout(`${parsed.text}\n`);
      return 0;
    }
    options = parsed.options;
    const unknown = unknownRuleIds([...options.rules, ...options.skipRules]);
    if (unknown.length > 0) throw new UsageError(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}`);
  } catch (error) {
    if (!(error instanceof UsageError)) return internalError(io, error, undefined);
    io.stderr(`iac-lint: ${error.message}\nRun 'iac-lint --help' for usage.\n`);
    return 2;
  }

  let current: string | undefined;
  try {
    const result = await lint({
      paths: options.paths,
      cwd: io.cwd,
      strict: options.strict,
      rules: options.rules,
      skipRules: options.skipRules,
      exclude: options.exclude,
      maxFileSize: options.maxFileSize,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.planRoot !== undefined ? { planRoot: options.planRoot } : {}),
      ...workersFromEnv(io.env),
      onFile: (file) => {
        current = file;
      },
    });
    current = undefined;
    const color = options.output === undefined && options.color && io.isTTY && !io.env.NO_COLOR;
    const report = REPORTERS[options.format](result, {
      cwd: io.cwd,
      color,
      toolVersion: VERSION,
      ...automationIdOf(options),
    });
    if (options.output === undefined) {
      io.stdout(report);
    } else {
      try {
        await writeOutputFile(resolve(io.cwd, options.output), report);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        io.stderr(`iac-lint: cannot write ${options.output}: ${reason}\n`);
        return 2;
      }
    }
    return exitCode(result, options.failOn);
  } catch (error) {
    return internalError(io, error, current);
  }
}

/** `IAC_LINT_WORKERS=0` lints in one thread, `=N` on N worker threads; unset or invalid: iac-lint chooses. */
function workersFromEnv(env: Record<string, string | undefined>): { workers?: number } {
  const value = env['IAC_LINT_WORKERS'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? { workers: Number(value.trim()) } : {};
}

/**
 * SARIF runAutomationDetails.id. Code scanning keeps one analysis per
 * category (the id up to its last '/'): each shard gets its own category,
 * `<category or iac-lint>/shard-k-of-n/`, so the shards' uploads do not
 * replace each other.
 */
function automationIdOf(options: CliOptions): { automationId?: string } {
  if (!options.shard) return options.sarifCategory !== undefined ? { automationId: options.sarifCategory } : {};
  const base = (options.sarifCategory ?? 'iac-lint').replace(/\/+$/, '');
  return { automationId: `${base}/shard-${options.shard.k}-of-${options.shard.n}/` };
}

function internalError(io: CliIO, error: unknown, file: string | undefined): number {
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(`iac-lint: internal error: ${detail}${file ? ` (while processing ${file})` : ''}\n`);
  if (io.env.IAC_LINT_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr('Set IAC_LINT_DEBUG=1 for a stack trace, and please report this.\n');
  return 2;
}
