import type { Expression } from './hcl-ast.js';
import type { Range } from './range.js';

/**
 * A value node of the model, format-neutral. Both CloudFormation and Terraform
 * parsers produce these, and every node keeps its source range.
 *
 * CloudFormation intrinsics are always in long form: `!Ref X` becomes a
 * MapNode with one entry `Ref` → ScalarNode "X" (both ranges = the tagged
 * node's range); `!GetAtt A.B.C` → `{"Fn::GetAtt": ["A", "B.C"]}`.
 *
 * Terraform values come from the HCL parser's AST: every node made from an
 * attribute value keeps that expression in `expr` (the resolver evaluates
 * it, never a string). Literals are scalars/maps/seqs with exact ranges,
 * inside lists and objects too; any other expression is a ScalarNode whose
 * `value` is its source text in template form, e.g. "${var.iam}" (for
 * display only). Nested blocks are a SeqNode of MapNodes (a block may
 * repeat), nested in MapNodes by label.
 */
export type Scalar = string | number | boolean | null;

export interface ScalarNode {
  kind: 'scalar';
  value: Scalar;
  range: Range;
  /** A YAML tag kept as an opaque value (unknown tags), e.g. "!Rain::Module". */
  tag?: string;
  /** Terraform: the HCL expression this value was written as. */
  expr?: Expression;
}

export interface MapEntry {
  key: string;
  keyRange: Range;
  value: Node;
}

export interface MapNode {
  kind: 'map';
  entries: MapEntry[];
  range: Range;
  tag?: string;
  /** Terraform: the HCL expression this value was written as. */
  expr?: Expression;
}

export interface SeqNode {
  kind: 'seq';
  items: Node[];
  range: Range;
  tag?: string;
  /** Terraform: the HCL expression this value was written as. */
  expr?: Expression;
}

export type Node = ScalarNode | MapNode | SeqNode;

/**
 * The array without spare room, for a node's finished entries or items: an
 * array grown by push() keeps room for about 16 more elements (~150 bytes),
 * more than a small node itself.
 */
export function compact<T>(items: T[]): T[] {
  return items.slice();
}

export function getEntry(map: MapNode | undefined, key: string): MapEntry | undefined {
  if (!map) return undefined;
  // Last one wins, like JSON.parse and CloudFormation; duplicates are diagnosed by the parser.
  for (let i = map.entries.length - 1; i >= 0; i--) {
    const e = map.entries[i]!;
    if (e.key === key) return e;
  }
  return undefined;
}

export function get(map: Node | undefined, key: string): Node | undefined {
  return map && map.kind === 'map' ? getEntry(map, key)?.value : undefined;
}

export function asMap(node: Node | undefined): MapNode | undefined {
  return node && node.kind === 'map' ? node : undefined;
}

/** Converts a node to a plain JS value (for tests and debugging). */
export function toPlain(node: Node): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}
