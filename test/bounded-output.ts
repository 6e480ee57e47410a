// Test support (issue 17): lints a directory with the real entry points in
// process — the CLI's main() writing every output format at once, and the
// Action writing annotations, SARIF and its job summary — and checks what
// every output must satisfy whatever the input: exit 0, 1 or 2; no stack
// trace or internal error; SARIF valid against the vendored schema; no line
// longer than LINE_LIMIT; the job summary within GitHub's 1 MiB.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { expect } from 'vitest';
import { runAction } from '../src/action/run.js';
import { MESSAGE_LIMIT } from '../src/model/quote.js';
import { runCli } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';

/**
 * The longest output line allowed. A line of any format holds at most one
 * message (≤ MESSAGE_LIMIT = 2,000 characters, and what comes from the
 * input in it is quoted: ≤ QUOTE_LIMIT = 60 characters a value) and its
 * fixed parts: a file path, a line and column, a rule id, a resource name —
 * a few hundred characters for the short paths of these tests. Escaping at
 * most doubles a message of ordinary text (Markdown backslash-escapes ASCII
 * punctuation; JSON, XML and workflow commands escape a few characters into
 * several, and the characters they do are rare outside quoted values, which
 * are short). So 2 × 2,000 = 4,000 characters: a line over it grows with the
 * input, or holds one message twice.
 */
export const LINE_LIMIT = 2 * MESSAGE_LIMIT;
/** GitHub's limit on a job summary. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** Where the CLI writes each format (relative to the case directory); text goes to stdout. */
const REPORTS = { json: 'out/report.json', sarif: 'out/report.sarif', github: 'out/report.github', junit: 'out/report.xml', gitlab: 'out/report.gitlab.json' } as const;
const FORMAT_ARGS = Object.entries(REPORTS).flatMap(([format, file]) => ['--format', `${format}:${file}`]);

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

let fixedLines: Set<string> | undefined;

/**
 * Lines that are the same whatever the input (the rule's documentation in
 * SARIF's tool.driver is one JSON string): the reports of a run over an
 * empty directory. Only they may be longer than LINE_LIMIT.
 */
async function linesOfEveryRun(): Promise<Set<string>> {
  if (fixedLines) return fixedLines;
  const empty = mkdtempSync(join(tmpdir(), 'iac-lint-empty-'));
  try {
    mkdirSync(join(empty, 'in'));
    mkdirSync(join(empty, 'out'));
    await runCli(['in', ...FORMAT_ARGS], { cwd: empty });
    fixedLines = new Set(Object.values(REPORTS).flatMap((file) => lines(readFileSync(join(empty, file), 'utf8')).filter((line) => line.length > LINE_LIMIT)));
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  return fixedLines;
}

/** What every output must satisfy, whatever the input. */
export function expectBounded(label: string, text: string, fixed: Set<string> = fixedLines ?? new Set()): void {
  expect(text, `${label} holds a stack trace`).not.toMatch(/\n\s+at \S+ \(?[^)]*:\d+:\d+\)?/);
  expect(text, `${label} reports an internal error`).not.toMatch(/internal[ -]error/);
  const longest = lines(text).reduce((max, line) => (fixed.has(line) || line.length <= max.length ? max : line), '');
  expect(longest.length, `the longest line of ${label}: ${longest.slice(0, 400)}…`).toBeLessThanOrEqual(LINE_LIMIT);
}

function expectValidSarif(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  expect(validateSarif(log)).toEqual([]);
  expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  return log;
}

export interface BoundedRun {
  code: number;
  /** The JSON report. */
  report: { findings: { ruleId: string; file: string; resource: { name: string } }[]; diagnostics: { file: string; code: string; message: string }[] };
}

/**
 * Lints `in` under `caseRoot` (which must hold `in/` and may hold the
 * context files that `args` and `actionInputs` name) with the CLI in every
 * format and with the Action, checks every output, and gives the exit code
 * and the JSON report. The reports go to `caseRoot/out/`.
 */
export async function lintEveryWay(caseRoot: string, args: string[] = [], actionInputs: Record<string, string> = {}): Promise<BoundedRun> {
  const fixed = await linesOfEveryRun();
  mkdirSync(join(caseRoot, 'out'), { recursive: true });
  const cli = await runCli(['in', '--format', 'text', ...FORMAT_ARGS, ...args], { cwd: caseRoot });
  expect([0, 1, 2], `exit code; stderr: ${cli.stderr.slice(0, 500)}`).toContain(cli.code);
  expectBounded('stderr', cli.stderr, fixed);
  expectBounded('text output', cli.stdout, fixed);
  for (const [format, file] of Object.entries(REPORTS)) expectBounded(`${format} output`, readFileSync(join(caseRoot, file), 'utf8'), fixed);
  expectValidSarif(readFileSync(join(caseRoot, REPORTS.sarif), 'utf8'));

  let annotations = '';
  const summary = join(caseRoot, 'out/summary.md');
  const code = await runAction({
    stdout: (s) => {
      annotations += s;
    },
    env: { GITHUB_WORKSPACE: caseRoot, INPUT_PATHS: 'in', 'INPUT_SARIF-FILE': 'out/action.sarif', GITHUB_STEP_SUMMARY: summary, ...actionInputs },
    cwd: caseRoot,
  });
  expect(code, 'the Action’s exit code is the CLI’s').toBe(cli.code);
  expectBounded('the Action’s annotations', annotations, fixed);
  const markdown = readFileSync(summary);
  expect(markdown.length, 'job summary bytes').toBeLessThanOrEqual(SUMMARY_LIMIT);
  expectBounded('the job summary', markdown.toString('utf8'), fixed);
  expectValidSarif(readFileSync(join(caseRoot, 'out/action.sarif'), 'utf8'));
  return { code: cli.code, report: JSON.parse(readFileSync(join(caseRoot, REPORTS.json), 'utf8')) as BoundedRun['report'] };
}
