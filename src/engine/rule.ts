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
}

export interface RuleContext {
  strict: boolean;
  resolve(node: Node | undefined): Resolution;
  referencedResources(node: Node | undefined): Resource[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: looks at one resource (and, through ctx, its template), reports; never touches files or positions. */
  check(resource: Resource, ctx: RuleContext): void;
}
