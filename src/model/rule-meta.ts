import type { Severity } from './finding.js';
import type { FixApplicability } from './fix.js';
import type { TemplateFormat } from './resource.js';

/** Rule metadata: data, not code. Reporters (SARIF rules[], docs, help) read only this. */
export interface RuleMeta {
  /** e.g. "RDS-030" */
  id: string;
  /** kebab-case name that says what it flags, e.g. "rds-iam-authentication-disabled" */
  name: string;
  /** One line, e.g. "RDS database without IAM database authentication" */
  title: string;
  severity: Severity;
  /** What it does (one paragraph, plain text). */
  description: string;
  /** Why it matters (plain text). */
  rationale: string;
  /** How to fix, per format (Markdown); `cli`: commands for an existing resource; `notes`: what else to do (Markdown). */
  remediation: Partial<Record<TemplateFormat, string>> & { cli?: string; notes?: string };
  /** More of "What it does" in Markdown: scope, values, verdicts (rules/<id>.md is generated from the metadata and the fixtures). */
  details?: string;
  /** The fixture cases the docs show, per format: `<name>.yaml`/`.json`, `tf-<name>/`, `tfjson-<name>/` in bad/ and good/. */
  examples?: { bad: string; good: string };
  /** Compliance standards and pillars, e.g. ["APRA", "MAS", "NIST4", "AWS Well-Architected: Security"]. */
  compliance: string[];
  /** SARIF properties.tags, e.g. ["security", "aws", "rds", ...]. */
  tags: string[];
  /** SARIF properties.precision. */
  precision: 'very-high' | 'high' | 'medium' | 'low';
  /** SARIF properties["security-severity"], "0.0".."10.0" as a string. */
  securitySeverity: string;
  helpUri: string;
  /** Message templates keyed by id; `{{name}}` placeholders filled from report data. */
  messages: Record<string, string>;
  /** Resource types the rule looks at (used to skip files that cannot hold them). */
  resourceTypes: string[];
  /** Message ids reported only with --strict; the engine drops them otherwise. */
  strictOnlyMessages?: string[];
  /**
   * The fixes the rule may return: absent = none (a fix from such a rule is an
   * internal error); 'safe' = only safe fixes; 'unsafe' = safe and unsafe.
   */
  fixable?: FixApplicability;
}
