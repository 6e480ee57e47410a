import type { Node, Scalar } from './node.js';

/**
 * The result of resolving a value: the set of values it may take.
 *
 * Each Possibility carries provenance: human-readable steps that explain where
 * it came from, outermost first, e.g. ['parameter IamAuth defaults to "false"'],
 * ['condition IsProd is false', 'Fn::If else-branch'], ['terraform.tfvars sets iam = false'].
 *
 * - `value`: a concrete scalar (strings "true"/"false" are NOT converted here;
 *   rules decide, with `asBoolean`).
 * - `absent`: the property is not set (missing, `AWS::NoValue`, Terraform `null`).
 * - `unknown`: cannot be decided statically (another intrinsic, a resource
 *   attribute, a function call...). `reason` says why.
 */
export type Possibility =
  | { kind: 'value'; value: Scalar; provenance: string[]; node?: Node }
  | { kind: 'absent'; provenance: string[]; node?: Node }
  | { kind: 'unknown'; reason: string; provenance: string[]; node?: Node };

export type Resolution = Possibility[];

/** `true`/`false` booleans, and the strings "true"/"false" in any case; otherwise undefined. */
export function asBoolean(value: Scalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}
