import { resolve } from 'node:path';
import { gitWorkTree } from '../discover/boundary.js';
import { allRules, unknownRuleIds } from '../../rules/index.js';
import { lintHeld, type LintOptions } from '../lint/run.js';
import { materialized, type LintResult, type ReportInput } from '../model/lint-result.js';
import { outputReplacesInput } from '../lint/output-target.js';
import { BaselineError } from '../lint/baseline-error.js';
import type { ReportContext } from '../reporters/types.js';
import { ConfigUsageError, parseArguments, UsageError, type CliOptions, type ReportTarget } from './arguments.js';
import { useColor } from './color.js';
import { exitCode } from './exit-code.js';
import { progressOnStderr } from './progress.js';
import { reportChunks } from './report-chunks.js';
import { reporterOf } from './reporters.js';
import { VERSION } from './version.js';
import { outputTargetOf, OutputTargetError, writeOutputFile } from './write-output.js';

// What only some runs need is imported where they need it (each its own
// chunk of the bundle, compiled only when loaded): the reporters of the
// formats asked for, --fix, --print-config and --write-baseline.

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colour). */
  isTTY: boolean;
  /** stderr is a terminal (progress). */
  stderrIsTTY?: boolean;
}

/** Runs iac-lint with `argv` (without node and the script) and returns the exit code (SPEC §4). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = await parseArguments(argv, { cwd: io.cwd });
    if (parsed.kind === 'print') {
      io.stdout(`${parsed.text}\n`);
      return 0;
    }
    if (parsed.kind === 'list-rules') {
      io.stdout(listRules());
      return 0;
    }
    options = parsed.options;
    const unknown = unknownRuleIds([...options.rules, ...options.skipRules]);
    if (unknown.length > 0) throw new UsageError(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}`);
    await checkReportFiles(options, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) return internalError(io, error, undefined);
    if (error instanceof ConfigUsageError) {
      // A configuration file's errors: one per line, each with its place.
      io.stderr(`${error.message.split('\n').map((line) => `iac-lint: ${line}`).join('\n')}\n`);
      return 2;
    }
    io.stderr(`iac-lint: ${error.message}\nRun 'iac-lint --help' for usage.\n`);
    return 2;
  }

  if (options.printConfig) {
    const { printedConfig } = await import('./print-config.js');
    io.stdout(printedConfig(options, io.cwd));
    return 0;
  }

  let current: string | undefined;
  const progress = io.stderrIsTTY && !options.quiet ? progressOnStderr(io.stderr) : undefined;
  try {
    const lintOptions: LintOptions = {
      ...lintOptionsOf(options, io.cwd),
      ...workersFromEnv(io.env),
      ...unitTimeBudgetFromEnv(io.env),
      onFile: (file) => {
        current = file;
      },
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
    };
    // Held as compact records until the reports read them (issue 16); --fix and --write-baseline take them as arrays.
    let lintStart: ReportInput = await lintHeld(lintOptions);
    // --fix: apply, then report what the new lint finds (--dry-run: print the diff only).
    let failedWrites = 0;
    if (options.fix) {
      const { runFixes } = await import('./fix-run.js');
      const fixed = await runFixes(materialized(lintStart), lintOptions, { unsafe: options.unsafeFixes, dryRun: options.dryRun }, io);
      if (fixed.kind === 'dry-run') {
        progress?.done();
        return exitCode(fixed.remaining, { failOn: options.failOn, softFail: options.softFail });
      }
      lintStart = fixed.result;
      failedWrites = fixed.failedWrites;
    }
    current = undefined;
    progress?.done();
    const result = options.writeBaseline === undefined ? lintStart : await writeBaseline(materialized(lintStart), options.writeBaseline, io);
    const written = await writeReports(result, options, io);
    if (!written) return 2;
    if (failedWrites > 0 && !options.softFail) return 2;
    return exitCode(result, { failOn: options.failOn, softFail: options.softFail });
  } catch (error) {
    progress?.done();
    if (error instanceof BaselineError) {
      io.stderr(`iac-lint: ${error.message}\n`);
      return 2;
    }
    return internalError(io, error, current);
  }
}

/**
 * Writes every report of the run. The one without a file goes to stdout;
 * when every report has a file, the text report is printed to the console
 * as well, so that a CI log shows the findings. Colour for the console only.
 * Returns false when a file could not be written (said on stderr).
 */
async function writeReports(result: ReportInput, options: CliOptions, io: CliIO): Promise<boolean> {
  const base: ReportContext = { cwd: io.cwd, sourceRoot: gitWorkTree(resolve(io.cwd)) ?? io.cwd, color: false, toolVersion: VERSION, quiet: options.quiet, ...automationIdOf(options) };
  const targets: ReportTarget[] = options.reports.some((r) => r.file === undefined) ? options.reports : [...options.reports, { format: 'text' }];
  let ok = true;
  for (const target of targets) {
    if (target.file === undefined) continue;
    try {
      // Written as the pieces are made (a chunk at a time), as to stdout.
      await writeOutputFile(resolve(io.cwd, target.file), (await reporterOf(target.format)).pieces(result, base));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      io.stderr(`iac-lint: cannot write ${target.file}: ${reason}\n`);
      ok = false;
    }
  }
  const onConsole = targets.find((t) => t.file === undefined);
  if (onConsole) {
    const color = onConsole.format === 'text' && useColor(options.color, io.env, io.isTTY);
    const reporter = await reporterOf(onConsole.format);
    // Written in pieces as they are made (a few tens of KB at a time): no report-sized string.
    for (const chunk of reportChunks(reporter.pieces(result, { ...base, color }))) io.stdout(chunk);
  }
  return ok;
}

/** Usage errors found before linting: a report file that is a directory, or that would replace an input. */
async function checkReportFiles(options: CliOptions, cwd: string): Promise<void> {
  for (const { file } of options.reports) {
    if (file === undefined) continue;
    const abs = resolve(cwd, file);
    try {
      await outputTargetOf(abs);
    } catch (error) {
      if (error instanceof OutputTargetError) throw new UsageError(`the report file ${file} ${error.message}`);
      continue; // written (and reported) after the run
    }
    if (await outputReplacesInput(abs, options.paths, cwd)) {
      throw new UsageError(`the report file ${file} is one of the files to lint; write the report elsewhere`);
    }
  }
}

/** `--list-rules`: one line per rule, `ID  severity  title`. */
function listRules(): string {
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  return allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}\n`).join('');
}

/**
 * The lint settings of a command line: the one place where CliOptions
 * become LintOptions, for the CLI and the GitHub Action alike.
 */
export function lintOptionsOf(options: CliOptions, cwd: string): LintOptions {
  return {
    paths: options.paths,
    cwd,
    strict: options.strict,
    rules: options.rules,
    skipRules: options.skipRules,
    exclude: options.exclude,
    maxFileSize: options.maxFileSize,
    parameters: options.parameters,
    parameterFiles: options.parameterFiles,
    variableValues: options.variableValues,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.planRoot !== undefined ? { planRoot: options.planRoot } : {}),
    ...adoptionLintOptions(options),
  };
}

/** Lint options of issue 13: severity overrides, the baseline, and configuration inputs no flag takes. */
function adoptionLintOptions(options: CliOptions): Partial<LintOptions> {
  // The configuration's var files and vars are in variableValues.
  const { parameterFiles, parameters } = options.configInputs;
  const out: Partial<LintOptions> = {};
  if (parameterFiles) out.parameterFiles = parameterFiles;
  if (parameters) out.parameters = parameters;
  if (Object.keys(options.severity).length > 0) out.severity = options.severity;
  // Writing a baseline records every finding not suppressed in the source: the old one (maybe not written yet) is not read.
  if (options.baseline !== undefined && options.writeBaseline === undefined) out.baseline = options.baseline;
  return out;
}

/**
 * `--write-baseline FILE`: records the findings (those not suppressed in the
 * source) and reports this run against the file just written, so that it
 * passes. Throws BaselineError when the file cannot be written.
 */
async function writeBaseline(result: LintResult, file: string, io: CliIO): Promise<LintResult> {
  const { applyBaseline, baselineEntries, baselineText } = await import('../lint/baseline.js');
  const abs = resolve(io.cwd, file);
  const entries = baselineEntries(result.findings, abs, io.cwd);
  try {
    await writeOutputFile(abs, baselineText(entries));
  } catch (error) {
    throw new BaselineError(`cannot write the baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  io.stderr(`iac-lint: wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to the baseline ${file}\n`);
  const applied = applyBaseline(result.findings, { file: abs, entries }, file, io.cwd, []);
  return { ...result, findings: applied.findings, baseline: applied.status };
}

/** `IAC_LINT_WORKERS=0` lints in one thread, `=N` on N threads; unset or invalid: as many as the machine has cores free (one for a small run). */
function workersFromEnv(env: Record<string, string | undefined>): { workers?: number } {
  const value = env['IAC_LINT_WORKERS'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? { workers: Number(value.trim()) } : {};
}

/** `IAC_LINT_UNIT_TIME_BUDGET=S`: seconds each unit may take (default 120); unset or invalid: the default. */
function unitTimeBudgetFromEnv(env: Record<string, string | undefined>): { unitTimeBudgetMs?: number } {
  const value = env['IAC_LINT_UNIT_TIME_BUDGET']?.trim();
  return value !== undefined && /^\d+(\.\d+)?$/.test(value) ? { unitTimeBudgetMs: Number(value) * 1000 } : {};
}

/**
 * SARIF runAutomationDetails.id. Code scanning keeps one analysis per
 * category (the id up to its last '/'): each shard gets its own category,
 * `<category or iac-lint>/shard-k-of-n/`, so the shards' uploads do not
 * replace each other.
 */
export function automationIdOf(options: CliOptions): { automationId?: string } {
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
