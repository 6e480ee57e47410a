/**
 * Terraform's built-in functions the resolver evaluates: one table, by name.
 * A function gets its call (arguments evaluated on demand, the environment)
 * and returns possible values; a name not in the table is unknown
 * ("function x() is not evaluated").
 */
import { getEntry } from '../model/node.js';
import { asBoolean } from '../model/value.js';
import { distinct, settled, show, unknown, withStep, type FunctionCall, type TerraformFunction, type Val } from './terraform-values.js';

function lookup(call: FunctionCall): Val[] {
  if (call.args.length !== 2 && call.args.length !== 3) return [unknown(`${call.src}: lookup() takes 2 or 3 arguments`)];
  const out: Val[] = [];
  for (const m of call.arg(0)) {
    for (const k of call.arg(1)) {
      if (m.kind !== 'composite' || m.node.kind !== 'map' || k.kind !== 'value' || k.value === null) {
        out.push(unknown(`${call.src}: lookup in ${show(m)} by ${show(k)}`));
      } else if (getEntry(m.node, String(k.value))) {
        out.push(...withStep((v) => (settled(v) ? `${call.src} = ${show(v)}` : undefined), call.element(m, k)));
      } else if (call.args.length === 3) {
        out.push(...withStep(() => `${show(k)} is not a key, lookup() gives the default`, call.arg(2)));
      } else {
        out.push(unknown(`${call.src}: no key ${show(k)}`));
      }
    }
  }
  return distinct(out);
}

function conversion(to: 'bool' | 'string' | 'number'): TerraformFunction {
  return (call) => {
    if (call.args.length !== 1) return [unknown(`${call.src}: to${to}() takes one argument`)];
    return call.arg(0).map((v): Val => {
      if (v.kind !== 'value' || v.value === null) return v;
      if (to === 'string') return { ...v, value: String(v.value) };
      if (to === 'bool') {
        const b = asBoolean(v.value);
        return b === undefined ? unknown(`${call.src}: ${show(v)} is not a boolean`) : { ...v, value: b };
      }
      const n = Number(v.value);
      return typeof v.value === 'boolean' || Number.isNaN(n) ? unknown(`${call.src}: ${show(v)} is not a number`) : { ...v, value: n };
    });
  };
}

export const FUNCTIONS: ReadonlyMap<string, TerraformFunction> = new Map([
  ['lookup', lookup],
  ['tobool', conversion('bool')],
  ['tostring', conversion('string')],
  ['tonumber', conversion('number')],
]);
