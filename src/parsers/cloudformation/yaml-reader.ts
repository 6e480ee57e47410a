/**
 * Reads CloudFormation YAML into model Nodes with exact ranges.
 *
 * yaml-scan-reader.ts reads the CloudFormation-shaped subset of YAML straight
 * from the text (the fastest path, with no `yaml` code at all; readYaml in
 * yaml-read.ts loads this module only for what it leaves). What it
 * leaves goes to the `yaml` package's Parser, which gives the CST (concrete
 * syntax tree) of each document; yaml-cst-reader.ts builds our own tree
 * straight from it. What that reader leaves — syntax errors, merge keys, `!!`
 * tags and other rare forms — is composed into `yaml` Documents (failsafe
 * schema: it resolves nothing, so every choice below is ours) and this
 * module walks their AST without recursion. All three paths give the same
 * model, diagnostics and comments (test/yaml-cst-reader.test.ts and
 * test/yaml-scan-reader.test.ts, over the corpus).
 *
 * How YAML is read (CloudFormation is YAML 1.1-minded; cfn-lint's PyYAML
 * loader is the reference):
 * - plain scalars follow YAML 1.1 (see yaml-scalars.ts): `yes`/`no`/`on`/`off`
 *   are booleans, `0755` is octal (493), `1:30` is base 60, `~`/`null`/empty
 *   are null, `1e5` (no dot) is a string, and timestamps stay strings
 *   (`AWSTemplateFormatVersion: 2010-09-09` is "2010-09-09"); integers beyond
 *   2^53 lose precision like JSON.parse. Quoted and block scalars are strings.
 * - mapping keys are always strings holding the text as written (`yes:` is
 *   "yes", `010:` is "010"); a collection used as a key becomes its source text.
 * - short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`, ...) become the long
 *   form in any node kind (scalar, sequence, mapping); see intrinsics.ts.
 * - other local tags (`!Rain::Module`, typos) keep the node as written with
 *   `tag` set, plus a warning "unknown-tag". Standard tags (`!!str`, `!!int`,
 *   `!!float`, `!!bool`, `!!null`) are applied; other `!!` tags are ignored.
 * - anchors and aliases resolve to the anchored node (shared, not copied);
 *   `<<` merge keys (YAML 1.1, PyYAML) merge mappings. A document whose
 *   aliases add more than ALIAS_EXPANSION_LIMIT nodes (an alias bomb)
 *   or whose alias refers to its own enclosing node is dropped with an error.
 * - duplicate keys are an error diagnostic naming both lines; the last wins.
 * - a document with a syntax error is not used (CloudFormation rejects it);
 *   each error is a "yaml-syntax" diagnostic with its line and column. One
 *   exception, read as PyYAML and CloudFormation do: multi-line quoted strings
 *   whose lines are indented less than their key (yaml-quoted.ts; a warning).
 * - nesting too deep for the yaml composer is one "yaml-too-deep" error.
 */
import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Pair,
  type Scalar as YamlScalar,
} from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapEntry, MapNode, Node, ScalarNode, SeqNode } from '../../model/node.js';
import type { SourceComment } from '../../model/resource.js';
import type { LineIndex, Range } from '../../model/range.js';
import { KeyTracker } from './duplicate-keys.js';
import { longFormKey, toLongForm } from './intrinsics.js';
import { composeYaml, type CommentToken } from './yaml-compose.js';
import { readYamlCst } from './yaml-cst-reader.js';
import { endBlockAt, markUnknownTag, tagRangeBefore, trimEnd } from './yaml-node-shape.js';
import { foldQuoted } from './yaml-quoted.js';
import { repairUnderIndentedQuotes } from './yaml-quoted-repair.js';
import { lineFeeds, tooDeepToRead, type ReadDocument, type ReadResult } from './yaml-prepare.js';
import { resolvePlainScalar, resolveTaggedScalar } from './yaml-scalars.js';

/** Nodes that aliases add (each alias counted at the full size of what it expands to) beyond which a document is an alias bomb; nodes written out do not count. */
export const ALIAS_EXPANSION_LIMIT = 1_000_000;

/** Later syntax errors mostly follow from the first ones. */
const MAX_ERRORS_PER_DOCUMENT = 5;

/**
 * What the scanning reader leaves (readYaml, yaml-read.ts; `text` has its
 * line feeds and is not too deep): the CST reader, else composed Documents.
 */
export function readYamlWithPackage(file: string, text: string, index: LineIndex, aliasLimit = ALIAS_EXPANSION_LIMIT): ReadResult {
  return readYamlCst(file, text, index, aliasLimit) ?? readComposed(file, text, index, aliasLimit);
}

/**
 * The same reading through composed `yaml` Documents only: the path for
 * what the CST reader leaves (syntax errors, merge keys, ...), and the
 * oracle the CST reader is tested against.
 */
export function readYamlDocuments(file: string, source: string, index: LineIndex, aliasLimit = ALIAS_EXPANSION_LIMIT): ReadResult {
  const text = lineFeeds(source);
  return tooDeepToRead(file, text, index) ?? readComposed(file, text, index, aliasLimit);
}

function readComposed(file: string, text: string, index: LineIndex, aliasLimit: number): ReadResult {
  const diagnostics: Diagnostic[] = [];
  let docs: Document.Parsed[];
  let tokens: CommentToken[] = [];
  try {
    docs = composeYaml(text, tokens);
  } catch (e) {
    // The yaml composer recurses; extreme nesting ends here instead of in a crash.
    const tooDeep = e instanceof RangeError;
    const message = tooDeep ? 'YAML nesting is too deep to read' : `cannot read YAML: ${String(e)}`;
    diagnostics.push({ file, severity: 'error', code: tooDeep ? 'yaml-too-deep' : 'yaml-syntax', message, range: index.range(0, 0) });
    return { documents: [], diagnostics, comments: [] };
  }
  let quoted = new Map<number, number>();
  if (docs.some((d) => d.errors.some((e) => e.code === 'MISSING_CHAR' && e.message.startsWith('Missing closing')))) {
    const repair = repairUnderIndentedQuotes(text);
    const repairedTokens: CommentToken[] = [];
    const repaired = repair && composeYaml(repair.text, repairedTokens);
    if (repair && repaired && errorCount(repaired) < errorCount(docs)) {
      docs = repaired;
      tokens = repairedTokens; // the repair keeps every offset
      quoted = repair.spans;
      for (const [start] of quoted) {
        diagnostics.push({
          file,
          severity: 'warning',
          code: 'yaml-quoted-indent',
          message: 'the lines of this quoted string are indented less than its key: YAML 1.2 parsers reject this (CloudFormation accepts it)',
          range: index.range(start, start + 1),
        });
      }
    }
  }
  const documents: ReadDocument[] = [];
  docs.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      const tooDeep = doc.errors.find((e) => e.message.includes('Maximum call stack size exceeded'));
      if (tooDeep) {
        // The yaml composer recurses and reports the overflow once per open level: one diagnostic is enough.
        diagnostics.push({ file, severity: 'error', code: 'yaml-too-deep', message: 'YAML nesting is too deep to read', range: index.range(tooDeep.pos[0], tooDeep.pos[1]) });
        documents.push({ index: i, root: undefined });
        return;
      }
      for (const err of doc.errors.slice(0, MAX_ERRORS_PER_DOCUMENT)) {
        const [start, end] = err.pos;
        diagnostics.push({
          file,
          severity: 'error',
          code: 'yaml-syntax',
          message: `YAML syntax error: ${cleanMessage(err.message)}`,
          range: index.range(start, end),
        });
      }
      documents.push({ index: i, root: undefined });
      return;
    }
    const root = new DocumentConverter(file, text, index, doc, diagnostics, quoted, aliasLimit).convert();
    documents.push({ index: i, root });
  });
  return { documents, diagnostics, comments: toComments(tokens, index) };
}

function toComments(tokens: CommentToken[], index: LineIndex): SourceComment[] {
  return tokens
    .sort((a, b) => a.offset - b.offset)
    .map((t) => ({ text: t.source.slice(1), range: index.range(t.offset, t.offset + t.source.length) }));
}

function errorCount(docs: Document.Parsed[]): number {
  return docs.reduce((n, d) => n + d.errors.length, 0);
}

function cleanMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?\s*$/, '');
}

type YamlNode = unknown;

type Task =
  | { kind: 'convert'; y: YamlNode; at: number; assign: (n: Node) => void }
  | { kind: 'close'; y: YamlNode; node: MapNode | SeqNode; wrapper?: MapNode; block: boolean };

/** Converts one composed document; iterative, so deep nesting cannot overflow the stack. */
class DocumentConverter {
  /** Converted node of every finished yaml node that an alias may point at. */
  private readonly done = new Map<YamlNode, Node>();
  private readonly sizes = new Map<Node, number>();
  private failed = false;
  private firstAlias: Range | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly doc: Document.Parsed,
    private readonly diagnostics: Diagnostic[],
    /** Quoted strings read from a repaired text (yaml-quoted.ts): start → end offset. */
    private readonly quoted: Map<number, number>,
    private readonly aliasLimit: number,
  ) {}

  convert(): Node | undefined {
    const contents = this.doc.contents;
    if (contents === null || contents === undefined) return undefined;
    let root: Node | undefined;
    const stack: Task[] = [{ kind: 'convert', y: contents, at: 0, assign: (n) => (root = n) }];
    while (stack.length > 0 && !this.failed) {
      const task = stack.pop()!;
      if (task.kind === 'close') this.close(task);
      else this.convertOne(task, stack);
    }
    if (this.failed || !root) return undefined;
    // Every node made here has a size; what the root counts beyond them, aliases added.
    const expansions = (this.sizes.get(root) ?? 1) - this.sizes.size;
    if (expansions > this.aliasLimit) {
      const at = this.firstAlias ?? this.index.range(0, 0);
      this.error('yaml-alias-limit', `YAML aliases add more than ${this.aliasLimit} nodes (an alias bomb?); document not read`, at);
      return undefined;
    }
    return root;
  }

  private error(code: string, message: string, range: Range): void {
    this.diagnostics.push({ file: this.file, severity: 'error', code, message, range });
  }

  private convertOne(task: Extract<Task, { kind: 'convert' }>, stack: Task[]): void {
    const y = task.y;
    if (y === null || y === undefined) {
      const node: ScalarNode = { kind: 'scalar', value: null, range: this.index.range(task.at, task.at) };
      this.sizes.set(node, 1);
      task.assign(node);
      return;
    }
    if (isAlias(y)) {
      task.assign(this.resolveAlias(y));
      return;
    }
    const tag = (y as { tag?: string }).tag;
    const range = (y as { range?: [number, number, number] }).range ?? [task.at, task.at, task.at];
    const tagRange = tag ? tagRangeBefore(this.text, this.index, range[0], tag) : undefined;
    const start = tagRange ? tagRange.start.offset : range[0];
    const longKey = tag ? longFormKey(tag) : undefined;

    if (isScalar(y)) {
      const node = this.scalar(y, tag, longKey, start, range);
      const result = longKey ? toLongForm(longKey, node, node.range, tagRange ?? node.range) : node;
      this.sizes.set(node, 1);
      this.sizes.set(result, result === node ? 1 : 2);
      this.done.set(y, result);
      task.assign(result);
      return;
    }
    if (isMap(y) || isSeq(y)) {
      const block = this.text[range[0]] !== '{' && this.text[range[0]] !== '[';
      const nodeRange = this.index.range(start, range[1]);
      const node: MapNode | SeqNode = isMap(y)
        ? { kind: 'map', entries: [], range: nodeRange }
        : { kind: 'seq', items: [], range: nodeRange };
      let result: Node = node;
      let wrapper: MapNode | undefined;
      if (longKey) {
        wrapper = toLongForm(longKey, node, nodeRange, tagRange ?? nodeRange);
        result = wrapper;
      } else if (tag) {
        this.unknownTag(tag, node, tagRange);
      }
      stack.push({ kind: 'close', y, node, wrapper, block });
      if (node.kind === 'map') this.pushPairs(y.items as Pair[], node, stack);
      else {
        const items = y.items as YamlNode[];
        node.items = new Array<Node>(items.length);
        for (let i = items.length - 1; i >= 0; i--) {
          const at = i === 0 ? range[0] : range[1];
          stack.push({ kind: 'convert', y: items[i], at, assign: (n) => (node.items[i] = n) });
        }
      }
      task.assign(result);
      return;
    }
    // A bare Pair (flow `[a: b]`) or something unexpected: keep its source text.
    const node: ScalarNode = { kind: 'scalar', value: this.text.slice(range[0], range[1]), range: this.index.range(range[0], range[1]) };
    this.sizes.set(node, 1);
    task.assign(node);
  }

  private scalar(y: YamlScalar, tag: string | undefined, longKey: string | undefined, start: number, range: [number, number, number]): ScalarNode {
    const raw = y.value === null || y.value === undefined ? '' : String(y.value);
    let value: ScalarNode['value'];
    if (!tag || longKey) value = y.type === 'PLAIN' ? resolvePlainScalar(raw) : raw;
    else value = resolveTaggedScalar(tag, raw) ?? (y.type === 'PLAIN' ? resolvePlainScalar(raw) : raw);
    let end = range[1];
    if (y.type === 'BLOCK_LITERAL' || y.type === 'BLOCK_FOLDED') end = trimEnd(this.text, range[0], end);
    const quotedEnd = this.quoted.get(range[0]);
    if (quotedEnd !== undefined) value = foldQuoted(this.text.slice(range[0], quotedEnd));
    const node: ScalarNode = { kind: 'scalar', value, range: this.index.range(start, end) };
    if (tag && !longKey && resolveTaggedScalar(tag, raw) === undefined) this.unknownTag(tag, node, tagRangeBefore(this.text, this.index, range[0], tag));
    return node;
  }

  private unknownTag(tag: string, node: Node, tagRange: Range | undefined): void {
    if (tag.startsWith('tag:yaml.org,2002:')) return; // standard tags (!!map, !!set, ...): read as written
    markUnknownTag(this.file, this.diagnostics, tag, node, tagRange);
  }

  private pushPairs(pairs: Pair[], node: MapNode, stack: Task[]): void {
    const keys = new KeyTracker(this.file, this.diagnostics);
    const tasks: Task[] = [];
    const merges: Array<{ position: number; value: YamlNode }> = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode;
      if (isScalar(k) && k.type === 'PLAIN' && k.value === '<<' && !k.tag) {
        merges.push({ position: node.entries.length, value: pair.value });
        continue;
      }
      const { key, keyRange } = this.keyOf(k, pair);
      keys.add(key, keyRange);
      const entry: MapEntry = { key, keyRange, value: undefined as unknown as Node };
      node.entries.push(entry);
      tasks.push({ kind: 'convert', y: pair.value, at: keyRange.end.offset, assign: (n) => (entry.value = n) });
    }
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]!);
    // Merge keys refer to anchors already read (anchors precede their aliases).
    for (let m = merges.length - 1; m >= 0; m--) {
      const { position, value } = merges[m]!;
      const sources = isSeq(value) ? (value.items as YamlNode[]) : [value];
      const added: MapEntry[] = [];
      for (const source of sources) {
        const merged = isAlias(source) ? this.resolveAlias(source) : undefined;
        if (!merged || merged.kind !== 'map') continue;
        for (const e of merged.entries) {
          if (keys.has(e.key) || added.some((a) => a.key === e.key)) continue;
          added.push(e);
        }
      }
      node.entries.splice(position, 0, ...added);
    }
  }

  private keyOf(k: YamlNode, pair: Pair): { key: string; keyRange: Range } {
    if (isAlias(k)) {
      const target = this.resolveAlias(k);
      const r = k.range ?? [0, 0, 0];
      return { key: target.kind === 'scalar' ? String(target.value ?? '') : this.text.slice(target.range.start.offset, target.range.end.offset), keyRange: this.index.range(r[0], r[1]) };
    }
    if (isScalar(k)) {
      const r = k.range ?? [0, 0, 0];
      if (k.tag) {
        // `!ImportValue Fn::Sub: x` in a flow sequence: the tag lands on the key. CloudFormation rejects it.
        const tagRange = tagRangeBefore(this.text, this.index, r[0], k.tag);
        this.diagnostics.push({ file: this.file, severity: 'warning', code: 'key-tag', message: `tag ${k.tag} on a mapping key is ignored`, range: tagRange ?? this.index.range(r[0], r[1]) });
      }
      return { key: k.value === null || k.value === undefined ? '' : String(k.value), keyRange: this.index.range(r[0], r[1]) };
    }
    const r = (k as { range?: [number, number, number] } | null)?.range;
    if (r) return { key: this.text.slice(r[0], trimEnd(this.text, r[0], r[1])), keyRange: this.index.range(r[0], trimEnd(this.text, r[0], r[1])) };
    const v = (pair.value as { range?: [number, number, number] } | null)?.range;
    const at = v ? v[0] : 0;
    return { key: '', keyRange: this.index.range(at, at) };
  }

  private resolveAlias(alias: Alias): Node {
    const target = alias.resolve(this.doc);
    const r = alias.range ?? [0, 0, 0];
    const range = this.index.range(r[0], r[1]);
    this.firstAlias ??= range;
    const node = target ? this.done.get(target) : undefined;
    if (!node) {
      const why = target ? `refers to a node that contains it` : `has no anchor`;
      this.error('yaml-alias', `YAML alias *${alias.source} ${why}; document not read`, range);
      this.failed = true;
      const empty: ScalarNode = { kind: 'scalar', value: null, range };
      this.sizes.set(empty, 1);
      return empty;
    }
    return node;
  }

  private close(task: Extract<Task, { kind: 'close' }>): void {
    const { node, wrapper } = task;
    let size = 1;
    let lastEnd = node.range.end;
    const children = node.kind === 'map' ? node.entries.map((e) => e.value) : node.items;
    for (const child of children) size += this.sizes.get(child) ?? 1;
    if (task.block && children.length > 0) {
      // Block collections end where their last value ends, not at the next line.
      lastEnd = children[children.length - 1]!.range.end;
      const items = (task.y as { items: unknown[] }).items;
      const lastItem = items[items.length - 1];
      const lastYaml = isPair(lastItem) ? lastItem.value : lastItem;
      if (isAlias(lastYaml) && lastYaml.range) lastEnd = this.index.position(lastYaml.range[1]); // a shared node lives elsewhere
      if (node.kind === 'map') {
        const lastKey = node.entries[node.entries.length - 1]!.keyRange.end;
        if (lastKey.offset > lastEnd.offset) lastEnd = lastKey;
      }
      endBlockAt(node, wrapper, this.index, lastEnd.offset);
    }
    this.sizes.set(node, size);
    if (wrapper) this.sizes.set(wrapper, size + 1);
    this.done.set(task.y, wrapper ?? node);
  }
}
