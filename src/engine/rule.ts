import type { MapEntry, Node } from '../model/node.js';
import type { Resource } from '../model/resource.js';
import type { Resolution } from '../model/value.js';
import type { Fix } from '../model/fix.js';
import type { RuleMeta } from '../model/rule-meta.js';


export interface Report {
  resource: Resource;
  /** The property the finding is about; absent → the finding points at the resource header. */
  entry?: MapEntry;
  messageId: string;
  data?: Record<string, string>;
  /** A fix that makes this finding go away (SPEC §8); its applicability must be allowed by `meta.fixable`. */
  fix?: Fix;
  /** Why there is no fix (a value chosen by a condition, unknown, outside the linted files), for the output. */
  noFix?: string;
}

/** What `RuleContext.fixSettingToTrue` gives: the fix, or why there is none. */
export type FixOffer = { fix: Fix } | { noFix: string };

export interface RuleContext {
  strict: boolean;
  resolve(node: Node | undefined): Resolution;
  referencedResources(node: Node | undefined): Resource[];
  report(report: Report): void;
  /**
   * SPEC §8: the fix that makes the boolean setting `key` of `resource` true
   * — inserted, or a literal false turned into true, on the resource (safe)
   * or where a shared value is defined (unsafe) — or why there is none. The
   * edits come from the source text; the rule only names the setting.
   */
  fixSettingToTrue(resource: Resource, key: string): FixOffer;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: looks at one resource (and, through ctx, its template), reports; never touches files or positions. */
  check(resource: Resource, ctx: RuleContext): void;
}
