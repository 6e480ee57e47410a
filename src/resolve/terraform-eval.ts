/**
 * Evaluates Terraform expressions — the HCL AST kept on model Nodes
 * (`Node.expr`) — to possible values with provenance (SPEC §1):
 * - literals are themselves; `null` is absent;
 * - `var.x` → the calling module's argument (child module instances,
 *   evaluated in the parent module), else terraform.tfvars / *.auto.tfvars
 *   of the directory, else the variable's `default`, else unknown;
 * - `local.x` → the local's value, evaluated; attribute and index access into
 *   object and list values (`local.db.iam`, `local.db["iam"]`);
 * - `c ? a : b` → the side the condition selects when it resolves to one
 *   boolean, else the union of both sides;
 * - `==`, `!=`, `!`, `&&`, `||`, unary `-` on resolved values; `<`, `>`,
 *   `<=`, `>=` on numbers (and strings that are numbers); templates
 *   whose parts all resolve are concatenated, `%{ if }` too;
 * - built-in functions from one table (terraform-functions.ts);
 * - names bound in the environment (Env.bindings: `for` variables,
 *   `each`, `count`) before anything else;
 * - anything else (resource attributes, other functions, splats, `for`) →
 *   unknown, with the reason.
 * Every possibility keeps the Node it came from (a literal inside a list or
 * a conditional names its own range). Work per value is bounded.
 */
import { basename } from 'node:path';
import type { Expression, TemplatePart } from '../model/hcl-ast.js';
import { getEntry, type Node, type Scalar, type ScalarNode } from '../model/node.js';
import { quote, shorten } from '../model/quote.js';
import type { Resource, TerraformModule, TerraformVariable } from '../model/resource.js';
import { asBoolean } from '../model/value.js';
import { work } from '../model/work.js';
import { tick } from '../model/time-budget.js';
import { expressionNode, SourceText } from '../parsers/terraform/ast-nodes.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { typeKind } from '../parsers/terraform/variable-type.js';
import { toSet } from './builtins/functions.js';
import { FUNCTIONS } from './terraform-functions.js';
import { isList, list, MAX_ITEMS, object, unknownValue, type HclList, type HclValue } from './builtins/value.js';
import { alternatives, alternativeVal, iterationOf, newBudget, product, toVal } from './terraform-collections.js';
import {
  distinct,
  envIn,
  errorVal,
  isError,
  MAX_STRING,
  same,
  settled,
  show,
  union,
  unknown,
  value,
  withStep,
  type Alternative,
  type CallBindings,
  type Composite,
  type Env,
  type FunctionCall,
  type Val,
} from './terraform-values.js';

/** Bound on nested evaluation (variables → locals → …); also defeats cycles. */
const MAX_DEPTH = 48;
/** Bound on the expressions evaluated for one value: locals that use each other twice grow exponentially. */
const MAX_STEPS = 10_000;

/** Roots of references that have no static value (unless the environment binds them). */
const DYNAMIC_ROOTS: Record<string, string> = {
  count: 'count.index is known only per instance',
  each: 'each.key / each.value are known only per instance',
  self: 'self refers to the resource being created',
  path: 'path.* depends on where Terraform runs',
  terraform: 'terraform.workspace depends on where Terraform runs',
};

type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: Expression };

/** A `for` element whose condition is false: left out. */
const SKIP: HclValue = { kind: 'unknown', reason: 'skipped' };

/** What one evaluation found (a local's values, a composite's alternatives), with what it cost and touched (see Evaluator.once). */
interface Found<T> {
  value: T;
  /** The steps it counted (MAX_STEPS). */
  steps: number;
  /** How much deeper than where it started the evaluation went (MAX_DEPTH). */
  depth: number;
  /** The resources it referred to, in order. */
  refs: Resource[];
  /** The collection budget it used (terraform-collections.ts), for a composite's alternatives. */
  items: number;
}

/**
 * Locals already evaluated, per module instance: by module, by the `each` /
 * `count` of the module calls around it (Env.calls; ROOT for none), by name.
 * A local sees neither `for` variables nor an instance's `each` / `count`
 * (only its module instance's inputs), so within one module instance it has
 * one value, however many resources and values read it: each is evaluated
 * once per module instance, not once per reading (SPEC §7 "Cost is linear in
 * the input": a local read by every resource, or locals built from locals).
 */
const evaluatedLocals = new WeakMap<TerraformModule, WeakMap<CallBindings, Map<string, Found<Val[]>>>>();
const ROOT: CallBindings = new Map();

/**
 * The alternatives of composites already read, by composite: a local's
 * value kept above is the same object for every reading, so a large object
 * or list in a local is read element by element once, not once per
 * resource that passes it to a function or a `for`.
 */
const readComposites = new WeakMap<Composite, Found<Alternative[]>>();

function localsOf(module: TerraformModule, calls: CallBindings | undefined): Map<string, Found<Val[]>> {
  let byCalls = evaluatedLocals.get(module);
  if (!byCalls) evaluatedLocals.set(module, (byCalls = new WeakMap()));
  let out = byCalls.get(calls ?? ROOT);
  if (!out) byCalls.set(calls ?? ROOT, (out = new Map()));
  return out;
}

/** A number per module, the same for every Evaluator (the keys of Evaluator.guarded). */
const moduleIds = new WeakMap<TerraformModule, number>();
let nextModuleId = 0;

function moduleKey(module: TerraformModule): number {
  let id = moduleIds.get(module);
  if (id === undefined) moduleIds.set(module, (id = nextModuleId++));
  return id;
}

/** The resources of a reference trail from `start` on, in order, repeats included. */
function* flatRefs(trail: readonly (Resource | readonly Resource[])[], start: number): Iterable<Resource> {
  for (let i = start; i < trail.length; i++) {
    const r = trail[i]!;
    if (Array.isArray(r)) {
      work.collectionItems += r.length;
      yield* r as readonly Resource[];
    } else {
      work.collectionItems++;
      yield r as Resource;
    }
  }
}

export class Evaluator {
  /** Resources the evaluated values refer to. */
  get refs(): Set<Resource> {
    return new Set(flatRefs(this.refTrail, 0));
  }
  private readonly active = new Set<string>();
  private readonly resourcesByName = new Map<TerraformModule, Map<string, Resource>>();
  private evaluated = 0;
  /** How often a bound (MAX_DEPTH, MAX_STEPS, a cycle) cut an evaluation short: a value found that way depends on where it was evaluated. */
  private bounded = 0;
  /** `bounded` when the outermost named value being evaluated was entered. */
  private boundedAtEntry = 0;
  /** The deepest `depth` an expression was evaluated at (since local() last reset it). */
  private deepest = 0;
  /**
   * Every resource referred to, in order, repeats included: a resource, or
   * the references of a value found before (Found.refs), shared and not
   * copied. Copied, a local that refers to each of 8,000 resources and is
   * read by each of them was 64 M copies (4.5 s; issue 17 item 12).
   */
  private readonly refTrail: (Resource | readonly Resource[])[] = [];

  /** The possible values of a model Node. */
  node(node: Node, env: Env, depth: number): Val[] {
    if (node.kind !== 'scalar') return [{ kind: 'composite', node, env, provenance: [] }];
    if (!node.expr) return [node.value === null ? { kind: 'absent', provenance: [], node } : { kind: 'value', value: node.value, provenance: [], node }];
    return this.expr(node.expr, env, depth).map((v) => (v.kind === 'composite' || v.node ? v : { ...v, node }));
  }

  /** The source text of an expression, shortened for messages. */
  src(e: { range: Expression['range'] }, env: Env): string {
    const text = (env.module as Partial<TerraformModuleInstance>).texts?.get(env.file) ?? env.module.files.get(env.file) ?? '';
    return shorten(text.slice(e.range.start.offset, e.range.end.offset));
  }

  expr(e: Expression, env: Env, depth: number): Val[] {
    work.resolveSteps++;
    tick();
    if (depth > this.deepest) this.deepest = depth;
    if (depth > MAX_DEPTH) {
      this.bounded++;
      return [unknown('the value refers to itself or nests too deeply')];
    }
    if (++this.evaluated > MAX_STEPS) {
      this.bounded++;
      return [unknown('the value is too complex to evaluate')];
    }
    const d = depth + 1;
    switch (e.type) {
      case 'literal':
        return [this.literal(e.value, e)];
      case 'template':
        return this.template(e.parts, env, d, true);
      case 'variable':
      case 'getattr':
      case 'index':
        return this.traversal(e, env, d);
      case 'splat':
        this.expr(e.object, env, d);
        return [unknown(`${this.src(e, env)} is not evaluated (a splat expression)`)];
      case 'splat-item':
        return [unknown('a splat element')];
      case 'call':
        return this.call(e, env, d);
      case 'conditional':
        return this.conditional(e, env, d);
      case 'binary':
        return this.binary(e, env, d);
      case 'unary':
        return this.unary(e, env, d);
      case 'parens':
        return this.expr(e.expression, env, d);
      case 'tuple':
      case 'object': {
        const node = expressionNode(e, this.sourceText(env));
        if (node.kind === 'scalar') {
          for (const item of e.type === 'object' ? e.items.flatMap((i) => [i.key, i.value]) : e.items) this.expr(item, env, d);
          return [unknown(`an object with computed keys (${this.src(e, env)})`)];
        }
        return [{ kind: 'composite', node, env, provenance: [] }];
      }
      case 'for':
        return this.forExpr(e, env, d);
    }
  }

  private sourceText(env: Env): SourceText {
    const text = (env.module as Partial<TerraformModuleInstance>).texts?.get(env.file) ?? env.module.files.get(env.file) ?? '';
    return new SourceText(text, env.file.toLowerCase().endsWith('.json'));
  }

  private literal(v: ScalarNode['value'], e: Expression): Val {
    const node: ScalarNode = { kind: 'scalar', value: v, range: e.range, expr: e };
    return v === null ? { kind: 'absent', provenance: [], node } : { kind: 'value', value: v, provenance: [], node };
  }

  /** A template: a lone `${…}` gives its value as is; otherwise the parts are concatenated as strings. */
  private template(parts: TemplatePart[], env: Env, depth: number, wrap: boolean): Val[] {
    const only = parts[0];
    if (wrap && parts.length === 1 && only?.type === 'interpolation') return this.expr(only.expression, env, depth);
    // A literal string is as long as the source makes it (MAX_STRING bounds what templates build).
    if (parts.every((p) => p.type === 'text')) return [value(parts.map((p) => (p as { value: string }).value).join(''))];
    let acc: Val[] = [value('')];
    for (const part of parts) {
      let vals: Val[];
      let what: string;
      if (part.type === 'text') {
        vals = [value(part.value)];
        what = 'a template';
      } else if (part.type === 'interpolation') {
        vals = this.expr(part.expression, env, depth);
        what = `a template part ${this.src(part.expression, env)}`;
      } else if (part.type === 'if') {
        vals = this.templateIf(part, env, depth);
        what = `a template directive %{ if ${this.src(part.condition, env)} }`;
      } else {
        this.expr(part.collection, env, depth);
        vals = [unknown(`a template directive %{ for … in ${this.src(part.collection, env)} } is not evaluated`)];
        what = 'a template';
      }
      const next: Val[] = [];
      for (const a of acc) {
        for (const b of vals) {
          if (a.kind !== 'value') next.push(a);
          else if (b.kind === 'value') {
            const s = `${String(a.value)}${b.value === null ? '' : String(b.value)}`;
            next.push(s.length > MAX_STRING ? unknown(`a template longer than ${MAX_STRING} characters`) : value(s, union(a.provenance, b.provenance)));
          } else if (b.kind === 'unknown') next.push({ ...b, provenance: union(a.provenance, b.provenance) });
          else next.push(unknown(`${what} that is ${show(b)}`));
        }
      }
      acc = distinct(next);
    }
    return acc;
  }

  private templateIf(part: Extract<TemplatePart, { type: 'if' }>, env: Env, depth: number): Val[] {
    const conds = this.expr(part.condition, env, depth);
    const bools = conds.map((c) => (c.kind === 'value' && c.value !== null ? asBoolean(c.value) : undefined));
    const branch = (b: boolean): Val[] => this.template((b ? part.then : part.else) ?? [], env, depth, false);
    if (bools.every((b) => b === true) || bools.every((b) => b === false)) return branch(bools[0]!);
    return distinct([...branch(true), ...branch(false)]);
  }

  /** Evaluates a named value once per chain; a repeat is a cycle. */
  private guarded(key: string, module: TerraformModule, f: () => Val[]): Val[] {
    const k = `${moduleKey(module)}:${key}`;
    if (this.active.has(k)) {
      this.bounded++;
      return [unknown(`${key} refers to itself`)];
    }
    if (this.active.size === 0) this.boundedAtEntry = this.bounded;
    this.active.add(k);
    try {
      return f();
    } finally {
      this.active.delete(k);
    }
  }

  private resource(module: TerraformModule, address: string): Resource | undefined {
    let byName = this.resourcesByName.get(module);
    if (!byName) {
      byName = new Map(module.resources.map((r) => [r.name, r]));
      this.resourcesByName.set(module, byName);
    }
    return byName.get(address);
  }

  private traversal(e: Expression, env: Env, depth: number): Val[] {
    const steps: Step[] = [];
    let base = e;
    while (base.type === 'getattr' || base.type === 'index') {
      steps.push(base.type === 'getattr' ? { kind: 'attr', name: base.name } : { kind: 'index', key: base.key });
      base = base.object;
    }
    steps.reverse();
    const src = this.src(e, env);
    if (base.type !== 'variable') return this.steps(this.expr(base, env, depth), steps, env, depth, src);
    const bound = env.bindings?.get(base.name);
    if (bound) {
      const vals = this.steps([bound], steps, env, depth, src);
      // An instance's own values are named: `each.value.iam = false`, `count.index = 1`.
      return base.name === 'each' || base.name === 'count' ? withStep((v) => (settled(v) ? `${src} = ${show(v)}` : undefined), vals) : vals;
    }
    const [first, ...rest] = steps;
    const name = first?.kind === 'attr' ? first.name : undefined;
    if ((base.name === 'var' || base.name === 'local') && name) {
      const named = base.name === 'var' ? this.variable(name, env, depth) : this.local(name, env, depth);
      if (rest.length === 0) return named;
      return withStep((v) => (settled(v) ? `${src} = ${show(v)}` : undefined), this.steps(named, rest, env, depth, src));
    }
    const dynamic = DYNAMIC_ROOTS[base.name];
    if (dynamic) return [unknown(`${src}: ${dynamic}`)];
    if (base.name === 'data') return [unknown(`${src} is read from a data source`)];
    if (base.name === 'module') return [unknown(`${src} is an output of a module`)];
    for (const step of steps) if (step.kind === 'index') this.expr(step.key, env, depth);
    if (name) {
      const module = env.module;
      const address = `${module.modulePath ? `${module.modulePath}.` : ''}${base.name}.${name}`;
      const resource = this.resource(module, address);
      if (resource) {
        this.refTrail.push(resource);
        return [unknown(`${src} is an attribute of resource ${address}, known only after apply`)];
      }
    }
    return [unknown(`${src} cannot be resolved statically`)];
  }

  /** Applies attribute/index steps to resolved values. */
  private steps(vals: Val[], steps: Step[], env: Env, depth: number, src: string): Val[] {
    let cur = vals;
    for (const step of steps) {
      const next: Val[] = [];
      for (const v of cur) {
        if (v.kind === 'unknown') {
          next.push(v);
          continue;
        }
        if (v.kind !== 'composite') {
          next.push({ ...errorVal(`${src}: cannot access into ${show(v)}`), provenance: v.provenance });
          continue;
        }
        const keys = step.kind === 'attr' ? [value(step.name)] : this.expr(step.key, env, depth);
        for (const key of keys) next.push(...this.element(v, key, depth, src));
      }
      cur = distinct(next);
    }
    return cur;
  }

  element(v: Composite, key: Val, depth: number, src: string): Val[] {
    if (key.kind !== 'value' || key.value === null) return [{ ...(key.kind === 'unknown' ? unknown(`${src}: the key is ${show(key)}`) : errorVal(`${src}: the key is ${show(key)}`)), provenance: v.provenance }];
    if (v.computed) {
      const c = v.computed;
      const k = key.value;
      const child = c.kind === 'object' ? c.entries.get(String(k)) : typeof k === 'number' || /^\d+$/.test(String(k)) ? c.items[Number(k)] : undefined;
      const has = c.kind === 'object' ? c.entries.has(String(k)) : child !== undefined || (typeof k === 'number' && Number(k) < c.items.length);
      if (!has) return [{ ...errorVal(`${src}: ${show(v)} has no element ${show(key)}`), provenance: [...v.provenance, ...key.provenance] }];
      return [toVal(child ?? null, [...v.provenance, ...key.provenance], v.env, v.node.range)];
    }
    let child: Node | undefined;
    if (v.node.kind === 'map') child = getEntry(v.node, String(key.value))?.value;
    else if (typeof key.value === 'number' || /^\d+$/.test(String(key.value))) child = v.node.items[Number(key.value)];
    if (!child) return [{ ...errorVal(`${src}: ${show(v)} has no element ${show(key)}`), provenance: [...v.provenance, ...key.provenance] }];
    return this.node(child, v.env, depth).map((c) => ({ ...c, provenance: [...v.provenance, ...key.provenance, ...c.provenance] }));
  }

  private variable(name: string, env: Env, depth: number): Val[] {
    const module = env.module;
    return this.guarded(`var.${name}`, module, () => {
      const variable = module.variables.get(name);
      const input = module.moduleInputs?.get(name);
      const parent = (module as Partial<TerraformModuleInstance>).parent;
      if (input && parent) {
        return this.typed(
          variable,
          withStep(
            (v) => (settled(v) ? `${module.modulePath ?? 'the module call'} sets ${name} = ${show(v)}` : undefined),
            // The argument is an expression of the call: `each` / `count` are the call's instance's.
            this.node(input.value, envIn(parent, input.file, env, env.calls?.get(module)), depth),
          ),
          depth,
        );
      }
      const set = module.tfvars.get(name);
      if (set) return this.typed(variable, withStep((v) => (settled(v) ? `${basename(set.file)} sets ${name} = ${show(v)}` : undefined), this.node(set.value, envIn(module, set.file, env), depth)), depth);
      if (!variable) return [unknown(`variable ${name} is not declared`)];
      if (!variable.default) return [unknown(`variable ${name} has no default and no value in terraform.tfvars or *.auto.tfvars`)];
      return this.typed(variable, withStep((v) => (settled(v) ? `variable ${name} defaults to ${show(v)}` : undefined), this.node(variable.default, envIn(module, variable.defaultFile ?? variable.file, env), depth)), depth);
    });
  }

  /**
   * A variable's value converted to its declared type where that matters to
   * the values judged: a list given to a `set(…)` variable is a set (unique
   * elements; valid for for_each), as Terraform converts it.
   */
  private typed(variable: TerraformVariable | undefined, vals: Val[], depth: number): Val[] {
    if (typeKind(variable?.type) !== 'set') return vals;
    const budget = newBudget();
    return vals.flatMap((v): Val[] => {
      if (v.kind !== 'composite' || (v.computed ? v.computed.kind !== 'list' || v.computed.set : v.node.kind !== 'seq')) return [v];
      return alternatives([v], this, depth, budget).map((a) => (a.error === undefined && isList(a.value) ? toVal(toSet(a.value.items), a.provenance, v.env, v.node.range) : alternativeVal(a, v.env, v.node.range)));
    });
  }

  /**
   * What `compute` gives, computed once and kept under `key` in `memo`,
   * then taken as found, as long as computing it again would give the same:
   * its steps fit in what is left of MAX_STEPS, its depth under MAX_DEPTH,
   * its collection items in what is left of `budget`, and no bound has cut
   * short the evaluation of the named values being evaluated (a cycle
   * through them would then be seen differently). What a bound cut short
   * is not kept. Its steps, items and references count as if it were
   * computed, so every result is the one computing it gives.
   */
  private once<K, T>(memo: { get(key: K): Found<T> | undefined; set(key: K, found: Found<T>): unknown }, key: K, depth: number, compute: () => T, budget?: { left: number }): T {
    const found = memo.get(key);
    const clean = this.active.size === 0 || this.bounded === this.boundedAtEntry;
    if (found && clean && this.evaluated + found.steps <= MAX_STEPS && depth + found.depth <= MAX_DEPTH && (budget?.left ?? 0) >= found.items) {
      this.evaluated += found.steps;
      if (budget) budget.left -= found.items;
      if (found.refs.length > 0) {
        work.collectionItems++;
        this.refTrail.push(found.refs);
      }
      return found.value;
    }
    const [bounded, steps, deepest, trail, left] = [this.bounded, this.evaluated, this.deepest, this.refTrail.length, budget?.left ?? 0];
    this.deepest = depth;
    const value = compute();
    if (!found && this.bounded === bounded && (budget?.left ?? 0) >= 0) {
      memo.set(key, { value, steps: this.evaluated - steps, depth: this.deepest - depth, refs: [...new Set(flatRefs(this.refTrail, trail))], items: left - (budget?.left ?? 0) });
    }
    this.deepest = Math.max(deepest, this.deepest);
    return value;
  }

  /** The alternatives of a composite in the source (terraform-collections.ts), read once (readComposites). */
  alternativesOnce(v: Composite, depth: number, budget: { left: number }, read: () => Alternative[]): Alternative[] {
    return this.once(readComposites, v, depth, read, budget);
  }

  /** A local's value, evaluated once per module instance (evaluatedLocals; see once()). */
  private local(name: string, env: Env, depth: number): Val[] {
    const module = env.module;
    return this.guarded(`local.${name}`, module, () => {
      const local = module.locals.get(name);
      if (!local) return [unknown(`local.${name} is not defined`)];
      return this.once(localsOf(module, env.calls), name, depth, () =>
        withStep((v) => (settled(v) ? `local.${name} = ${show(v)}` : undefined), this.node(local.value, envIn(module, local.file, env), depth)),
      );
    });
  }

  private call(e: Extract<Expression, { type: 'call' }>, env: Env, depth: number): Val[] {
    if (e.name === 'try') return this.tryCall(e, env, depth);
    if (e.name === 'can') return this.canCall(e, env, depth);
    const args = e.args.map((a) => this.expr(a, env, depth));
    const fn = FUNCTIONS.get(e.name);
    if (!fn) return [unknown(`function ${e.name}() is not evaluated`)];
    const src = this.src(e, env);
    const budget = newBudget();
    const call: FunctionCall = {
      name: e.name,
      args: e.args,
      expandFinal: e.expandFinal,
      src,
      env,
      range: e.range,
      arg: (i) => args[i] ?? [],
      element: (v, key) => this.element(v, key, depth, src),
      alternatives: (i) => alternatives(args[i] ?? [], this, depth, budget),
    };
    return distinct(fn(call));
  }

  /** try(a, b, …): the possible values of the first argument that does not fail; those of `a` that fail fall through to `b`. */
  private tryCall(e: Extract<Expression, { type: 'call' }>, env: Env, depth: number): Val[] {
    const out: Val[] = [];
    let failed: Val | undefined;
    for (let i = 0; i < e.args.length; i++) {
      const vals = this.expr(e.args[i]!, env, depth);
      const ok = vals.filter((v) => !isError(v));
      const because = failed ? `${this.src(e.args[i - 1]!, env)} fails (${(failed as { reason: string }).reason}), try() gives ${this.src(e.args[i]!, env)}` : undefined;
      out.push(...(because ? withStep(() => because, ok) : ok));
      failed = vals.find(isError);
      if (!failed) return distinct(out);
    }
    if (failed) out.push({ ...errorVal(`${this.src(e, env)}: no argument could be evaluated (${(failed as { reason: string }).reason})`), provenance: [] });
    return distinct(out);
  }

  /** can(x): whether `x` evaluates without an error, per possible value. */
  private canCall(e: Extract<Expression, { type: 'call' }>, env: Env, depth: number): Val[] {
    if (e.args.length !== 1) return [errorVal(`${this.src(e, env)}: can() takes one argument`)];
    return distinct(this.expr(e.args[0]!, env, depth).map((v): Val => (isError(v) ? value(false, [`${this.src(e.args[0]!, env)} fails (${v.reason})`]) : v.kind === 'unknown' ? v : value(true, v.provenance))));
  }

  /** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}` over a resolved collection. */
  private forExpr(e: Extract<Expression, { type: 'for' }>, env: Env, depth: number): Val[] {
    const src = this.src(e, env);
    const budget = newBudget();
    const out: Val[] = [];
    for (const coll of alternatives(this.expr(e.collection, env, depth), this, depth, budget)) {
      if (coll.error !== undefined) {
        out.push({ ...errorVal(coll.error), provenance: coll.provenance });
        continue;
      }
      const elements = iterationOf(coll.value);
      if (!elements) {
        const v = coll.value;
        out.push(typeof v === 'object' && v !== null && v.kind === 'unknown' ? { ...unknown(`${src}: ${v.reason}`), provenance: coll.provenance } : errorVal(`${src}: cannot iterate over ${show(toVal(v, [], env, e.range))}`));
        continue;
      }
      if (elements.length > MAX_ITEMS) {
        out.push(unknown(`${src}: more than ${MAX_ITEMS} elements`));
        continue;
      }
      // Each element gives alternatives of [key, value] (or nothing when the condition is false).
      const parts: Alternative[][] = [];
      for (const [k, v] of elements) {
        const bindings = new Map(env.bindings ?? []);
        if (e.keyVar) bindings.set(e.keyVar.name, toVal(k, [], env, e.range));
        bindings.set(e.valueVar.name, toVal(v, [], env, e.range));
        const inner: Env = { ...env, bindings };
        const conds = e.condition ? alternatives(this.expr(e.condition, inner, depth), this, depth, budget) : [{ value: true, provenance: [] } as Alternative];
        const choices: Alternative[] = [];
        for (const c of conds) {
          if (c.error !== undefined || (typeof c.value === 'object' && c.value !== null)) {
            choices.push({ value: unknownValue(c.error ?? `${src}: the condition is ${typeof c.value === 'object' && c.value?.kind === 'unknown' ? c.value.reason : 'not a boolean'}`), provenance: c.provenance, ...(c.error ? { error: c.error } : {}) });
            continue;
          }
          const b = c.value === null ? undefined : asBoolean(c.value);
          if (b === undefined) {
            choices.push({ value: unknownValue(`${src}: the condition is not a boolean`), provenance: c.provenance, error: `${src}: the condition is not a boolean` });
            continue;
          }
          if (!b) {
            choices.push({ value: SKIP, provenance: c.provenance });
            continue;
          }
          const values = alternatives(this.expr(e.value, inner, depth), this, depth, budget);
          const keys = e.key ? alternatives(this.expr(e.key, inner, depth), this, depth, budget) : [{ value: null, provenance: [] } as Alternative];
          for (const [kk, vv] of product([keys, values])) {
            const error = kk!.error ?? vv!.error;
            const pair = list([kk!.value, vv!.value]);
            choices.push({ value: pair, provenance: union(c.provenance, [...kk!.provenance, ...vv!.provenance]), ...(error !== undefined ? { error } : {}) });
          }
        }
        parts.push(choices);
      }
      for (const combo of product(parts)) out.push(this.forResult(e, combo, env, src));
    }
    return distinct(out);
  }

  /** One outcome of a `for` expression from the [key, value] pairs its elements gave. */
  private forResult(e: Extract<Expression, { type: 'for' }>, combo: Alternative[], env: Env, src: string): Val {
    const provenance = union([], combo.flatMap((a) => a.provenance));
    const failed = combo.find((a) => a.error !== undefined);
    if (failed) return { ...errorVal(failed.error!), provenance };
    const open = combo.find((a) => a.value !== SKIP && !isList(a.value));
    if (open) return { ...unknown(`${src}: ${typeof open.value === 'object' && open.value?.kind === 'unknown' ? open.value.reason : 'an element is unknown'}`), provenance };
    const pairs = combo.filter((a) => a.value !== SKIP).map((a) => (a.value as HclList).items as [HclValue, HclValue]);
    if (!e.key) return toVal(list(pairs.map(([, v]) => v)), provenance, env, e.range);
    const entries = new Map<string, HclValue>();
    for (const [k, v] of pairs) {
      if (typeof k === 'object' && k !== null && k.kind === 'unknown') return { ...unknown(`${src}: a key is unknown (${k.reason})`), provenance };
      if (k === null || typeof k === 'object') return { ...errorVal(`${src}: a key must be a string, not ${k === null ? 'null' : 'a collection'}`), provenance };
      const key = String(k);
      if (e.grouping) {
        const group = entries.get(key);
        if (group && typeof group === 'object' && group !== null && group.kind === 'list') group.items.push(v);
        else entries.set(key, list([v]));
      } else if (entries.has(key)) {
        return { ...errorVal(`${src}: duplicate key ${JSON.stringify(key)} (use ... to group)`), provenance };
      } else entries.set(key, v);
    }
    return toVal(object(entries), provenance, env, e.range);
  }

  private conditional(e: Extract<Expression, { type: 'conditional' }>, env: Env, depth: number): Val[] {
    const conds = this.expr(e.condition, env, depth);
    const bools = conds.map((c) => (c.kind === 'value' && c.value !== null ? asBoolean(c.value) : undefined));
    const cond = this.src(e.condition, env);
    if (bools.every((b) => b === true) || bools.every((b) => b === false)) {
      const chosen = bools[0] ? e.then : e.else;
      const because = conds[0]!.provenance.length > 0 ? ` (${conds[0]!.provenance.join(', ')})` : '';
      return withStep(() => `${cond} is ${String(bools[0])}${because}`, this.expr(chosen, env, depth));
    }
    return distinct([
      ...withStep(() => `when ${cond} is true`, this.expr(e.then, env, depth)),
      ...withStep(() => `when ${cond} is false`, this.expr(e.else, env, depth)),
    ]);
  }

  private binary(e: Extract<Expression, { type: 'binary' }>, env: Env, depth: number): Val[] {
    const left = this.expr(e.left, env, depth);
    const right = this.expr(e.right, env, depth);
    const logical = e.op === '&&' || e.op === '||';
    const src = this.src(e, env);
    const ordering = e.op === '<' || e.op === '>' || e.op === '<=' || e.op === '>=' ? e.op : undefined;
    const arithmetic = e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/' || e.op === '%' ? e.op : undefined;
    if (!logical && ordering === undefined && arithmetic === undefined && e.op !== '==' && e.op !== '!=') return [unknown(`${src} is not evaluated (operator ${e.op})`)];
    const out: Val[] = [];
    for (const a of left) {
      for (const b of right) {
        const provenance = [...a.provenance, ...b.provenance];
        if (a.kind === 'unknown' || b.kind === 'unknown') {
          // An operand's error is the whole expression's (Terraform evaluates both sides), which try() and can() catch.
          const failed = isError(a) ? a : isError(b) ? b : undefined;
          const why = (failed ?? (a.kind === 'unknown' ? a : b)) as { reason: string };
          out.push({ ...(failed ? errorVal(`${src}: ${why.reason}`) : unknown(`${src}: ${why.reason}`)), provenance });
          continue;
        }
        if (a.kind === 'composite' || b.kind === 'composite') {
          const why = `${src} compares ${show(a)} with ${show(b)}`;
          out.push({ ...(ordering !== undefined || arithmetic !== undefined ? errorVal(`${why}: not numbers`) : unknown(why)), provenance });
          continue;
        }
        const x = a.kind === 'value' ? a.value : null;
        const y = b.kind === 'value' ? b.value : null;
        if (ordering !== undefined) {
          out.push(compare(ordering, x, y, src, provenance));
          continue;
        }
        if (arithmetic !== undefined) {
          out.push(calculate(arithmetic, x, y, src, provenance));
          continue;
        }
        if (!logical) {
          const eq = same(x, y);
          out.push(value(e.op === '==' ? eq : !eq, provenance));
          continue;
        }
        const bx = x === null ? undefined : asBoolean(x);
        const by = y === null ? undefined : asBoolean(y);
        if (bx === undefined || by === undefined) out.push({ ...unknown(`${src}: not booleans`), provenance });
        else out.push(value(e.op === '&&' ? bx && by : bx || by, provenance));
      }
    }
    return distinct(out);
  }

  private unary(e: Extract<Expression, { type: 'unary' }>, env: Env, depth: number): Val[] {
    const vals = this.expr(e.operand, env, depth);
    const src = this.src(e, env);
    return vals.map((v): Val => {
      if (v.kind === 'unknown') return v;
      if (e.op === '-') {
        const n = v.kind === 'value' && typeof v.value !== 'boolean' && v.value !== null && v.value !== '' ? Number(v.value) : NaN;
        return Number.isNaN(n) ? { ...unknown(`${src}: ${show(v)} is not a number`), provenance: v.provenance } : this.withNode(value(-n, v.provenance), e);
      }
      const b = v.kind === 'value' && v.value !== null ? asBoolean(v.value) : undefined;
      return b === undefined ? { ...unknown(`${src}: ${show(v)} is not a boolean`), provenance: v.provenance } : value(!b, v.provenance);
    });
  }

  private withNode(v: Val, e: Expression): Val {
    return v.kind === 'value' ? { ...v, node: { kind: 'scalar', value: v.value, range: e.range, expr: e } } : v;
  }
}

/**
 * `<`, `>`, `<=`, `>=` as Terraform has them: on numbers only. A string
 * that is a number converts (`"5" > 3`); null, booleans and other strings
 * are an error, which `try` and `can` catch.
 */
function compare(op: '<' | '>' | '<=' | '>=', x: Scalar, y: Scalar, src: string, provenance: string[]): Val {
  const a = toNumber(x);
  const b = toNumber(y);
  if (a === undefined || b === undefined) return { ...errorVal(`${src}: ${quote(a === undefined ? x : y)} is not a number`), provenance };
  const result = op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
  return value(result, provenance);
}

/**
 * `+`, `-`, `*`, `/`, `%` as Terraform has them: on numbers only (a string
 * that is a number converts); dividing by zero and modulo zero are errors,
 * as are null, booleans and other strings (`try` and `can` catch them). `%`
 * keeps the sign of the dividend (a - b × trunc(a / b)), as Terraform's does.
 */
function calculate(op: '+' | '-' | '*' | '/' | '%', x: Scalar, y: Scalar, src: string, provenance: string[]): Val {
  const a = toNumber(x);
  const b = toNumber(y);
  if (a === undefined || b === undefined) return { ...errorVal(`${src}: ${quote(a === undefined ? x : y)} is not a number`), provenance };
  if ((op === '/' || op === '%') && b === 0) return { ...errorVal(`${src}: ${op === '/' ? 'division' : 'modulo'} by zero`), provenance };
  const result = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
  // Terraform computes in arbitrary precision (0.1 + 0.2 == 0.3): a result that is not an exact integer keeps 15 digits.
  return value(Number.isSafeInteger(result) ? result : Number(result.toPrecision(15)), provenance);
}

/** A number, or a string that Terraform converts to one; undefined otherwise. */
function toNumber(v: Scalar): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) return Number(v);
  return undefined;
}
