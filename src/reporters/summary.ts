import type { ReportInput } from '../model/lint-result.js';

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

export function summarize(result: ReportInput): Summary {
  let findings = 0;
  let suppressed = 0;
  let baselined = 0;
  const filesWithFindings = new Set<string>();
  for (const f of result.findings) {
    if (!f.suppression) {
      findings++;
      filesWithFindings.add(f.file);
    } else if (f.suppression.via === 'baseline') baselined++;
    else suppressed++;
  }
  const counts = { error: 0, warning: 0, note: 0 };
  const filesWithErrors = new Set<string>();
  for (const d of result.diagnostics) {
    counts[d.severity]++;
    if (d.severity === 'error') filesWithErrors.add(d.file);
  }
  return {
    filesScanned: result.filesScanned,
    findings,
    filesWithFindings: filesWithFindings.size,
    suppressed,
    baselined,
    staleBaselineEntries: result.baseline?.stale.length ?? 0,
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    filesWithErrors: filesWithErrors.size,
  };
}
