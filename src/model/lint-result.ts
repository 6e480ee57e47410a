import type { BaselineStatus } from './baseline.js';
import type { Diagnostic } from './diagnostic.js';
import type { Finding } from './finding.js';
import type { RuleMeta } from './rule-meta.js';

/** What a run gives the reporters, the exit code and the Action: findings, input problems, what was scanned, the rules that ran. */
export interface LintResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  filesScanned: number;
  /** The files scanned (relative paths, sorted): the test cases of a JUnit report. */
  scannedFiles?: string[];
  rules: RuleMeta[];
  /** With a baseline (`--baseline`): how the findings compared with it. */
  baseline?: BaselineStatus;
}

/**
 * A list read in order or by position: an array, or a run's compact records
 * (src/lint/held.ts) made into objects one at a time, as they are read.
 */
export interface Sequence<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/**
 * What the reporters and the exit code read: a LintResult, or the held
 * result of a CLI run, whose findings and diagnostics stay compact records
 * until a reporter reads them (issue 16: memory that does not grow with the
 * repository).
 */
export interface ReportInput {
  findings: Sequence<Finding>;
  diagnostics: Sequence<Diagnostic>;
  filesScanned: number;
  scannedFiles?: readonly string[];
  rules: RuleMeta[];
  baseline?: BaselineStatus;
}

/** A report input with its findings and diagnostics made into arrays: a LintResult. */
export function materialized(input: ReportInput): LintResult {
  const result: LintResult = { findings: [...input.findings], diagnostics: [...input.diagnostics], filesScanned: input.filesScanned, rules: input.rules };
  if (input.scannedFiles) result.scannedFiles = [...input.scannedFiles];
  if (input.baseline) result.baseline = input.baseline;
  return result;
}
