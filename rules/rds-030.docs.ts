/**
 * The hand-written parts of RDS-030's documentation (Markdown, escaped for a
 * template literal): more of "What it does" and what to do after the fix.
 * rules/rds-030.md is generated from these, the rest of the metadata and the
 * fixtures by scripts/rule-docs.mjs.
 */
export const RDS_030_DETAILS = `The resources and settings it reads:

| format | resource type | setting |
|---|---|---|
| CloudFormation | \`AWS::RDS::DBInstance\` | \`EnableIAMDatabaseAuthentication\` |
| CloudFormation | \`AWS::RDS::DBCluster\` | \`EnableIAMDatabaseAuthentication\` |
| Terraform | \`aws_db_instance\` | \`iam_database_authentication_enabled\` |
| Terraform | \`aws_rds_cluster\` | \`iam_database_authentication_enabled\` |

for the engines that support it:

- DB instances: \`mysql\`, \`postgres\`, and \`mariadb\` when the engine version
  is absent or 10.11 or later (AWS offers IAM authentication for MariaDB 10.11,
  11.4 and 11.8, not for 10.4–10.6);
- DB clusters: \`aurora-mysql\`, \`aurora-postgresql\`, \`aurora\` (legacy), and
  \`mysql\`, \`postgres\` (Multi-AZ DB clusters). A Terraform \`aws_rds_cluster\`
  without \`engine\` is \`aurora\`, the provider default.

Engine names are compared case-insensitively (\`MySQL\` is \`mysql\`). A read
replica without an engine takes the engine of its source when the source is
an instance of the same template or module; the replica must still enable IAM
authentication itself.

Values are resolved statically: CloudFormation parameters (\`Default\`, else
\`AllowedValues\`), \`Fn::If\` (both branches; \`AWS::NoValue\` means "not set"),
\`Fn::FindInMap\`; Terraform \`terraform.tfvars\` / \`*.auto.tfvars\`, variable
defaults, locals and conditional expressions. \`"true"\` / \`"false"\` strings
count as booleans. A \`Properties\` that is one \`Fn::If\` is checked branch by
branch, and reported once. The verdict:

- the setting is \`true\` in every case: compliant;
- the setting is absent, \`null\`, or \`false\` in any case: **finding**;
- the setting cannot be resolved (a parameter without default, a resource
  attribute, a function call): no finding, unless \`--strict\`;
- the engine cannot be resolved (e.g. a restore from a snapshot without
  \`Engine\`): no finding, unless \`--strict\`;
- some possible engines support IAM authentication and others do not: finding,
  and the message says so.

A resource-level \`Condition\`, \`count\` or \`for_each\` does not change the
verdict: a definition that can create a non-compliant database is reported
once, at the definition. The finding points at the setting when it is
present, otherwise at the resource header, and the message says why, e.g.
\`EnableIAMDatabaseAuthentication is false (parameter IamAuth defaults to "false")\`.

### Scope notes

- \`aws_rds_cluster_instance\`, and DB instances that belong to a cluster
  (\`DBClusterIdentifier\` / \`cluster_identifier\` set) or run an \`aurora*\`
  engine, are never flagged: the setting is managed by the cluster and AWS
  rejects it on the instance.
- Oracle (\`oracle-*\`), SQL Server (\`sqlserver-*\`), Db2 (\`db2-*\`), RDS
  Custom (\`custom-*\`) and any other engine do not support IAM database
  authentication, so they are not applicable. Neither are MariaDB 10.4–10.6.
- Data sources and other services are not checked.
- The engine mode is not considered: an Aurora Serverless v1 cluster
  (\`EngineMode: serverless\`) is checked like any other Aurora cluster, as
  SPEC §1 lists engines only; Serverless v1 reached end of life in March 2025
  and its clusters become Serverless v2 or provisioned clusters, which
  support IAM database authentication.
- A read replica of a database outside the template or module, and a restore
  from a snapshot without an engine, have an unknown engine: reported only
  with \`--strict\`.
- Values that cannot be resolved statically are neither true nor false: they
  are reported only with \`--strict\`, whose message says what could not be
  resolved.
`;

export const RDS_030_FIX_NOTES = `Then grant \`rds-db:connect\` to the IAM principals that connect, and create
the database users with the \`AWSAuthenticationPlugin\` (MySQL/MariaDB) or the
\`rds_iam\` role (PostgreSQL).
`;
