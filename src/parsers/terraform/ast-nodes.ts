/**
 * Model Nodes from the HCL AST (both syntaxes): a block body becomes a
 * MapNode of its attributes and nested blocks, an attribute value the Node of
 * its expression, with `expr` pointing at the AST.
 *
 * - literals (numbers, booleans, null, strings without `${`/`%{`, negative
 *   numbers), and tuples and objects (with literal keys) are scalar, seq and
 *   map nodes with their exact ranges, nested as deep as they go;
 * - any other expression is a ScalarNode whose value is its source text in
 *   template form (`${var.iam}`, `db-${var.env}`), for display only;
 * - nested blocks of one type are one entry (at the first block) whose value
 *   is a SeqNode of bodies, nested in MapNodes by label
 *   (`dynamic "x" {}` → dynamic → x → [ {…} ]).
 * Linear in the input: labels are found through maps, and expressions are
 * converted with an explicit stack.
 */
import type { Expression, TemplateExpr } from '../../model/hcl-ast.js';
import { compact, type MapEntry, type MapNode, type Node, type SeqNode } from '../../model/node.js';
import { joinRanges, type Range } from '../../model/range.js';
import type { Attribute, Block, Body } from './hcl/ast.js';
import { literalText } from './hcl/parser.js';

export interface LocatedBlock {
  type: string;
  labels: string[];
  labelRanges: Range[];
  /** Native syntax: the block type through `{`; JSON syntax: the last label's key. */
  header: Range;
  extent: Range;
  body: MapNode;
}

/** Gives the display text of a non-literal expression. */
export class SourceText {
  constructor(
    private readonly text: string,
    private readonly json: boolean,
  ) {}

  slice(range: Range): string {
    return this.text.slice(range.start.offset, range.end.offset);
  }

  /** `${expr}` for an expression, the template's own text for a template. */
  display(e: Expression): string {
    if (e.type !== 'template') return `\${${this.slice(e.range)}}`;
    const raw = this.slice(e.range);
    if (this.json) {
      try {
        return JSON.parse(raw) as string;
      } catch {
        return raw;
      }
    }
    if (e.heredoc) {
      const start = raw.indexOf('\n') + 1;
      const end = raw.lastIndexOf('\n');
      return end >= start ? raw.slice(start, end + 1) : '';
    }
    return raw.slice(1, -1);
  }
}

/** The top-level blocks of a file, in source order. */
export function topLevelBlocks(body: Body, source: SourceText): LocatedBlock[] {
  const blocks: LocatedBlock[] = [];
  for (const item of body.items) if (item.type === 'block') blocks.push(locatedBlock(item, source));
  return blocks;
}

/** One top-level block. */
export function locatedBlock(block: Block, source: SourceText): LocatedBlock {
  return {
    type: block.blockType,
    labels: block.labels.map((l) => l.value),
    labelRanges: block.labels.map((l) => l.range),
    header: block.header,
    extent: block.range,
    body: bodyNode(block, source),
  };
}

/** The top-level arguments of a file (variable definitions files). */
export function attributeEntries(body: Body, source: SourceText): MapEntry[] {
  return body.items.filter((i): i is Attribute => i.type === 'attribute').map((a) => ({ key: a.name, keyRange: a.nameRange, value: expressionNode(a.expression, source) }));
}

/** A block's body as a MapNode (range: the whole block). */
function bodyNode(block: Block, source: SourceText): MapNode {
  const node: MapNode = { kind: 'map', entries: [], range: block.range };
  const groups = new Map<string, { tree: MapNode | SeqNode; labels: Map<MapNode, Map<string, MapEntry>> }>();
  for (const item of block.body.items) {
    if (item.type === 'attribute') {
      node.entries.push({ key: item.name, keyRange: item.nameRange, value: expressionNode(item.expression, source) });
      continue;
    }
    let group = groups.get(item.blockType);
    if (!group) {
      const tree: MapNode | SeqNode = item.labels.length === 0 ? { kind: 'seq', items: [], range: item.range } : { kind: 'map', entries: [], range: item.range };
      group = { tree, labels: new Map() };
      groups.set(item.blockType, group);
      node.entries.push({ key: item.blockType, keyRange: item.typeRange, value: tree });
    }
    group.tree.range = joinRanges(group.tree.range, item.range);
    const body = bodyNode(item, source);
    if (group.tree.kind === 'seq') {
      group.tree.items.push(body);
      continue;
    }
    let cur: MapNode = group.tree;
    item.labels.forEach((label, k) => {
      const last = k === item.labels.length - 1;
      let index = group.labels.get(cur);
      if (!index) {
        index = new Map();
        group.labels.set(cur, index);
      }
      let entry = index.get(label.value);
      if (!entry) {
        entry = { key: label.value, keyRange: label.range, value: last ? { kind: 'seq', items: [], range: item.range } : { kind: 'map', entries: [], range: item.range } };
        cur.entries.push(entry);
        index.set(label.value, entry);
      }
      if (last && entry.value.kind === 'seq') entry.value.items.push(body);
      else if (entry.value.kind === 'map') cur = entry.value;
    });
  }
  node.entries = compact(node.entries);
  return node;
}

/** The Node of an expression: literals (also inside tuples and objects) as values, the rest as display text. */
export function expressionNode(root: Expression, source: SourceText): Node {
  let result: Node | undefined;
  const work: Array<{ e: Expression; put: (n: Node) => void }> = [{ e: root, put: (n) => (result = n) }];
  while (work.length > 0) {
    const { e, put } = work.pop()!;
    const literal = literalValue(e);
    if (literal !== undefined) {
      put({ kind: 'scalar', value: literal.value, range: e.range, expr: e });
      continue;
    }
    if (e.type === 'tuple') {
      const seq: SeqNode = { kind: 'seq', items: new Array<Node>(e.items.length), range: e.range, expr: e };
      put(seq);
      e.items.forEach((item, k) => work.push({ e: item, put: (n) => (seq.items[k] = n) }));
      continue;
    }
    if (e.type === 'object') {
      const keys = e.items.map((i) => literalKey(i.key));
      if (keys.every((k) => k !== undefined)) {
        const map: MapNode = { kind: 'map', entries: [], range: e.range, expr: e };
        put(map);
        e.items.forEach((item, k) => {
          const entry: MapEntry = { key: keys[k]!, keyRange: item.key.range, value: map };
          map.entries.push(entry);
          work.push({ e: item.value, put: (n) => (entry.value = n) });
        });
        map.entries = compact(map.entries);
        continue;
      }
    }
    put({ kind: 'scalar', value: source.display(e), range: e.range, expr: e });
  }
  return result!;
}

/** The value of a literal expression: a literal, a literal string, a negated number literal. */
export function literalValue(e: Expression): { value: string | number | boolean | null } | undefined {
  if (e.type === 'literal') return { value: e.value };
  if (e.type === 'template') {
    const text = literalText(e as TemplateExpr);
    return text === undefined ? undefined : { value: text };
  }
  if (e.type === 'unary' && e.op === '-' && e.operand.type === 'literal' && typeof e.operand.value === 'number') return { value: -e.operand.value };
  return undefined;
}

/** An object key written as a name or a literal string (or literal number/boolean). */
function literalKey(e: Expression): string | undefined {
  const v = literalValue(e);
  if (v === undefined || v.value === null) return undefined;
  return String(v.value);
}
