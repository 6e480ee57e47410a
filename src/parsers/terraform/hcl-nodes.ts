/**
 * Joins hcl2json's values with the scanner's positions into model Nodes.
 *
 * - an attribute → MapEntry (keyRange = the name, value range = the expression);
 *   values nested inside an attribute's value reuse the attribute's value range;
 * - blocks of one type → one entry whose value is a SeqNode of MapNodes (one per
 *   block, range = the block's extent), nested in MapNodes by label, exactly as
 *   hcl2json nests them (`dynamic "x" {}` → dynamic → x → [ {…} ]).
 *
 * Whatever hcl2json reports that the scanner did not locate is listed in
 * `unlocated` (and still added, at the enclosing block's range); whatever the
 * scanner found that hcl2json did not report is listed in `spurious`.
 */
import type { LineIndex, Range } from '../../model/range.js';
import type { MapNode, Node, SeqNode } from '../../model/node.js';
import type { ScannedAttribute, ScannedBlock, ScannedItem, ScannedObject, Span } from './scanner.js';

/** Nested blocks deeper than this are converted without positions (their block's range). */
const MAX_BLOCK_DEPTH = 64;

export interface LocatedBlock {
  type: string;
  labels: string[];
  labelRanges: Range[];
  /** Block type through `{`. */
  header: Range;
  extent: Range;
  body: MapNode;
}

export interface LocatedFile {
  /** The whole file as one map (top-level attributes and blocks). */
  root: MapNode;
  /** Top-level blocks in source order. */
  blocks: LocatedBlock[];
  unlocated: string[];
  spurious: string[];
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Converts a JSON value to Nodes that all carry `range` (iterative). */
export function jsonToNode(value: Json, range: Range): Node {
  const make = (v: Json): Node =>
    Array.isArray(v)
      ? { kind: 'seq', items: [], range }
      : isObject(v)
        ? { kind: 'map', entries: [], range }
        : { kind: 'scalar', value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null, range };
  const root = make(value);
  const work: Array<[Json, Node]> = [[value, root]];
  while (work.length > 0) {
    const [v, node] = work.pop()!;
    if (node.kind === 'seq' && Array.isArray(v)) {
      for (const item of v) {
        const child = make(item);
        node.items.push(child);
        work.push([item, child]);
      }
    } else if (node.kind === 'map' && isObject(v)) {
      for (const [key, item] of Object.entries(v)) {
        const child = make(item);
        node.entries.push({ key, keyRange: range, value: child });
        work.push([item, child]);
      }
    }
  }
  return root;
}

interface BuildContext {
  lines: LineIndex;
  unlocated: string[];
  spurious: string[];
  topBlocks?: LocatedBlock[];
}

function rangeOf(ctx: BuildContext, span: Span): Range {
  return ctx.lines.range(span.start, span.end);
}

/** The array hcl2json keeps for blocks with these labels, if any. */
function blockArray(value: Json, labels: string[]): Json[] | undefined {
  let cur: Json = value;
  for (const label of labels) {
    if (!isObject(cur)) return undefined;
    cur = cur[label];
  }
  return Array.isArray(cur) ? cur : undefined;
}

/** Every array of block bodies in hcl2json's value for a block type, with its label path. */
function blockArrays(value: Json, depth: number): Array<{ labels: string[]; items: Json[] }> {
  const out: Array<{ labels: string[]; items: Json[] }> = [];
  const work: Array<{ v: Json; labels: string[] }> = [{ v: value, labels: [] }];
  while (work.length > 0) {
    const { v, labels } = work.pop()!;
    if (labels.length === depth) {
      if (Array.isArray(v)) out.push({ labels, items: v });
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) work.push({ v: child, labels: [...labels, k] });
    }
  }
  return out;
}

function spanRange(ctx: BuildContext, first: Span, last: Span): Range {
  return ctx.lines.range(first.start, last.end);
}

/** Inserts a block body into the label tree of its block type. */
function insertBlock(ctx: BuildContext, tree: Node, block: ScannedBlock, body: MapNode): void {
  if (tree.kind === 'seq') {
    tree.items.push(body);
    return;
  }
  if (tree.kind !== 'map') return;
  let cur: MapNode = tree;
  block.labels.forEach((label, k) => {
    const last = k === block.labels.length - 1;
    let entry = cur.entries.find((e) => e.key === label.value);
    if (!entry) {
      const range = rangeOf(ctx, block.extent);
      entry = {
        key: label.value,
        keyRange: rangeOf(ctx, label),
        value: last ? { kind: 'seq', items: [], range } : { kind: 'map', entries: [], range },
      };
      cur.entries.push(entry);
    }
    if (last && entry.value.kind === 'seq') entry.value.items.push(body);
    else if (entry.value.kind === 'map') cur = entry.value;
  });
}

/**
 * An attribute's value. Object constructors whose keys the scanner located get
 * per-entry key and value ranges (nested objects too); the rest reuses the
 * nearest located range.
 */
function attributeValue(ctx: BuildContext, value: Json, attribute: ScannedAttribute): Node {
  const range = rangeOf(ctx, attribute.value);
  if (!attribute.object || !isObject(value)) return jsonToNode(value, range);
  const root = jsonToNode(value, range) as MapNode;
  const work: Array<{ node: MapNode; json: Record<string, Json>; scanned: ScannedObject }> = [{ node: root, json: value, scanned: attribute.object }];
  while (work.length > 0) {
    const { node, json, scanned } = work.pop()!;
    for (const item of scanned.items) {
      const entry = node.entries.find((e) => e.key === item.key);
      if (!entry) continue;
      const itemRange = rangeOf(ctx, item.value);
      const child = json[item.key];
      entry.keyRange = rangeOf(ctx, item.keySpan);
      entry.value = jsonToNode(child, itemRange);
      if (item.object && isObject(child) && entry.value.kind === 'map') work.push({ node: entry.value, json: child, scanned: item.object });
    }
    // Source order (hcl2json sorts keys); entries the scanner did not locate go last.
    const order = (e: { keyRange: Range }): number => (e.keyRange === node.range ? Infinity : e.keyRange.start.offset);
    node.entries.sort((a, b) => order(a) - order(b));
  }
  return root;
}

interface Frame {
  json: Record<string, Json>;
  items: ScannedItem[];
  node: MapNode;
  path: string;
  depth: number;
}

/** Builds the MapNode of one body; nested blocks are queued on `work` (no recursion). */
function buildBody(ctx: BuildContext, frame: Frame, work: Frame[]): void {
  const { json, items, node, path } = frame;
  const seen = new Set<string>();
  const groups = new Map<string, ScannedBlock[]>();
  const blockEntryAt = new Map<string, number>();
  for (const item of items) {
    if (item.kind === 'attribute') {
      if (!(item.name in json)) {
        ctx.spurious.push(`${path}${item.name}`);
        continue;
      }
      if (seen.has(item.name)) continue;
      seen.add(item.name);
      node.entries.push({ key: item.name, keyRange: rangeOf(ctx, item.key), value: attributeValue(ctx, json[item.name], item) });
    } else {
      let group = groups.get(item.type);
      if (!group) {
        group = [];
        groups.set(item.type, group);
        blockEntryAt.set(item.type, node.entries.length);
        node.entries.push({ key: item.type, keyRange: rangeOf(ctx, item.typeSpan), value: node });
      }
      group.push(item);
    }
  }
  for (const [type, blocks] of groups) {
    const entry = node.entries[blockEntryAt.get(type)!]!;
    const value = json[type];
    if (value === undefined) {
      ctx.spurious.push(...blocks.map(() => `${path}${type}`));
      node.entries.splice(node.entries.indexOf(entry), 1);
      continue;
    }
    seen.add(type);
    const range = spanRange(ctx, blocks[0]!.extent, blocks[blocks.length - 1]!.extent);
    const tree: MapNode | SeqNode = blocks[0]!.labels.length === 0 ? { kind: 'seq', items: [], range } : { kind: 'map', entries: [], range };
    entry.value = tree;
    const used = new Map<string, number>();
    for (const block of blocks) {
      const labels = block.labels.map((l) => l.value);
      const labelKey = JSON.stringify(labels);
      const index = used.get(labelKey) ?? 0;
      used.set(labelKey, index + 1);
      const elem = blockArray(value, labels)?.[index];
      const blockPath = `${path}${[type, ...labels].join('.')}[${index}]`;
      if (!isObject(elem)) {
        ctx.spurious.push(blockPath);
        continue;
      }
      const extent = rangeOf(ctx, block.extent);
      let body: MapNode;
      if (frame.depth >= MAX_BLOCK_DEPTH) {
        body = jsonToNode(elem, extent) as MapNode;
      } else {
        body = { kind: 'map', entries: [], range: extent };
        work.push({ json: elem, items: block.body, node: body, path: `${blockPath}.`, depth: frame.depth + 1 });
      }
      insertBlock(ctx, tree, block, body);
      if (frame.depth === 0 && ctx.topBlocks) {
        ctx.topBlocks.push({
          type,
          labels,
          labelRanges: block.labels.map((l) => rangeOf(ctx, l)),
          header: rangeOf(ctx, block.header),
          extent,
          body,
        });
      }
    }
    // Blocks hcl2json reports beyond those the scanner found.
    const depth = blocks[0]!.labels.length;
    for (const { labels, items: arr } of blockArrays(value, depth)) {
      const found = blocks.filter((b) => JSON.stringify(b.labels.map((l) => l.value)) === JSON.stringify(labels)).length;
      for (let k = found; k < arr.length; k++) {
        ctx.unlocated.push(`${path}${[type, ...labels].join('.')}[${k}]`);
        const fallback = jsonToNode(arr[k], range);
        if (tree.kind === 'seq') tree.items.push(fallback);
      }
    }
  }
  for (const key of Object.keys(json)) {
    if (seen.has(key)) continue;
    ctx.unlocated.push(`${path}${key}`);
    node.entries.push({ key, keyRange: node.range, value: jsonToNode(json[key], node.range) });
  }
}

/** Joins one file's hcl2json value with its scan. */
export function locateFile(json: Record<string, Json>, items: ScannedItem[], lines: LineIndex): LocatedFile {
  const ctx: BuildContext = { lines, unlocated: [], spurious: [], topBlocks: [] };
  const root: MapNode = { kind: 'map', entries: [], range: lines.range(0, lines.text.length) };
  const work: Frame[] = [{ json, items, node: root, path: '', depth: 0 }];
  for (let k = 0; k < work.length; k++) buildBody(ctx, work[k]!, work);
  const blocks = ctx.topBlocks!.sort((a, b) => a.header.start.offset - b.header.start.offset);
  return { root, blocks, unlocated: ctx.unlocated, spurious: ctx.spurious };
}
