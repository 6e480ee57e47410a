/**
 * Terraform's side of resolve/index.ts — the evaluator, its built-in
 * functions, instances — as one module that index.ts imports when a run
 * first meets Terraform (loadTerraformResolution): a run over CloudFormation
 * alone never loads or compiles it.
 */
export { terraformResolver } from './terraform.js';
export { definitionOf, instanceDiagnostics, terraformInstances } from './terraform-instances.js';
export { resolveCallArgumentThroughForEach, resolveThroughForEach } from './terraform-each.js';
