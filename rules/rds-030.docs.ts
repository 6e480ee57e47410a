/**
 * The documentation of RDS-030 (Markdown). rules/rds-030.md is a copy of this
 * text; test/rules-docs.test.ts checks they are identical. Kept in TypeScript
 * so that the esbuild bundle carries it without a file read at run time.
 */
export const RDS_030_DOCS = `# RDS-030 — RDS database without IAM database authentication

Severity: **medium** (Trend Micro Cloud One Conformity risk level *Medium*) ·
Compliance: APRA, MAS, NIST4, AWS Well-Architected Security pillar ·
Source rule: [Conformity RDS-030 "IAM Database Authentication"](https://www.trendmicro.com/cloudoneconformity/knowledge-base/aws/RDS/iam-database-authentication.html)

## What it does

Flags Amazon RDS databases that do not enable IAM database authentication:

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

## Why is this bad

Without IAM database authentication, applications connect with a long-lived
database password that must be stored, distributed and rotated. With it, they
connect with an authentication token that IAM issues and that expires after
15 minutes: access is granted and revoked centrally with IAM policies, network
traffic is encrypted with SSL/TLS, and no credentials are embedded in code or
configuration. Enabling it does not disable password authentication, so it
can be turned on without breaking existing clients.

## Examples

### CloudFormation (YAML)

Bad:

\`\`\`yaml
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: MySQL
      DBInstanceClass: db.t3.micro
      AllocatedStorage: "20"
      MasterUsername: admin
      ManageMasterUserPassword: true
\`\`\`

Good:

\`\`\`yaml
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: MySQL
      DBInstanceClass: db.t3.micro
      AllocatedStorage: "20"
      MasterUsername: admin
      ManageMasterUserPassword: true
      EnableIAMDatabaseAuthentication: true
\`\`\`

### CloudFormation (JSON)

Bad:

\`\`\`json
{
  "Resources": {
    "Database": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "MySQL",
        "DBInstanceClass": "db.t3.micro",
        "AllocatedStorage": "20",
        "MasterUsername": "admin",
        "ManageMasterUserPassword": true
      }
    }
  }
}
\`\`\`

Good:

\`\`\`json
{
  "Resources": {
    "Database": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "MySQL",
        "DBInstanceClass": "db.t3.micro",
        "AllocatedStorage": "20",
        "MasterUsername": "admin",
        "ManageMasterUserPassword": true,
        "EnableIAMDatabaseAuthentication": true
      }
    }
  }
}
\`\`\`

### Terraform

Bad:

\`\`\`hcl
resource "aws_db_instance" "database" {
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
\`\`\`

Good:

\`\`\`hcl
resource "aws_db_instance" "database" {
  engine                              = "mysql"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}
\`\`\`

More examples, one per case, are the fixtures in
\`fixtures/rules/RDS-030/{good,bad,strict}/\`.

## How to fix

- CloudFormation: set \`EnableIAMDatabaseAuthentication: true\` on the
  \`AWS::RDS::DBInstance\` or \`AWS::RDS::DBCluster\`.
- Terraform: set \`iam_database_authentication_enabled = true\` on the
  \`aws_db_instance\` or \`aws_rds_cluster\`.
- An existing database, with the AWS CLI:

  \`\`\`sh
  aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately
  aws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately
  \`\`\`

Then grant \`rds-db:connect\` to the IAM principals that connect, and create
the database users with the \`AWSAuthenticationPlugin\` (MySQL/MariaDB) or the
\`rds_iam\` role (PostgreSQL).

To accept a database deliberately, suppress the finding with a reason:
\`# iac-lint:ignore RDS-030 reason\` inside the resource (YAML, HCL), or
\`Metadata: {iac-lint: {ignore: [{id: RDS-030, reason: "…"}]}}\` on a
CloudFormation resource (also in JSON). Several ids may be given, comma
separated; the reason is the rest of the line. Only real comments count: a
YAML \`#\` at the start of a line or after whitespace, outside a quoted
string; an HCL \`#\` or \`//\` outside a string or heredoc. The comment must
be inside the resource (between its header and its last line, or on a
comment line indented under it at its end).

## Scope notes

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
