/**
 * Terraform instances and creation (SPEC §1 "Instances and creation").
 *
 * A resource with `count` resolving to numbers has one instance per index
 * (`aws_db_instance.db[0]`, with `count.index`); with `for_each` over
 * resolved maps or sets, one per key (`aws_db_instance.db["a"]`, with
 * `each.key` / `each.value`). A module call with `count` / `for_each` makes
 * one module instance per index or key the same way (`module.db["a"]`): the
 * resources inside are judged once per module instance, their variables
 * taken from the call's arguments evaluated with that instance's `each` /
 * `count`, and their addresses combine the keys as Terraform's do
 * (`module.db["a"].aws_db_instance.this[0]`). Each instance is judged on its
 * own; the engine then reports a definition once, naming the failing keys
 * (engine/instances.ts).
 *
 * A definition that creates nothing — `count` only 0, `for_each` only
 * empty, or inside a module call whose `count` / `for_each` creates nothing
 * — has no instance and is not judged: this module alone decides creation
 * for Terraform (the engine judges what resourcesToJudge gives it). Defaults count as everywhere
 * (`count = var.create ? 1 : 0` with `default = false` creates nothing).
 * When creation cannot be resolved, the definition (or the module instance)
 * is judged as created, once, without instance values (`each.*` /
 * `count.index` stay unknown). A definition with more than MAX_INSTANCES
 * instances (module instances times its own) is judged once, without any.
 *
 * `for_each` over a list (a tuple) is an error in Terraform ("must be a
 * map, or set of strings"): it gets a `tf-invalid-for-each` warning at the
 * expression, and its elements are still judged as keys (conservative: the
 * configuration meant them as instances).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { getEntry, type MapNode } from '../model/node.js';
import type { Resource, Template, TerraformModule } from '../model/resource.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { isList, isObject, object, sortedKeys, toNumberValue, type HclValue } from './builtins/value.js';
import { alternatives, newBudget, toVal } from './terraform-collections.js';
import { Evaluator } from './terraform-eval.js';
import type { CallBindings, Env, Val } from './terraform-values.js';

/** At most this many instances of one definition are judged one by one; more are judged as one, without instance values. */
const MAX_INSTANCES = 256;

interface Instance {
  /** `[0]`, `["a"]`. */
  key: string;
  bindings: Map<string, Val>;
}

/** undefined: judged as created, without instance values; []: creates nothing. */
type Expansion = Instance[] | undefined;

/** One instance of a module: its address with the keys of the calls on the way, and what those calls bind. */
interface ModuleScope {
  /** `module.db["a"].module.inner`; '' for the root module. */
  path: string;
  calls?: CallBindings;
}

/** How an instance is evaluated: its own `each` / `count`, and those of the module calls around it. */
interface InstanceScope {
  bindings?: ReadonlyMap<string, Val>;
  calls?: CallBindings;
}

const scopesOf = new WeakMap<Resource, InstanceScope>();
const definitions = new WeakMap<Resource, Resource>();
const judged = new WeakMap<TerraformModule, Resource[]>();
const moduleScopes = new WeakMap<TerraformModule, ModuleScope[]>();
/** Warnings about `for_each` expressions, by the module they are written in. */
const warnings = new WeakMap<TerraformModule, Map<string, Diagnostic>>();

/** The environment an instance's values are evaluated in (its module, its file, its instance's names). */
export function instanceEnv(resource: Resource): Env {
  const env: Env = { module: resource.template as TerraformModule, file: resource.file };
  const scope = scopesOf.get(resource);
  if (scope?.bindings) env.bindings = scope.bindings;
  if (scope?.calls) env.calls = scope.calls;
  return env;
}

/** The names an instance binds itself (`each`, `count`), without its module instance's. */
export function instanceBindings(resource: Resource): ReadonlyMap<string, Val> | undefined {
  return scopesOf.get(resource)?.bindings;
}

/** The definition an instance was made from (itself for a definition). */
export function definitionOf(resource: Resource): Resource {
  return definitions.get(resource) ?? resource;
}

/** The resources of a module to judge: each definition's instances, none for what creates nothing. */
export function terraformInstances(module: TerraformModule): Resource[] {
  let out = judged.get(module);
  if (out) return out;
  const scopes = scopesOfModule(module);
  out = module.resources.flatMap((resource) => instancesOf(resource, scopes));
  judged.set(module, out);
  return out;
}

/**
 * The input problems the instances of these modules showed (`for_each` over
 * a list), each once, however many module instances evaluated it.
 */
export function instanceDiagnostics(templates: Template[]): Diagnostic[] {
  const modules = templates.filter((t): t is TerraformModule => t.format === 'terraform');
  // A module call's for_each is evaluated for its child module: every module first, then the warnings.
  for (const module of modules) terraformInstances(module);
  const out = new Map<string, Diagnostic>();
  for (const module of modules) for (const [key, d] of warnings.get(module) ?? []) out.set(key, d);
  return [...out.values()];
}

/**
 * A resource that `resource` refers to (a replica's source), in the same
 * module instance: its values are evaluated with the same module calls'
 * `each` / `count` (its own instance keys stay unknown).
 */
export function inInstanceOf(ref: Resource, resource: Resource): Resource {
  const calls = scopesOf.get(resource)?.calls;
  if (!calls || ref.template !== resource.template) return ref;
  return instance(ref, ref.name, { calls });
}

function instancesOf(resource: Resource, scopes: ModuleScope[]): Resource[] {
  const module = resource.template as TerraformModule;
  // The address without the module's: `aws_db_instance.db`.
  const own = module.modulePath ? resource.name.slice(module.modulePath.length + 1) : resource.name;
  const out: Resource[] = [];
  for (const scope of scopes) {
    const env: Env = { module, file: resource.file };
    if (scope.calls) env.calls = scope.calls;
    const expansion = expand(resource.properties, env);
    const base = scope.path ? `${scope.path}.${own}` : own;
    if (expansion && out.length + expansion.length > MAX_INSTANCES) return [resource];
    if (!expansion) out.push(instance(resource, base, { ...(scope.calls ? { calls: scope.calls } : {}) }));
    else for (const i of expansion) out.push(instance(resource, `${base}${i.key}`, { bindings: i.bindings, ...(scope.calls ? { calls: scope.calls } : {}) }));
    if (out.length > MAX_INSTANCES) return [resource];
  }
  return out;
}

function instance(resource: Resource, name: string, scope: InstanceScope): Resource {
  if (name === resource.name && !scope.bindings && !scope.calls) return resource;
  const r: Resource = { ...resource, name };
  scopesOf.set(r, scope);
  definitions.set(r, resource);
  return r;
}

/**
 * The instances of a module: one per combination of the keys of the module
 * calls that lead to it (none when one of them creates nothing), each with
 * what those calls bind.
 */
function scopesOfModule(module: TerraformModule): ModuleScope[] {
  let out = moduleScopes.get(module);
  if (out) return out;
  out = computeScopes(module);
  moduleScopes.set(module, out);
  return out;
}

function computeScopes(module: TerraformModule): ModuleScope[] {
  const parent = (module as Partial<TerraformModuleInstance>).parent;
  if (!parent || !module.modulePath) return [{ path: '' }];
  const name = /module\.([^.[\]]+)$/.exec(module.modulePath)?.[1];
  const call = (parent as Partial<TerraformModuleInstance>).moduleCalls?.find((c) => c.name === name);
  const out: ModuleScope[] = [];
  for (const scope of scopesOfModule(parent)) {
    const path = `${scope.path ? `${scope.path}.` : ''}module.${name}`;
    const env: Env = { module: parent, file: call?.file ?? module.dir };
    if (scope.calls) env.calls = scope.calls;
    const expansion = call ? expand(call.body, env) : undefined;
    if (!expansion) {
      out.push({ path, ...(scope.calls ? { calls: scope.calls } : {}) });
      continue;
    }
    for (const i of expansion) {
      out.push({ path: `${path}${i.key}`, calls: new Map(scope.calls ?? []).set(module, i.bindings) });
      // Too many module instances: the module is judged once, as created, without instance values.
      if (out.length > MAX_INSTANCES) return [{ path: module.modulePath }];
    }
  }
  return out;
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
    if (isList(a.value) && !a.value.set) warnListForEach(env, forEach!);
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

function warnListForEach(env: Env, forEach: NonNullable<ReturnType<typeof getEntry>>): void {
  let byKey = warnings.get(env.module);
  if (!byKey) warnings.set(env.module, (byKey = new Map()));
  const range = forEach.value.range;
  const key = `${env.file}:${range.start.offset}`;
  if (byKey.has(key)) return;
  byKey.set(key, {
    file: env.file,
    severity: 'warning',
    code: 'tf-invalid-for-each',
    message: 'for_each is a list: Terraform requires a map or a set of strings (wrap it in toset()); its elements are judged as the instance keys',
    range,
  });
}
