import type { Node } from '../model/node.js';
import type { Resource, Template } from '../model/resource.js';
import type { Resolution } from '../model/value.js';
import { isPlanModule } from '../parsers/terraform/plan-kind.js';
import { cloudFormationResolver } from './cloudformation.js';
import { planResolver } from './terraform-plan.js';
import type { Resolver } from './resolver.js';
import { definitionOf, terraformInstances } from './terraform-instances.js';
import { terraformResolver } from './terraform.js';

/** The resolver of a resource's format (SPEC §1 "Resolving values"). */
function resolverFor(resource: Resource): Resolver {
  if (resource.format === 'cloudformation') return cloudFormationResolver;
  return isPlanModule(resource.template) ? planResolver : terraformResolver;
}

export function resolveValue(resource: Resource, node: Node | undefined): Resolution {
  return resolverFor(resource).resolve(resource, node);
}

export function referencedResources(resource: Resource, node: Node | undefined): Resource[] {
  return resolverFor(resource).referencedResources(resource, node);
}

/**
 * The resources of a template to judge: CloudFormation resources and plan
 * resources as they are; a Terraform module's definitions as their instances
 * (none for a definition that creates nothing, SPEC §1 "Instances and creation").
 */
export function resourcesToJudge(template: Template): Resource[] {
  if (template.format === 'cloudformation' || isPlanModule(template)) return template.resources;
  return terraformInstances(template);
}

export { resolveThroughForEach } from './terraform-each.js';

/** The definition a judged resource stands for (an instance's definition; else itself). */
export { definitionOf };
