/**
 * Terraform value resolution (SPEC §1 "Resolving values"):
 * - literals are themselves; `null` is absent;
 * - `var.x` → the calling module's argument (child module instances, evaluated
 *   in the parent module), else terraform.tfvars / *.auto.tfvars of the
 *   directory, else the variable's `default`, else unknown;
 * - `local.x` → the local's value, evaluated; attribute and index access into
 *   object and list values (`local.db.iam`, `local.db["iam"]`, `lookup(…)`);
 * - `c ? a : b` → the side the condition selects when it resolves to one
 *   boolean, else the union of both sides;
 * - `==`, `!=`, `!`, `&&`, `||` on resolved values; templates whose parts all
 *   resolve are concatenated;
 * - anything else (resource attributes, other functions, splats, `for`) → unknown.
 * `"true"`/`"false"` strings stay strings (rules use asBoolean). Provenance
 * steps are user-facing, outermost first.
 */
import { basename } from 'node:path';
import { quote, shorten } from '../model/quote.js';
import { getEntry, type MapNode, type Node, type Scalar, type SeqNode } from '../model/node.js';
import type { Resource, TerraformModule } from '../model/resource.js';
import { asBoolean, type Possibility, type Resolution } from '../model/value.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { parseTemplateString, type Expr, type Step } from './hcl-expression.js';
import type { Resolver } from './index.js';

/** Bound on nested evaluation (variables → locals → …); also defeats cycles. */
const MAX_DEPTH = 48;
/** Bound on the number of possible values carried along. */
const MAX_POSSIBILITIES = 64;
/** Bound on the expressions evaluated for one value: locals that use each other twice grow exponentially. */
const MAX_STEPS = 10_000;
/** Bound on the length of a string built from a template. */
const MAX_STRING = 10_000;

/** Roots of references that have no static value. */
const DYNAMIC_ROOTS: Record<string, string> = {
  count: 'count.index is known only per instance',
  each: 'each.key / each.value are known only per instance',
  self: 'self refers to the resource being created',
  path: 'path.* depends on where Terraform runs',
  terraform: 'terraform.workspace depends on where Terraform runs',
};

type Val =
  | Possibility
  | { kind: 'composite'; node: MapNode | SeqNode; module: TerraformModule; provenance: string[] };

export const terraformResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    const ev = new Evaluator();
    return ev.node(node, moduleOf(resource), 0).map(toPossibility);
  },
  referencedResources(resource, node) {
    if (!node) return [];
    const ev = new Evaluator();
    ev.node(node, moduleOf(resource), 0);
    return [...ev.refs];
  },
};

function moduleOf(resource: Resource): TerraformModule {
  return resource.template as TerraformModule;
}

function toPossibility(v: Val): Possibility {
  if (v.kind !== 'composite') return v;
  return { kind: 'unknown', reason: v.node.kind === 'map' ? 'an object, not a single value' : 'a list, not a single value', provenance: v.provenance, node: v.node };
}

function show(v: Val): string {
  switch (v.kind) {
    case 'value':
      return quote(v.value);
    case 'absent':
      return 'null';
    case 'unknown':
      return 'an unknown value';
    case 'composite':
      return v.node.kind === 'map' ? 'an object' : 'a list';
  }
}

/** A step naming a resolved value; composite and unknown values are explained further out or by their reason. */
function settled(v: Val): boolean {
  return v.kind === 'value' || v.kind === 'absent';
}

function withStep(step: (v: Val) => string | undefined, vals: Val[]): Val[] {
  return vals.map((v) => {
    const s = step(v);
    return s ? { ...v, provenance: [s, ...v.provenance] } : v;
  });
}

function unknown(reason: string, node?: Node): Val {
  return node ? { kind: 'unknown', reason, provenance: [], node } : { kind: 'unknown', reason, provenance: [] };
}

/** Both provenances, each step once (a template may use the same local twice). */
function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Keeps distinct possibilities, at most MAX_POSSIBILITIES. */
function distinct(vals: Val[]): Val[] {
  const seen = new Set<string>();
  const out: Val[] = [];
  for (const v of vals) {
    if (v.kind !== 'composite') {
      const key = JSON.stringify([v.kind, v.kind === 'value' ? v.value : v.kind === 'unknown' ? v.reason : '', v.provenance]);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (out.length === MAX_POSSIBILITIES) {
      out.push(unknown('too many possible values'));
      break;
    }
    out.push(v);
  }
  return out;
}

/** Loose equality of two resolved scalars (HCL converts between strings, numbers and booleans). */
function same(a: Scalar, b: Scalar): boolean {
  if (a === null || b === null) return a === b;
  return typeof a === typeof b ? a === b : String(a).toLowerCase() === String(b).toLowerCase();
}

class Evaluator {
  readonly refs = new Set<Resource>();
  private readonly active = new Set<string>();
  private readonly ids = new Map<TerraformModule, number>();
  private evaluated = 0;

  node(node: Node, module: TerraformModule, depth: number): Val[] {
    if (node.kind !== 'scalar') return [{ kind: 'composite', node, module, provenance: [] }];
    if (node.value === null) return [{ kind: 'absent', provenance: [], node }];
    if (typeof node.value !== 'string' || (!node.value.includes('${') && !node.value.includes('%{'))) {
      return [{ kind: 'value', value: node.value, provenance: [], node }];
    }
    return this.expr(parseTemplateString(node.value), module, depth, node).map((v) => (v.kind === 'composite' || v.node ? v : { ...v, node }));
  }

  private expr(e: Expr, module: TerraformModule, depth: number, at?: Node): Val[] {
    if (depth > MAX_DEPTH) return [unknown('the value refers to itself or nests too deeply', at)];
    if (++this.evaluated > MAX_STEPS) return [unknown('the value is too complex to evaluate', at)];
    const d = depth + 1;
    switch (e.type) {
      case 'literal':
        return [e.value === null ? { kind: 'absent', provenance: [] } : { kind: 'value', value: e.value, provenance: [] }];
      case 'template':
        return this.template(e.parts, module, d);
      case 'traversal':
        return this.traversal(e, module, d);
      case 'call':
        return this.call(e, module, d);
      case 'conditional':
        return this.conditional(e, module, d);
      case 'binary':
        return this.binary(e, module, d);
      case 'unary':
        return this.unary(e, module, d);
      case 'tuple':
        for (const item of e.items) this.expr(item, module, d);
        return [unknown(`a list expression (${shorten(e.src)})`)];
      case 'object':
        return [unknown(`an object expression (${shorten(e.src)})`)];
      case 'unsupported':
        return [unknown(`${shorten(e.src)} is not evaluated (${e.reason})`)];
    }
  }

  private template(parts: Array<string | Expr>, module: TerraformModule, depth: number): Val[] {
    let acc: Val[] = [{ kind: 'value', value: '', provenance: [] }];
    for (const part of parts) {
      const vals: Val[] = typeof part === 'string' ? [{ kind: 'value', value: part, provenance: [] }] : this.expr(part, module, depth);
      const next: Val[] = [];
      for (const a of acc) {
        for (const b of vals) {
          if (a.kind !== 'value') next.push(a);
          else if (b.kind === 'value') {
            const value = `${String(a.value)}${b.value === null ? '' : String(b.value)}`;
            next.push(value.length > MAX_STRING ? unknown(`a template longer than ${MAX_STRING} characters`) : { kind: 'value', value, provenance: union(a.provenance, b.provenance) });
          } else if (b.kind === 'unknown') next.push({ ...b, provenance: union(a.provenance, b.provenance) });
          else next.push(unknown(typeof part === 'string' ? 'a template' : `a template part ${shorten(part.src)} that is ${show(b)}`));
        }
      }
      acc = distinct(next);
    }
    return acc;
  }

  private moduleKey(module: TerraformModule): number {
    let id = this.ids.get(module);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(module, id);
    }
    return id;
  }

  /** Evaluates a named value once per chain; a repeat is a cycle. */
  private guarded(key: string, module: TerraformModule, f: () => Val[]): Val[] {
    const k = `${this.moduleKey(module)}:${key}`;
    if (this.active.has(k)) return [unknown(`${key} refers to itself`)];
    this.active.add(k);
    try {
      return f();
    } finally {
      this.active.delete(k);
    }
  }

  private traversal(e: Extract<Expr, { type: 'traversal' }>, module: TerraformModule, depth: number): Val[] {
    const [first, ...rest] = e.steps;
    const name = first?.kind === 'attr' ? first.name : undefined;
    if ((e.root === 'var' || e.root === 'local') && name) {
      const named = e.root === 'var' ? this.variable(name, module, depth) : this.local(name, module, depth);
      if (rest.length === 0) return named;
      return withStep((v) => (v.kind === 'value' || v.kind === 'absent' ? `${shorten(e.src)} = ${show(v)}` : undefined), this.steps(named, rest, depth, shorten(e.src)));
    }
    const dynamic = DYNAMIC_ROOTS[e.root];
    if (dynamic) return [unknown(`${shorten(e.src)}: ${dynamic}`)];
    if (e.root === 'data') return [unknown(`${shorten(e.src)} is read from a data source`)];
    if (e.root === 'module') return [unknown(`${shorten(e.src)} is an output of a module`)];
    if (name) {
      const address = `${module.modulePath ? `${module.modulePath}.` : ''}${e.root}.${name}`;
      const resource = module.resources.find((r) => r.name === address);
      if (resource) {
        this.refs.add(resource);
        return [unknown(`${shorten(e.src)} is an attribute of resource ${address}, known only after apply`)];
      }
    }
    for (const step of e.steps) if (step.kind === 'index') this.expr(step.key, module, depth);
    return [unknown(`${shorten(e.src)} cannot be resolved statically`)];
  }

  /** Applies attribute/index steps to resolved values. */
  private steps(vals: Val[], steps: Step[], depth: number, src: string): Val[] {
    let cur = vals;
    for (const step of steps) {
      const next: Val[] = [];
      for (const v of cur) {
        if (v.kind === 'unknown') {
          next.push(v);
          continue;
        }
        if (v.kind !== 'composite' || step.kind === 'splat') {
          next.push({ ...unknown(`${src}: cannot access into ${show(v)}`), provenance: v.provenance });
          continue;
        }
        const keys = step.kind === 'attr' ? [{ kind: 'value', value: step.name, provenance: [] } as Val] : this.expr(step.key, v.module, depth);
        for (const key of keys) next.push(...this.element(v, key, depth, src));
      }
      cur = distinct(next);
    }
    return cur;
  }

  private element(v: Extract<Val, { kind: 'composite' }>, key: Val, depth: number, src: string): Val[] {
    if (key.kind !== 'value' || key.value === null) return [{ ...unknown(`${src}: the key is ${show(key)}`), provenance: v.provenance }];
    let child: Node | undefined;
    if (v.node.kind === 'map') child = getEntry(v.node, String(key.value))?.value;
    else if (typeof key.value === 'number' || /^\d+$/.test(String(key.value))) child = v.node.items[Number(key.value)];
    if (!child) return [{ ...unknown(`${src}: ${show(v)} has no element ${show(key)}`), provenance: [...v.provenance, ...key.provenance] }];
    return this.node(child, v.module, depth).map((c) => ({ ...c, provenance: [...v.provenance, ...key.provenance, ...c.provenance] }));
  }

  private variable(name: string, module: TerraformModule, depth: number): Val[] {
    return this.guarded(`var.${name}`, module, () => {
      const input = module.moduleInputs?.get(name);
      const parent = (module as Partial<TerraformModuleInstance>).parent;
      if (input && parent) {
        return withStep((v) => (settled(v) ? `${module.modulePath ?? 'the module call'} sets ${name} = ${show(v)}` : undefined), this.node(input.value, parent, depth));
      }
      const set = module.tfvars.get(name);
      if (set) return withStep((v) => (settled(v) ? `${basename(set.file)} sets ${name} = ${show(v)}` : undefined), this.node(set.value, module, depth));
      const variable = module.variables.get(name);
      if (!variable) return [unknown(`variable ${name} is not declared`)];
      if (!variable.default) return [unknown(`variable ${name} has no default and no value in terraform.tfvars or *.auto.tfvars`)];
      return withStep((v) => (settled(v) ? `variable ${name} defaults to ${show(v)}` : undefined), this.node(variable.default, module, depth));
    });
  }

  private local(name: string, module: TerraformModule, depth: number): Val[] {
    return this.guarded(`local.${name}`, module, () => {
      const local = module.locals.get(name);
      if (!local) return [unknown(`local.${name} is not defined`)];
      return withStep((v) => (settled(v) ? `local.${name} = ${show(v)}` : undefined), this.node(local.value, module, depth));
    });
  }

  private call(e: Extract<Expr, { type: 'call' }>, module: TerraformModule, depth: number): Val[] {
    const args = e.args.map((a) => this.expr(a, module, depth));
    if (e.name === 'lookup' && (args.length === 2 || args.length === 3)) {
      const out: Val[] = [];
      for (const m of args[0]!) {
        for (const k of args[1]!) {
          if (m.kind !== 'composite' || m.node.kind !== 'map' || k.kind !== 'value' || k.value === null) {
            out.push(unknown(`${shorten(e.src)}: lookup in ${show(m)} by ${show(k)}`));
          } else if (getEntry(m.node, String(k.value))) {
            out.push(...withStep((v) => (settled(v) ? `${shorten(e.src)} = ${show(v)}` : undefined), this.element(m, k, depth, shorten(e.src))));
          }
          else if (args[2]) out.push(...withStep(() => `${show(k)} is not a key, lookup() gives the default`, args[2]));
          else out.push(unknown(`${shorten(e.src)}: no key ${show(k)}`));
        }
      }
      return distinct(out);
    }
    if ((e.name === 'tobool' || e.name === 'tostring' || e.name === 'tonumber') && args.length === 1) {
      return args[0]!.map((v) => {
        if (v.kind !== 'value' || v.value === null) return v;
        if (e.name === 'tostring') return { ...v, value: String(v.value) };
        if (e.name === 'tobool') {
          const b = asBoolean(v.value);
          return b === undefined ? unknown(`${shorten(e.src)}: ${show(v)} is not a boolean`) : { ...v, value: b };
        }
        const n = Number(v.value);
        return typeof v.value === 'boolean' || Number.isNaN(n) ? unknown(`${shorten(e.src)}: ${show(v)} is not a number`) : { ...v, value: n };
      });
    }
    return [unknown(`function ${e.name}() is not evaluated`)];
  }

  private conditional(e: Extract<Expr, { type: 'conditional' }>, module: TerraformModule, depth: number): Val[] {
    const conds = this.expr(e.cond, module, depth);
    const bools = conds.map((c) => (c.kind === 'value' && c.value !== null ? asBoolean(c.value) : undefined));
    const cond = shorten(e.cond.src);
    if (bools.every((b) => b === true) || bools.every((b) => b === false)) {
      const chosen = bools[0] ? e.then : e.else;
      const because = conds[0]!.provenance.length > 0 ? ` (${conds[0]!.provenance.join(', ')})` : '';
      return withStep(() => `${cond} is ${String(bools[0])}${because}`, this.expr(chosen, module, depth));
    }
    return distinct([
      ...withStep(() => `when ${cond} is true`, this.expr(e.then, module, depth)),
      ...withStep(() => `when ${cond} is false`, this.expr(e.else, module, depth)),
    ]);
  }

  private binary(e: Extract<Expr, { type: 'binary' }>, module: TerraformModule, depth: number): Val[] {
    const left = this.expr(e.left, module, depth);
    const right = this.expr(e.right, module, depth);
    const logical = e.op === '&&' || e.op === '||';
    if (!logical && e.op !== '==' && e.op !== '!=') return [unknown(`${shorten(e.src)} is not evaluated (operator ${e.op})`)];
    const out: Val[] = [];
    for (const a of left) {
      for (const b of right) {
        const provenance = [...a.provenance, ...b.provenance];
        if (a.kind === 'unknown' || b.kind === 'unknown') {
          out.push({ ...unknown(`${shorten(e.src)}: ${a.kind === 'unknown' ? a.reason : (b as { reason: string }).reason}`), provenance });
          continue;
        }
        if (a.kind === 'composite' || b.kind === 'composite') {
          out.push({ ...unknown(`${shorten(e.src)} compares ${show(a)} with ${show(b)}`), provenance });
          continue;
        }
        const x = a.kind === 'value' ? a.value : null;
        const y = b.kind === 'value' ? b.value : null;
        if (!logical) {
          const eq = same(x, y);
          out.push({ kind: 'value', value: e.op === '==' ? eq : !eq, provenance });
          continue;
        }
        const bx = x === null ? undefined : asBoolean(x);
        const by = y === null ? undefined : asBoolean(y);
        if (bx === undefined || by === undefined) out.push({ ...unknown(`${shorten(e.src)}: not booleans`), provenance });
        else out.push({ kind: 'value', value: e.op === '&&' ? bx && by : bx || by, provenance });
      }
    }
    return distinct(out);
  }

  private unary(e: Extract<Expr, { type: 'unary' }>, module: TerraformModule, depth: number): Val[] {
    const vals = this.expr(e.operand, module, depth);
    if (e.op !== '!') return [unknown(`${shorten(e.src)} is not evaluated`)];
    return vals.map((v) => {
      if (v.kind === 'unknown') return v;
      const b = v.kind === 'value' && v.value !== null ? asBoolean(v.value) : undefined;
      return b === undefined ? { ...unknown(`${shorten(e.src)}: ${show(v)} is not a boolean`), provenance: v.provenance } : { kind: 'value', value: !b, provenance: v.provenance };
    });
  }
}
