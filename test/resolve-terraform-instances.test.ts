import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';

/** Instances and creation (SPEC §1) through the whole pipeline: messages name the failing keys. */
async function findings(dir: string, strict = false) {
  const result = await lint({ paths: [`fixtures/rules/RDS-030/${dir}`], cwd: root, strict, workers: 0 });
  return result.findings.map((f) => `${f.resource.name} ${f.range.start.line}: ${f.message}`);
}

describe('Terraform instances', () => {
  it('reports each definition once, naming the failing for_each keys and count indexes', async () => {
    const got = await findings('bad/tf-instances');
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^aws_db_instance\.by_map 16: iam_database_authentication_enabled is false; .*; failing instances: \["audit"\], \["reports"\]$/);
    expect(got[1]).toMatch(/^aws_db_instance\.by_index 23: .*; failing instances: \[1\], \[2\]$/);
    expect(got[2]).toMatch(/^aws_db_instance\.by_engine 28: iam_database_authentication_enabled is not set; MySQL .*; failing instance: \["mysql"\]$/);
  });

  it('judges nothing that creates nothing (count 0, empty for_each, a module call that creates nothing, a false default)', async () => {
    expect(await findings('good/tf-creates-nothing', true)).toEqual([]);
  });

  it('creates by default when the default says so', async () => {
    expect(await findings('bad/tf-creates-by-default')).toEqual([
      'aws_db_instance.optional 8: iam_database_authentication_enabled is not set; MySQL DB instances should enable IAM database authentication; failing instance: [0]',
    ]);
  });

  it('judges an unresolved for_each as created, once, with each.* unknown (strict)', async () => {
    expect(await findings('strict/tf-instances-unknown')).toEqual([]);
    const strict = await findings('strict/tf-instances-unknown', true);
    expect(strict).toHaveLength(1);
    expect(strict[0]).toMatch(/^aws_db_instance\.by_var 11: .*each\.value/);
  });
});
