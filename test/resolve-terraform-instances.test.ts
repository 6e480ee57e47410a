import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';
import { workOf } from './work-counts.js';

/** Instances and creation (SPEC §1) through the whole pipeline: messages name the failing keys. */
async function findings(dir: string, strict = false) {
  const result = await lint({ paths: [`fixtures/rules/RDS-030/${dir}`], cwd: root, strict, workers: 0 });
  return result.findings.map((f) => `${f.resource.name} ${f.range.start.line}: ${f.message}`);
}

describe('Terraform instances', () => {
  it('reports each definition once, naming the failing for_each keys and count indexes', async () => {
    const got = await findings('bad/tf-instances');
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^aws_db_instance\.by_map 16: iam_database_authentication_enabled is false \(each\.value\.iam = false\); .*; failing instances: \["audit"\], \["reports"\]$/);
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

describe('bounded work', () => {
  /** A huge count, a for expression of for expressions over the keys, a for_each over the keys: parsed, expanded, one value resolved. */
  const run = async (keys: number) => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { resourcesToJudge, resolveValue } = await import('../src/resolve/index.js');
    const { getEntry } = await import('../src/model/node.js');
    const items = Array.from({ length: keys }, (_, i) => `"k${i}"`).join(', ');
    const text = `
locals {
  keys = [${items}]
  grid = [for a in local.keys : [for b in local.keys : "\${a}-\${b}"]]
}
resource "aws_db_instance" "huge_count" {
  count  = 100000
  engine = "mysql"
}
resource "aws_db_instance" "many_keys" {
  for_each = toset(local.keys)
  engine   = "mysql"
}
resource "aws_db_instance" "grid" {
  engine                              = "mysql"
  iam_database_authentication_enabled = length(local.grid) == ${keys}
}
`;
    const { modules } = await parseTerraformModule('bounds', [{ path: 'bounds/main.tf', text }]);
    return workOf(() => {
      const judged = resourcesToJudge(modules[0]!).map((r) => r.name);
      const grid = modules[0]!.resources[2]!;
      return { judged, grid: resolveValue(grid, getEntry(grid.properties, 'iam_database_authentication_enabled')!.value) };
    });
  };

  it('a huge count, a for expression of for expressions, a for_each over thousands of keys: bounded, judged as created', async () => {
    const small = await run(750);
    const large = await run(3000);
    for (const { value } of [small, large]) {
      expect(value.judged).toEqual(['aws_db_instance.huge_count', 'aws_db_instance.many_keys', 'aws_db_instance.grid']);
      expect(value.grid[0]!.kind).toBe('unknown');
    }
    // Linear in the keys (the grid and the huge count stop at their bounds): 4x the keys, at most 4x the work (4.2x: give or take a constant).
    // Before the linear product and toset() (494cde0), 4x the keys made 7x (product) and 15x (toset) the collection work.
    expect(large.work.resolveSteps).toBeLessThanOrEqual(4.2 * small.work.resolveSteps);
    expect(large.work.collectionItems).toBeLessThanOrEqual(4.2 * small.work.collectionItems);
    expect(large.work.collectionItems).toBeLessThanOrEqual(20 * 3000);
  });
});
