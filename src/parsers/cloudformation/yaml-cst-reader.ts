/**
 * Reads CloudFormation YAML into model Nodes straight from the `yaml`
 * package's CST (its Parser's tokens), without composing `yaml` Documents:
 * the fast path of readYaml (yaml-read.ts; yaml-reader.ts documents how YAML is read).
 *
 * It gives exactly what the Document path gives (test/yaml-cst-reader.test.ts
 * compares both over every corpus file), and gives up — returns undefined,
 * so that readYaml reads the file through Documents — on anything where the
 * composer could report an error or where the two paths could differ:
 * syntax errors, directives, explicit keys (`?`), keys with tags or anchors,
 * aliases as keys, merge keys (`<<`), `!!` tags, pairs in flow sequences,
 * tabs in block indentation, an alias that finds no finished anchor, nesting
 * deeper than MAX_DEPTH. Those are rare in templates; the Document path
 * reads them (and words their errors) as before.
 *
 * Scalar values come from `yaml`'s own CST.resolveAsScalar, the function the
 * composer uses, so folding, escapes and block scalars are read alike.
 */
import { CST, Lexer, Parser } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { compact, type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode } from '../../model/node.js';
import type { SourceComment } from '../../model/resource.js';
import { endOffset, type LineIndex, type Range } from '../../model/range.js';
import { KeyTracker } from './duplicate-keys.js';
import { tick } from '../../model/time-budget.js';
import { longFormKey, toLongForm } from './intrinsics.js';
import { endBlockAt, markUnknownTag, tagRangeBefore, trimEnd } from './yaml-node-shape.js';
import { resolvePlainScalar } from './yaml-scalars.js';

interface CstDocument {
  index: number;
  root: Node | undefined;
}

interface CstRead {
  documents: CstDocument[];
  diagnostics: Diagnostic[];
  comments: SourceComment[];
}

/** Deeper nesting is left to the Document path (which reports what is too deep to read). */
const MAX_DEPTH = 400;

/** Thrown inside the reader to give the file to the Document path. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp();
function giveUp(): never {
  throw GIVE_UP;
}

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** What a run of property tokens (before a key, after `:`, after `-`) holds. */
interface Props {
  indicator: SourceToken | undefined;
  anchor: SourceToken | undefined;
  tag: SourceToken | undefined;
  comma: boolean;
  comment: boolean;
  hasNewline: boolean;
  newlineAfterProp: boolean;
  /** Offset of the first anchor or tag, else `end`. */
  start: number;
  /** Offset after the last token, or the offset given when there are none. */
  end: number;
}

/** An anchor seen so far: open while its node is being read. */
interface Anchor {
  node: Node | undefined;
  size: number;
}

export function readYamlCst(file: string, text: string, index: LineIndex, aliasLimit: number): CstRead | undefined {
  try {
    return new CstReader(file, text, index, aliasLimit).read();
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The Parser's tokens as Parser.parse gives them, lexeme by lexeme: each lexeme is a tick of the unit's time budget. */
function* parseTicking(text: string): Generator<Token, void> {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    tick();
    yield* parser.next(lexeme);
  }
  yield* parser.end();
}

class CstReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly comments: SourceComment[] = [];
  private anchors = new Map<string, Anchor>();
  /** The end (after trailing comments and line breaks, as the composer counts) of the node read last. */
  private after = 0;
  /** Size of the node read last: itself plus what it contains, aliases counted at the size of their target. */
  private size = 0;
  /** Nodes that aliases add in the current document. */
  private expansions = 0;
  private firstAlias: Range | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly aliasLimit: number,
  ) {}

  read(): CstRead {
    const documents: CstDocument[] = [];
    for (const token of parseTicking(this.text)) {
      switch (token.type) {
        case 'document':
          documents.push({ index: documents.length, root: this.document(token) });
          break;
        case 'comment':
          this.comment(token);
          break;
        case 'newline':
        case 'space':
        case 'byte-order-mark':
          break;
        case 'doc-end':
          if (documents.length === 0) giveUp();
          this.end(token.end, true);
          break;
        default:
          giveUp(); // errors, directives
      }
    }
    this.comments.sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { documents, diagnostics: this.diagnostics, comments: this.comments };
  }

  private comment(token: { offset: number; source: string }): void {
    this.comments.push({ text: token.source.slice(1), range: this.index.range(token.offset, token.offset + token.source.length) });
  }

  private document(doc: CST.Document): Node | undefined {
    this.anchors = new Map();
    this.expansions = 0;
    this.firstAlias = undefined;
    const props = this.props(doc.start, 'doc-start', false, true, doc.offset, doc.value ?? doc.end?.[0]);
    const value = doc.value;
    if (props.indicator && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline) giveUp();
    const root = value ? this.node(value, props, 0) : this.empty(props, doc.start);
    this.end(doc.end, false);
    if (this.expansions > this.aliasLimit) {
      const at = this.firstAlias ?? this.index.range(0, 0);
      const message = `YAML aliases add more than ${this.aliasLimit} nodes (an alias bomb?); document not read`;
      this.diagnostics.push({ file: this.file, severity: 'error', code: 'yaml-alias-limit', message, range: at });
      return undefined;
    }
    return root;
  }

  /**
   * Checks a run of property tokens the way the composer reads it, giving up
   * where the composer could report an error (conservatively: any tab).
   */
  private props(tokens: SourceToken[], indicator: string, flow: boolean, startOnNewline: boolean, offset: number, next: Token | undefined | null): Props {
    const p: Props = { indicator: undefined, anchor: undefined, tag: undefined, comma: false, comment: false, hasNewline: false, newlineAfterProp: false, start: -1, end: offset };
    let hasSpace = startOnNewline;
    let reqSpace = false;
    for (const t of tokens) {
      if (reqSpace && t.type !== 'space' && t.type !== 'newline' && t.type !== 'comma') giveUp();
      reqSpace = false;
      switch (t.type) {
        case 'space':
          // A tab may be indentation, which the composer rejects (not inside flow collections).
          if (!flow && t.source.includes('\t')) giveUp();
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) giveUp();
          p.comment = true;
          this.comment(t);
          break;
        case 'newline':
          p.hasNewline = true;
          if (p.anchor || p.tag) p.newlineAfterProp = true;
          hasSpace = true;
          break;
        case 'anchor':
          if (p.anchor || t.source.length < 2 || t.source.endsWith(':')) giveUp();
          p.anchor = t;
          if (p.start < 0) p.start = t.offset;
          hasSpace = false;
          reqSpace = true;
          break;
        case 'tag':
          // Only local tags (`!Ref`, `!Rain::Module`): `!!` tags, named handles and verbatim tags take the Document path.
          if (p.tag || t.source.length < 2 || t.source.indexOf('!', 1) >= 0 || t.source[1] === '<') giveUp();
          p.tag = t;
          if (p.start < 0) p.start = t.offset;
          hasSpace = false;
          reqSpace = true;
          break;
        case 'comma':
          if (!flow || p.comma) giveUp();
          p.comma = true;
          hasSpace = false;
          break;
        default:
          if (t.type !== indicator || p.anchor || p.tag || p.indicator) giveUp();
          p.indicator = t;
          hasSpace = false;
      }
    }
    if (reqSpace && next && next.type !== 'space' && next.type !== 'newline' && next.type !== 'comma' && !(next.type === 'scalar' && next.source === '')) giveUp();
    const last = tokens[tokens.length - 1];
    if (last) p.end = last.offset + last.source.length;
    if (p.start < 0) p.start = p.end;
    return p;
  }

  /** Trailing tokens of a node or document: only spaces, line breaks and comments (after a space when `strict`). */
  private end(tokens: SourceToken[] | undefined, strict: boolean): number {
    let length = 0;
    if (!tokens) return length;
    let hasSpace = false;
    for (const t of tokens) {
      if (t.type === 'space' || t.type === 'newline') hasSpace = true;
      else if (t.type === 'comment') {
        if (strict && !hasSpace) giveUp();
        this.comment(t);
      } else giveUp();
      length += t.source.length;
    }
    return length;
  }

  private node(token: Token, props: Props, depth: number): Node {
    tick();
    if (depth > MAX_DEPTH) giveUp();
    switch (token.type) {
      case 'alias':
        return this.alias(token, props);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, props);
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        return this.collection(token, props, depth);
      default:
        return giveUp();
    }
  }

  private alias(token: CST.FlowScalar, props: Props): Node {
    if (props.anchor || props.tag) giveUp();
    const name = token.source.slice(1);
    if (name === '' || name.endsWith(':')) giveUp();
    const target = this.anchors.get(name);
    // No anchor, or one that encloses the alias: the Document path words the error.
    if (!target || !target.node) return giveUp();
    const valueEnd = token.offset + token.source.length;
    this.firstAlias ??= this.index.range(token.offset, valueEnd);
    this.expansions += target.size;
    this.after = valueEnd + this.end(token.end, true);
    this.size = target.size;
    return target.node;
  }

  private openAnchor(props: Props): Anchor | undefined {
    if (!props.anchor) return undefined;
    const anchor: Anchor = { node: undefined, size: 0 };
    this.anchors.set(props.anchor.source.slice(1), anchor);
    return anchor;
  }

  private scalar(token: CST.FlowScalar | CST.BlockScalar, props: Props): Node {
    const anchor = this.openAnchor(props);
    if (token.type === 'block-scalar') {
      for (const t of token.props) if (t.type === 'comment') this.comment(t);
    } else if (token.end) {
      for (const t of token.end) if (t.type === 'comment') this.comment(t);
    }
    const resolved = CST.resolveAsScalar(token, true, giveUp);
    if (!resolved) return giveUp();
    const [rangeStart, rangeEnd, after] = resolved.range;
    const end = resolved.type === 'BLOCK_LITERAL' || resolved.type === 'BLOCK_FOLDED' ? trimEnd(this.text, rangeStart, rangeEnd) : rangeEnd;
    const result = this.scalarNode(resolved.value, resolved.type === 'PLAIN', rangeStart, end, props.tag?.source);
    this.after = after;
    this.size = result.kind === 'scalar' ? 1 : 2;
    if (anchor) {
      anchor.node = result;
      anchor.size = this.size;
    }
    return result;
  }

  /** The empty node after `:` or `-` with nothing else (or an empty document), placed as the composer places it. */
  private empty(props: Props, before: SourceToken[] | undefined): Node {
    const anchor = this.openAnchor(props);
    const at = emptyScalarPosition(props.end, before);
    const result = this.scalarNode('', true, at, at, props.tag?.source);
    this.after = props.comment ? props.end : at;
    this.size = result.kind === 'scalar' ? 1 : 2;
    if (anchor) {
      anchor.node = result;
      anchor.size = this.size;
    }
    return result;
  }

  private scalarNode(raw: string, plain: boolean, rangeStart: number, end: number, tag: string | undefined): Node {
    const longKey = tag ? longFormKey(tag) : undefined;
    const tagRange = tag ? tagRangeBefore(this.text, this.index, rangeStart, tag) : undefined;
    const start = tagRange ? tagRange.start.offset : rangeStart;
    const node: ScalarNode = { kind: 'scalar', value: plain ? resolvePlainScalar(raw) : raw, range: this.index.range(start, end) };
    if (tag && !longKey) markUnknownTag(this.file, this.diagnostics, tag, node, tagRange);
    return longKey ? toLongForm(longKey, node, node.range, tagRange ?? node.range) : node;
  }

  private collection(token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection, props: Props, depth: number): Node {
    const tag = props.tag?.source;
    if (token.type === 'block-seq' && (props.anchor || props.tag) && !props.newlineAfterProp) giveUp();
    const anchor = this.openAnchor(props);
    const longKey = tag ? longFormKey(tag) : undefined;
    const tagRange = tag ? tagRangeBefore(this.text, this.index, token.offset, tag) : undefined;
    const start = tagRange ? tagRange.start.offset : token.offset;
    const isMap = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
    // A flow collection ends after its bracket; a block one is given its end below.
    const closeAt = token.type === 'flow-collection' ? this.flowEnd(token) : token.offset;
    const nodeRange = this.index.range(start, closeAt);
    const node: MapNode | SeqNode = isMap ? { kind: 'map', entries: [], range: nodeRange } : { kind: 'seq', items: [], range: nodeRange };
    let wrapper: MapNode | undefined;
    if (longKey) wrapper = toLongForm(longKey, node, nodeRange, tagRange ?? nodeRange);
    else if (tag) markUnknownTag(this.file, this.diagnostics, tag, node, tagRange);
    let size = 1;
    let lastAlias: CST.FlowScalar | undefined;
    if (token.type === 'block-map') ({ size, lastAlias } = this.blockMap(token, node as MapNode, depth));
    else if (token.type === 'block-seq') ({ size, lastAlias } = this.blockSeq(token, node as SeqNode, depth));
    else size = this.flowCollection(token, node, depth);
    if (node.kind === 'map') node.entries = compact(node.entries);
    else node.items = compact(node.items);
    if (token.type !== 'flow-collection') this.closeBlock(node, wrapper, lastAlias);
    else this.after = this.flowAfter(token);
    const result = wrapper ?? node;
    this.size = wrapper ? size + 1 : size;
    if (anchor) {
      anchor.node = result;
      anchor.size = this.size;
    }
    return result;
  }

  /** Block collections end where their last value ends, not at the next line. */
  private closeBlock(node: MapNode | SeqNode, wrapper: MapNode | undefined, lastAlias: CST.FlowScalar | undefined): void {
    const children = node.kind === 'map' ? node.entries : node.items;
    if (children.length === 0) giveUp();
    let lastEnd = endOffset(node.kind === 'map' ? node.entries[node.entries.length - 1]!.value.range : node.items[node.items.length - 1]!.range);
    if (lastAlias) lastEnd = lastAlias.offset + lastAlias.source.length; // a shared node lives elsewhere
    if (node.kind === 'map') lastEnd = Math.max(lastEnd, endOffset(node.entries[node.entries.length - 1]!.keyRange));
    endBlockAt(node, wrapper, this.index, lastEnd);
  }

  private blockMap(token: CST.BlockMap, node: MapNode, depth: number): { size: number; lastAlias: CST.FlowScalar | undefined } {
    const keys = new KeyTracker(this.file, this.diagnostics);
    // Keys first, then values, as the Document path reads them (the order of the diagnostics).
    const values: Array<{ entry: MapEntry; props: Props; value: Token | undefined; sep: SourceToken[]; measureFrom: number | undefined }> = [];
    let commentEnd: number | undefined;
    for (const item of token.items) {
      if (item.explicitKey) giveUp();
      // The composer measures a key from the end of its start tokens; with none, from where the entry before
      // it ended (known once that value is read: `measureFrom` undefined).
      const first = values.length === 0;
      const keyProps = this.props(item.start, 'explicit-key-ind', false, true, first ? token.offset : Number.NaN, item.key ?? item.sep?.[0]);
      if (keyProps.indicator || keyProps.anchor || keyProps.tag) giveUp();
      if (!item.sep) {
        if (item.key) giveUp();
        commentEnd = keyProps.end; // a comment after the last entry
        continue;
      }
      if (commentEnd !== undefined) giveUp(); // the composer reports content after such a comment
      const key = item.key;
      if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return giveUp();
      // Implicit keys: one line, at the map's column.
      if (key.indent !== token.indent || key.source.includes('\n') || key.end?.some((t) => t.type === 'newline')) giveUp();
      if (key.end) for (const t of key.end) if (t.type === 'comment') this.comment(t);
      const resolvedKey = CST.resolveAsScalar(key, true, giveUp)!;
      if (key.type === 'scalar' && resolvedKey.value === '<<') giveUp(); // merge keys take the Document path
      const keyRange = this.index.range(resolvedKey.range[0], resolvedKey.range[1]);
      keys.add(resolvedKey.value, keyRange);
      const valueProps = this.props(item.sep, 'map-value-ind', false, false, resolvedKey.range[2], item.value);
      const indicator = valueProps.indicator;
      if (!indicator) return giveUp();
      const measureFrom = Number.isNaN(keyProps.start) ? undefined : keyProps.start;
      if (measureFrom !== undefined && measureFrom < indicator.offset - 1024) giveUp();
      if (item.value?.type === 'block-map' && !valueProps.hasNewline) giveUp();
      const entry: MapEntry = { key: resolvedKey.value, keyRange, value: undefined as unknown as Node };
      node.entries.push(entry);
      values.push({ entry, props: valueProps, value: item.value, sep: item.sep, measureFrom });
    }
    let size = 1;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (i > 0 && v.measureFrom === undefined && this.after < v.props.indicator!.offset - 1024) giveUp();
      v.entry.value = v.value ? this.node(v.value, v.props, depth + 1) : this.empty(v.props, v.sep);
      size += this.size;
    }
    if (commentEnd !== undefined && commentEnd < this.after) giveUp();
    const last = values[values.length - 1];
    return { size, lastAlias: last?.value?.type === 'alias' ? last.value : undefined };
  }

  private blockSeq(token: CST.BlockSequence, node: SeqNode, depth: number): { size: number; lastAlias: CST.FlowScalar | undefined } {
    let size = 1;
    let lastAlias: CST.FlowScalar | undefined;
    for (const item of token.items) {
      const props = this.props(item.start, 'seq-item-ind', false, true, this.after, item.value);
      if (!props.indicator) {
        if (props.anchor || props.tag || item.value) giveUp();
        continue; // a comment
      }
      node.items.push(item.value ? this.node(item.value, props, depth + 1) : this.empty(props, item.start));
      size += this.size;
      lastAlias = item.value?.type === 'alias' ? item.value : undefined;
    }
    return { size, lastAlias };
  }

  private flowCollection(token: CST.FlowCollection, node: MapNode | SeqNode, depth: number): number {
    const isMap = node.kind === 'map';
    const keys = isMap ? new KeyTracker(this.file, this.diagnostics) : undefined;
    const values: Array<{ entry: MapEntry; props: Props; value: Token | undefined; sep: SourceToken[] }> = [];
    let size = 1;
    const items = token.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const props = this.props(item.start, 'explicit-key-ind', true, false, 0, item.key ?? item.sep?.[0]);
      if (props.indicator) giveUp();
      if (!props.anchor && !props.tag && !item.sep && !item.value && !item.key) {
        // A trailing comma, or a comment.
        if ((i === 0 && props.comma) || i < items.length - 1) giveUp();
        continue;
      }
      if (i === 0 ? props.comma : !props.comma) giveUp();
      const isBlock = (t: Token | null | undefined) => t?.type === 'block-map' || t?.type === 'block-seq';
      if (!isMap) {
        if (item.key || item.sep || isBlock(item.value)) giveUp(); // pairs in a flow sequence take the Document path
        (node as SeqNode).items.push(item.value ? this.node(item.value, props, depth + 1) : this.empty(props, undefined));
        size += this.size;
        continue;
      }
      if (props.anchor || props.tag || !item.sep) giveUp();
      const key = item.key;
      if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return giveUp();
      if (key.end) for (const t of key.end) if (t.type === 'comment') this.comment(t);
      const resolvedKey = CST.resolveAsScalar(key, true, giveUp)!;
      if (key.type === 'scalar' && resolvedKey.value === '<<') giveUp();
      const keyRange = this.index.range(resolvedKey.range[0], resolvedKey.range[1]);
      keys!.add(resolvedKey.value, keyRange);
      const valueProps = this.props(item.sep, 'map-value-ind', true, false, resolvedKey.range[2], item.value);
      if (!valueProps.indicator || isBlock(item.value)) giveUp();
      const entry: MapEntry = { key: resolvedKey.value, keyRange, value: undefined as unknown as Node };
      (node as MapNode).entries.push(entry);
      values.push({ entry, props: valueProps, value: item.value, sep: item.sep });
    }
    for (const v of values) {
      v.entry.value = v.value ? this.node(v.value, v.props, depth + 1) : this.empty(v.props, v.sep);
      size += this.size;
    }
    return size;
  }

  /** Offset after the closing bracket; gives up when it is missing. */
  private flowEnd(token: CST.FlowCollection): number {
    const close = token.end[0];
    if (!close || close.source !== (token.start.source === '{' ? '}' : ']')) giveUp();
    return close!.offset + close!.source.length;
  }

  private flowAfter(token: CST.FlowCollection): number {
    const close = token.end[0]!;
    return close.offset + close.source.length + this.end(token.end.slice(1), true);
  }
}

/**
 * Where the composer places an empty value: after the last token that is
 * not a space, comment or line break among `before`, and after the spaces
 * that follow it.
 */
function emptyScalarPosition(offset: number, before: SourceToken[] | undefined): number {
  if (!before) return offset;
  let at = offset;
  let i = before.length - 1;
  for (; i >= 0; i--) {
    const t = before[i]!;
    if (t.type !== 'space' && t.type !== 'comment' && t.type !== 'newline') break;
    at -= t.source.length;
  }
  if (i < 0) return at;
  for (let j = i + 1; j < before.length && before[j]!.type === 'space'; j++) at += before[j]!.source.length;
  return at;
}
