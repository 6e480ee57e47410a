import type { Diagnostic } from '../model/diagnostic.js';
import type { MapNode, Node } from '../model/node.js';
import type { Resource, Template, TerraformModule } from '../model/resource.js';
import type { Resolution } from '../model/value.js';
import { isPlanModule } from '../parsers/terraform/plan-kind.js';
import { cloudFormationResolver } from './cloudformation.js';
import { planResolver } from './terraform-plan.js';
import type { Resolver } from './resolver.js';
import type * as TerraformResolution from './terraform-resolution.js';

let terraform: typeof TerraformResolution | undefined;

/**
 * Loads the resolution of Terraform configurations (the evaluator and its
 * built-in functions, a chunk of the bundle of its own). Whoever judges
 * Terraform modules awaits it first (the lint run does, per Terraform
 * unit); CloudFormation templates and plans need none.
 */
export async function loadTerraformResolution(): Promise<void> {
  terraform ??= await import('./terraform-resolution.js');
}

function terraformResolution(): typeof TerraformResolution {
  if (terraform) return terraform;
  throw new Error('Terraform resolution is not loaded: await loadTerraformResolution() before judging Terraform modules');
}

/** The resolver of a resource's format (SPEC §1 "Resolving values"). */
function resolverFor(resource: Resource): Resolver {
  if (resource.format === 'cloudformation') return cloudFormationResolver;
  return isPlanModule(resource.template) ? planResolver : terraformResolution().terraformResolver;
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
  return terraformResolution().terraformInstances(template);
}

/** The possible values of an expression of a for_each instance with each.* read from the for_each source (terraform-each.ts). */
export function resolveThroughForEach(resource: Resource, node: Node | undefined): Resolution | undefined {
  return terraformResolution().resolveThroughForEach(resource, node);
}

/** The definition a judged resource stands for (an instance's definition; else itself). */
export function definitionOf(resource: Resource): Resource {
  if (resource.format === 'cloudformation' || isPlanModule(resource.template)) return resource;
  return terraformResolution().definitionOf(resource);
}

/** Input problems that judging the instances of Terraform modules showed (`tf-invalid-for-each`); none without Terraform modules. */
export function instanceDiagnostics(templates: Template[]): Diagnostic[] {
  if (!templates.some((t) => t.format === 'terraform' && !isPlanModule(t))) return [];
  return terraformResolution().instanceDiagnostics(templates.filter((t) => !isPlanModule(t)));
}

/** The same for an argument of the module call (with for_each) that made `module` (terraform-each.ts). */
export function resolveCallArgumentThroughForEach(resource: Resource, module: TerraformModule, call: { body: MapNode; file: string }, node: Node | undefined): Resolution | undefined {
  return terraformResolution().resolveCallArgumentThroughForEach(resource, module, call, node);
}
