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

describe('Terraform module instances', () => {
  it('judges each instance of a module call with count / for_each, naming the failing module instances', async () => {
    expect(await findings('bad/tf-module-for-each')).toEqual([
      'module.db.aws_db_instance.this 15: iam_database_authentication_enabled is false (module.db sets iam = false, each.value.iam = false); IAM database authentication is disabled on this MySQL DB instance; failing instances: module.db["audit"], module.db["reports"]',
      'module.replicas.aws_db_instance.this 15: iam_database_authentication_enabled is false (module.replicas sets iam = false, count.index = 1); IAM database authentication is disabled on this MySQL DB instance; failing instance: module.replicas[1]',
      'module.fleet.aws_db_instance.member 9: iam_database_authentication_enabled is false (each.value = false, module.fleet sets region = "us", each.key = "us"); IAM database authentication is disabled on this PostgreSQL DB instance; failing instance: module.fleet["us"].aws_db_instance.member["b"]',
    ]);
  });

  it('names the instances of a registry module with the addresses Terraform gives them', async () => {
    const got = await findings('bad/tf-registry-for-each');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^module\.rds\.module\.db_instance\.aws_db_instance\.this 17: .*each\.value\.iam = false\); .*MySQL.*; failing instance: module\.rds\["a"\]\.module\.db_instance\.aws_db_instance\.this\[0\]$/);
    expect(got[1]).toMatch(/; failing instances: module\.pair\[0\]\.module\.db_instance\.aws_db_instance\.this\[0\], module\.pair\[1\]\.module\.db_instance\.aws_db_instance\.this\[0\]$/);
  });

  it('keeps a fan-out of module instances linear: over the bound, the module is judged once without instance values', async () => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { resourcesToJudge } = await import('../src/resolve/index.js');
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i} = { iam = ${i % 2 === 0} }`).join('\n    ');
    const files = (n: number) => [
      { path: 'fan/main.tf', text: `module "db" {\n  for_each = {\n    ${keys(n)}\n  }\n  source = "./db"\n  iam    = each.value.iam\n}\n` },
    ];
    const child = [{ path: 'fan/db/main.tf', text: 'variable "iam" {}\nresource "aws_db_instance" "this" {\n  engine = "mysql"\n  iam_database_authentication_enabled = var.iam\n}\n' }];
    const judged = async (n: number) => {
      const { modules } = await parseTerraformModule('fan', files(n), { readModule: async () => child });
      return modules.flatMap((m) => resourcesToJudge(m)).map((r) => r.name);
    };
    expect(await judged(3)).toEqual(['module.db["k0"].aws_db_instance.this', 'module.db["k1"].aws_db_instance.this', 'module.db["k2"].aws_db_instance.this']);
    expect(await judged(256)).toHaveLength(256);
    expect(await judged(5000)).toEqual(['module.db.aws_db_instance.this']);
  });
});

describe('for_each over a list', () => {
  it('warns at the expression (Terraform rejects it) and judges the elements as keys; a set-typed variable is a set', async () => {
    const result = await lint({ paths: ['fixtures/rules/RDS-030/bad/tf-for-each-list'], cwd: root, strict: false, workers: 0 });
    const warnings = result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.file.split('/').pop()}:${d.range?.start.line}:${d.range?.start.column}`);
    expect(warnings).toEqual(['tf-invalid-for-each warning main.tf:17:14', 'tf-invalid-for-each warning main.tf:23:14', 'tf-invalid-for-each warning main.tf:40:14']);
    expect(result.diagnostics[0]!.message).toBe('for_each is a list: Terraform requires a map or a set of strings (wrap it in toset()); its elements are judged as the instance keys');
    expect(result.findings.map((f) => f.resource.name)).toEqual([
      'aws_db_instance.literal_list',
      'aws_db_instance.typed_list',
      'aws_db_instance.typed_set',
      'aws_db_instance.wrapped',
      'module.db.aws_db_instance.this',
    ]);
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

describe('locals read by many resources', () => {
  /** `n` resources that each read a local built from a local over `n` names (a for expression), and a local per resource built from it. */
  const run = async (n: number) => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { loadTerraformResolution, resourcesToJudge, resolveValue } = await import('../src/resolve/index.js');
    const { getEntry } = await import('../src/model/node.js');
    await loadTerraformResolution();
    const names = Array.from({ length: n }, (_, i) => `"n${i}"`).join(', ');
    const locals = Array.from({ length: n }, (_, i) => `  r${i} = merge(local.dbs, { engine = "mysql" })`).join('\n');
    const resources = Array.from({ length: n }, (_, i) => `resource "aws_db_instance" "d${i}" {\n  engine = local.r${i}.engine\n  iam_database_authentication_enabled = local.dbs["n${i}"].iam\n}`).join('\n');
    const text = `locals {\n  names = [${names}]\n  dbs = { for k in local.names : k => { iam = k == "n1" } }\n${locals}\n}\n${resources}\n`;
    const { modules } = await parseTerraformModule('fan', [{ path: 'fan/main.tf', text }]);
    return workOf(() =>
      resourcesToJudge(modules[0]!).map((r) => ['engine', 'iam_database_authentication_enabled'].map((k) => resolveValue(r, getEntry(r.properties, k)!.value).map((p) => (p.kind === 'value' ? p.value : p.kind)).join('|')).join(' ')),
    );
  };

  it('evaluates each local once per module instance: twice the resources, about twice the work', async () => {
    const small = await run(200);
    const large = await run(400);
    expect(large.value).toHaveLength(400);
    expect(large.value.slice(0, 3)).toEqual(['mysql false', 'mysql true', 'mysql false']);
    // Each resource re-evaluated the locals it reads (a for expression over all names) before: 4x the work for 2x the resources.
    expect(large.work.resolveSteps).toBeLessThanOrEqual(2.2 * small.work.resolveSteps);
    expect(large.work.collectionItems).toBeLessThanOrEqual(2.2 * small.work.collectionItems);
  });

  it('reads a large object in a local once, however many resources pass it to a function', async () => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { loadTerraformResolution, resourcesToJudge, resolveValue } = await import('../src/resolve/index.js');
    const { getEntry } = await import('../src/model/node.js');
    await loadTerraformResolution();
    const run = async (n: number) => {
      const base = Array.from({ length: n }, (_, i) => `k${i} = "v${i}"`).join(', ');
      const resources = Array.from({ length: n }, (_, i) => `resource "aws_db_instance" "d${i}" {\n  engine = "mysql"\n  iam_database_authentication_enabled = length(local.base) > ${i}\n}`).join('\n');
      const { modules } = await parseTerraformModule('obj', [{ path: 'obj/main.tf', text: `locals {\n  base = { ${base} }\n}\n${resources}\n` }]);
      return workOf(() => resourcesToJudge(modules[0]!).map((r) => resolveValue(r, getEntry(r.properties, 'iam_database_authentication_enabled')!.value).map((p) => (p.kind === 'value' ? p.value : p.kind)).join('|')));
    };
    const small = await run(200);
    const large = await run(400);
    expect(new Set(large.value)).toEqual(new Set(['true']));
    // Each resource read the object's elements again before: 4x the work for 2x the resources.
    expect(large.work.resolveSteps).toBeLessThanOrEqual(2.2 * small.work.resolveSteps);
    expect(large.work.collectionItems).toBeLessThanOrEqual(2.2 * small.work.collectionItems);
  });

  it('shares the references of a local that refers to every resource, read by every resource (fan-out: linear work)', async () => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { loadTerraformResolution, referencedResources, resourcesToJudge, resolveValue } = await import('../src/resolve/index.js');
    const { getEntry } = await import('../src/model/node.js');
    await loadTerraformResolution();
    // bench/probe.mjs's "Terraform locals fanned out over N databases": 8k resources took 6.4 s (4k: 1.7 s).
    const run = async (n: number) => {
      const ids = Array.from({ length: n }, (_, i) => `aws_db_instance.d${i}.id`).join(', ');
      const resources = Array.from({ length: n }, (_, i) => `resource "aws_db_instance" "d${i}" {\n  engine = local.engine\n}`).join('\n');
      const text = `locals {\n  all_ids = [${ids}]\n  engine  = length(local.all_ids) > 0 ? "mysql" : "postgres"\n}\n${resources}\n`;
      const { modules } = await parseTerraformModule('fan', [{ path: 'fan/main.tf', text }]);
      const resources_ = resourcesToJudge(modules[0]!);
      const engine = (r: (typeof resources_)[number]) => getEntry(r.properties, 'engine')!.value;
      return workOf(() => ({
        engines: [...new Set(resources_.map((r) => resolveValue(r, engine(r)).map((p) => (p.kind === 'value' ? p.value : p.kind)).join('|')))],
        // Each resource's engine refers to every resource (through local.all_ids): n of them, in order.
        refsOfLast: referencedResources(resources_.at(-1)!, engine(resources_.at(-1)!)).map((r) => r.name),
      }));
    };
    const small = await run(300);
    const large = await run(600);
    expect(large.value.engines).toEqual(['mysql']);
    expect(large.value.refsOfLast).toHaveLength(600);
    expect(large.value.refsOfLast.slice(0, 2)).toEqual(['aws_db_instance.d0', 'aws_db_instance.d1']);
    // Every reading copied the local's n references before: 4x the references handled for 2x the resources.
    expect(large.work.collectionItems).toBeLessThanOrEqual(2.2 * small.work.collectionItems);
  });

  it('a local of a module with for_each has the value of each module instance', async () => {
    const { parseTerraformModule } = await import('../src/parsers/terraform/index.js');
    const { loadTerraformResolution, resourcesToJudge, resolveValue } = await import('../src/resolve/index.js');
    const { getEntry } = await import('../src/model/node.js');
    await loadTerraformResolution();
    const files = [{ path: 'inst/main.tf', text: 'module "db" {\n  for_each = { a = true, b = false, c = true }\n  source = "./db"\n  iam    = each.value\n}\n' }];
    const child = [{ path: 'inst/db/main.tf', text: 'variable "iam" {}\nlocals {\n  iam = var.iam\n  on  = local.iam == true\n}\nresource "aws_db_instance" "this" {\n  engine = "mysql"\n  iam_database_authentication_enabled = local.on\n}\nresource "aws_db_instance" "other" {\n  engine = "mysql"\n  iam_database_authentication_enabled = local.on\n}\n' }];
    const { modules } = await parseTerraformModule('inst', files, { readModule: async () => child });
    const got = modules.flatMap((m) => resourcesToJudge(m)).map((r) => `${r.name} ${resolveValue(r, getEntry(r.properties, 'iam_database_authentication_enabled')!.value).map((p) => (p.kind === 'value' ? p.value : p.kind)).join('|')}`);
    expect(got).toEqual([
      'module.db["a"].aws_db_instance.this true',
      'module.db["b"].aws_db_instance.this false',
      'module.db["c"].aws_db_instance.this true',
      'module.db["a"].aws_db_instance.other true',
      'module.db["b"].aws_db_instance.other false',
      'module.db["c"].aws_db_instance.other true',
    ]);
  });
});
