import { SEVERITY_ORDER, type Finding, type Severity } from '../model/finding.js';
import type { LintResult, ReportInput } from '../model/lint-result.js';
import { isInputProblem } from '../model/diagnostic.js';

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

/** What decides the exit code besides the result: the CLI's `--fail-on` / `--soft-fail` and the Action's inputs alike. */
interface ExitPolicy {
  failOn: FailOn;
  /** Exit 0 whatever was found or could not be read (usage errors are decided before linting). */
  softFail?: boolean;
}

/** The findings that fail the run under `failOn`: not suppressed, at or above the threshold. */
export function failingFindings(result: LintResult, failOn: FailOn): LintResult['findings'] {
  return failOn === 'none' ? [] : result.findings.filter(failsUnder(failOn));
}

function failsUnder(failOn: Exclude<FailOn, 'none'>): (f: Finding) => boolean {
  const threshold = failOn === 'any' ? 0 : SEVERITY_ORDER.indexOf(failOn);
  return (f) => !f.suppression && SEVERITY_ORDER.indexOf(f.severity) >= threshold;
}

/**
 * SPEC §4: 0 with `softFail`; else 2 when an input could not be read or
 * parsed or was skipped unread (isInputProblem), else 1 when a finding that
 * is not suppressed is at or above `failOn`, else 0.
 */
export function exitCode(result: ReportInput, policy: ExitPolicy | FailOn): 0 | 1 | 2 {
  const { failOn, softFail } = typeof policy === 'string' ? { failOn: policy, softFail: false } : policy;
  if (softFail) return 0;
  for (const d of result.diagnostics) if (isInputProblem(d)) return 2;
  if (failOn === 'none') return 0;
  const fails = failsUnder(failOn);
  for (const f of result.findings) if (fails(f)) return 1;
  return 0;
}
