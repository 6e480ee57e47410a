/**
 * CloudFormation value resolution (SPEC §1 "Resolving values"):
 * - literals are themselves; `null` is absent;
 * - `Ref` to a Parameter → the value given for it (`--parameters`,
 *   `--parameter-files`, a parent stack), else its Default, else each of its
 *   AllowedValues, else unknown; unknown for `AWS::SSM::Parameter::Value<…>`
 *   types (their value names an SSM parameter); `Ref AWS::NoValue` → absent;
 *   other pseudo parameters and resources → unknown;
 * - `Fn::If` → the branch its condition selects when the condition is decided
 *   (cloudformation-conditions.ts: by literals and given values only), else
 *   the union of both branches;
 * - `Fn::FindInMap` → the mapped values, over every possible key when a key
 *   resolves to several values or is unknown (e.g. `Ref AWS::Region`);
 * - any other intrinsic (`Fn::Sub`, `Fn::GetAtt`, `Fn::ImportValue`, ...) → unknown.
 * Provenance steps are user-facing, outermost first.
 *
 * Work is bounded per value (SPEC §7): nesting depth, steps and possible
 * values, so that a 150-byte template cannot make the resolver run for hours.
 */
import { get, type MapEntry, type MapNode, type Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import type { Possibility } from '../model/value.js';
import type { Resolver } from './resolver.js';
import { quote } from '../model/quote.js';
import { SeenPossibilities } from './seen-possibilities.js';
import { work } from '../model/work.js';
import { tick } from '../model/time-budget.js';
import { intrinsic, mappingEntries, resourceByLogicalId } from './cloudformation-index.js';

/** Nesting bound for resolution (parameters → mappings → conditions → parent stacks). */
const MAX_DEPTH = 32;
/** Bound on the possible values of one value. */
export const MAX_POSSIBILITIES = 64;
/** Bound on the nodes evaluated for one value. */
export const MAX_STEPS = 10_000;

/**
 * A possible value while resolving: `given` is true when it is decided by
 * literals and given parameter values only (never a Default or an
 * AllowedValue), so that it may decide a condition.
 */
type Val = Possibility & { given: boolean };

export const cloudFormationResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    return new Evaluator().node(templateOf(resource), node, 0).map(toPossibility);
  },
  referencedResources(resource, node) {
    return referencedResourcesOf(templateOf(resource), node);
  },
};

function templateOf(resource: Resource): CloudFormationTemplate {
  return resource.template as CloudFormationTemplate;
}

function toPossibility(v: Val): Possibility {
  const { given: _given, ...p } = v;
  return p as Possibility;
}

function withStep(step: string, vals: Val[]): Val[] {
  return vals.map((v) => ({ ...v, provenance: [step, ...v.provenance] }));
}

function unknown(reason: string, node: Node): Val {
  return { kind: 'unknown', reason, provenance: [], node, given: false };
}

/** A condition's state: decided true or false (with why), or undecided. */
interface Decision {
  value: boolean | undefined;
  /** For a decided condition: the given values and literals that decide it. */
  why: string[];
  /** Set when the condition refers to itself through other conditions. */
  cycle?: string[];
}

const UNDECIDED: Decision = { value: undefined, why: [] };

/** Every condition of a template, decided once (conditions do not depend on the resource), and the cycles among them. */
interface ConditionTable {
  decisions: Map<string, Decision>;
  /** Each cycle once, as the names along it, the first repeated at the end (`A, B, A`). */
  cycles: string[][];
  cycleOf: Map<string, string[]>;
}

const tables = new WeakMap<CloudFormationTemplate, ConditionTable>();

/**
 * The conditions of a template, decided in dependency order (a condition
 * after those it refers to), so that a chain of N conditions costs N
 * decisions and no deep recursion; each condition has its own step budget.
 */
export function conditionTable(template: CloudFormationTemplate): ConditionTable {
  let table = tables.get(template);
  if (table) return table;
  table = { decisions: new Map(), cycles: [], cycleOf: new Map() };
  tables.set(template, table); // before deciding: a cycle finds the table and no decision
  for (const name of dependencyOrder(template, table)) {
    table.decisions.set(name, new Evaluator().condition(template, template.conditions.get(name)!, 0));
  }
  return table;
}

/** The names of the conditions a condition body refers to (`Condition: X`, `!Condition X`). */
function conditionRefs(body: Node): string[] {
  const out: string[] = [];
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'scalar') continue;
    if (n.kind === 'seq') {
      stack.push(...n.items);
      continue;
    }
    const fn = intrinsic(n);
    if (fn?.name === 'Condition' && fn.arg.kind === 'scalar' && typeof fn.arg.value === 'string') out.push(fn.arg.value);
    else for (const e of n.entries) stack.push(e.value);
  }
  return out;
}

/** Post-order of the conditions over their references (iterative depth-first search); records cycles. */
function dependencyOrder(template: CloudFormationTemplate, table: ConditionTable): string[] {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  for (const start of template.conditions.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const pending: string[][] = [conditionRefs(template.conditions.get(start)!)];
    state.set(start, 'open');
    while (path.length > 0) {
      const next = pending[pending.length - 1]!.pop();
      if (next === undefined) {
        const done = path.pop()!;
        pending.pop();
        state.set(done, 'done');
        order.push(done);
        continue;
      }
      if (!template.conditions.has(next) || state.get(next) === 'done') continue;
      if (state.get(next) === 'open') {
        const cycle = [...path.slice(path.indexOf(next)), next];
        table.cycles.push(cycle);
        for (const name of cycle) if (!table.cycleOf.has(name)) table.cycleOf.set(name, cycle);
        continue;
      }
      state.set(next, 'open');
      path.push(next);
      pending.push(conditionRefs(template.conditions.get(next)!));
    }
  }
  return order;
}

/** One resolution: its step budget is shared by everything it evaluates, across parent stacks. */
class Evaluator {
  private steps = 0;

  node(template: CloudFormationTemplate, node: Node, depth: number): Val[] {
    work.resolveSteps++;
    tick();
    if (depth > MAX_DEPTH) return [unknown('the value nests too deeply (or refers to itself)', node)];
    if (++this.steps > MAX_STEPS) return [unknown(`resolving the value takes more than ${MAX_STEPS} steps`, node)];
    if (node.kind === 'scalar') {
      if (node.tag) return [unknown(`unknown tag ${node.tag}`, node)];
      if (node.value === null) return [{ kind: 'absent', provenance: ['set to null'], node, given: true }];
      return [{ kind: 'value', value: node.value, provenance: [], node, given: true }];
    }
    if (node.kind === 'seq') return [unknown('a list, not a single value', node)];
    const fn = intrinsic(node);
    if (!fn) return [unknown(node.tag ? `unknown tag ${node.tag}` : 'a mapping, not a single value', node)];
    switch (fn.name) {
      case 'Ref':
        return this.ref(template, fn.arg, node, depth);
      case 'Fn::If':
        return this.if(template, fn.arg, node, depth);
      case 'Fn::FindInMap':
        return this.findInMap(template, fn.arg, node, depth);
      default:
        return [unknown(`${fn.name} is not evaluated`, node)];
    }
  }

  private ref(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Val[] {
    if (arg.kind !== 'scalar' || typeof arg.value !== 'string') return [unknown('Ref to something that is not a name', node)];
    const name = arg.value;
    if (name === 'AWS::NoValue') return [{ kind: 'absent', provenance: ['Ref AWS::NoValue'], node, given: true }];
    if (name.startsWith('AWS::')) return [unknown(`pseudo parameter ${name} is known only at deployment`, node)];
    const parameter = template.parameters.get(name);
    if (parameter) return this.parameter(template, name, parameter, node, depth);
    if (resourceByLogicalId(template, name)) return [unknown(`Ref to resource ${name}`, node)];
    return [unknown(`Ref to ${name}, which is not defined in the template`, node)];
  }

  private parameter(template: CloudFormationTemplate, name: string, parameter: MapNode, node: Node, depth: number): Val[] {
    const type = get(parameter, 'Type');
    if (type?.kind === 'scalar' && typeof type.value === 'string' && type.value.trim().startsWith('AWS::SSM::Parameter::Value<')) {
      // The Default (and any value given) is the name of a Systems Manager parameter, not the value itself.
      return [unknown(`parameter ${name} is read from Systems Manager at deployment`, node)];
    }
    const given = template.given?.get(name);
    if (given?.kind === 'value') {
      return [{ kind: 'value', value: given.value, provenance: [`parameter ${name} = ${quote(given.value)} from ${given.source}`], node, given: true }];
    }
    if (given?.kind === 'parent') {
      const step = `parameter ${name} from stack ${given.stack} in ${given.template.file}`;
      const vals = this.node(given.template, given.node, depth + 1);
      return vals.map((v) => ({
        ...v,
        provenance: v.kind === 'value' && v.provenance.length === 0 ? [`parameter ${name} = ${quote(v.value)} from stack ${given.stack} in ${given.template.file}`] : [step, ...v.provenance],
      }));
    }
    const defaultValue = get(parameter, 'Default');
    if (defaultValue) {
      // CloudFormation takes only literals here; anything else is not resolved (nor followed: no cycles).
      if (defaultValue.kind !== 'scalar' || defaultValue.tag) return [unknown(`parameter ${name} has a Default that is not a literal`, node)];
      return [{ kind: 'value', value: defaultValue.value, provenance: [`parameter ${name} defaults to ${quote(defaultValue.value)}`], node: defaultValue, given: false }];
    }
    const allowed = get(parameter, 'AllowedValues');
    if (allowed?.kind === 'seq' && allowed.items.length > 0) {
      return distinct(
        allowed.items.map((item): Val => {
          if (item.kind !== 'scalar' || item.tag) return unknown(`parameter ${name} allows a value that is not a literal`, node);
          return { kind: 'value', value: item.value, provenance: [`parameter ${name} allows ${quote(item.value)}`], node: item, given: false };
        }),
        node,
      );
    }
    return [unknown(`parameter ${name} has no Default or AllowedValues: its value is given at deployment`, node)];
  }

  private if(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Val[] {
    if (arg.kind !== 'seq' || arg.items.length !== 3) return [unknown('Fn::If without [condition, value if true, value if false]', node)];
    const [condition, whenTrue, whenFalse] = arg.items as [Node, Node, Node];
    const name = condition.kind === 'scalar' ? String(condition.value) : '?';
    const decision = condition.kind === 'scalar' && typeof condition.value === 'string' ? this.decide(template, condition.value) : UNDECIDED;
    if (decision.value !== undefined) {
      const why = decision.why.length > 0 ? ` (${decision.why.join(', ')})` : '';
      const branch = decision.value ? whenTrue : whenFalse;
      return withStep(`condition ${name} is ${decision.value}${why}`, this.node(template, branch, depth + 1));
    }
    // Undecided: either branch may be deployed, so neither value decides a condition further out.
    return distinct(
      [
        ...withStep(`Fn::If on condition ${name} (true branch)`, this.node(template, whenTrue, depth + 1)),
        ...withStep(`Fn::If on condition ${name} (false branch)`, this.node(template, whenFalse, depth + 1)),
      ].map((v) => ({ ...v, given: false })),
      node,
    );
  }

  private findInMap(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Val[] {
    if (arg.kind !== 'seq' || arg.items.length < 3) return [unknown('Fn::FindInMap without [map, top-level key, second-level key]', node)];
    const [mapArg, topArg, secondArg] = arg.items as [Node, Node, Node];
    const mapName = mapArg.kind === 'scalar' && typeof mapArg.value === 'string' ? mapArg.value : undefined;
    const mapping = mapName === undefined ? undefined : template.mappings.get(mapName);
    if (!mapping || mapName === undefined) return [unknown(mapName ? `mapping ${mapName} is not defined` : 'Fn::FindInMap on a computed mapping name', node)];
    const tops = this.keyChoices(template, topArg, depth);
    const seconds = this.keyChoices(template, secondArg, depth);
    const out: Val[] = [];
    // Each (top, second) pair of the mapping is visited at most once, however many ways the keys may be spelled.
    for (const [top, topChoice] of pick(mappingEntries(mapping), tops)) {
      if (top.value.kind !== 'map') continue;
      for (const [second, secondChoice] of pick(mappingEntries(top.value), seconds)) {
        const step = `mapping ${mapName}[${top.key}][${second.key}]`;
        const given = topChoice.given && secondChoice.given;
        for (const v of withStep(step, this.node(template, second.value, depth + 1))) {
          out.push({ ...v, given: given && v.given, provenance: [...topChoice.provenance, ...secondChoice.provenance, ...v.provenance] });
        }
        if (out.length > MAX_POSSIBILITIES) return distinct(out, node);
      }
    }
    if (out.length === 0) {
      // AWS::LanguageExtensions: [map, key, key, {DefaultValue: x}] when no entry matches.
      const fallback = get(arg.items[3], 'DefaultValue');
      if (fallback) return withStep(`mapping ${mapName} has no entry: DefaultValue`, this.node(template, fallback, depth + 1));
      return [unknown(`mapping ${mapName} has no entry for these keys`, node)];
    }
    return distinct(out, node);
  }

  /** The keys a FindInMap argument may take: concrete strings with provenance, or every key (`all`). */
  private keyChoices(template: CloudFormationTemplate, arg: Node, depth: number): KeyChoice[] {
    const out: KeyChoice[] = [];
    const seen = new Set<string>();
    for (const p of this.node(template, arg, depth + 1)) {
      if (p.kind === 'value' && p.value !== null) {
        const key = String(p.value);
        if (seen.has(key)) continue; // the first way to the key is enough
        seen.add(key);
        out.push({ all: false, key, provenance: p.provenance, given: p.given });
      } else {
        out.push({ all: true, provenance: p.provenance, given: false });
      }
    }
    return out;
  }

  /** A condition by name: decided once per template; one in a cycle, or not yet decided, is undecided. */
  decide(template: CloudFormationTemplate, name: string): Decision {
    const table = conditionTable(template);
    const decision = table.decisions.get(name);
    if (decision) return decision;
    const cycle = table.cycleOf.get(name);
    return cycle ? { ...UNDECIDED, cycle } : UNDECIDED;
  }

  /** A condition expression: `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`, `Condition`. */
  condition(template: CloudFormationTemplate, node: Node, depth: number): Decision {
    work.resolveSteps++;
    tick();
    if (depth > MAX_DEPTH || ++this.steps > MAX_STEPS) return UNDECIDED;
    const fn = intrinsic(node);
    if (!fn) return UNDECIDED;
    if (fn.name === 'Condition') {
      return fn.arg.kind === 'scalar' && typeof fn.arg.value === 'string' ? this.decide(template, fn.arg.value) : UNDECIDED;
    }
    const items = fn.arg.kind === 'seq' ? fn.arg.items : [];
    switch (fn.name) {
      case 'Fn::Equals':
        return items.length === 2 ? this.equals(template, items[0]!, items[1]!, depth) : UNDECIDED;
      case 'Fn::Not': {
        if (items.length !== 1) return UNDECIDED;
        const inner = this.condition(template, items[0]!, depth + 1);
        return inner.value === undefined ? inner : { value: !inner.value, why: inner.why };
      }
      case 'Fn::And':
      case 'Fn::Or': {
        // And: any false decides it false; all true decide it true (Or the other way round).
        const decisive = fn.name === 'Fn::Or';
        const parts = items.map((item) => this.condition(template, item, depth + 1));
        const cycle = parts.find((p) => p.cycle)?.cycle;
        const hit = parts.find((p) => p.value === decisive);
        if (hit) return { value: decisive, why: hit.why };
        if (parts.length > 0 && parts.every((p) => p.value === !decisive)) return { value: !decisive, why: [...new Set(parts.flatMap((p) => p.why))] };
        return cycle ? { ...UNDECIDED, cycle } : UNDECIDED;
      }
      default:
        return UNDECIDED;
    }
  }

  private equals(template: CloudFormationTemplate, left: Node, right: Node, depth: number): Decision {
    const a = this.node(template, left, depth + 1);
    const b = this.node(template, right, depth + 1);
    const decidable = (vals: Val[]) => vals.length > 0 && vals.every((v) => v.kind === 'value' && v.given);
    if (!decidable(a) || !decidable(b)) return UNDECIDED;
    const text = (v: Val) => (v.kind === 'value' ? String(v.value) : '');
    let sawEqual = false;
    let sawDifferent = false;
    for (const x of a) for (const y of b) text(x) === text(y) ? (sawEqual = true) : (sawDifferent = true);
    if (sawEqual === sawDifferent) return UNDECIDED;
    return { value: sawEqual, why: [...new Set([...a, ...b].flatMap((v) => v.provenance))] };
  }
}

type KeyChoice = { all: true; provenance: string[]; given: boolean } | { all: false; key: string; provenance: string[]; given: boolean };

/** The entries of a mapping that the key choices select, each entry once, with the first choice that selects it. */
function* pick(entries: Map<string, MapEntry>, choices: KeyChoice[]): Generator<[MapEntry, KeyChoice]> {
  const every = choices.find((c) => c.all);
  const seen = new Set<MapEntry>();
  for (const choice of choices) {
    if (choice.all) continue;
    work.collectionItems++;
    const entry = entries.get(choice.key);
    if (entry && !seen.has(entry)) {
      seen.add(entry);
      yield [entry, choice];
    }
  }
  if (every) {
    for (const entry of entries.values()) {
      work.collectionItems++;
      if (!seen.has(entry)) yield [entry, every];
    }
  }
}

/** Keeps distinct possibilities (by kind, value and provenance), at most MAX_POSSIBILITIES, then one unknown. */
function distinct(vals: Val[], node: Node): Val[] {
  const seen = new SeenPossibilities();
  const out: Val[] = [];
  for (const v of vals) {
    if (!seen.addPossibility(v, v.node?.range.start.offset)) continue;
    if (out.length === MAX_POSSIBILITIES) {
      out.push(unknown(`more than ${MAX_POSSIBILITIES} possible values`, node));
      break;
    }
    out.push(v);
  }
  return out;
}

/** Whether a resource is created: false only when its `Condition` is decided false (SPEC §1 "Instances and creation"). */
export function resourceCondition(resource: Resource): Decision {
  if (resource.format !== 'cloudformation' || resource.conditional === undefined) return { value: true, why: [] };
  return new Evaluator().decide(templateOf(resource), resource.conditional);
}

function referencedResourcesOf(template: CloudFormationTemplate, node: Node | undefined): Resource[] {
  const found = new Set<Resource>();
  const stack: Node[] = node ? [node] : [];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    work.resolveSteps++;
    const n = stack.pop()!;
    const fn = intrinsic(n);
    if (!fn) continue;
    if (fn.name === 'Ref' && fn.arg.kind === 'scalar') {
      const r = resourceByLogicalId(template, String(fn.arg.value));
      if (r) found.add(r);
    } else if (fn.name === 'Fn::GetAtt') {
      const target = fn.arg.kind === 'seq' ? fn.arg.items[0] : fn.arg;
      if (target?.kind === 'scalar' && typeof target.value === 'string') {
        const name = fn.arg.kind === 'seq' ? target.value : target.value.split('.')[0]!;
        const r = resourceByLogicalId(template, name);
        if (r) found.add(r);
      }
    } else if (fn.name === 'Fn::If' && fn.arg.kind === 'seq') {
      stack.push(...fn.arg.items.slice(1));
    }
  }
  return [...found];
}
