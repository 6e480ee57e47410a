import { SEVERITY_ORDER, type Severity } from '../engine/finding.js';
import type { LintResult } from '../lint/run.js';

/** `--fail-on`: the lowest severity that fails the run; `any` = every finding, `none` = never on findings. */
export type FailOn = 'any' | 'none' | Severity;

/** `--fail-on` values accepted on the command line; levels map to the lowest severity of that level. */
export const FAIL_ON_CHOICES = ['any', 'none', 'low', 'medium', 'high', 'critical', 'note', 'warning', 'error'] as const;

export function parseFailOn(value: (typeof FAIL_ON_CHOICES)[number]): FailOn {
  switch (value) {
    case 'note':
      return 'low';
    case 'warning':
      return 'medium';
    case 'error':
      return 'high';
    default:
      return value;
  }
}

/**
 * SPEC §4: 2 when an input could not be read or parsed (an error diagnostic),
 * else 1 when a finding that is not suppressed is at or above `failOn`, else 0.
 */
export function exitCode(result: LintResult, failOn: FailOn): 0 | 1 | 2 {
  if (result.diagnostics.some((d) => d.severity === 'error')) return 2;
  if (failOn === 'none') return 0;
  const threshold = failOn === 'any' ? 0 : SEVERITY_ORDER.indexOf(failOn);
  const failing = result.findings.some((f) => !f.suppression && SEVERITY_ORDER.indexOf(f.severity) >= threshold);
  return failing ? 1 : 0;
}
