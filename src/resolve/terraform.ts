/**
 * The Terraform resolver: a resource's values evaluated from the HCL AST
 * (terraform-eval.ts) in the resource's module. `"true"`/`"false"` strings
 * stay strings (rules use asBoolean). Provenance steps are user-facing,
 * outermost first.
 */
import type { Possibility } from '../model/value.js';
import type { Resolver } from './resolver.js';
import { Evaluator } from './terraform-eval.js';
import { inInstanceOf, instanceEnv } from './terraform-instances.js';
import type { Val } from './terraform-values.js';

export const terraformResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    return new Evaluator().node(node, instanceEnv(resource), 0).map(toPossibility);
  },
  referencedResources(resource, node) {
    if (!node) return [];
    const ev = new Evaluator();
    ev.node(node, instanceEnv(resource), 0);
    return [...ev.refs].map((ref) => inInstanceOf(ref, resource));
  },
};

export function toPossibility(v: Val): Possibility {
  if (v.kind !== 'composite') return v;
  return { kind: 'unknown', reason: v.node.kind === 'map' ? 'an object, not a single value' : 'a list, not a single value', provenance: v.provenance, node: v.node };
}
