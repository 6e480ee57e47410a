/**
 * CloudFormation value resolution (SPEC §1 "Resolving values"):
 * - literals are themselves; `null` is absent;
 * - `Ref` to a Parameter → its Default, else each of its AllowedValues, else unknown;
 *   unknown for `AWS::SSM::Parameter::Value<…>` types (their Default names an SSM parameter);
 *   `Ref AWS::NoValue` → absent; other pseudo parameters and resources → unknown;
 * - `Fn::If` → the union of both branches (the condition is not evaluated);
 * - `Fn::FindInMap` → the mapped values, over every possible key when a key
 *   resolves to several values or is unknown (e.g. `Ref AWS::Region`);
 * - any other intrinsic (`Fn::Sub`, `Fn::GetAtt`, `Fn::ImportValue`, ...) → unknown.
 * Provenance steps are user-facing, outermost first.
 */
import { get, type MapNode, type Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import { quote } from '../model/quote.js';
import type { Possibility, Resolution } from '../model/value.js';
import type { Resolver } from './index.js';

/** Nesting bound for resolution (parameters → mappings → conditions); guards against cycles. */
const MAX_DEPTH = 32;

export const cloudFormationResolver: Resolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: 'absent', provenance: [] }];
    return resolveNode(templateOf(resource), node, 0);
  },
  referencedResources(resource, node) {
    return referencedResourcesOf(templateOf(resource), node);
  },
};

function templateOf(resource: Resource): CloudFormationTemplate {
  return resource.template as CloudFormationTemplate;
}

/** The single intrinsic of a one-entry map (`{"Ref": X}`, `{"Fn::If": [...]}`), if it is one. */
function intrinsic(node: Node): { name: string; arg: Node } | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const e = node.entries[0]!;
  return e.key === 'Ref' || e.key.startsWith('Fn::') ? { name: e.key, arg: e.value } : undefined;
}

function withStep(step: string, possibilities: Resolution): Resolution {
  return possibilities.map((p) => ({ ...p, provenance: [step, ...p.provenance] }));
}

function unknown(reason: string, node: Node): Possibility {
  return { kind: 'unknown', reason, provenance: [], node };
}

function resolveNode(template: CloudFormationTemplate, node: Node, depth: number): Resolution {
  if (depth > MAX_DEPTH) return [unknown('the value refers to itself or nests too deeply', node)];
  if (node.kind === 'scalar') {
    if (node.tag) return [unknown(`unknown tag ${node.tag}`, node)];
    if (node.value === null) return [{ kind: 'absent', provenance: ['set to null'], node }];
    return [{ kind: 'value', value: node.value, provenance: [], node }];
  }
  if (node.kind === 'seq') return [unknown('a list, not a single value', node)];
  const fn = intrinsic(node);
  if (!fn) return [unknown(node.tag ? `unknown tag ${node.tag}` : 'a mapping, not a single value', node)];
  switch (fn.name) {
    case 'Ref':
      return resolveRef(template, fn.arg, node, depth);
    case 'Fn::If':
      return resolveIf(template, fn.arg, node, depth);
    case 'Fn::FindInMap':
      return resolveFindInMap(template, fn.arg, node, depth);
    default:
      return [unknown(`${fn.name} is not evaluated`, node)];
  }
}

function resolveRef(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Resolution {
  if (arg.kind !== 'scalar' || typeof arg.value !== 'string') return [unknown('Ref to something that is not a name', node)];
  const name = arg.value;
  if (name === 'AWS::NoValue') return [{ kind: 'absent', provenance: ['Ref AWS::NoValue'], node }];
  if (name.startsWith('AWS::')) return [unknown(`pseudo parameter ${name} is known only at deployment`, node)];
  const parameter = template.parameters.get(name);
  if (parameter) return resolveParameter(template, name, parameter, node, depth);
  if (template.resources.some((r) => r.name === name)) return [unknown(`Ref to resource ${name}`, node)];
  return [unknown(`Ref to ${name}, which is not defined in the template`, node)];
}

function resolveParameter(template: CloudFormationTemplate, name: string, parameter: MapNode, node: Node, depth: number): Resolution {
  const type = get(parameter, 'Type');
  if (type?.kind === 'scalar' && typeof type.value === 'string' && type.value.trim().startsWith('AWS::SSM::Parameter::Value<')) {
    // The Default (and any value given) is the name of a Systems Manager parameter, not the value itself.
    return [unknown(`parameter ${name} is read from Systems Manager at deployment`, node)];
  }
  const defaultValue = get(parameter, 'Default');
  if (defaultValue) {
    if (defaultValue.kind !== 'scalar') return withStep(`parameter ${name} has a Default`, resolveNode(template, defaultValue, depth + 1));
    return [{ kind: 'value', value: defaultValue.value, provenance: [`parameter ${name} defaults to ${quote(defaultValue.value)}`], node: defaultValue }];
  }
  const allowed = get(parameter, 'AllowedValues');
  if (allowed?.kind === 'seq' && allowed.items.length > 0) {
    return allowed.items.flatMap((item): Resolution => {
      if (item.kind !== 'scalar') return withStep(`parameter ${name} allows a value`, resolveNode(template, item, depth + 1));
      return [{ kind: 'value', value: item.value, provenance: [`parameter ${name} allows ${quote(item.value)}`], node: item }];
    });
  }
  return [unknown(`parameter ${name} has no Default or AllowedValues: its value is given at deployment`, node)];
}

function resolveIf(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Resolution {
  if (arg.kind !== 'seq' || arg.items.length !== 3) return [unknown('Fn::If without [condition, value if true, value if false]', node)];
  const [condition, whenTrue, whenFalse] = arg.items as [Node, Node, Node];
  const name = condition.kind === 'scalar' ? String(condition.value) : '?';
  return [
    ...withStep(`Fn::If on condition ${name} (true branch)`, resolveNode(template, whenTrue, depth + 1)),
    ...withStep(`Fn::If on condition ${name} (false branch)`, resolveNode(template, whenFalse, depth + 1)),
  ];
}

/** The keys a FindInMap argument may take: concrete strings with provenance, or every key (`all`). */
type KeyChoice = { all: true; provenance: string[] } | { all: false; key: string; provenance: string[] };

function keyChoices(template: CloudFormationTemplate, arg: Node, depth: number): KeyChoice[] {
  const out: KeyChoice[] = [];
  for (const p of resolveNode(template, arg, depth + 1)) {
    if (p.kind === 'value' && p.value !== null) out.push({ all: false, key: String(p.value), provenance: p.provenance });
    else out.push({ all: true, provenance: p.provenance });
  }
  return out;
}

function resolveFindInMap(template: CloudFormationTemplate, arg: Node, node: Node, depth: number): Resolution {
  if (arg.kind !== 'seq' || arg.items.length < 3) return [unknown('Fn::FindInMap without [map, top-level key, second-level key]', node)];
  const [mapArg, topArg, secondArg] = arg.items as [Node, Node, Node];
  const mapName = mapArg.kind === 'scalar' && typeof mapArg.value === 'string' ? mapArg.value : undefined;
  const mapping = mapName === undefined ? undefined : template.mappings.get(mapName);
  if (!mapping || mapName === undefined) return [unknown(mapName ? `mapping ${mapName} is not defined` : 'Fn::FindInMap on a computed mapping name', node)];
  const out: Resolution = [];
  for (const top of keyChoices(template, topArg, depth)) {
    const topEntries = top.all ? mapping.entries : mapping.entries.filter((e) => e.key === top.key);
    for (const second of keyChoices(template, secondArg, depth)) {
      for (const t of topEntries) {
        if (t.value.kind !== 'map') continue;
        const secondEntries = second.all ? t.value.entries : t.value.entries.filter((e) => e.key === second.key);
        for (const s of secondEntries) {
          const step = `mapping ${mapName}[${t.key}][${s.key}]`;
          const found = withStep(step, resolveNode(template, s.value, depth + 1));
          out.push(...found.map((p) => ({ ...p, provenance: [...top.provenance, ...second.provenance, ...p.provenance] })));
        }
      }
    }
  }
  if (out.length === 0) {
    // AWS::LanguageExtensions: [map, key, key, {DefaultValue: x}] when no entry matches.
    const fallback = get(arg.items[3], 'DefaultValue');
    if (fallback) return withStep(`mapping ${mapName} has no entry: DefaultValue`, resolveNode(template, fallback, depth + 1));
    return [unknown(`mapping ${mapName} has no entry for these keys`, node)];
  }
  return dedupeUnknowns(out);
}

/** Keeps every value, but one unknown per reason. */
function dedupeUnknowns(possibilities: Resolution): Resolution {
  const seen = new Set<string>();
  return possibilities.filter((p) => {
    if (p.kind !== 'unknown') return true;
    if (seen.has(p.reason)) return false;
    seen.add(p.reason);
    return true;
  });
}

function referencedResourcesOf(template: CloudFormationTemplate, node: Node | undefined): Resource[] {
  const byName = new Map(template.resources.map((r) => [r.name, r]));
  const found = new Set<Resource>();
  const stack: Node[] = node ? [node] : [];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    const n = stack.pop()!;
    const fn = intrinsic(n);
    if (!fn) continue;
    if (fn.name === 'Ref' && fn.arg.kind === 'scalar') {
      const r = byName.get(String(fn.arg.value));
      if (r) found.add(r);
    } else if (fn.name === 'Fn::GetAtt') {
      const target = fn.arg.kind === 'seq' ? fn.arg.items[0] : fn.arg;
      if (target?.kind === 'scalar' && typeof target.value === 'string') {
        const name = fn.arg.kind === 'seq' ? target.value : target.value.split('.')[0]!;
        const r = byName.get(name);
        if (r) found.add(r);
      }
    } else if (fn.name === 'Fn::If' && fn.arg.kind === 'seq') {
      stack.push(...fn.arg.items.slice(1));
    }
  }
  return [...found];
}
