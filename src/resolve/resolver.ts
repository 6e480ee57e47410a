import type { Node } from '../model/node.js';
import type { Resource } from '../model/resource.js';
import type { Resolution } from '../model/value.js';

/**
 * Resolves values of a resource in the context of its template/module
 * (SPEC §1 "Resolving values"). One implementation per format.
 */
export interface Resolver {
  /** The possible values of `node`; `undefined` (property not set) resolves to [{kind:'absent'}]. */
  resolve(resource: Resource, node: Node | undefined): Resolution;
  /**
   * The resources of the same template/module that `node` may refer to
   * (CloudFormation `!Ref Db`, `!GetAtt Db.Arn`; Terraform
   * `aws_db_instance.primary.identifier` / `.id` / `.arn`), possibly through
   * parameters/variables/locals/conditionals. Empty when none is known.
   */
  referencedResources(resource: Resource, node: Node | undefined): Resource[];
}
