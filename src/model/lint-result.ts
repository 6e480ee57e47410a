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
