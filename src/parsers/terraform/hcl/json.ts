/**
 * HCL's JSON syntax (`.tf.json`, `.tfvars.json`) into the same AST as native
 * syntax. The JSON is read by the project's JSON reader (exact ranges); then:
 * - `.tf.json`: the top-level object maps block types to objects nested by
 *   label (`resource` → type → name → body; `variable` → name → body;
 *   `locals` → body); a body, and each label level, may also be an array of
 *   objects. A block's header is its last label's key (the block type's key
 *   when it has no label), its range the body's value. `"//"` properties are
 *   comments and are left out.
 * - `.tfvars.json`: the top-level object's properties are the arguments.
 * - values: a string is a template, parsed by the native template parser
 *   with every position inside the JSON string kept (escapes accounted for);
 *   numbers, booleans and null are literals; arrays are tuples, objects are
 *   objects with literal keys. Everything is iterative: JSON nested 100,000
 *   levels deep is read like any other.
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { Expression, ObjectItem, TemplateExpr } from '../../../model/hcl-ast.js';
import type { MapNode, Node, ScalarNode } from '../../../model/node.js';
import type { LineIndex, Position } from '../../../model/range.js';
import { readJson } from '../../cloudformation/json-reader.js';
import type { Attribute, Block, BlockLabel, Body, HclFile } from './ast.js';
import { parseBareTemplate } from './parser.js';
import { tick } from '../../../model/time-budget.js';

/** How many labels each top-level block type has. Other keys (e.g. "//" comments) are ignored. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  ephemeral: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  check: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
};

/** Reads a `.tf.json` (`blocks`) or `.tfvars.json` (`arguments`) file. Never throws. */
export function parseHclJson(file: string, text: string, lines: LineIndex, mode: 'blocks' | 'arguments'): HclFile {
  const read = readJson(file, text, lines);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const body: Body = { items: [], range: lines.range(0, text.length) };
  const result: HclFile = { body, comments: [], diagnostics };
  if (!read.root) return result;
  const root = read.root;
  if (root.kind !== 'map') {
    const message = mode === 'arguments' ? 'a .tfvars.json file must hold a JSON object' : 'a .tf.json file must hold a JSON object';
    diagnostics.push({ file, severity: 'error', code: mode === 'arguments' ? 'tfvars-syntax' : 'hcl-syntax', message, range: root.range });
    return result;
  }
  const values = new JsonValues(file, text, lines, diagnostics);
  if (mode === 'arguments') {
    body.items = attributes(root, values);
    return result;
  }
  for (const top of root.entries) {
    const depth = LABELS[top.key];
    if (depth === undefined) continue;
    const work: Array<{ node: Node; labels: BlockLabel[]; header: Block['header'] }> = [{ node: top.value, labels: [], header: top.keyRange }];
    while (work.length > 0) {
      tick();
      const { node, labels, header } = work.shift()!;
      if (labels.length < depth) {
        for (const level of node.kind === 'seq' ? node.items : [node]) {
          if (level.kind !== 'map') continue;
          for (const e of level.entries) work.push({ node: e.value, labels: [...labels, { value: e.key, range: e.keyRange, quoted: true }], header: e.keyRange });
        }
        continue;
      }
      for (const b of node.kind === 'seq' ? node.items : [node]) {
        if (b.kind !== 'map') continue;
        body.items.push({
          type: 'block',
          blockType: top.key,
          typeRange: top.keyRange,
          labels,
          body: { items: attributes(b, values), range: b.range },
          header,
          range: b.range,
        });
      }
    }
  }
  return result;
}

function attributes(map: MapNode, values: JsonValues): Attribute[] {
  return map.entries
    .filter((e) => e.key !== '//')
    .map((e) => ({ type: 'attribute', name: e.key, nameRange: e.keyRange, expression: values.expression(e.value) }));
}

class JsonValues {
  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The expression of a JSON value, built bottom-up without recursion. */
  expression(root: Node): Expression {
    const built = new Map<Node, Expression>();
    const work: Array<{ node: Node; expanded: boolean }> = [{ node: root, expanded: false }];
    while (work.length > 0) {
      tick();
      const top = work[work.length - 1]!;
      const node = top.node;
      if (node.kind === 'scalar') {
        work.pop();
        built.set(node, this.scalar(node));
        continue;
      }
      const children = node.kind === 'seq' ? node.items : node.entries.map((e) => e.value);
      if (!top.expanded) {
        top.expanded = true;
        for (const child of children) work.push({ node: child, expanded: false });
        continue;
      }
      work.pop();
      if (node.kind === 'seq') {
        built.set(node, { type: 'tuple', items: node.items.map((n) => take(built, n)), range: node.range });
      } else {
        const items: ObjectItem[] = node.entries.map((e) => ({ key: { type: 'literal', value: e.key, range: e.keyRange }, value: take(built, e.value) }));
        built.set(node, { type: 'object', items, range: node.range });
      }
    }
    return built.get(root)!;
  }

  private scalar(node: ScalarNode): Expression {
    const v = node.value;
    if (typeof v !== 'string') return { type: 'literal', value: v, range: node.range };
    if (!v.includes('${') && !v.includes('%{')) {
      return { type: 'template', parts: v === '' ? [] : [{ type: 'text', value: v.replaceAll('$${', '${').replaceAll('%%{', '%{'), range: node.range }], range: node.range };
    }
    const template = parseBareTemplate(this.file, v, this.positions(node), this.diagnostics);
    if (!template) return { type: 'template', parts: [{ type: 'text', value: v, range: node.range }], range: node.range };
    return withRange(template, node);
  }

  /** Maps an offset of a string's decoded value to its position in the file. */
  private positions(node: ScalarNode): (offset: number) => Position {
    const base = node.range.start.offset + 1;
    const rawEnd = node.range.end.offset - 1;
    const raw = this.text.slice(base, rawEnd);
    if (!raw.includes('\\')) return (o) => this.lines.position(base + o);
    // Where each decoded UTF-16 unit starts in the raw text.
    const starts: number[] = [];
    for (let i = 0; i < raw.length; ) {
      starts.push(i);
      if (raw[i] !== '\\') i++;
      else i += raw[i + 1] === 'u' ? 6 : 2;
    }
    starts.push(raw.length);
    return (o) => this.lines.position(base + (starts[Math.min(o, starts.length - 1)] ?? raw.length));
  }
}

function take(built: Map<Node, Expression>, node: Node): Expression {
  const e = built.get(node)!;
  built.delete(node);
  return e;
}

/** A template read from a JSON string spans the whole string, quotes included. */
function withRange(template: TemplateExpr, node: ScalarNode): TemplateExpr {
  return { ...template, range: node.range };
}
