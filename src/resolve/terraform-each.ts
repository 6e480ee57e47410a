/**
 * Where an instance's `each.value` comes from. The instances of a `for_each`
 * are bound to plain values (terraform-instances.ts), which no longer know
 * the node each was written as; a fix needs that node (SPEC §8: a map entry
 * `iam = false` is fixed in the map, not on the resource). So an expression
 * of the instance is evaluated once more with `each.value` replaced by the
 * `for_each` collection indexed by the instance's key, and `each.key` by the
 * key: the possibilities then keep the nodes of the collection's elements
 * (a literal in the for_each, a local, a variable default, a tfvars value).
 */
import type { Expression, TemplatePart } from '../model/hcl-ast.js';
import { getEntry, type MapNode, type Node } from '../model/node.js';
import type { Resource, TerraformModule } from '../model/resource.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import type { Resolution } from '../model/value.js';
import { Evaluator } from './terraform-eval.js';
import { instanceBindings, instanceEnv } from './terraform-instances.js';
import { toPossibility } from './terraform.js';
import type { Env, Val } from './terraform-values.js';

/** The possible values of `node` (an expression of a for_each instance) with each.* read from the for_each source; undefined when it does not use each.* or the resource is no for_each instance. */
export function resolveThroughForEach(resource: Resource, node: Node | undefined): Resolution | undefined {
  const forEach = getEntry(resource.properties, 'for_each')?.value.expr;
  // Without the instance's own names (each.* is replaced), with its module instance's (a module call's each.* / count.index).
  const { bindings: _own, ...env } = instanceEnv(resource);
  return throughForEach(node, forEach, instanceBindings(resource)?.get('each'), env);
}

/**
 * The same for `node`, an argument of the `module` call (with for_each) that
 * made `module`, an instance of which holds `resource`: each.* read from the
 * call's for_each source, in the caller.
 */
export function resolveCallArgumentThroughForEach(resource: Resource, module: TerraformModule, call: { body: MapNode; file: string }, node: Node | undefined): Resolution | undefined {
  const caller = (module as Partial<TerraformModuleInstance>).parent;
  const forEach = getEntry(call.body, 'for_each')?.value.expr;
  const calls = instanceEnv(resource).calls;
  if (!caller) return undefined;
  const env: Env = { module: caller, file: call.file };
  if (calls) env.calls = calls;
  return throughForEach(node, forEach, calls?.get(module)?.get('each'), env);
}

function throughForEach(node: Node | undefined, forEach: Expression | undefined, each: Val | undefined, env: Env): Resolution | undefined {
  if (!node?.expr || !forEach || each?.kind !== 'composite' || each.computed?.kind !== 'object') return undefined;
  const key = each.computed.entries.get('key');
  if (typeof key !== 'string') return undefined;
  let used = false;
  const replaced = substitute(node.expr, (e) => {
    if (e.type !== 'getattr' || e.object.type !== 'variable' || e.object.name !== 'each') return undefined;
    used = true;
    const literal: Expression = { type: 'literal', value: key, range: e.range };
    if (e.name === 'key') return literal;
    if (e.name === 'value') return { type: 'index', object: { type: 'parens', expression: forEach, range: forEach.range }, key: literal, range: e.range };
    return undefined;
  });
  if (!used) return undefined;
  return new Evaluator().expr(replaced, env, 0).map(toPossibility);
}

/** A copy of `e` in which `replace` gives the replacement of a subexpression (undefined: keep it, and look inside). */
function substitute(e: Expression, replace: (e: Expression) => Expression | undefined): Expression {
  return walk(e, 0);

  function walk(x: Expression, depth: number): Expression {
    if (depth > 200) return x;
    const r = replace(x);
    if (r) return r;
    const w = (y: Expression): Expression => walk(y, depth + 1);
    const parts = (ps: TemplatePart[]): TemplatePart[] =>
      ps.map((p): TemplatePart => {
        switch (p.type) {
          case 'text':
            return p;
          case 'interpolation':
            return { ...p, expression: w(p.expression) };
          case 'if':
            return { ...p, condition: w(p.condition), then: parts(p.then), ...(p.else ? { else: parts(p.else) } : {}) };
          case 'for':
            return { ...p, collection: w(p.collection), body: parts(p.body) };
        }
      });
    switch (x.type) {
      case 'literal':
      case 'variable':
      case 'splat-item':
        return x;
      case 'template':
        return { ...x, parts: parts(x.parts) };
      case 'getattr':
        return { ...x, object: w(x.object) };
      case 'index':
        return { ...x, object: w(x.object), key: w(x.key) };
      case 'splat':
        return { ...x, object: w(x.object), each: w(x.each) };
      case 'call':
        return { ...x, args: x.args.map(w) };
      case 'conditional':
        return { ...x, condition: w(x.condition), then: w(x.then), else: w(x.else) };
      case 'binary':
        return { ...x, left: w(x.left), right: w(x.right) };
      case 'unary':
        return { ...x, operand: w(x.operand) };
      case 'tuple':
        return { ...x, items: x.items.map(w) };
      case 'object':
        return { ...x, items: x.items.map((i) => ({ key: w(i.key), value: w(i.value) })) };
      case 'for': {
        const { key, condition, ...rest } = x;
        return { ...rest, collection: w(x.collection), value: w(x.value), ...(key ? { key: w(key) } : {}), ...(condition ? { condition: w(condition) } : {}) };
      }
      case 'parens':
        return { ...x, expression: w(x.expression) };
    }
  }
}
