import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { mergeInstanceFindings, splitInstanceAddress } from '../src/engine/instances.js';

function finding(name: string, message = 'm', line = 1): Finding {
  const at = { line, column: 1, offset: 0 };
  return { ruleId: 'RDS-030', messageId: 'false', severity: 'medium', message, file: 'main.tf', range: { start: at, end: at }, resource: { name, type: 'aws_db_instance', format: 'terraform' } };
}

describe('Terraform instance addresses', () => {
  it('splits an address into its definition and instance keys', () => {
    expect(splitInstanceAddress('aws_db_instance.db')).toEqual({ definition: 'aws_db_instance.db', keys: [] });
    expect(splitInstanceAddress('aws_db_instance.db["a"]')).toEqual({ definition: 'aws_db_instance.db', keys: ['["a"]'] });
    expect(splitInstanceAddress('module.m[0].aws_db_instance.db["x]\\"y"]')).toEqual({ definition: 'module.m.aws_db_instance.db', keys: ['[0]', '["x]\\"y"]'] });
  });

  it('reports a definition once, naming the failing instances, and keeps other findings', () => {
    const merged = mergeInstanceFindings([finding('aws_db_instance.db["a"]', 'is false', 3), finding('aws_db_instance.other'), finding('aws_db_instance.db["b"]', 'is not set', 5), finding('module.m[1].aws_db_instance.x[0]'), finding('module.m[2].aws_db_instance.x[0]')]);
    expect(merged.map((f) => [f.resource.name, f.message, f.range.start.line])).toEqual([
      ['aws_db_instance.db', 'is false; failing instances: ["a"], ["b"]', 3],
      ['aws_db_instance.other', 'm', 1],
      ['module.m.aws_db_instance.x', 'm; failing instances: module.m[1].aws_db_instance.x[0], module.m[2].aws_db_instance.x[0]', 1],
    ]);
  });

  it('names an instance of a module instance by its whole address, shortening each key, not the address', () => {
    const long = 'k'.repeat(80);
    const [one] = mergeInstanceFindings([finding(`module.rds_aurora["mysql-destination"].aws_rds_cluster.this[0]`), finding(`module.rds_aurora["${long}"].aws_rds_cluster.this[0]`)]);
    expect(one!.resource.name).toBe('module.rds_aurora.aws_rds_cluster.this');
    expect(one!.message).toBe(`m; failing instances: module.rds_aurora["mysql-destination"].aws_rds_cluster.this[0], module.rds_aurora["${'k'.repeat(54)}...].aws_rds_cluster.this[0]`);
  });

  it('bounds the message: at most ten keys, each shortened', () => {
    const many = Array.from({ length: 25 }, (_, i) => finding(`aws_db_instance.db["${String(i).padStart(80, 'k')}"]`));
    const [one] = mergeInstanceFindings(many);
    expect(one!.message.length).toBeLessThan(800);
    expect(one!.message).toMatch(/and 15 more$/);
  });
});
