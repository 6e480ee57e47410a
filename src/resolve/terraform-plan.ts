/**
 * Values of a Terraform plan (SPEC §1): planned values are literals — a
 * string is never read as an HCL template — null is absent, and a value the
 * plan marks unknown (`after_unknown`) is unknown. A replica's source
 * (`replicate_source_db`) is found among the plan's resources by the
 * identifier, id or ARN it names.
 */
import type { Node } from '../model/node.js';
import { getEntry } from '../model/node.js';
import type { Resource } from '../model/resource.js';
import type { Possibility } from '../model/value.js';
import { isPlanModule, type TerraformPlanModule } from '../parsers/terraform/plan-kind.js';
import type { Resolver } from './resolver.js';

const PLANNED = 'planned value';
const REFERENCE_ATTRIBUTES = ['identifier', 'id', 'arn', 'cluster_identifier'];

export const planResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    const plan = planOf(resource);
    if (plan?.plan.unknown.has(node)) return [{ kind: 'unknown', reason: 'the plan marks it known only after apply', provenance: [], node }];
    return [literal(node)];
  },
  referencedResources(resource, node) {
    const plan = planOf(resource);
    if (!plan || node?.kind !== 'scalar' || typeof node.value !== 'string' || node.value === '') return [];
    const name = node.value;
    return plan.resources.filter((r) => r !== resource && REFERENCE_ATTRIBUTES.some((a) => scalarOf(getEntry(r.properties, a)?.value) === name));
  },
};

function planOf(resource: Resource): TerraformPlanModule | undefined {
  return isPlanModule(resource.template) ? resource.template : undefined;
}

function literal(node: Node): Possibility {
  if (node.kind === 'scalar') {
    return node.value === null ? { kind: 'absent', provenance: [PLANNED], node } : { kind: 'value', value: node.value, provenance: [PLANNED], node };
  }
  return { kind: 'unknown', reason: node.kind === 'map' ? 'an object, not a single value' : 'a list, not a single value', provenance: [], node };
}

function scalarOf(node: Node | undefined): unknown {
  return node?.kind === 'scalar' ? node.value : undefined;
}
