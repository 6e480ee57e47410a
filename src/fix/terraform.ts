/**
 * Edits that set an argument of a Terraform resource (SPEC §8), in the
 * file's own style. HCL: a line with the neighbours' indentation, before the
 * first nested block, its `=` aligned with the attributes above it when they
 * are aligned (as `terraform fmt` aligns them); when the new name is longer
 * than that alignment allows, the line starts a group of its own after a
 * blank line, so that the neighbours keep their bytes and the file stays as
 * `terraform fmt` leaves it. `.tf.json`: a member with the neighbours'
 * separator. Pure: model nodes and file texts in, TextEdits out.
 */
import { basename } from 'node:path';
import type { Node } from '../model/node.js';
import type { Resource, TerraformModule } from '../model/resource.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { readBlockBody, type BodyItem } from './hcl-body.js';
import { addEntry, isFlow, type EditOutcome } from './mapping.js';
import { deeper, SourceText } from './source-text.js';

const sources = new WeakMap<TerraformModule, Map<string, SourceText>>();

export function terraformSourceOf(module: TerraformModule, file: string): SourceText | undefined {
  let files = sources.get(module);
  if (!files) sources.set(module, (files = new Map()));
  let source = files.get(file);
  if (!source) {
    const text = module.files.get(file);
    if (text === undefined) return undefined;
    files.set(file, (source = new SourceText(text)));
  }
  return source;
}

/** Adds `key = value` (value as source text) to the resource's block. */
export function insertTerraformAttribute(resource: Resource, key: string, value: string): EditOutcome {
  const module = resource.template as TerraformModule;
  const source = terraformSourceOf(module, resource.file);
  if (!source) return { noFix: 'the file of the resource is not part of the module read' };
  const edit = (offset: number, text: string): EditOutcome => ({ edits: [{ file: resource.file, range: source.at(offset), text }] });
  if (resource.file.endsWith('.json')) {
    const body = resource.properties;
    if (!isFlow(source, body)) return { noFix: 'the resource body is not a JSON object' };
    if (body.entries.length === 0) return edit(body.range.start.offset + 1, `${JSON.stringify(key)}: ${value}`);
    return addEntry(source, body, key, () => ({ plain: value }), edit);
  }
  const body = readBlockBody(source.text, resource.range.start.offset);
  if (!body) return { noFix: 'the resource block could not be read for editing' };
  const headerIndent = source.lineIndent(resource.range.start.offset);
  const firstBlock = body.items.findIndex((item) => item.kind === 'block');
  const before = firstBlock < 0 ? body.items : body.items.slice(0, firstBlock);
  const lastAttribute = before[before.length - 1];
  if (!lastAttribute) {
    const anchor = body.items[0];
    if (anchor) {
      // Only nested blocks: the argument goes first, a blank line before the blocks.
      const indent = source.indentBefore(anchor.start) ?? deeper(headerIndent, undefined, undefined);
      return edit(source.lineStart(anchor.start), `${indent}${key} = ${value}${source.eol}${source.eol}`);
    }
    // An empty body: `{}` or `{` and `}` on lines of their own.
    const indent = deeper(headerIndent, undefined, undefined);
    if (source.sameLine(body.open, body.close)) return edit(body.close, `${source.eol}${indent}${key} = ${value}${source.eol}${headerIndent}`);
    return edit(source.lineStart(body.close), `${indent}${key} = ${value}${source.eol}`);
  }
  const indent = source.indentBefore(lastAttribute.start);
  if (indent === undefined) return { noFix: 'the attributes of the resource do not start their lines' };
  if (source.sameLine(body.open, lastAttribute.start) || source.sameLine(lastAttribute.end, body.close)) {
    return { noFix: 'the resource block is written on one line with its braces' };
  }
  const group = alignmentGroup(source, before);
  let line: string;
  if (group.aligned && key.length + indent.length <= group.column) line = `${indent}${key.padEnd(group.column - indent.length)}= ${value}`;
  else if (group.aligned && group.formatted) line = `${source.eol}${indent}${key} = ${value}`; // its own group: the neighbours keep their alignment
  else line = `${indent}${key} = ${value}`;
  const next = source.nextLineStart(lastAttribute.end);
  return next === undefined ? edit(source.text.length, `${source.eol}${line}`) : edit(next, `${line}${source.eol}`);
}

/**
 * The attributes that `terraform fmt` aligns with a line added after the
 * last of `items`: the run of one-line attributes on consecutive lines
 * ending there. `column` is the 0-based column of their `=`; `aligned` when
 * all share it, `formatted` when it is where `terraform fmt` puts it (one
 * space after the longest name).
 */
function alignmentGroup(source: SourceText, items: BodyItem[]): { aligned: boolean; formatted: boolean; column: number } {
  const run: BodyItem[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind !== 'attribute' || !source.sameLine(item.start, item.end)) break;
    const previous = run[0];
    if (previous && source.index.position(item.start).line !== source.index.position(previous.start).line - 1) break;
    run.unshift(item);
  }
  if (run.length === 0) return { aligned: false, formatted: false, column: 0 };
  const columns = run.map((item) => item.equals! - source.lineStart(item.start));
  const column = columns[0]!;
  const aligned = columns.every((c) => c === column);
  const longest = Math.max(...run.map((item) => item.start - source.lineStart(item.start) + item.name.length));
  return { aligned, formatted: aligned && column === longest + 1, column };
}

/**
 * The same value node: the node itself, or (the evaluator makes a node of
 * each literal it reads) a node of the same HCL expression.
 */
export function sameNode(a: Node, b: Node): boolean {
  return a === b || (a.expr !== undefined && a.expr === b.expr);
}

/**
 * Where a value node of a module is defined, when it is not on the resource:
 * a tfvars value, a variable's default, a local, a module call's argument
 * (in the calling module's file).
 */
export function terraformDefinitionOf(module: TerraformModule, node: Node): { file: string; text: string; shared: string } | undefined {
  const instance = module as Partial<TerraformModuleInstance>;
  const found = (owner: TerraformModule, file: string, shared: string) => {
    const text = (owner as Partial<TerraformModuleInstance>).texts?.get(file) ?? owner.files.get(file);
    return text === undefined ? undefined : { file, text, shared };
  };
  for (const [name, value] of module.tfvars) {
    if (holds(value.value, node)) return found(module, value.file, `the value of ${name} in ${basename(value.file)}`);
  }
  for (const [name, variable] of module.variables) {
    if (variable.default && holds(variable.default, node)) return found(module, variable.file, `the default of variable ${name}`);
  }
  for (const [name, local] of module.locals) {
    if (holds(local.value, node)) return found(module, local.file, `local.${name}`);
  }
  for (const [name, input] of module.moduleInputs ?? []) {
    if (instance.parent && holds(input.value, node)) return found(instance.parent, input.file, `the argument ${name} of ${module.modulePath ?? 'the module call'}`);
  }
  return undefined;
}

/** Whether `node` is `root` or one of its descendants (identity, not position: ranges of different files may coincide). */
function holds(root: Node, node: Node): boolean {
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    const n = stack.pop()!;
    if (sameNode(n, node)) return true;
    if (n.kind === 'map') for (const e of n.entries) stack.push(e.value);
    else if (n.kind === 'seq') stack.push(...n.items);
  }
  return false;
}
