import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../src/engine/runner.js';
import { findRule } from '../rules/index.js';
import { mariadbVersionApplies, rds030 } from '../rules/rds-030.js';
import { fixtureCases, parseCase, root } from './rules-fixtures.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { rdsDatabases } from '../src/adapters/aws/rds/index.js';
import { enablement } from '../src/model/setting.js';

/** Messages of RDS-030: why, with provenance (SPEC §1 "Where a finding points"). */
async function messages(path: string, strict = false): Promise<Record<string, string>> {
  const c = ['bad', 'strict', 'good'].flatMap((cat) => fixtureCases('RDS-030', cat)).find((x) => x.path === path);
  if (!c) throw new Error(`no fixture ${path}`);
  const parsed = await parseCase(c);
  const { findings } = runRules(parsed.templates, [rds030], { strict });
  return Object.fromEntries(findings.map((f) => [f.resource.name, f.message]));
}

const B = 'fixtures/rules/RDS-030/bad/';
const S = 'fixtures/rules/RDS-030/strict/';

describe('RDS-030 messages', () => {
  it.each([
    [`${B}remediation-mysql-missing.yaml`, 'Database', 'EnableIAMDatabaseAuthentication is not set; MySQL DB instances should enable IAM database authentication'],
    [`${B}remediation-mysql-missing.json`, 'Database', 'EnableIAMDatabaseAuthentication is not set; MySQL DB instances should enable IAM database authentication'],
    [`${B}tf-remediation-mysql-missing`, 'aws_db_instance.database', 'iam_database_authentication_enabled is not set; MySQL DB instances should enable IAM database authentication'],
    [`${B}postgres-false.yaml`, 'Db', 'EnableIAMDatabaseAuthentication is false; IAM database authentication is disabled on this PostgreSQL DB instance'],
    [`${B}clusters-missing.yaml`, 'Legacy', 'EnableIAMDatabaseAuthentication is not set; Aurora MySQL (legacy aurora) DB clusters should enable IAM database authentication'],
    [`${B}multi-az-clusters.yaml`, 'MultiAzMySql', 'EnableIAMDatabaseAuthentication is not set; MySQL DB clusters should enable IAM database authentication'],
    [`${B}read-replica-missing.yaml`, 'Replica', 'EnableIAMDatabaseAuthentication is not set; MySQL DB instances should enable IAM database authentication (read replica of Primary: Engine "mysql")'],
  ])('%s %s', async (path, resource, message) => {
    expect((await messages(path))[resource]).toBe(message);
  });

  it.each([
    [`${B}parameter-default-false.yaml`, 'Db', /^EnableIAMDatabaseAuthentication is false \(.*parameter IamAuth.*"false".*\); IAM database authentication is disabled on this MySQL DB instance$/],
    [`${B}parameter-allowed-values.json`, 'Db', /^EnableIAMDatabaseAuthentication may be false \(.*IamAuth.*\)/],
    [`${B}if-false-branch.yaml`, 'Db', /^EnableIAMDatabaseAuthentication may be false \(.*IsProd.*\)/],
    [`${B}if-novalue.yaml`, 'Db', /^EnableIAMDatabaseAuthentication may be unset \(.*IsProd.*\)/],
    [`${B}findinmap-false.yaml`, 'Db', /^EnableIAMDatabaseAuthentication may be false \(.*EnvMap.*\)/],
    [`${B}mixed-engines.yaml`, 'Db', /MySQL DB instances should enable IAM database authentication \(reported because some possible engines support IAM database authentication; others do not or are unknown: Engine "oracle-ee"/],
    [`${B}tf-cluster-default-engine`, 'aws_rds_cluster.main', /^iam_database_authentication_enabled is not set; Aurora MySQL \(legacy aurora\) DB clusters should enable IAM database authentication \(engine is not set: the provider default is aurora\)$/],
    [`${B}tf-tfvars-false`, 'aws_db_instance.db', /^iam_database_authentication_enabled is false \(.*terraform\.tfvars.*\)/],
    [`${B}tf-conditional`, 'aws_db_instance.may_be_null', /^iam_database_authentication_enabled may be unset/],
    [`${B}tf-mixed-engines`, 'aws_db_instance.db', /others do not or are unknown: engine "oracle-ee"/],
    [`${B}properties-if.yaml`, 'Db', /^EnableIAMDatabaseAuthentication is not set; MySQL DB instances should enable IAM database authentication \(Properties: Fn::If on condition IsProd \(false branch\)\)$/],
  ])('%s %s', async (path, resource, pattern) => {
    expect((await messages(path))[resource]).toMatch(pattern);
  });

  it.each([
    [`${S}parameter-without-default.yaml`, 'Db', /^EnableIAMDatabaseAuthentication cannot be resolved statically \(.*IamAuth.*\); reported by --strict/],
    [`${S}snapshot-restore.yaml`, 'Db', /^the engine of this DB instance cannot be resolved statically \(Engine is not set \(restored from snapshot/],
    [`${S}replica-of-external.yaml`, 'Replica', /SourceDBInstanceIdentifier does not refer to a DB instance of this template/],
    [`${S}tf-replica-of-external`, 'aws_db_instance.replica', /replicate_source_db does not refer to a DB instance of this module/],
    [`${S}mariadb-version-unknown.json`, 'Db', /Engine "mariadb", EngineVersion cannot be resolved/],
    [`${S}engine-and-setting-unknown.yaml`, 'Db', /^the engine of this DB instance cannot be resolved statically \(.*EngineName.*\) and EnableIAMDatabaseAuthentication cannot be resolved \(.*IamAuth.*\); reported by --strict/],
    [`${S}engine-parameter-without-default.yaml`, 'Db', /\) and EnableIAMDatabaseAuthentication is false; reported by --strict/],
  ])('strict: %s %s', async (path, resource, pattern) => {
    expect((await messages(path, true))[resource]).toMatch(pattern);
    expect(await messages(path, false)).toEqual({});
  });
});

describe('a setting with no possible value', async () => {
  // A resolver returning an empty set must not make a database compliant.
  const file = 'fixtures/rules/RDS-030/bad/postgres-false.yaml';
  const [template] = (await parseCloudFormation(file, readFileSync(join(root, file), 'utf8'))).templates;
  const [db] = rdsDatabases(template!.resources[0]!);
  it('is unknown, not enabled', () => {
    expect(enablement({ ...db!.iamAuthentication, values: [] })).toEqual({ state: 'unknown', reason: 'no possible value' });
    expect(enablement(db!.iamAuthentication).state).toBe('false');
  });
});

describe('RDS-030 MariaDB versions (absent or 10.11 and later)', () => {
  it.each([
    ['10.11', true],
    ['10.11.5', true],
    ['11.4', true],
    ['11.8.1', true],
    ['12', true],
    ['10.6.14', false],
    ['10.4', false],
    ['10.5.25', false],
    ['5.5', false],
    ['10', undefined],
    ['latest', undefined],
    ['', undefined],
  ])('%j → %s', (version, applies) => {
    expect(mariadbVersionApplies(version)).toBe(applies);
  });
});

describe('RDS-030 metadata and docs', () => {
  const { meta } = rds030;
  it('is registered', () => {
    expect(findRule('RDS-030')).toBe(rds030);
  });
  it('carries the source rule metadata', () => {
    expect(meta.severity).toBe('medium');
    const s = Number(meta.securitySeverity);
    expect(s >= 4 && s < 7).toBe(true); // GitHub's "medium" band
    expect(meta.compliance).toEqual(expect.arrayContaining(['APRA', 'MAS', 'NIST4']));
    expect(meta.compliance.join(' ')).toMatch(/Well-Architected.*Security/);
    expect(meta.tags).toEqual(expect.arrayContaining(['security', 'aws', 'rds', 'iam', 'authentication', 'cloudformation', 'terraform']));
    expect(meta.resourceTypes.sort()).toEqual(['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance', 'aws_db_instance', 'aws_rds_cluster']);
    expect(meta.remediation.cli).toContain('aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately');
    expect(meta.remediation.cli).toContain('aws rds modify-db-cluster');
    expect(meta.remediation.cloudformation).toContain('EnableIAMDatabaseAuthentication: true');
    expect(meta.remediation.terraform).toContain('iam_database_authentication_enabled = true');
  });
});
