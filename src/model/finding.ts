import type { Range } from './range.js';
import type { TemplateFormat } from './resource.js';
import type { Fix } from './fix.js';

/** Severity in the rule's own words (Trend Micro Conformity risk levels, condensed). */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** SARIF / GitHub level derived from a severity. */
export type Level = 'error' | 'warning' | 'note';

export function levelOf(severity: Severity): Level {
  return severity === 'low' ? 'note' : severity === 'medium' ? 'warning' : 'error';
}

export const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export interface Suppression {
  /** `comment`: `# iac-lint:ignore RULE reason`; `metadata`: CloudFormation `Metadata.iac-lint.ignore`; `baseline`: recorded in the `--baseline` file. */
  via: 'comment' | 'metadata' | 'baseline';
  reason: string;
  /** Where the suppression was written. */
  range?: Range;
}

/** One rule violation, ready for the reporters. */
export interface Finding {
  ruleId: string;
  /** The key of `meta.messages` the rule reported (fixture expectations name it). */
  messageId: string;
  severity: Severity;
  message: string;
  file: string;
  /** Where it points: the setting's key (to the end of its value), or the resource header. */
  range: Range;
  resource: {
    /** CloudFormation logical ID or Terraform address. */
    name: string;
    type: string;
    format: TemplateFormat;
    /** CDK output: the construct path (`OrdersStack/Orders/Database`) from `aws:cdk:path`. */
    constructPath?: string;
  };
  suppression?: Suppression;
  /** A fix for this finding, when the rule has one (SPEC §8). */
  fix?: Fix;
  /** Why the finding has no fix, when the rule fixes others like it. */
  noFix?: string;
  /**
   * Other places that explain the finding: for a resource whose code is not
   * part of the linted tree (a module installed under `.terraform`), the
   * finding points at the module call and this names the resource inside
   * the module (SARIF `relatedLocations`).
   */
  related?: RelatedLocation[];
}

interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}
