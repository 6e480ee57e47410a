import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { exitCode, failingFindings, type FailOn } from '../cli/exit-code.js';
import { automationIdOf, lintOptionsOf } from '../cli/main.js';
import { gitWorkTree } from '../discover/boundary.js';
import { unknownRuleIds } from '../../rules/index.js';
import { isInputProblem } from '../model/diagnostic.js';
import { VERSION } from '../cli/version.js';
import { writeOutputFile } from '../cli/write-output.js';
import { lint } from '../lint/run.js';
import type { LintResult } from '../model/lint-result.js';
import { githubReporter } from '../reporters/github.js';
import { markdownSummary } from '../reporters/markdown-summary.js';
import { sarifReporter } from '../reporters/sarif.js';
import { textReporter } from '../reporters/text.js';
import type { ReportContext } from '../reporters/types.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { BaselineError } from '../lint/baseline.js';
import { errorCommand, logGroup, warningCommand } from './workflow-commands.js';
import { appendOutputs, appendSummary } from './workflow-files.js';

interface ActionIO {
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
  const workspace = resolve(io.env.GITHUB_WORKSPACE || io.cwd);
  let inputs: ActionInputs;
  try {
    inputs = await readInputs(io.env, workspace);
    const unknown = unknownRuleIds([...inputs.options.rules, ...inputs.options.skipRules]);
    if (unknown.length > 0) throw new InputError(`iac-lint: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in "rules" or "skip-rules"`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A configuration file's errors come one per line, each with its file, line and column.
    for (const line of error.message.split('\n')) io.stdout(errorCommand(line));
    return 2;
  }
  const { options } = inputs;

  // Paths, var and parameter files are relative to working-directory, as they would be for the CLI run there.
  const cwd = resolve(workspace, inputs.workingDirectory);
  let result: LintResult;
  try {
    result = await lint(lintOptionsOf(options, cwd));
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    io.stdout(errorCommand(error.message));
    return 2;
  }
  // No SARIF automationId unless sarif-category or shard asks: upload-sarif derives the category from the workflow, job and matrix.
  const ctx: ReportContext = { cwd, sourceRoot: gitWorkTree(cwd) ?? workspace, color: false, toolVersion: VERSION, ...automationIdOf(options) };

  io.stdout(logGroup('iac-lint report', textReporter(result, ctx)));
  if (inputs.annotate) io.stdout(githubReporter(result, ctx));

  const sarifPath = sarifPathOf(inputs.sarifFile, workspace, io.env);
  if (sarifPath) {
    await mkdir(dirname(sarifPath), { recursive: true });
    await writeOutputFile(sarifPath, sarifReporter(result, ctx));
  }

  if (io.env.GITHUB_STEP_SUMMARY) {
    await appendSummary(io.env.GITHUB_STEP_SUMMARY, markdownSummary(result, ctx, { blobUrl: blobUrl(io.env, cwd, workspace) }));
  }

  const active = result.findings.filter((f) => !f.suppression);
  if (io.env.GITHUB_OUTPUT) {
    await appendOutputs(io.env.GITHUB_OUTPUT, { findings: String(active.length), 'sarif-file': sarifPath });
  }

  const policy = { failOn: options.failOn, softFail: options.softFail };
  const code = exitCode(result, policy);
  if (code !== 0) io.stdout(errorCommand(failureMessage(code, result, options.failOn)));
  else if (options.softFail && exitCode(result, { failOn: options.failOn }) !== 0) io.stdout(warningCommand(`${failureMessage(exitCode(result, { failOn: options.failOn }), result, options.failOn)} Not failing the step: soft-fail is set.`));
  return code;
}

/**
 * Where the SARIF file goes: by default the runner's temp directory
 * (RUNNER_TEMP; outside the checkout, so the work tree stays clean), named
 * after the step; `none`: no SARIF file; else relative to GITHUB_WORKSPACE.
 */
function sarifPathOf(sarifFile: string, workspace: string, env: Record<string, string | undefined>): string {
  if (sarifFile.toLowerCase() === 'none') return '';
  if (sarifFile !== '') return resolve(workspace, sarifFile);
  const step = (env.GITHUB_ACTION || 'iac-lint').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(env.RUNNER_TEMP || tmpdir(), `iac-lint-${step}.sarif`);
}

function failureMessage(code: number, result: LintResult, failOn: FailOn): string {
  if (code === 2) {
    const unreadable = result.diagnostics.filter(isInputProblem).length;
    return `iac-lint could not read, parse or check ${unreadable} input${unreadable === 1 ? '' : 's'}; see the annotations and the job summary.`;
  }
  const failing = failingFindings(result, failOn).length;
  const scope = failOn === 'any' ? '' : ` at or above ${failOn}`;
  return `iac-lint found ${failing} finding${failing === 1 ? '' : 's'}${scope} (fail-on: ${failOn}).`;
}

/** `https://github.com/owner/repo/blob/<sha>/` when the run says where the files are. */
function blobUrl(env: Record<string, string | undefined>, cwd: string, workspace: string): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  // Report paths are relative to working-directory; the blob URL to the repository root (the workspace).
  const sub = relative(workspace, cwd).split(sep).filter((p) => p !== '').map(encodeURIComponent).join('/');
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/${sub ? `${sub}/` : ''}`;
}
