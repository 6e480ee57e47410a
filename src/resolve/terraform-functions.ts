/**
 * Terraform's built-in functions the resolver evaluates: one table, by name.
 * A function gets its call (arguments evaluated on demand, the environment)
 * and returns possible values; a name not in the table is unknown
 * ("function x() is not evaluated").
 *
 * The pure functions of builtins/functions.ts are called once per
 * combination of their arguments' possible values (at most
 * MAX_POSSIBILITIES combinations): `coalesce(var.iam, false)` with `var.iam`
 * unknown-but-null-or-true gives both outcomes, each with its provenance.
 * A function's error is an error value (`try` and `can`, special forms of the
 * evaluator, catch it); a function of an unknown is unknown.
 *
 * The split with builtins/: this file is the evaluator's dispatch table — it
 * works on possible values (Val, with provenance and source nodes), decides
 * which functions the evaluator calls (NAMES), and holds what needs the
 * evaluator (lookup() into a map written in the source keeps the literal's
 * node). builtins/ holds the function bodies over plain values (HclValue),
 * with Terraform's semantics and errors, knowing nothing of possible values,
 * provenance, the AST or modules; `try` and `can` are the evaluator's own
 * (terraform-eval.ts), as they evaluate their arguments themselves. A new
 * function: its body in builtins/functions.ts (with a test in
 * test/resolve-builtins.test.ts), its name in NAMES here.
 */
import { callFunction, isKnownFunction, SPECIAL_FORMS } from './builtins/functions.js';
import { isList, typeName, type HclValue } from './builtins/value.js';
import { alternativeVal, product } from './terraform-collections.js';
import { getEntry, type MapNode } from '../model/node.js';
import { distinct, errorVal, settled, show, union, unknown, withStep, type Alternative, type Composite, type FunctionCall, type TerraformFunction, type Val } from './terraform-values.js';

/** A built-in function over possible values. */
function builtin(name: string): TerraformFunction {
  return (call) => {
    const args: Alternative[][] = call.args.map((_, i) => call.alternatives(i));
    const out: Val[] = [];
    for (const combo of product(args)) {
      const expanded = call.expandFinal ? expandLast(combo) : combo;
      if ('error' in expanded) {
        out.push(expanded.error);
        continue;
      }
      const provenance = union([], expanded.flatMap((a) => a.provenance));
      const failed = expanded.find((a) => a.error !== undefined);
      if (failed) {
        out.push({ ...errorVal(failed.error!), provenance });
        continue;
      }
      const result = callFunction(name, expanded.map((a) => a.value));
      if (!result) out.push(unknown(`function ${name}() is not evaluated`));
      else if (!result.ok) out.push({ ...errorVal(`${call.src}: ${result.error}`), provenance });
      else out.push(alternativeVal({ value: result.value, provenance }, call.env, call.range));
    }
    return withStep((v) => (settled(v) ? `${call.src} = ${show(v)}` : undefined), distinct(out));
  };
}

/** `f(a, xs...)`: the last argument's elements become arguments. */
function expandLast(combo: Alternative[]): Alternative[] | { error: Val } {
  const last = combo[combo.length - 1];
  if (!last) return combo;
  if (last.error !== undefined) return combo;
  const v: HclValue = last.value;
  if (typeof v === 'object' && v !== null && v.kind === 'unknown') return { error: { ...unknown(v.reason), provenance: last.provenance } };
  if (!isList(v)) return { error: errorVal(`the expanded argument (...) must be a list, not ${typeName(v)}`) };
  return [...combo.slice(0, -1), ...v.items.map((item) => ({ value: item, provenance: last.provenance }))];
}

/**
 * lookup() into an object written in the source: the value found keeps its
 * own node (a fix or a message points at the literal in the map).
 */
function lookupInSource(call: FunctionCall): Val[] | undefined {
  if (call.args.length !== 2 && call.args.length !== 3) return undefined;
  const maps = call.arg(0);
  if (!maps.every((m) => m.kind === 'composite' && !m.computed && m.node.kind === 'map')) return undefined;
  const out: Val[] = [];
  for (const m of maps as Composite[]) {
    for (const k of call.arg(1)) {
      if (k.kind !== 'value' || k.value === null) out.push(unknown(`${call.src}: lookup in ${show(m)} by ${show(k)}`));
      else if (getEntry(m.node as MapNode, String(k.value))) out.push(...withStep((v) => (settled(v) ? `${call.src} = ${show(v)}` : undefined), call.element(m, k)));
      else if (call.args.length === 3) out.push(...withStep(() => `${show(k)} is not a key, lookup() gives the default`, call.arg(2)));
      else out.push(errorVal(`${call.src}: no key ${show(k)}`));
    }
  }
  return distinct(out);
}

const NAMES = [
  'coalesce', 'coalescelist', 'lookup', 'element', 'merge', 'concat', 'contains', 'length', 'keys', 'values', 'one', 'flatten', 'compact',
  'tobool', 'tostring', 'tonumber', 'tolist', 'toset', 'tomap', 'lower', 'upper', 'format', 'join', 'split', 'replace', 'startswith',
  'endswith', 'trimspace', 'alltrue', 'anytrue',
];

const lookup = builtin('lookup');

export const FUNCTIONS: ReadonlyMap<string, TerraformFunction> = new Map([
  ...NAMES.filter((n) => isKnownFunction(n) && !SPECIAL_FORMS.has(n)).map((n): [string, TerraformFunction] => [n, builtin(n)]),
  ['lookup', (call) => lookupInSource(call) ?? lookup(call)],
]);

