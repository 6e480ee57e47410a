/**
 * Between the evaluator's possible values (Val: a scalar, absent, unknown, a
 * composite still in the source) and the plain values the built-in
 * functions and `for` expressions compute with (builtins/value.ts).
 *
 * A composite is read element by element; an element with several possible
 * values makes several alternatives of the whole (their product, at most
 * MAX_POSSIBILITIES; beyond that the element is unknown). Every value read
 * counts against a budget, so a huge local costs bounded work.
 */
import type { Node } from '../model/node.js';
import type { Range } from '../model/range.js';
import { work } from '../model/work.js';
import { list, MAX_ITEMS, object, sortedKeys, unknownValue, type HclValue } from './builtins/value.js';
import { errorVal, isError, MAX_POSSIBILITIES, union, unknown, value, type Alternative, type Composite, type Env, type Val } from './terraform-values.js';


interface NodeReader {
  node(node: Node, env: Env, depth: number): Val[];
  /** `read()`, the alternatives of `v`, or what the reader kept of them (the evaluator reads each composite once). */
  alternativesOnce(v: Composite, depth: number, budget: Budget, read: () => Alternative[]): Alternative[];
}

/** Work left for reading one value. */
interface Budget {
  left: number;
}

export function newBudget(): Budget {
  return { left: MAX_ITEMS };
}

/** The plain alternatives of possible values. */
export function alternatives(vals: Val[], reader: NodeReader, depth: number, budget: Budget): Alternative[] {
  const out: Alternative[] = [];
  for (const v of vals) {
    for (const alt of alternativesOf(v, reader, depth, budget)) {
      if (out.length === MAX_POSSIBILITIES - 1) {
        out.push({ value: unknownValue('too many possible values'), provenance: [] });
        return out;
      }
      out.push(alt);
    }
  }
  return out;
}

function alternativesOf(v: Val, reader: NodeReader, depth: number, budget: Budget): Alternative[] {
  switch (v.kind) {
    case 'value':
      return [{ value: v.value, provenance: v.provenance }];
    case 'absent':
      return [{ value: null, provenance: v.provenance }];
    case 'unknown':
      return [isError(v) ? { value: unknownValue(v.reason), provenance: v.provenance, error: v.reason } : { value: unknownValue(v.reason), provenance: v.provenance }];
    case 'composite': {
      if (v.computed) return [{ value: v.computed, provenance: v.provenance }];
      if (--budget.left < 0) return [{ value: unknownValue('the value is too large to evaluate'), provenance: v.provenance }];
      return reader.alternativesOnce(v, depth, budget, () => read(v, reader, depth, budget));
    }
  }
}

/** The alternatives of a composite in the source, read element by element. */
function read(v: Composite, reader: NodeReader, depth: number, budget: Budget): Alternative[] {
  const node = v.node;
  const parts: Alternative[][] = [];
  const keys: string[] = [];
  if (node.kind === 'map') {
    for (const e of node.entries) {
      keys.push(e.key);
      parts.push(alternatives(reader.node(e.value, v.env, depth + 1), reader, depth + 1, budget));
    }
  } else {
    for (const item of node.items) parts.push(alternatives(reader.node(item, v.env, depth + 1), reader, depth + 1, budget));
  }
  return product(parts).map((combo) => {
    const error = combo.find((a) => a.error)?.error;
    const values = combo.map((a) => a.value);
    const made: HclValue = node.kind === 'map' ? object(keys.map((k, i) => [k, values[i]!])) : list(values);
    const alt: Alternative = { value: made, provenance: union(v.provenance, combo.flatMap((a) => a.provenance)) };
    if (error) alt.error = error;
    return alt;
  });
}

/**
 * Every combination of one alternative per part, at most MAX_POSSIBILITIES:
 * a part that would make more is replaced by one unknown.
 */
export function product(parts: Alternative[][]): Alternative[][] {
  let acc: Alternative[][] = [[]];
  for (const part of parts) {
    const choices = part.length === 0 ? [{ value: unknownValue('no possible value'), provenance: [] }] : part;
    if (choices.length === 1 || acc.length * choices.length > MAX_POSSIBILITIES) {
      // One choice (the common case) extends every combination in place: linear in the parts.
      const only = choices.length === 1 ? choices[0]! : { value: unknownValue(`one of ${choices.length} possible values`), provenance: [] };
      for (const combo of acc) combo.push(only);
      work.collectionItems += acc.length;
    } else {
      acc = acc.flatMap((combo) => choices.map((c) => [...combo, c]));
      work.collectionItems += acc.length * (acc[0]?.length ?? 0);
    }
  }
  return acc;
}

/** A plain value as a possible value: a collection becomes a computed composite placed at `range`. */
export function toVal(v: HclValue, provenance: string[], env: Env, range: Range): Val {
  if (v === null) return { kind: 'absent', provenance };
  if (typeof v !== 'object') return value(v, provenance);
  if (v.kind === 'unknown') return { ...unknown(v.reason), provenance };
  const node = v.kind === 'list' ? { kind: 'seq' as const, items: [], range } : { kind: 'map' as const, entries: [], range };
  return { kind: 'composite', node, env, provenance, computed: v };
}

/** An alternative as a possible value (an error stays an error). */
export function alternativeVal(a: Alternative, env: Env, range: Range): Val {
  if (a.error !== undefined) return { ...errorVal(a.error), provenance: a.provenance };
  return toVal(a.value, a.provenance, env, range);
}

/** The elements of a collection to iterate: list index and item, object key and value (lexical order), set item twice. */
export function iterationOf(v: HclValue): Array<[HclValue, HclValue]> | undefined {
  if (v === null || typeof v !== 'object' || v.kind === 'unknown') return undefined;
  if (v.kind === 'list') return v.items.map((item, i) => [v.set ? item : i, item]);
  return sortedKeys(v).map((k) => [k, v.entries.get(k)!]);
}
