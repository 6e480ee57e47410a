/**
 * Whether a file or a template is a Terraform plan (SPEC §2), apart from the
 * plan reader (plan.ts): the run and the resolvers ask this of every file and
 * template, and load the reader only for a plan.
 */
import type { Node } from '../../model/node.js';
import type { Template, TerraformModule } from '../../model/resource.js';

/** A plan file as a module of the model; `plan` tells the resolver that its values are literals. */
export interface TerraformPlanModule extends TerraformModule {
  plan: {
    file: string;
    /** Nodes whose value the plan marks unknown (known only after apply). */
    unknown: Set<Node>;
  };
}

export function isPlanModule(template: Template): template is TerraformPlanModule {
  return template.format === 'terraform' && 'plan' in template;
}

/** A cheap look at the text: JSON that names the plan keys. The parse decides (parseTerraformPlan's `isPlan`). */
export function looksLikeTerraformPlan(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"'));
}
