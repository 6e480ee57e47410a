/**
 * Catalog description of `terraform-aws-modules/rds-aurora/aws`, written for
 * iac-lint from the module's documented inputs (variables.tf and main.tf of
 * each major version); not the module's code.
 *
 * Facts per major version: the module creates `aws_rds_cluster.this` when its
 * create switch is true — `create_cluster` up to 7.x (with `putin_khuylo`,
 * default true, from 6.x), `create` from 8.x; `engine` defaults to null (the
 * provider's default, aurora), and is passed with engine_version,
 * engine_mode, replication_source_identifier, global_cluster_identifier and
 * snapshot_identifier; `iam_database_authentication_enabled` defaults to
 * false in 5.x and to null (not set) from 6.x.
 */
import type { ModuleDescription } from './types.js';

const variable = (name: string, value: string): string => `variable "${name}" {\n  default = ${value}\n}\n`;

function main(major: number): string {
  const switchName = major >= 8 ? 'create' : 'create_cluster';
  const create = major >= 6 ? `var.${switchName} && var.putin_khuylo` : `var.${switchName}`;
  return [
    variable(switchName, 'true'),
    major >= 6 ? variable('putin_khuylo', 'true') : '',
    variable('name', '""'),
    variable('engine', 'null'),
    variable('engine_version', 'null'),
    variable('engine_mode', major >= 7 ? '"provisioned"' : 'null'),
    variable('replication_source_identifier', 'null'),
    variable('global_cluster_identifier', 'null'),
    variable('snapshot_identifier', 'null'),
    variable('iam_database_authentication_enabled', major >= 6 ? 'null' : 'false'),
    `resource "aws_rds_cluster" "this" {
  count = ${create} ? 1 : 0

  cluster_identifier                  = var.name
  engine                              = var.engine
  engine_version                      = var.engine_version
  engine_mode                         = var.engine_mode
  replication_source_identifier       = var.replication_source_identifier
  global_cluster_identifier           = var.global_cluster_identifier
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`,
  ].join('\n');
}

export const terraformAwsRdsAurora: ModuleDescription = {
  source: 'terraform-aws-modules/rds-aurora/aws',
  majors: [5, 6, 7, 8, 9, 10],
  files: (major) => ({ '': { 'main.tf': main(major) } }),
};
