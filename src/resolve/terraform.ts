/**
 * The Terraform resolver: a resource's values evaluated from the HCL AST
 * (terraform-eval.ts) in the resource's module. `"true"`/`"false"` strings
 * stay strings (rules use asBoolean). Provenance steps are user-facing,
 * outermost first.
 */
import type { Resource, TerraformModule } from '../model/resource.js';
import type { Possibility } from '../model/value.js';
import type { Resolver } from './resolver.js';
import { Evaluator } from './terraform-eval.js';
import { instanceBindings } from './terraform-instances.js';
import type { Env, Val } from './terraform-values.js';

export const terraformResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    return new Evaluator().node(node, envOf(resource), 0).map(toPossibility);
  },
  referencedResources(resource, node) {
    if (!node) return [];
    const ev = new Evaluator();
    ev.node(node, envOf(resource), 0);
    return [...ev.refs];
  },
};

/** A resource's values are evaluated in its module, in its file. */
function envOf(resource: Resource): Env {
  const bindings = instanceBindings(resource);
  return bindings ? { module: resource.template as TerraformModule, file: resource.file, bindings } : { module: resource.template as TerraformModule, file: resource.file };
}

export function toPossibility(v: Val): Possibility {
  if (v.kind !== 'composite') return v;
  return { kind: 'unknown', reason: v.node.kind === 'map' ? 'an object, not a single value' : 'a list, not a single value', provenance: v.provenance, node: v.node };
}
