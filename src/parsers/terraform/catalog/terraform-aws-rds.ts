/**
 * Catalog description of `terraform-aws-modules/rds/aws` (and its
 * `//modules/db_instance`): what it creates from its inputs, as far as the
 * rules need it. Written for iac-lint from the module's documented inputs
 * (variables.tf and main.tf of each major version); not the module's code.
 *
 * Facts per major version:
 * - the root module calls `./modules/db_instance` as `db_instance`, with
 *   `create = create_db_instance` (and `putin_khuylo`, default true, from 4.x),
 *   and passes identifier, engine, engine_version, replicate_source_db,
 *   snapshot_identifier and iam_database_authentication_enabled through;
 * - db_instance creates `aws_db_instance.this` when `create` (default true);
 *   `iam_database_authentication_enabled` defaults to false; `engine` to null
 *   ("" in 3.x); from 4.x a read replica (`replicate_source_db` set) gets no
 *   engine of its own;
 * - 2.x and 3.x create SQL Server in a second resource, `aws_db_instance.this_mssql`;
 *   it is left out here: no rule applies to SQL Server, and the engine decides
 *   which of the two exists.
 */
import type { ModuleDescription } from './types.js';

const variable = (name: string, value: string): string => `variable "${name}" {\n  default = ${value}\n}\n`;

/** The inputs the root module and its db_instance submodule share, with the defaults of that major version. */
function instanceInputs(major: number): string[] {
  return [
    variable('identifier', 'null'),
    variable('engine', major === 3 ? '""' : 'null'),
    variable('engine_version', 'null'),
    variable('replicate_source_db', 'null'),
    variable('snapshot_identifier', 'null'),
    variable('iam_database_authentication_enabled', 'false'),
  ];
}

function root(major: number): string {
  const create = major >= 4 ? 'var.create_db_instance && var.putin_khuylo' : 'var.create_db_instance';
  return [
    variable('create_db_instance', 'true'),
    major >= 4 ? variable('putin_khuylo', 'true') : '',
    ...instanceInputs(major),
    `module "db_instance" {
  source = "./modules/db_instance"

  create                              = ${create}
  identifier                          = var.identifier
  engine                              = var.engine
  engine_version                      = var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`,
  ].join('\n');
}

function dbInstance(major: number): string {
  const inputs = [
    variable('create', 'true'),
    ...instanceInputs(major),
  ].join('\n');
  if (major <= 3) {
    return `${inputs}
resource "aws_db_instance" "this" {
  count = var.create ? 1 : 0

  identifier                          = var.identifier
  engine                              = var.engine
  engine_version                      = var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
  }
  return `${inputs}
locals {
  is_replica = var.replicate_source_db != null
}

resource "aws_db_instance" "this" {
  count = var.create ? 1 : 0

  identifier                          = var.identifier
  engine                              = local.is_replica ? null : var.engine
  engine_version                      = ${major === 4 ? 'local.is_replica ? null : var.engine_version' : 'var.engine_version'}
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
}

export const terraformAwsRds: ModuleDescription = {
  source: 'terraform-aws-modules/rds/aws',
  majors: [2, 3, 4, 5, 6, 7],
  files: (major) => ({ '': { 'main.tf': root(major) }, 'modules/db_instance': { 'main.tf': dbInstance(major) } }),
};
