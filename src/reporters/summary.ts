import type { LintResult } from '../model/lint-result.js';

/** Counts shared by the text and JSON reports. */
export interface Summary {
  filesScanned: number;
  /** Findings that are not suppressed. */
  findings: number;
  /** Files with at least one finding that is not suppressed. */
  filesWithFindings: number;
  suppressed: number;
  /** Diagnostics by severity. */
  errors: number;
  warnings: number;
  notes: number;
  /** Distinct files with an error diagnostic (could not be read or parsed). */
  filesWithErrors: number;
}

export function summarize(result: LintResult): Summary {
  const active = result.findings.filter((f) => !f.suppression);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  return {
    filesScanned: result.filesScanned,
    findings: active.length,
    filesWithFindings: new Set(active.map((f) => f.file)).size,
    suppressed: result.findings.length - active.length,
    errors: errors.length,
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
    notes: result.diagnostics.filter((d) => d.severity === 'note').length,
    filesWithErrors: new Set(errors.map((d) => d.file)).size,
  };
}
