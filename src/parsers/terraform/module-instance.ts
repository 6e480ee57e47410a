import type { MapEntry, MapNode } from '../../model/node.js';
import type { Range } from '../../model/range.js';
import type { TerraformModule } from '../../model/resource.js';

/** A `module "name" { source = … }` block. */
export interface ModuleCall {
  name: string;
  /** The literal `source` string, when it is one. */
  source?: string;
  /** The literal `version` constraint, when it is one. */
  version?: string;
  file: string;
  header: Range;
  /** The whole block, header to closing brace. */
  extent: Range;
  /** The arguments, merged with those of override files. */
  body: MapNode;
  /** The body as written in `file` (before override files merge into it). */
  written: MapNode;
  /** Arguments set by override files, per file. */
  overrides?: Array<{ file: string; entries: MapEntry[] }>;
}

/**
 * What parseTerraformModule returns for each module: a TerraformModule
 * (the shared model) plus what the resolver and discovery need beyond it.
 * Extends the model compatibly: consumers of TerraformModule see no change.
 */
export interface TerraformModuleInstance extends TerraformModule {
  /** The module whose `module` block created this instance (its moduleInputs are expressions there). */
  parent?: TerraformModule;
  moduleCalls: ModuleCall[];
  /** The text of every file read for this module, variable definitions files too (provenance quotes source from it). */
  texts: Map<string, string>;
  /** The call's key in `.terraform/modules/modules.json`: the call names from the root, joined by '.' (`db.db_instance`). */
  moduleKey?: string;
  /** The directory configures a provider, a backend or Terraform Cloud: it is deployed as a root module of its own. */
  declaresRoot?: boolean;
}

