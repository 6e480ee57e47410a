/**
 * What the Terraform evaluator computes with: possible values (the model's
 * Possibility) and composites (a list or object still in the source, read
 * element by element), the evaluation environment, and the small helpers
 * that the evaluator and the built-in functions share.
 */
import type { Expression } from '../model/hcl-ast.js';
import type { MapNode, Node, Scalar, SeqNode } from '../model/node.js';
import type { TerraformModule } from '../model/resource.js';
import { quote } from '../model/quote.js';
import { SeenPossibilities } from './seen-possibilities.js';
import type { Possibility } from '../model/value.js';
import { describeValue, type HclList, type HclObject, type HclValue } from './builtins/value.js';
import type { Range } from '../model/range.js';

/**
 * Where an expression is evaluated: the module (its variables, locals,
 * resources), the file the expression is written in (source text for
 * messages), and the names bound around it — a `for` expression's
 * variables, `each` and `count` of one instance — by name.
 */
export interface Env {
  module: TerraformModule;
  file: string;
  bindings?: ReadonlyMap<string, Val>;
  /**
   * One instance of each enclosing module (SPEC §1): for every module on
   * the way that a call with `count` / `for_each` made, the `each` /
   * `count` of that call's instance. A variable's value comes from the
   * call's argument, evaluated with them.
   */
  calls?: CallBindings;
}

/** The names each module call binds for one module instance, by the module the call made. */
export type CallBindings = ReadonlyMap<TerraformModule, ReadonlyMap<string, Val>>;

/** An environment in `module`, in `file`, inside the same module instances as `env` (with `bindings` when given). */
export function envIn(module: TerraformModule, file: string, env: Env, bindings?: ReadonlyMap<string, Val>): Env {
  const out: Env = { module, file };
  if (bindings) out.bindings = bindings;
  if (env.calls) out.calls = env.calls;
  return out;
}

/**
 * A list or object value whose elements are read on demand, in the
 * environment it was written in; or, when `computed` is set, one that a
 * function or a `for` expression built (then `node` is only its place: an
 * empty map or seq at the expression's range).
 */
export interface Composite {
  kind: 'composite';
  node: MapNode | SeqNode;
  env: Env;
  provenance: string[];
  computed?: HclList | HclObject;
}

/**
 * An unknown that Terraform would report as an error (a missing attribute or
 * key, a function's error): `try` and `can` catch these, not other unknowns.
 */
type ErrorVal = Extract<Possibility, { kind: 'unknown' }> & { error: true };

export function errorVal(reason: string): ErrorVal {
  return { kind: 'unknown', reason, provenance: [], error: true };
}

export function isError(v: Val): v is ErrorVal {
  return v.kind === 'unknown' && (v as Partial<ErrorVal>).error === true;
}

export type Val = Possibility | Composite;

/** One possible plain value (what built-in functions compute with), with its provenance; `error` when Terraform would fail. */
export interface Alternative {
  value: HclValue;
  provenance: string[];
  error?: string;
}

/** Bound on the number of possible values carried along. */
export const MAX_POSSIBILITIES = 64;
/** Bound on the length of a string built from a template. */
export const MAX_STRING = 10_000;

/** A built-in function call being evaluated (see terraform-functions.ts). */
export interface FunctionCall {
  name: string;
  args: Expression[];
  /** The last argument is expanded (`f(xs...)`). */
  expandFinal: boolean;
  /** The call's source text, shortened for messages. */
  src: string;
  env: Env;
  /** The possible values of argument `i`. */
  arg(i: number): Val[];
  /** The element `key` of a composite value, evaluated. */
  element(v: Composite, key: Val): Val[];
  /** The call's range: values a function computes are placed there. */
  range: Range;
  /** The plain alternatives of argument `i`. */
  alternatives(i: number): Alternative[];
}

export type TerraformFunction = (call: FunctionCall) => Val[];

export function show(v: Val): string {
  switch (v.kind) {
    case 'value':
      return quote(v.value);
    case 'absent':
      return 'null';
    case 'unknown':
      return 'an unknown value';
    case 'composite':
      return v.computed ? describeValue(v.computed) : v.node.kind === 'map' ? 'an object' : 'a list';
  }
}

/** A resolved value (or null): steps name it; composite and unknown values are explained further out or by their reason. */
export function settled(v: Val): boolean {
  return v.kind === 'value' || v.kind === 'absent';
}

export function withStep(step: (v: Val) => string | undefined, vals: Val[]): Val[] {
  return vals.map((v) => {
    const s = step(v);
    return s ? { ...v, provenance: [s, ...v.provenance] } : v;
  });
}

export function unknown(reason: string, node?: Node): Val {
  return node ? { kind: 'unknown', reason, provenance: [], node } : { kind: 'unknown', reason, provenance: [] };
}

export function value(v: Scalar, provenance: string[] = []): Val {
  return { kind: 'value', value: v, provenance };
}

/** Both provenances, each step once (a template may use the same local twice). */
export function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Keeps distinct possibilities, at most MAX_POSSIBILITIES. */
export function distinct(vals: Val[]): Val[] {
  const seen = new SeenPossibilities();
  const out: Val[] = [];
  for (const v of vals) {
    if (v.kind !== 'composite') {
      if (!seen.addPossibility(v)) continue;
    }
    if (out.length === MAX_POSSIBILITIES) {
      out.push(unknown('too many possible values'));
      break;
    }
    out.push(v);
  }
  return out;
}

/** Loose equality of two resolved scalars (HCL converts between strings, numbers and booleans). */
export function same(a: Scalar, b: Scalar): boolean {
  if (a === null || b === null) return a === b;
  return typeof a === typeof b ? a === b : String(a).toLowerCase() === String(b).toLowerCase();
}
