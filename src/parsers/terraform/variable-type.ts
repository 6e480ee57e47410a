/**
 * A variable's declared `type` constraint, as far as values need it: its
 * outermost kind (`set(string)` → `set`, `map(object({…}))` → `map`, the
 * legacy quoted `"list"` → `list`). Written as an expression in `.tf` files
 * and as a string in `.tf.json` files, like Terraform reads both.
 */
import type { Node } from '../../model/node.js';

type TypeKind = 'string' | 'number' | 'bool' | 'any' | 'list' | 'set' | 'map' | 'object' | 'tuple';

const KINDS = new Set<string>(['string', 'number', 'bool', 'any', 'list', 'set', 'map', 'object', 'tuple']);

/** The outermost kind of a type constraint; undefined without one, or for what is no type. */
export function typeKind(type: Node | undefined): TypeKind | undefined {
  if (!type || type.kind !== 'scalar') return undefined;
  const expr = type.expr;
  let name: string | undefined;
  if (expr?.type === 'variable' || expr?.type === 'call') name = expr.name;
  else if (typeof type.value === 'string') name = /^\s*([a-z]+)\s*(\(|$)/.exec(type.value)?.[1];
  return name !== undefined && KINDS.has(name) ? (name as TypeKind) : undefined;
}
