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
import type { MapNode, Node } from '../model/node.js';
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

/** A block to add an argument to: a resource, or a module call (SPEC §8: a module outside the linted tree is fixed at its call). */
export interface TerraformBlock {
  /** The module whose files hold the block. */
  module: TerraformModule;
  file: string;
  /** Offset of the block's header (`resource "type" "name"`, `module "name"`; in .tf.json the key of the block's object). */
  headerStart: number;
  /** The block's body as written in `file` (for .tf.json: the object to add a member to). */
  body: MapNode;
  /** What the block is, for the reasons of no fix: `resource`, `module call`. */
  what: string;
}

/** The resource's block, as written in its own file (arguments that override files merged in are left out). */
export function resourceBlock(resource: Resource): TerraformBlock {
  const merged = resource.overrides?.flatMap((o) => o.entries) ?? [];
  const body = merged.length === 0 ? resource.properties : { ...resource.properties, entries: resource.properties.entries.filter((e) => !merged.includes(e)) };
  return { module: resource.template as TerraformModule, file: resource.file, headerStart: resource.range.start.offset, body, what: 'resource' };
}

/** Adds `key = value` (value as source text) to the block. */
export function insertTerraformAttribute(block: TerraformBlock, key: string, value: string): EditOutcome {
  const { module, file, what } = block;
  const source = terraformSourceOf(module, file);
  if (!source) return { noFix: `the file of the ${what} is not part of the module read` };
  const edit = (offset: number, text: string): EditOutcome => ({ edits: [{ file, range: source.at(offset), text }] });
  if (file.endsWith('.json')) {
    const body = block.body;
    if (!isFlow(source, body)) return { noFix: `the ${what} body is not a JSON object` };
    if (body.entries.length === 0) {
      const inside = source.text.slice(body.range.start.offset + 1, body.range.end.offset - 1);
      if (inside.trim() !== '') return { noFix: `every member of the ${what} is replaced by an override file: set ${key} there` };
      return edit(body.range.start.offset + 1, `${JSON.stringify(key)}: ${value}`);
    }
    return addEntry(source, body, key, () => ({ plain: value }), edit);
  }
  const body = readBlockBody(source.text, block.headerStart);
  if (!body) return { noFix: `the ${what} block could not be read for editing` };
  const headerIndent = source.lineIndent(block.headerStart);
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
  if (indent === undefined) return { noFix: `the arguments of the ${what} do not start their lines` };
  if (source.sameLine(body.open, lastAttribute.start) || source.sameLine(lastAttribute.end, body.close)) {
    return { noFix: `the ${what} block is written on one line with its braces` };
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
function sameNode(a: Node, b: Node): boolean {
  return a === b || (a.expr !== undefined && a.expr === b.expr);
}

/**
 * Where a value node of a module is defined, when it is not on the resource:
 * a tfvars value, a variable's default, a local, a module call's argument
 * (in the calling module's file) — of the module or, the value passed down
 * from a caller, of a module that calls it. `shared` names it, with the
 * path to the node inside it when the node is an element (`reports.iam of
 * local.databases`), and the module when it is a caller.
 */
export function terraformDefinitionOf(module: TerraformModule, node: Node): { file: string; text: string; shared: string } | undefined {
  let depth = 0;
  for (let owner: TerraformModule | undefined = module; owner && depth < 16; owner = (owner as Partial<TerraformModuleInstance>).parent, depth++) {
    const of = owner === module ? '' : ` of ${owner.modulePath ?? 'the root module'}`;
    const found = definedIn(owner, node, of);
    if (found) return found;
  }
  return undefined;
}

function definedIn(module: TerraformModule, node: Node, of: string): { file: string; text: string; shared: string } | undefined {
  const instance = module as Partial<TerraformModuleInstance>;
  const found = (owner: TerraformModule, file: string, what: string, path: string[]) => {
    const text = (owner as Partial<TerraformModuleInstance>).texts?.get(file) ?? owner.files.get(file);
    return text === undefined ? undefined : { file, text, shared: path.length > 0 ? `${path.join('.')} of ${what}` : what };
  };
  let path: string[] | undefined;
  for (const [name, value] of module.tfvars) {
    if ((path = pathTo(value.value, node))) return found(module, value.file, `the value of ${name} in ${basename(value.file)}`, path);
  }
  for (const [name, variable] of module.variables) {
    if (variable.default && (path = pathTo(variable.default, node))) return found(module, variable.defaultFile ?? variable.file, `the default of variable ${name}${of}`, path);
  }
  for (const [name, local] of module.locals) {
    if ((path = pathTo(local.value, node))) return found(module, local.file, `local.${name}${of}`, path);
  }
  for (const [name, input] of module.moduleInputs ?? []) {
    if (instance.parent && (path = pathTo(input.value, node))) return found(instance.parent, input.file, `the argument ${name} of ${module.modulePath ?? 'the module call'}`, path);
  }
  return undefined;
}

/** Whether `node` is `root` or one of its descendants (identity, not position: ranges of different files may coincide). */
export function holds(root: Node, node: Node): boolean {
  return pathTo(root, node) !== undefined;
}

/** The keys (map keys, list indexes) from `root` down to `node`; undefined when `root` does not hold it. */
export function pathTo(root: Node, node: Node): string[] | undefined {
  const stack: Array<{ n: Node; path: string[] }> = [{ n: root, path: [] }];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    const { n, path } = stack.pop()!;
    if (sameNode(n, node)) return path;
    if (n.kind === 'map') for (const e of n.entries) stack.push({ n: e.value, path: [...path, e.key] });
    else if (n.kind === 'seq') n.items.forEach((item, i) => stack.push({ n: item, path: [...path, String(i)] }));
  }
  return undefined;
}
