import { createHash } from 'node:crypto';
import type { Severity } from '../model/finding.js';
import type { DiagnosticSeverity } from '../model/diagnostic.js';
import { fingerprints, sourceRootPath } from './fingerprint.js';
import { sourceRootName } from './source-root.js';
import { wholeReporter, type Reporter } from './types.js';

/** GitLab's severities, lowest first. */
type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  categories: string[];
  location: { path: string; lines: { begin: number; end?: number } };
}

const FINDING_SEVERITY: Record<Severity, CodeQualitySeverity> = { low: 'minor', medium: 'major', high: 'critical', critical: 'blocker' };
const DIAGNOSTIC_SEVERITY: Record<DiagnosticSeverity, CodeQualitySeverity> = { error: 'major', warning: 'minor', note: 'info' };

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array with
 * an issue per finding that is not suppressed and per input problem, each
 * with GitLab's required fields — description, check_name, a fingerprint
 * unique in the report (from the line-independent SARIF fingerprint, so an
 * issue keeps its identity when unrelated lines move), severity and
 * location.path / location.lines.begin. GitLab resolves location.path against
 * the repository root, so it is named from there (the SARIF %SRCROOT%: the
 * git work tree root, else the working directory), not from the working
 * directory: a job that runs in a subfolder still points at the right file.
 */
export const gitlabReporter: Reporter = wholeReporter((result, ctx) => {
  const prints = fingerprints(result.findings, sourceRootPath(ctx));
  const issues: CodeQualityIssue[] = [];
  result.findings.forEach((f, i) => {
    if (f.suppression) return;
    issues.push({
      type: 'issue',
      description: `${f.ruleId}: ${f.message} (${f.resource.name})`,
      check_name: f.ruleId,
      fingerprint: md5(`finding\u0000${prints[i]!}`),
      severity: FINDING_SEVERITY[f.severity],
      categories: ['Security'],
      location: { path: sourceRootName(ctx, f.file), lines: lines(f.range.start.line, f.range.end.line) },
    });
  });
  const seen = new Map<string, number>();
  for (const d of result.diagnostics) {
    const key = [d.code, d.file, d.range?.start.line ?? 0, d.message].join('\u0000');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    issues.push({
      type: 'issue',
      description: `${d.code}: ${d.message}`,
      check_name: `iac-lint/${d.code}`,
      fingerprint: md5(`diagnostic\u0000${key}\u0000${occurrence}`),
      severity: DIAGNOSTIC_SEVERITY[d.severity],
      categories: ['Bug Risk'],
      location: { path: sourceRootName(ctx, d.file), lines: lines(d.range?.start.line ?? 1, d.range?.end.line ?? 1) },
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
});

function lines(begin: number, end: number): { begin: number; end?: number } {
  return end > begin ? { begin, end } : { begin };
}

/** GitLab's examples use MD5 hex digests as fingerprints. */
function md5(s: string): string {
  return createHash('md5').update(s).digest('hex');
}
