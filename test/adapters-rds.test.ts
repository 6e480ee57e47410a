import { describe, expect, it } from 'vitest';
import { rdsDatabases, type RdsDatabase } from '../src/adapters/aws/rds/index.js';
import { fixtureCases, parseCase } from './rules-fixtures.js';

/** The neutral RdsDatabase read from real fixtures, one format after the other: same shape, format words only inside values. */
async function databases(path: string): Promise<Record<string, RdsDatabase[]>> {
  const c = ['bad', 'good', 'strict'].flatMap((cat) => fixtureCases('RDS-030', cat)).find((x) => x.path === path);
  if (!c) throw new Error(`no fixture ${path}`);
  const { templates } = await parseCase(c);
  return Object.fromEntries(templates.flatMap((t) => t.resources).map((r) => [r.name, rdsDatabases(r)]));
}

const B = 'fixtures/rules/RDS-030/bad/';
const S = 'fixtures/rules/RDS-030/strict/';

describe('RDS adapter', () => {
  it('follows a read replica to its source: the engine is derived, the setting is the replica’s own (CloudFormation)', async () => {
    const { Replica, Primary } = await databases(`${B}read-replica-missing.yaml`);
    const [db] = Replica!;
    expect(db!.kind).toBe('instance');
    expect(db!.engines.map((e) => [e.name, e.why, e.derived])).toEqual([['mysql', 'read replica of Primary: Engine "mysql"', true]]);
    expect(db!.iamAuthentication).toMatchObject({ key: 'EnableIAMDatabaseAuthentication', values: [{ source: 'absent' }] });
    expect(db!.iamAuthentication.entry).toBeUndefined();
    const [primary] = Primary!;
    expect(primary!.iamAuthentication.entry?.keyRange.start).toMatchObject({ line: 10, column: 7 });
    expect(primary!.iamAuthentication.values).toMatchObject([{ source: 'explicit', value: true }]);
  });

  it('applies the provider default engine of aws_rds_cluster (Terraform)', async () => {
    const { 'aws_rds_cluster.main': [db] = [] } = await databases(`${B}tf-cluster-default-engine`);
    expect(db!.kind).toBe('cluster');
    expect(db!.engines.map((e) => [e.name, e.derived])).toEqual([['aurora', true]]);
    expect(db!.iamAuthentication.key).toBe('iam_database_authentication_enabled');
  });

  it('says when a value cannot be known: unknown, with the reason', async () => {
    const dbs = await databases(`${S}parameter-without-default.yaml`);
    const values = Object.values(dbs).flatMap((d) => d.flatMap((x) => x.iamAuthentication.values));
    expect(values.some((v) => v.source === 'unknown' && v.reason.length > 0)).toBe(true);
  });

  it('reads a CloudFormation Properties: !If as one database per branch', async () => {
    const dbs = await databases(`${B}properties-if.yaml`);
    const variants = Object.values(dbs).filter((d) => d.length > 1);
    expect(variants.length).toBeGreaterThan(0);
    for (const d of variants) for (const db of d) expect(db.variant).toMatch(/Fn::If/);
  });

  it('maps nothing for other resource types', async () => {
    const dbs = await databases('fixtures/rules/RDS-030/good/other-services.yaml');
    expect(Object.values(dbs).every((d) => d.length === 0)).toBe(true);
  });
});
