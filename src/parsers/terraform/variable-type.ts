/**
 * A variable's declared `type` constraint, as far as values need it: its
 * outermost kind (`set(string)` → `set`, `map(object({…}))` → `map`, the
 * legacy quoted `"list"` → `list`), and the conversion of a `--var` value to
 * the whole type. Written as an expression in `.tf` files and as a string in
 * `.tf.json` files, like Terraform reads both.
 */
import type { Expression } from '../../model/hcl-ast.js';
import { getEntry, type MapEntry, type MapNode, type Node, type SeqNode } from '../../model/node.js';
import { quote } from '../../model/quote.js';
import { expressionNode, literalValue, SourceText } from './ast-nodes.js';
import { literalText, parseHclExpression } from './hcl/parser.js';

type TypeKind = 'string' | 'number' | 'bool' | 'any' | 'list' | 'set' | 'map' | 'object' | 'tuple';

const KINDS = new Set<string>(['string', 'number', 'bool', 'any', 'list', 'set', 'map', 'object', 'tuple']);

/** The outermost kind of a type constraint; undefined without one, or for what is no type. */
export function typeKind(type: Node | undefined): TypeKind | undefined {
  if (!type || type.kind !== 'scalar') return undefined;
  const expr = type.expr;
  let name: string | undefined;
  if (expr?.type === 'variable' || expr?.type === 'call') name = expr.name;
  else if (typeof type.value === 'string') name = /^\s*([a-z]+)\s*(\(|$)/.exec(type.value)?.[1];
  return name !== undefined && KINDS.has(name) ? (name as TypeKind) : undefined;
}

/** A type constraint, whole. */
type Type =
  | { kind: 'string' | 'number' | 'bool' | 'any' }
  | { kind: 'list' | 'set' | 'map'; element: Type }
  | { kind: 'object'; attributes: Map<string, { type: Type; optional: boolean }> }
  | { kind: 'tuple'; elements: Type[] };

const ANY: Type = { kind: 'any' };
/** Type constraints nested deeper than this are taken as `any` below that depth. */
const MAX_TYPE_DEPTH = 64;

/**
 * A `--var NAME=VALUE` value as Terraform reads it for a root variable with
 * this type constraint: without a type, or with a primitive one (string,
 * number, bool), the text itself, converted to the type (`false`, `0` and
 * `1` are bools for a bool variable); with any other (any, list, set, map,
 * object, tuple), the text parsed as an HCL expression that refers to
 * nothing and calls no function, converted to the type (list(bool) turns
 * "false" into false). The error says why a value does not fit.
 */
export function commandLineValue(text: string, typeNode: Node | undefined): { value: Node } | { error: string } {
  const type = typeNode === undefined ? undefined : typeOf(typeNode);
  const at = { line: 1, column: 1, offset: 0 };
  if (type === undefined || type.kind === 'string' || type.kind === 'number' || type.kind === 'bool') {
    const literal: Node = { kind: 'scalar', value: text, range: { start: at, end: at } };
    return type === undefined ? { value: literal } : converted(literal, type);
  }
  const parsed = parseHclExpression('--var', text);
  if (!parsed.expression) return { error: `the value is not a valid HCL expression (${parsed.diagnostics[0]?.message ?? 'syntax error'})` };
  const refused = referenceIn(parsed.expression);
  if (refused) return { error: refused };
  return converted(expressionNode(parsed.expression, new SourceText(text, false)), type);
}

function converted(node: Node, type: Type): { value: Node } | { error: string } {
  const value = convert(node, type, '', 0);
  return typeof value === 'string' ? { error: value } : { value };
}

/** The type a `type` argument stands for; undefined for what is not a type this reads. */
function typeOf(node: Node): Type | undefined {
  if (node.kind !== 'scalar') return undefined;
  if (node.expr && node.expr.type !== 'template') return typeExpr(node.expr, 0);
  // The legacy quoted form ("string", "list", "map") and .tf.json's strings ("list(string)").
  const text = node.expr?.type === 'template' ? literalText(node.expr) : typeof node.value === 'string' ? node.value : undefined;
  const parsed = text === undefined ? undefined : parseHclExpression('type', text).expression;
  return parsed ? typeExpr(parsed, 0) : undefined;
}

function typeExpr(e: Expression, depth: number): Type | undefined {
  if (depth > MAX_TYPE_DEPTH) return ANY;
  if (e.type === 'parens') return typeExpr(e.expression, depth + 1);
  if (e.type === 'variable') {
    if (e.name === 'string' || e.name === 'number' || e.name === 'bool' || e.name === 'any') return { kind: e.name };
    // Terraform's shorthand for list(any) and map(any).
    if (e.name === 'list' || e.name === 'map') return { kind: e.name, element: ANY };
    return undefined;
  }
  if (e.type !== 'call' || e.args.length < 1) return undefined;
  const arg = e.args[0]!;
  if ((e.name === 'list' || e.name === 'set' || e.name === 'map') && e.args.length === 1) return { kind: e.name, element: typeExpr(arg, depth + 1) ?? ANY };
  if (e.name === 'tuple' && arg.type === 'tuple') return { kind: 'tuple', elements: arg.items.map((item) => typeExpr(item, depth + 1) ?? ANY) };
  if (e.name === 'object' && arg.type === 'object') {
    const attributes = new Map<string, { type: Type; optional: boolean }>();
    for (const item of arg.items) {
      const key = literalValue(item.key);
      if (key === undefined || typeof key.value !== 'string') return undefined;
      const optional = item.value.type === 'call' && item.value.name === 'optional' && item.value.args.length >= 1;
      const written = optional && item.value.type === 'call' ? item.value.args[0]! : item.value;
      attributes.set(key.value, { type: typeExpr(written, depth + 1) ?? ANY, optional });
    }
    return { kind: 'object', attributes };
  }
  return undefined;
}

/** Terraform evaluates a `-var` expression without variables or functions: what it refers to or calls, as a message. */
function referenceIn(root: Expression): string | undefined {
  const work: Array<{ e: Expression; bound: Set<string> }> = [{ e: root, bound: new Set() }];
  while (work.length > 0) {
    const { e, bound } = work.pop()!;
    const push = (x: Expression | undefined, names = bound): void => {
      if (x) work.push({ e: x, bound: names });
    };
    switch (e.type) {
      case 'variable':
        if (!bound.has(e.name)) return `the value refers to ${quote(e.name)}, but a --var value may not refer to anything`;
        break;
      case 'call':
        return `the value calls ${e.name}(), but a --var value may not call functions`;
      case 'template': {
        const parts = [...e.parts];
        while (parts.length > 0) {
          const p = parts.pop()!;
          if (p.type === 'interpolation') push(p.expression);
          else if (p.type === 'if') {
            push(p.condition);
            parts.push(...p.then, ...(p.else ?? []));
          } else if (p.type === 'for') {
            // Template `for` bodies are checked with the loop's names bound.
            push(p.collection);
            const names = new Set([...bound, p.valueVar.name, ...(p.keyVar ? [p.keyVar.name] : [])]);
            work.push({ e: { type: 'template', parts: p.body, range: p.range }, bound: names });
          }
        }
        break;
      }
      case 'getattr':
        push(e.object);
        break;
      case 'index':
        push(e.object);
        push(e.key);
        break;
      case 'splat':
        push(e.object);
        push(e.each);
        break;
      case 'conditional':
        push(e.condition);
        push(e.then);
        push(e.else);
        break;
      case 'binary':
        push(e.left);
        push(e.right);
        break;
      case 'unary':
        push(e.operand);
        break;
      case 'parens':
        push(e.expression);
        break;
      case 'tuple':
        e.items.forEach((item) => push(item));
        break;
      case 'object':
        for (const item of e.items) {
          push(item.key);
          push(item.value);
        }
        break;
      case 'for': {
        push(e.collection);
        const names = new Set([...bound, e.valueVar.name, ...(e.keyVar ? [e.keyVar.name] : [])]);
        push(e.key, names);
        push(e.value, names);
        push(e.condition, names);
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/** `node` converted to `type` as Terraform converts a variable's value; a string says why it cannot be. */
function convert(node: Node, type: Type, path: string, depth: number): Node | string {
  const where = path === '' ? '' : `${path}: `;
  if (type.kind === 'any' || depth > MAX_TYPE_DEPTH) return node;
  if (node.kind === 'scalar') {
    // An expression (an operator on literals): the resolver evaluates it as it is.
    if (node.expr && literalValue(node.expr) === undefined) return node;
    const v = node.value;
    if (v === null) return node;
    const scalar = (value: string | number | boolean): Node => (value === v ? node : { kind: 'scalar', value, range: node.range });
    switch (type.kind) {
      case 'string':
        return scalar(String(v));
      case 'number':
        if (typeof v === 'number') return node;
        if (typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) return scalar(Number(v));
        return `${where}a number is required`;
      case 'bool':
        if (typeof v === 'boolean') return node;
        if (v === 'true' || v === '1') return scalar(true);
        if (v === 'false' || v === '0') return scalar(false);
        if (typeof v === 'string' && /^(true|false)$/i.test(v)) return `${where}a bool is required; to convert from string, use lowercase "${v.toLowerCase()}"`;
        return `${where}a bool is required`;
      default:
        return `${where}${article(type.kind)} is required`;
    }
  }
  if (type.kind === 'string' || type.kind === 'number' || type.kind === 'bool') return `${where}a ${type.kind} is required`;
  if (node.kind === 'seq') {
    if (type.kind === 'list' || type.kind === 'set') return items(node, node.items.map((item, i) => convert(item, type.element, `${path}[${i}]`, depth + 1)));
    if (type.kind === 'tuple') {
      if (node.items.length !== type.elements.length) return `${where}a tuple of ${type.elements.length} elements is required`;
      return items(node, node.items.map((item, i) => convert(item, type.elements[i]!, `${path}[${i}]`, depth + 1)));
    }
    return `${where}${article(type.kind)} is required`;
  }
  if (type.kind === 'map') return entries(node, node.entries, node.entries.map((e) => convert(e.value, type.element, `${path}[${JSON.stringify(e.key)}]`, depth + 1)));
  if (type.kind === 'object') {
    const kept: MapEntry[] = [];
    for (const [name, attribute] of type.attributes) {
      const entry = getEntry(node, name);
      if (entry) kept.push(entry);
      else if (!attribute.optional) return `${where}attribute ${quote(name)} is required`;
    }
    const values = kept.map((e) => convert(e.value, type.attributes.get(e.key)!.type, `${path}.${e.key}`, depth + 1));
    return entries(kept.length === node.entries.length ? node : { ...node, entries: kept, expr: undefined }, kept, values);
  }
  return `${where}${article(type.kind)} is required`;
}

function article(kind: TypeKind): string {
  return kind === 'object' || kind === 'any' ? `an ${kind}` : `a ${kind}`;
}

function items(node: SeqNode, converted: Array<Node | string>): SeqNode | string {
  const error = converted.find((c): c is string => typeof c === 'string');
  if (error !== undefined) return error;
  const nodes = converted as Node[];
  return nodes.every((n, i) => n === node.items[i]) ? node : { kind: 'seq', items: nodes, range: node.range };
}

function entries(node: MapNode, from: MapEntry[], converted: Array<Node | string>): MapNode | string {
  const error = converted.find((c): c is string => typeof c === 'string');
  if (error !== undefined) return error;
  const nodes = converted as Node[];
  if (from === node.entries && nodes.every((n, i) => n === from[i]!.value)) return node;
  return { kind: 'map', entries: from.map((e, i) => ({ ...e, value: nodes[i]! })), range: node.range };
}
