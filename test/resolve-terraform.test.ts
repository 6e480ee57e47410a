import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getEntry } from '../src/model/node.js';
import type { Resource, TerraformModule } from '../src/model/resource.js';
import type { Possibility } from '../src/model/value.js';
import { parseTerraformModule, type TerraformFileInput } from '../src/parsers/terraform/index.js';
import { terraformResolver } from '../src/resolve/terraform.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(root, 'fixtures/parser/terraform');

function readDir(dir: string): TerraformFileInput[] | undefined {
  try {
    return readdirSync(dir)
      .filter((n) => /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(n))
      .map((n) => ({ path: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
  } catch {
    return undefined;
  }
}

async function modulesOf(name: string): Promise<TerraformModule[]> {
  const dir = join(FIXTURES, name);
  return (await parseTerraformModule(dir, readDir(dir)!, { readModule: async (d) => readDir(d) })).modules;
}

function find(modules: TerraformModule[], name: string): Resource {
  const r = modules.flatMap((m) => m.resources).find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}`);
  return r;
}

/** A compact, readable form of a resolution: value [provenance] / absent / unknown(reason). */
function show(p: Possibility): string {
  const prov = p.provenance.length ? ` [${p.provenance.join(' | ')}]` : '';
  if (p.kind === 'value') return `${JSON.stringify(p.value)}${prov}`;
  if (p.kind === 'absent') return `absent${prov}`;
  return `unknown: ${p.reason}${prov}`;
}

function resolveProp(resource: Resource, key: string): string[] {
  const entry = getEntry(resource.properties, key);
  if (!entry) throw new Error(`no ${key}`);
  return terraformResolver.resolve(resource, entry.value).map(show);
}

function refsOf(resource: Resource, key: string): string[] {
  return terraformResolver.referencedResources(resource, getEntry(resource.properties, key)?.value).map((r) => r.name);
}

describe('terraformResolver over fixtures/parser/terraform/resolve', async () => {
  const modules = await modulesOf('resolve');
  const probe = find(modules, 'aws_db_instance.probe');

  const table: Array<[string, string[]]> = [
    ['literal_true', ['true']],
    ['string_false', ['"false"']],
    ['from_var', ['false [variable iam defaults to false]']],
    ['from_local', ['false [local.flag = false | variable iam defaults to false]']],
    ['object_attr', ['true [local.db.iam = true]']],
    ['object_index', ['"postgres" [local.db["engine"] = "postgres"]']],
    ['lookup_hit', ['"from-map" [lookup(local.m, "k", "fallback") = "from-map"]']],
    ['lookup_miss', ['"fallback" ["zz" is not a key, lookup() gives the default]']],
    ['cond_unknown', ['true [when var.prod is true]', 'false [when var.prod is false]']],
    ['cond_resolved', ['"no" [var.iam is false (variable iam defaults to false)]']],
    ['cond_local', ['2 [local.is_prod is false (local.is_prod = false, terraform.tfvars sets env = "dev")]']],
    ['not_iam', ['true [variable iam defaults to false]']],
    ['and_or', ['true [variable iam defaults to false]']],
    ['null_value', ['absent']],
    ['null_default', ['absent [variable nothing defaults to null]']],
    ['no_default', ['unknown: variable prod has no default and no value in terraform.tfvars or *.auto.tfvars']],
    ['undeclared', ['unknown: variable ghost is not declared']],
    ['cycle', ['unknown: local.loop_a refers to itself']],
    ['template', ['"db-dev" [local.name = "db-dev" | terraform.tfvars sets env = "dev"]']],
    ['function', ['false [coalesce(var.iam, true) = false | variable iam defaults to false]']],
    ['resource_attr', ['unknown: aws_db_instance.primary.identifier is an attribute of resource aws_db_instance.primary, known only after apply']],
    ['for_expr', ['unknown: [for s in var.list : upper(s)]: variable list is not declared']],
    ['each_value', ['unknown: each.value: each.key / each.value are known only per instance']],
    ['data_ref', ['unknown: data.aws_db_instance.x.engine is read from a data source']],
  ];
  it.each(table)('%s', (key, expected) => {
    expect(resolveProp(probe, key)).toEqual(expected);
  });

  it('an absent property resolves to absent', () => {
    expect(terraformResolver.resolve(probe, undefined)).toEqual([{ kind: 'absent', provenance: [] }]);
  });

  it('finds referenced resources through attributes, indexes, splats, locals and conditionals', () => {
    expect(refsOf(probe, 'resource_attr')).toEqual(['aws_db_instance.primary']);
    expect(refsOf(probe, 'indexed_ref')).toEqual(['aws_db_instance.primary']);
    expect(refsOf(probe, 'splat')).toEqual(['aws_db_instance.secondary']);
    expect(refsOf(probe, 'ref_via_local')).toEqual(['aws_db_instance.primary']);
    expect(refsOf(probe, 'ref_via_cond')).toEqual(['aws_db_instance.primary', 'aws_db_instance.secondary']);
    expect(refsOf(probe, 'from_var')).toEqual([]);
    expect(refsOf(probe, 'data_ref')).toEqual([]);
  });

  it('resolves a value in the resource that declares it (primary: var.iam default)', () => {
    expect(resolveProp(find(modules, 'aws_db_instance.primary'), 'iam_database_authentication_enabled')).toEqual([
      'false [variable iam defaults to false]',
    ]);
  });
});

describe('terraformResolver through module calls', async () => {
  const modules = await modulesOf('modules/root');

  it('var.* in a child instance comes from the call, resolved in the parent (with its tfvars)', () => {
    const child = find(modules, 'module.db.aws_db_instance.this');
    expect(resolveProp(child, 'engine')).toEqual(['"postgres" [module.db sets engine = "postgres"]']);
    expect(resolveProp(child, 'iam_database_authentication_enabled')).toEqual([
      'true [module.db sets iam = true | terraform.tfvars sets root_iam = true]',
    ]);
  });

  it('nested calls chain through every level; the child directory tfvars are not read', () => {
    const inner = find(modules, 'module.db.module.inner.aws_rds_cluster.c');
    expect(resolveProp(inner, 'iam_database_authentication_enabled')).toEqual([
      'false [module.db.module.inner sets flag = false | module.db sets iam = true | terraform.tfvars sets root_iam = true]',
    ]);
  });
});

describe('terraformResolver over .tf.json', async () => {
  const modules = await modulesOf('json');
  it('reads "${…}" strings of JSON syntax as expressions', () => {
    expect(resolveProp(find(modules, 'aws_db_instance.db'), 'iam_database_authentication_enabled')).toEqual([
      'false [local.db.iam = false | variable iam defaults to false]',
    ]);
  });
});

describe('terraformResolver: every possibility names the range it came from', async () => {
  const modules = await modulesOf('resolve');
  const probe = find(modules, 'aws_db_instance.probe');
  const where = (key: string): string[] =>
    terraformResolver.resolve(probe, getEntry(probe.properties, key)!.value).map((p) => `${show(p)} @${p.node!.range.start.line}:${p.node!.range.start.column}-${p.node!.range.end.column}`);

  it('both sides of a conditional, each at its own literal', () => {
    expect(where('cond_unknown')).toEqual(['true [when var.prod is true] @50:31-35', 'false [when var.prod is false] @50:38-43']);
  });

  it('a variable default, a local object member, a lookup hit: at the value in the variable, the local, the map', () => {
    expect(where('from_var')).toEqual(['false [variable iam defaults to false] @2:13-18']);
    expect(where('object_attr')).toEqual(['true [local.db.iam = true] @16:14-18']);
    expect(where('lookup_hit')).toEqual(['"from-map" [lookup(local.m, "k", "fallback") = "from-map"] @19:20-30']);
  });
});
