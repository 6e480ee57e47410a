/**
 * Terraform instances and creation (SPEC §1 "Instances and creation").
 *
 * A resource with `count` resolving to numbers has one instance per index
 * (`aws_db_instance.db[0]`, with `count.index`); with `for_each` over
 * resolved maps or sets, one per key (`aws_db_instance.db["a"]`, with
 * `each.key` / `each.value`). Each instance is judged on its own; the engine
 * then reports a definition once, naming the failing keys
 * (engine/instances.ts).
 *
 * A definition that creates nothing — `count` only 0, `for_each` only
 * empty, or inside a module call whose `count` / `for_each` creates nothing
 * — has no instance and is not judged: this module alone decides creation
 * for Terraform (the engine judges what resourcesToJudge gives it). Defaults count as everywhere
 * (`count = var.create ? 1 : 0` with `default = false` creates nothing).
 * When creation cannot be resolved, the definition is judged as created,
 * once, without instance values (`each.*` / `count.index` stay unknown).
 */
import { getEntry, type MapNode } from '../model/node.js';
import type { Resource, TerraformModule } from '../model/resource.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { isList, isObject, object, sortedKeys, toNumberValue, type HclValue } from './builtins/value.js';
import { alternatives, newBudget, toVal } from './terraform-collections.js';
import { Evaluator } from './terraform-eval.js';
import type { Env, Val } from './terraform-values.js';

/** At most this many instances of one definition are judged one by one; more are judged as one, without instance values. */
const MAX_INSTANCES = 256;

interface Instance {
  /** `[0]`, `["a"]`. */
  key: string;
  bindings: Map<string, Val>;
}

/** undefined: judged as created, without instance values; []: creates nothing. */
type Expansion = Instance[] | undefined;

const bindingsOf = new WeakMap<Resource, ReadonlyMap<string, Val>>();
const definitions = new WeakMap<Resource, Resource>();
const judged = new WeakMap<TerraformModule, Resource[]>();

/** The names an instance binds (`each`, `count`), for the evaluator. */
export function instanceBindings(resource: Resource): ReadonlyMap<string, Val> | undefined {
  return bindingsOf.get(resource);
}

/** The definition an instance was made from (itself for a definition). */
export function definitionOf(resource: Resource): Resource {
  return definitions.get(resource) ?? resource;
}

/** The resources of a module to judge: each definition's instances, none for what creates nothing. */
export function terraformInstances(module: TerraformModule): Resource[] {
  let out = judged.get(module);
  if (out) return out;
  out = createsAnything(module) ? module.resources.flatMap(instancesOf) : [];
  judged.set(module, out);
  return out;
}

function instancesOf(resource: Resource): Resource[] {
  const expansion = expand(resource.properties, { module: resource.template as TerraformModule, file: resource.file });
  if (!expansion) return [resource];
  return expansion.map((instance) => {
    const r: Resource = { ...resource, name: `${resource.name}${instance.key}` };
    bindingsOf.set(r, instance.bindings);
    definitions.set(r, resource);
    return r;
  });
}

/** Whether the module calls that lead to `module` may create it (their own count / for_each). */
function createsAnything(module: TerraformModule): boolean {
  const instance = module as Partial<TerraformModuleInstance>;
  const parent = instance.parent;
  if (!parent || !module.modulePath) return true;
  if (!createsAnything(parent)) return false;
  const name = /module\.([^.[\]]+)$/.exec(module.modulePath)?.[1];
  const call = (parent as Partial<TerraformModuleInstance>).moduleCalls?.find((c) => c.name === name);
  if (!call) return true;
  const expansion = expand(call.body, { module: parent, file: call.file });
  return expansion === undefined || expansion.length > 0;
}

/** The instances a block's `count` or `for_each` makes, evaluated in `env`. */
function expand(body: MapNode, env: Env): Expansion {
  const count = getEntry(body, 'count');
  const forEach = getEntry(body, 'for_each');
  if (!count && !forEach) return undefined;
  const ev = new Evaluator();
  const range = (count ?? forEach)!.value.range;
  const alts = alternatives(ev.node((count ?? forEach)!.value, env, 0), ev, 0, newBudget());
  if (alts.some((a) => a.error !== undefined)) return undefined;
  if (count) {
    let max = 0;
    for (const a of alts) {
      // Terraform converts a string count to a number (`"0"`, `"1.0"`); anything else is not resolved.
      const n = toNumberValue(a.value, 'count');
      if (!n.ok || !Number.isInteger(n.value) || n.value < 0) return undefined;
      max = Math.max(max, n.value);
    }
    if (max > MAX_INSTANCES) return undefined;
    return Array.from({ length: max }, (_, i) => ({ key: `[${i}]`, bindings: new Map([['count', toVal(object([['index', i]]), [], env, range)]]) }));
  }
  const out: Instance[] = [];
  for (const a of alts) {
    const pairs = eachPairs(a.value);
    if (!pairs) return undefined;
    for (const [key, value] of pairs) {
      if (out.length >= MAX_INSTANCES) return undefined;
      const each = toVal(object([['key', key], ['value', value]]), a.provenance, env, range);
      out.push({ key: `[${JSON.stringify(key)}]`, bindings: new Map([['each', each]]) });
    }
  }
  return out;
}

/** for_each's keys and values: a map's entries, a set's (or list's) strings; undefined when not resolved. */
function eachPairs(v: HclValue): Array<[string, HclValue]> | undefined {
  if (isObject(v)) {
    const keys = sortedKeys(v);
    return keys.some((k) => v.entries.get(k) === undefined) ? undefined : keys.map((k) => [k, v.entries.get(k)!]);
  }
  if (isList(v)) {
    if (!v.items.every((x) => typeof x === 'string' || typeof x === 'number')) return undefined;
    const keys = [...new Set(v.items.map(String))];
    return keys.map((k) => [k, k]);
  }
  return undefined;
}
