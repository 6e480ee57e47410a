import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { exitCode } from '../cli/exit-code.js';
import { VERSION } from '../cli/version.js';
import { writeOutputFile } from '../cli/write-output.js';
import { SEVERITY_ORDER, type Severity } from '../model/finding.js';
import { gitWorkTree } from '../discover/boundary.js';
import { lint } from '../lint/run.js';
import type { LintResult } from '../model/lint-result.js';
import { githubReporter } from '../reporters/github.js';
import { markdownSummary } from '../reporters/markdown-summary.js';
import { sarifReporter } from '../reporters/sarif.js';
import { textReporter } from '../reporters/text.js';
import type { ReportContext } from '../reporters/types.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { actionConfig, type ActionConfig } from './config.js';
import { ConfigError } from '../config/load.js';
import { BaselineError } from '../lint/baseline.js';
import { errorCommand, logGroup } from './workflow-commands.js';
import { appendOutputs, appendSummary } from './workflow-files.js';

export interface ActionIO {
  /** Where workflow commands (annotations) go: the step's stdout. */
  stdout(s: string): void;
  env: Record<string, string | undefined>;
  /** Used when GITHUB_WORKSPACE is not set. */
  cwd: string;
}

/**
 * The GitHub Action: lints the input paths (relative to GITHUB_WORKSPACE),
 * annotates every finding, writes the SARIF file, the job summary and the
 * step outputs. Returns the exit code the CLI would (SPEC §4) for `fail-on`.
 */
export async function runAction(io: ActionIO): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stdout(errorCommand(error.message));
    return 2;
  }

  const workspace = resolve(io.env.GITHUB_WORKSPACE || io.cwd);
  let config: ActionConfig;
  try {
    config = actionConfig(inputs.config, workspace);
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof BaselineError)) throw error;
    for (const line of error.message.split('\n')) io.stdout(errorCommand(line));
    return 2;
  }
  inputs.failOn ??= config.failOn ?? 'any';
  let result: LintResult;
  try {
    result = await lint({ paths: inputs.paths, ...config.lint, cwd: workspace, strict: inputs.strict ?? config.lint.strict ?? false, exclude: [...(config.lint.exclude ?? []), ...inputs.exclude] });
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    io.stdout(errorCommand(error.message));
    return 2;
  }
  // No SARIF automationId: upload-sarif derives the category from the workflow, job and matrix.
  const ctx: ReportContext = { cwd: workspace, sourceRoot: gitWorkTree(workspace) ?? workspace, color: false, toolVersion: VERSION };

  io.stdout(logGroup('iac-lint report', textReporter(result, ctx)));
  if (inputs.annotate) io.stdout(githubReporter(result, ctx));

  const sarifPath = inputs.sarifFile ? resolve(workspace, inputs.sarifFile) : '';
  if (sarifPath) {
    await mkdir(dirname(sarifPath), { recursive: true });
    await writeOutputFile(sarifPath, sarifReporter(result, ctx));
  }

  if (io.env.GITHUB_STEP_SUMMARY) {
    await appendSummary(io.env.GITHUB_STEP_SUMMARY, markdownSummary(result, ctx, { blobUrl: blobUrl(io.env) }));
  }

  const active = result.findings.filter((f) => !f.suppression);
  if (io.env.GITHUB_OUTPUT) {
    await appendOutputs(io.env.GITHUB_OUTPUT, { findings: String(active.length), 'sarif-file': sarifPath });
  }

  const code = exitCode(result, inputs.failOn);
  if (code !== 0) io.stdout(errorCommand(failureMessage(code, result, inputs)));
  return code;
}

function failureMessage(code: number, result: LintResult, inputs: ActionInputs): string {
  if (code === 2) {
    const unreadable = result.diagnostics.filter((d) => d.severity === 'error').length;
    return `iac-lint could not read or parse ${unreadable} input${unreadable === 1 ? '' : 's'}; see the annotations and the job summary.`;
  }
  const threshold = inputs.failOn === 'any' || inputs.failOn === undefined ? 0 : SEVERITY_ORDER.indexOf(inputs.failOn as Severity);
  const failing = result.findings.filter(
    (f) => !f.suppression && SEVERITY_ORDER.indexOf(f.severity) >= threshold,
  ).length;
  const scope = inputs.failOn === 'any' ? '' : ` at or above ${inputs.failOn}`;
  return `iac-lint found ${failing} finding${failing === 1 ? '' : 's'}${scope} (fail-on: ${inputs.failOn}).`;
}

/** `https://github.com/owner/repo/blob/<sha>/` when the run says where the files are. */
function blobUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/`;
}
