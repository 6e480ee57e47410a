/**
 * Catalog descriptions of `cloudposse/rds/aws` and `cloudposse/rds-cluster/aws`,
 * written for iac-lint from the modules' documented inputs (variables.tf,
 * main.tf and context.tf of each major version); not the modules' code.
 *
 * Both modules create nothing when the null-label switch `enabled` is false
 * (`enabled` defaults to null, which takes `context.enabled`, default true).
 * - cloudposse/rds (0.x, 1.x): `aws_db_instance.default`; `engine` defaults to
 *   null, and a read replica (`replicate_source_db` set) gets no engine of
 *   its own; `iam_database_authentication_enabled` defaults to false.
 * - cloudposse/rds-cluster (0.x, 1.x, 2.x): `aws_rds_cluster.primary` when
 *   `cluster_type` is "regional" (the default), else `aws_rds_cluster.secondary`;
 *   `engine` defaults to "aurora", `engine_mode` to "provisioned",
 *   `iam_database_authentication_enabled` to false.
 */
import type { ModuleDescription } from './types.js';

const variable = (name: string, value: string): string => `variable "${name}" {\n  default = ${value}\n}\n`;

const LABEL = `${variable('enabled', 'null')}
${variable('context', '{\n    enabled = true\n  }')}
locals {
  enabled = var.enabled == null ? lookup(var.context, "enabled", true) : var.enabled
}
`;

function rds(): string {
  return `${LABEL}
${variable('engine', 'null')}
${variable('engine_version', 'null')}
${variable('replicate_source_db', 'null')}
${variable('snapshot_identifier', 'null')}
${variable('iam_database_authentication_enabled', 'false')}
locals {
  is_replica = var.replicate_source_db != null && var.replicate_source_db != ""
}

resource "aws_db_instance" "default" {
  count = local.enabled ? 1 : 0

  engine                              = local.is_replica ? null : var.engine
  engine_version                      = local.is_replica ? null : var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
}

function rdsCluster(): string {
  const body = `  engine                              = var.engine
  engine_version                      = var.engine_version
  engine_mode                         = var.engine_mode
  replication_source_identifier       = var.replication_source_identifier
  global_cluster_identifier           = var.global_cluster_identifier
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled`;
  return `${LABEL}
${variable('cluster_type', '"regional"')}
${variable('engine', '"aurora"')}
${variable('engine_version', '""')}
${variable('engine_mode', '"provisioned"')}
${variable('replication_source_identifier', '""')}
${variable('global_cluster_identifier', '""')}
${variable('snapshot_identifier', 'null')}
${variable('iam_database_authentication_enabled', 'false')}
resource "aws_rds_cluster" "primary" {
  count = local.enabled && var.cluster_type == "regional" ? 1 : 0

${body}
}

resource "aws_rds_cluster" "secondary" {
  count = local.enabled && var.cluster_type != "regional" ? 1 : 0

${body}
}
`;
}

export const cloudposseRds: ModuleDescription = {
  source: 'cloudposse/rds/aws',
  majors: [0, 1],
  files: () => ({ '': { 'main.tf': rds() } }),
};

export const cloudposseRdsCluster: ModuleDescription = {
  source: 'cloudposse/rds-cluster/aws',
  majors: [0, 1, 2],
  files: () => ({ '': { 'main.tf': rdsCluster() } }),
};
