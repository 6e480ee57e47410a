import type { LintResult } from '../model/lint-result.js';

/** Counts shared by the text and JSON reports. */
export interface Summary {
  filesScanned: number;
  /** Findings that are not suppressed. */
  findings: number;
  /** Files with at least one finding that is not suppressed. */
  filesWithFindings: number;
  /** Findings suppressed in the source (comments, metadata). */
  suppressed: number;
  /** Findings recorded in the baseline (`--baseline`): not new. */
  baselined: number;
  /** Baseline entries that match no finding any more. */
  staleBaselineEntries: number;
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
    suppressed: result.findings.filter((f) => f.suppression && f.suppression.via !== 'baseline').length,
    baselined: result.findings.filter((f) => f.suppression?.via === 'baseline').length,
    staleBaselineEntries: result.baseline?.stale.length ?? 0,
    errors: errors.length,
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
    notes: result.diagnostics.filter((d) => d.severity === 'note').length,
    filesWithErrors: new Set(errors.map((d) => d.file)).size,
  };
}
