import type { MapNode } from '../../../model/node.js';
import type { Resource } from '../../../model/resource.js';
import type { Setting } from '../../../model/setting.js';

/**
 * The provider-neutral view of an Amazon RDS database (a DB instance or a DB
 * cluster), mapped from any format by src/adapters/aws/rds/. Rules read this
 * and never name a format: every format-specific word (key names, what holds
 * the resources) travels inside the values and their descriptions.
 */
export type RdsKind = 'instance' | 'cluster';

export interface RdsDatabase {
  kind: RdsKind;
  /** The definition the database comes from (findings name it). */
  resource: Resource;
  /** The branch of a conditional resource body (CloudFormation `Properties: !If`) this view is; absent for a plain body. */
  variant?: string;
  /** A DB instance that belongs to a DB cluster (the cluster manages its settings). */
  clusterMember: boolean;
  /** Every engine the database may run, following read replicas to their source and provider defaults. Never empty. */
  engines: EngineCandidate[];
  /** Whether IAM database authentication is enabled. */
  iamAuthentication: Setting;
  /** Whether deletion protection is enabled. */
  deletionProtection: Setting;
}

export interface EngineCandidate {
  /** Lower-case engine name (`mysql`, `aurora-postgresql`); absent when the engine cannot be known. */
  name?: string;
  /** What was read, in the source format's words, with provenance: `Engine "mysql"`, `engine is not set`. */
  why: string;
  /** The engine is not written on the database itself but derived (a read replica's source, a provider default): `why` says how. */
  derived: boolean;
  /** The engine versions possible with this engine, read where the engine is written. */
  versions: EngineVersion[];
}

export type EngineVersion =
  | { state: 'absent' }
  | { state: 'unknown'; why: string }
  | { state: 'value'; version: string; why: string };

/**
 * What one format contributes: its resource types and key names, the engine
 * its provider assumes, and how a resource body may vary. A new format is one
 * more implementation of this, listed in index.ts. (Terraform plan JSON
 * resources are `terraform` resources with planned values: terraform.ts.)
 */
export interface RdsFormat {
  kinds: Record<string, RdsKind>;
  keys: {
    iamAuthentication: string;
    deletionProtection: string;
    engine: string;
    engineVersion: string;
    clusterId: string;
    replicaSource: string;
    snapshot: string;
  };
  /** The engine used when none is written, per kind (Terraform's aws_rds_cluster: aurora). */
  defaultEngine: Partial<Record<RdsKind, string>>;
  /** What holds the resources, for messages: "template", "module". */
  container: string;
  /**
   * The bodies a resource may have when its body is itself conditional (each
   * with a description of the branch), or undefined when the body is one
   * mapping or cannot be split.
   */
  variants?(resource: Resource): Array<{ properties: MapNode; branch: string }> | undefined;
}
