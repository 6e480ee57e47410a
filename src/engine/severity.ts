import type { Severity } from '../model/finding.js';
import type { RuleMeta } from '../model/rule-meta.js';
import type { Rule } from './rule.js';

/**
 * GitHub code scanning reads a rule's `security-severity` as critical from
 * 9.0, high from 7.0, medium from 4.0, low above 0: an overridden severity
 * gets the middle of its band, so the alert's severity is the one configured.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { low: '2.0', medium: '5.5', high: '8.0', critical: '9.5' };

/**
 * The rules with the user's severity overrides (`severity: {RDS-030: high}`,
 * `--severity RDS-030=high`) applied to their metadata, so that findings,
 * every report (text and JSON level, SARIF level and security-severity) and
 * the exit code agree. Ids are compared case-insensitively; others unchanged.
 */
export function withSeverities(rules: Rule[], overrides: Record<string, Severity> | undefined): Rule[] {
  if (!overrides || Object.keys(overrides).length === 0) return rules;
  const wanted = new Map(Object.entries(overrides).map(([id, severity]) => [id.toUpperCase(), severity]));
  return rules.map((rule) => {
    const severity = wanted.get(rule.meta.id.toUpperCase());
    if (!severity || severity === rule.meta.severity) return rule;
    const meta: RuleMeta = { ...rule.meta, severity, securitySeverity: SECURITY_SEVERITY[severity] };
    return { meta, check: rule.check.bind(rule) };
  });
}
