/**
 * Reads the CloudFormation-shaped subset of YAML straight from the text into
 * model Nodes, with no `yaml` Parser, CST or Document: the fastest path of
 * readYaml (yaml-read.ts; yaml-reader.ts documents how YAML is read).
 *
 * It gives exactly what the CST reader (yaml-cst-reader.ts) gives — the same
 * nodes, ranges, diagnostics and comments; test/yaml-scan-reader.test.ts
 * compares both over every corpus and fixture file and over mutated inputs —
 * and bails out (returns undefined, so readYaml takes the CST path) on
 * anything outside the subset or in any doubt: anchors and aliases, merge
 * keys, explicit and complex keys, tags on keys, directives, more than one
 * document, `...`, control characters anywhere, tabs anywhere but in
 * comments and inside block scalar lines, multi-line plain scalars in flow
 * collections, lines of a multi-line construct not indented past their
 * parent (but the bracket closing the outermost flow collection), empty
 * values in flow collections (but after a tag), nesting deeper than
 * MAX_DEPTH, and everything the `yaml` package would report as an error.
 *
 * The subset: one document (an optional `---` line first), block mappings
 * with plain or quoted single-line keys, block sequences (compact forms
 * `- a: 1` and `- - x` too), flow collections (single pairs in flow
 * sequences too), plain (YAML 1.1 resolution), single- and double-quoted
 * scalars (multi-line folded), literal and folded block scalars (any
 * chomping, indentation indicators, empty ones), local tags (`!Ref`, `!GetAtt`,
 * ..., unknown ones with their warning) on scalars, sequences, mappings and
 * empty values, comments anywhere (collected for suppressions), duplicate
 * keys (diagnosed in the CST reader's order), CRLF line breaks.
 *
 * Each line, entry and item is a tick() of the unit's time budget
 * (model/time-budget.ts): its TimeBudgetExceeded goes through.
 *
 * Recursive, but never deeper than MAX_DEPTH levels (deeper input bails out
 * to the CST path, which bails out to the Document path, which reports what
 * is too deep), so hostile nesting cannot overflow the stack.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { compact, type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode } from '../../model/node.js';
import type { SourceComment } from '../../model/resource.js';
import { endOffset, startOffset, type LineIndex, type Range } from '../../model/range.js';
import { tick } from '../../model/time-budget.js';
import { duplicateKey } from './duplicate-keys.js';
import { longFormKey, toLongForm } from './intrinsics.js';
import { RecentStrings } from '../recent-strings.js';
import { endBlockAt, markUnknownTag, tagRangeBefore, trimEnd } from './yaml-node-shape.js';
import { foldQuoted } from './yaml-quoted.js';
import { resolvePlainScalar } from './yaml-scalars.js';

interface ScanRead {
  documents: Array<{ index: number; root: Node | undefined }>;
  diagnostics: Diagnostic[];
  comments: SourceComment[];
}

/** Nesting (collections and tags) beyond which the CST path reads the file. */
const MAX_DEPTH = 300;

/**
 * A key's `:` further than this from where the text before it ended is left
 * to the CST path (the composer limits implicit keys to 1024 characters,
 * measured from a place this reader does not track).
 */
const MAX_KEY_SPAN = 1000;

/** Characters this reader never reads: control characters but the tab, BOM, NEL and the Unicode line separators. */
const UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff\ufffe\uffff]/;

/** Characters after `!` in a tag this reader reads. */
const TAG_CHAR = /[A-Za-z0-9:._-]/;

/** Escapes of double-quoted scalars that `yaml` reads (the others are errors there). */
const SIMPLE_ESCAPES = new Set(['0', 'a', 'b', 'e', 'f', 'n', 'r', 't', 'v', 'N', '_', 'L', 'P', ' ', '"', '/', '\\']);
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

class Bail extends Error {}
const BAIL = new Bail();
function bail(): never {
  throw BAIL;
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BANG = 0x21;
const PIPE = 0x7c;
const GT = 0x3e;
const BACKSLASH = 0x5c;

/** Where a node starts: on its own line, after `- ` on the line of its sequence item, or after `key: `. */
const enum At {
  Line,
  Compact,
  Value,
}

/** How a plain scalar's first line ends. */
const enum Stop {
  End,
  Comment,
  Colon,
  Flow,
}

/** Characters that cannot start a plain scalar here (or would need the CST path to be read right). */
function indicator(c: number): boolean {
  switch (c) {
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case BANG:
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return true;
    default:
      return false;
  }
}

function flowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/**
 * The documents, diagnostics and comments of `text` (lone CRs already made
 * line feeds), or undefined when the text is not in the subset this reader
 * reads exactly.
 */
export function readYamlScanned(file: string, text: string, index: LineIndex): ScanRead | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    const reader = new ScanReader(file, text, index);
    const read = reader.read();
    return reader.tabsAllRead() ? read : undefined;
  } catch (e) {
    if (e === BAIL || e instanceof RangeError) return undefined;
    throw e;
  }
}

interface Tag {
  source: string;
  /** Offset after the tag's last character. */
  end: number;
}

interface Keyed {
  /** Preorder number of the node a diagnostic belongs to, times two, plus one for duplicate keys (after the node's tag warning). */
  order: number;
  diagnostic: Diagnostic;
}

class ScanReader {
  private readonly len: number;
  /** The cursor: between nodes, the first character of the next content line (or `len`). */
  private pos = 0;
  /** Start offset of the line holding `pos`. */
  private lineStart = 0;
  /** Column (0-based) of the first character of the current content line; -1 at the end of the text. */
  private indent = -1;
  private depth = 0;
  /** Flow collections open around the cursor (1: inside the outermost). */
  private flowLevel = 0;
  /** Preorder number of the next node: diagnostics come out in the CST reader's order (a node's own, then its keys', then its children's). */
  private order = 0;
  /** End offset of the last scalar, key or collection read: a key's `:` is measured from it. */
  private lastEnd = 0;
  /** The least indentation of the comment lines nextContent passed last (Infinity: none). */
  private commentIndent = Infinity;
  private readonly comments: SourceComment[] = [];
  private readonly keyed: Keyed[] = [];
  /** Offset of the text's first tab, -1 when it has none. */
  private readonly firstTab: number;
  /**
   * With tabs in the text: start and end offsets of the spans where a tab is
   * read as any other character (a comment after its `#`, a block scalar's
   * line after its first character); a tab anywhere else makes the file the
   * CST path's (yaml reads tabs as white space in some places, not others).
   */
  private readonly tabSpans: number[] = [];
  /** Keys and short scalars: one string per repeated text. */
  private readonly strings: RecentStrings;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly index: LineIndex,
  ) {
    this.len = text.length;
    this.firstTab = text.indexOf('\t');
    this.strings = new RecentStrings(text);
  }

  /** Whether every tab of the text lies in a span where it is read as any other character. */
  tabsAllRead(): boolean {
    if (this.firstTab < 0) return true;
    const spans = this.tabSpans;
    const order = Array.from({ length: spans.length / 2 }, (_, i) => i).sort((a, b) => spans[2 * a]! - spans[2 * b]!);
    let s = 0;
    for (let tab = this.firstTab; tab >= 0; tab = this.text.indexOf('\t', tab + 1)) {
      while (s < order.length && spans[2 * order[s]! + 1]! <= tab) s++;
      if (s >= order.length || spans[2 * order[s]!]! > tab) return false;
    }
    return true;
  }

  read(): ScanRead {
    const text = this.text;
    this.nextContent(0, true);
    if (this.indent === 0 && text.startsWith('---', this.pos) && this.spaceOrEnd(this.pos + 3)) {
      this.endLine(this.pos + 3);
      if (this.indent < 0) bail(); // an empty document
    }
    if (this.indent < 0) return { documents: [], diagnostics: [], comments: this.comments };
    const c = text.charCodeAt(this.pos);
    // The root: a collection (a scalar root is no template; the CST path reads it).
    if (c === DQUOTE || c === SQUOTE) bail();
    const root = this.node(-1, At.Line);
    if (root.kind === 'scalar' || this.indent >= 0) bail();
    return { documents: [{ index: 0, root }], diagnostics: this.diagnostics(), comments: this.comments };
  }

  private diagnostics(): Diagnostic[] {
    if (this.keyed.length > 1) this.keyed.sort((a, b) => a.order - b.order); // stable
    return this.keyed.map((k) => k.diagnostic);
  }

  private spaceOrEnd(p: number): boolean {
    if (p >= this.len) return true;
    const c = this.text.charCodeAt(p);
    return c === SPACE || c === LF || c === CR;
  }

  private lineBreakEnd(p: number): boolean {
    if (p >= this.len) return true;
    const c = this.text.charCodeAt(p);
    return c === LF || c === CR;
  }

  /** Offset after the line break at `p` (or `len`). */
  private afterBreak(p: number): number {
    const text = this.text;
    if (p >= this.len) return this.len;
    if (text.charCodeAt(p) === CR) return text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
    return p + 1;
  }

  /** Collects the comment at `p` (a `#`); returns the offset of the line break after it. */
  private comment(p: number): number {
    const text = this.text;
    let e = p + 1;
    while (e < this.len) {
      const c = text.charCodeAt(e);
      if (c === LF || c === CR) break;
      e++;
    }
    if (this.firstTab >= 0) this.tabSpans.push(p + 1, e);
    this.comments.push({ text: text.slice(p + 1, e), range: this.index.range(p, e) });
    return e;
  }

  /**
   * From the start of a line, skips blank and comment lines (collecting the
   * comments) to the first content line: sets `pos`, `lineStart`, `indent`.
   */
  private nextContent(from: number, documentStart = false): void {
    const text = this.text;
    const len = this.len;
    let p = from;
    this.commentIndent = Infinity;
    while (p < len) {
      tick();
      let q = p;
      while (q < len && text.charCodeAt(q) === SPACE) q++;
      if (q >= len) break;
      const c = text.charCodeAt(q);
      if (c === LF || c === CR) {
        p = this.afterBreak(q);
        continue;
      }
      if (c === HASH) {
        if (q - p < this.commentIndent) this.commentIndent = q - p;
        p = this.afterBreak(this.comment(q));
        continue;
      }
      if (q === p) {
        // Directives, document markers: one document only, and `---` only where it starts.
        if (c === 0x25 /* % */) bail();
        if ((text.startsWith('---', p) && !documentStart) || text.startsWith('...', p)) {
          if (this.spaceOrEnd(p + 3)) bail();
        }
      }
      this.lineStart = p;
      this.pos = q;
      this.indent = q - p;
      return;
    }
    this.lineStart = len;
    this.pos = len;
    this.indent = -1;
  }

  /**
   * After a node's last character on its line: spaces, an optional comment
   * (after a space), the line break; then on to the next content line.
   */
  private endLine(p: number): void {
    const text = this.text;
    let q = p;
    while (q < this.len && text.charCodeAt(q) === SPACE) q++;
    if (q < this.len && text.charCodeAt(q) === HASH) {
      if (text.charCodeAt(q - 1) !== SPACE) bail(); // a comment needs a space before it
      q = this.comment(q);
    }
    if (!this.lineBreakEnd(q)) bail();
    this.nextContent(this.afterBreak(q));
  }

  private node(parentIndent: number, at: At): Node {
    if (++this.depth > MAX_DEPTH) bail();
    const node = this.nodeAt(parentIndent, at, undefined);
    this.depth--;
    return node;
  }

  /** The node at `pos` (its tag, when given, read before it: on the line above when `tagAbove`). */
  private nodeAt(parentIndent: number, at: At, tag: Tag | undefined, tagAbove = false): Node {
    const text = this.text;
    const p = this.pos;
    const c = text.charCodeAt(p);
    const col = p - this.lineStart;
    switch (c) {
      case DASH:
        if (this.spaceOrEnd(p + 1)) {
          if (at === At.Value || (tag && !tagAbove)) bail();
          const order = this.order++;
          return this.closeBlock(this.blockSeq(col), tag, order);
        }
        break;
      case LBRACKET:
      case LBRACE: {
        const order = this.order++;
        const node = this.flow(parentIndent, order);
        const result = this.tagged(node, tag, order);
        this.endLine(this.pos);
        return result;
      }
      case DQUOTE:
      case SQUOTE: {
        const q = this.quoted(p, parentIndent);
        let r = q.end;
        while (r < this.len && text.charCodeAt(r) === SPACE) r++;
        if (text.charCodeAt(r) === COLON && this.spaceOrEnd(r + 1)) {
          if (at === At.Value || (tag && !tagAbove)) bail();
          const order = this.order++;
          return this.closeBlock(this.blockMap(col, order), tag, order);
        }
        const node = this.scalarNode(q.value, false, p, q.end, tag?.source, this.order++);
        this.lastEnd = q.end;
        this.endLine(q.end);
        return node;
      }
      case BANG:
        if (tag) bail();
        return this.tagAt(parentIndent, at);
      case PIPE:
      case GT:
        if (at === At.Line) bail();
        return this.blockScalar(p, parentIndent, tag);
      default:
        break;
    }
    if (indicator(c) || ((c === 0x3f /* ? */ || c === COLON) && this.spaceOrEnd(p + 1))) bail();
    const stop = this.plainLine(p);
    if (stop.stop === Stop.Colon) {
      if (at === At.Value || (tag && !tagAbove)) bail();
      const order = this.order++;
      return this.closeBlock(this.blockMap(col, order), tag, order);
    }
    // `yaml` reads a plain scalar below a comment line indented no more than the parent as a key, in some cases.
    if (at === At.Line && this.commentIndent <= parentIndent) bail();
    return this.plainScalar(p, stop, parentIndent, tag);
  }

  /** A tag at `pos` and what it tags: on the same line, on the lines below, or nothing. */
  private tagAt(parentIndent: number, at: At): Node {
    const text = this.text;
    const start = this.pos;
    let e = start + 1;
    while (e < this.len && TAG_CHAR.test(text[e]!)) e++;
    if (e === start + 1 || !this.spaceOrEnd(e)) bail();
    const tag: Tag = { source: text.slice(start, e), end: e };
    let p = e;
    while (p < this.len && text.charCodeAt(p) === SPACE) p++;
    const c = text.charCodeAt(p);
    if (p >= this.len || c === LF || c === CR || c === HASH) {
      this.endLine(p);
      // What the tag is on: the node on the lines below, or (after `key:`) a sequence at the key's column.
      const seqAtKey = at === At.Value && this.indent === parentIndent && text.charCodeAt(this.pos) === DASH && this.spaceOrEnd(this.pos + 1);
      if (this.indent > parentIndent || seqAtKey) {
        if (++this.depth > MAX_DEPTH) bail();
        const node = this.nodeAt(parentIndent, At.Line, tag, true);
        this.depth--;
        return node;
      }
      return this.empty(p, tag);
    }
    this.pos = p;
    if (c === DASH && this.spaceOrEnd(p + 1)) bail();
    if (c === BANG || c === 0x26 /* & */ || c === 0x2a /* * */) bail();
    return this.nodeAt(parentIndent, at === At.Line ? At.Value : at, tag);
  }

  /** The empty node after `:`, `-` or a tag with nothing else, placed where the composer places it. */
  private empty(at: number, tag: Tag | undefined): Node {
    this.lastEnd = at;
    return this.scalarNode('', true, at, at, tag?.source, this.order++);
  }

  private scalarNode(raw: string, plain: boolean, rangeStart: number, end: number, tag: string | undefined, order: number): Node {
    const longKey = tag ? longFormKey(tag) : undefined;
    const tagRange = tag ? tagRangeBefore(this.text, this.index, rangeStart, tag) : undefined;
    const start = tagRange ? tagRange.start.offset : rangeStart;
    const node: ScalarNode = { kind: 'scalar', value: plain ? resolvePlainScalar(raw) : raw, range: this.index.range(start, end) };
    if (tag && !longKey) this.unknownTag(tag, node, tagRange, order);
    return longKey ? toLongForm(longKey, node, node.range, tagRange ?? node.range) : node;
  }

  private unknownTag(tag: string, node: Node, tagRange: Range | undefined, order: number): void {
    const out: Diagnostic[] = [];
    markUnknownTag(this.file, out, tag, node, tagRange);
    for (const diagnostic of out) this.keyed.push({ order: order * 2, diagnostic });
  }

  /** A flow collection with its tag: the long form, or the warning for an unknown tag. */
  private tagged(node: MapNode | SeqNode, tag: Tag | undefined, order: number): Node {
    if (!tag) return node;
    const longKey = longFormKey(tag.source);
    const tagRange = tagRangeBefore(this.text, this.index, startOffset(node.range), tag.source);
    const nodeRange = this.index.range(startOffset(tagRange ?? node.range), node.range.end.offset);
    node.range = nodeRange;
    if (longKey) return toLongForm(longKey, node, nodeRange, tagRange ?? nodeRange);
    this.unknownTag(tag.source, node, tagRange, order);
    return node;
  }

  /** A block collection with its tag, ended where its last value (or key) ends. */
  private closeBlock(node: MapNode | SeqNode, tag: Tag | undefined, order: number): Node {
    const result = this.tagged(node, tag, order);
    let lastEnd;
    if (node.kind === 'map') {
      node.entries = compact(node.entries);
      const last = node.entries[node.entries.length - 1]!;
      lastEnd = Math.max(endOffset(last.value.range), endOffset(last.keyRange));
    } else {
      node.items = compact(node.items);
      lastEnd = endOffset(node.items[node.items.length - 1]!.range);
    }
    endBlockAt(node, result === node ? undefined : (result as MapNode), this.index, lastEnd);
    this.lastEnd = lastEnd;
    return result;
  }

  private blockMap(col: number, order: number): MapNode {
    const text = this.text;
    const start = this.pos;
    const node: MapNode = { kind: 'map', entries: [], range: this.index.range(start, start) };
    const entries = node.entries;
    let seen: Map<string, Range> | undefined;
    let first = true;
    for (;;) {
      tick();
      const keyStart = this.pos;
      const c = text.charCodeAt(keyStart);
      let key: string;
      let keyEnd: number;
      let colon: number;
      if (c === DQUOTE || c === SQUOTE) {
        const q = this.quoted(keyStart, -1);
        if (q.multiline) bail();
        key = q.value;
        keyEnd = q.end;
        colon = keyEnd;
        while (colon < this.len && text.charCodeAt(colon) === SPACE) colon++;
        if (text.charCodeAt(colon) !== COLON || !this.spaceOrEnd(colon + 1)) bail();
      } else {
        if (indicator(c) || ((c === DASH || c === 0x3f /* ? */ || c === COLON) && this.spaceOrEnd(keyStart + 1))) bail();
        const stop = this.plainLine(keyStart);
        if (stop.stop !== Stop.Colon) bail();
        keyEnd = stop.end;
        colon = stop.at;
        key = this.strings.slice(keyStart, keyEnd);
        if (key === '<<') bail(); // merge keys take the CST path
      }
      if (colon - (first ? keyStart : this.lastEnd) > MAX_KEY_SPAN) bail();
      first = false;
      const keyRange = this.index.range(keyStart, keyEnd);
      // Duplicate keys: the latest earlier occurrence is named.
      let earlier: Range | undefined;
      if (seen) {
        earlier = seen.get(key);
        seen.set(key, keyRange);
      } else {
        for (let i = entries.length - 1; i >= 0; i--) {
          if (entries[i]!.key === key) {
            earlier = entries[i]!.keyRange;
            break;
          }
        }
        if (entries.length >= 8) {
          seen = new Map();
          for (const e of entries) seen.set(e.key, e.keyRange);
          seen.set(key, keyRange);
        }
      }
      if (earlier) this.keyed.push({ order: order * 2 + 1, diagnostic: duplicateKey(this.file, key, keyRange, earlier) });
      this.lastEnd = keyEnd;
      const value = this.valueAfterColon(col, colon);
      const entry: MapEntry = { key, keyRange, value };
      entries.push(entry);
      if (this.indent !== col) {
        if (this.indent > col) bail();
        return node;
      }
    }
  }

  private valueAfterColon(mapCol: number, colon: number): Node {
    const text = this.text;
    let p = colon + 1;
    while (p < this.len && text.charCodeAt(p) === SPACE) p++;
    const c = text.charCodeAt(p);
    if (p >= this.len || c === LF || c === CR || c === HASH) {
      this.endLine(p);
      if (this.indent > mapCol) return this.node(mapCol, At.Line);
      if (this.indent === mapCol && text.charCodeAt(this.pos) === DASH && this.spaceOrEnd(this.pos + 1)) return this.node(mapCol, At.Line);
      return this.empty(p, undefined);
    }
    this.pos = p;
    return this.node(mapCol, At.Value);
  }

  private blockSeq(col: number): SeqNode {
    const text = this.text;
    const node: SeqNode = { kind: 'seq', items: [], range: this.index.range(this.pos, this.pos) };
    const items = node.items;
    for (;;) {
      tick();
      let p = this.pos + 1;
      while (p < this.len && text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (p >= this.len || c === LF || c === CR || c === HASH) {
        this.endLine(p);
        items.push(this.indent > col ? this.node(col, At.Line) : this.empty(p, undefined));
      } else {
        this.pos = p;
        items.push(this.node(col, At.Compact));
      }
      if (this.indent !== col || text.charCodeAt(this.pos) !== DASH || !this.spaceOrEnd(this.pos + 1)) {
        if (this.indent > col) bail();
        return node;
      }
    }
  }

  /**
   * The first line of a plain scalar (block context) from `p`: where its text
   * ends (trailing spaces left out) and why: the line ends, a comment, or
   * `: ` (a key).
   */
  private plainLine(p: number): { stop: Stop; end: number; at: number } {
    const text = this.text;
    const len = this.len;
    let i = p;
    let end = p;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) return { stop: Stop.End, end, at: i };
      if (c === SPACE) continue;
      if (c === COLON && this.spaceOrEnd(i + 1)) return { stop: Stop.Colon, end, at: i };
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return { stop: Stop.Comment, end, at: i };
      end = i + 1;
    }
    return { stop: Stop.End, end, at: i };
  }

  /** A plain scalar in block context, its first line read: with the lines that continue it. */
  private plainScalar(start: number, first: { stop: Stop; end: number; at: number }, parentIndent: number, tag: Tag | undefined): Node {
    const text = this.text;
    const len = this.len;
    let value = this.strings.slice(start, first.end);
    let end = first.end;
    let next: number;
    if (first.stop === Stop.Comment) {
      next = this.afterBreak(this.comment(first.at));
    } else {
      next = this.afterBreak(first.at);
      // Continuation lines: indented past the parent, not a comment, not looking like anything else.
      let line = next;
      let breaks = 0;
      while (line < len) {
        tick();
        let q = line;
        while (q < len && text.charCodeAt(q) === SPACE) q++;
        if (q >= len) break;
        const c = text.charCodeAt(q);
        if (c === LF || c === CR) {
          breaks++;
          line = this.afterBreak(q);
          continue;
        }
        if (q - line <= parentIndent || c === HASH) break;
        if (indicator(c) || c === DASH || c === 0x3f /* ? */ || c === COLON) bail();
        const stop = this.plainLine(q);
        if (stop.stop === Stop.Colon) bail();
        value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        value += text.slice(q, stop.end);
        end = stop.end;
        breaks = 0;
        if (stop.stop === Stop.Comment) {
          line = this.afterBreak(this.comment(stop.at));
          next = line;
          break;
        }
        line = this.afterBreak(stop.at);
        next = line;
      }
    }
    const node = this.scalarNode(value, true, start, end, tag?.source, this.order++);
    this.lastEnd = end;
    this.nextContent(next);
    return node;
  }

  /**
   * A quoted scalar from `p` (its opening quote): its value, the offset after
   * the closing quote, and whether it spans lines. Continuation lines must
   * be indented past `parentIndent`.
   */
  private quoted(p: number, parentIndent: number): { value: string; end: number; multiline: boolean } {
    const text = this.text;
    const len = this.len;
    const double = text.charCodeAt(p) === DQUOTE;
    let plainText = true;
    let multiline = false;
    let i = p + 1;
    for (;;) {
      if (i >= len) bail();
      const c = text.charCodeAt(i);
      if (double && c === BACKSLASH) {
        plainText = false;
        const next = text[i + 1] ?? '';
        const hex = HEX_ESCAPES[next];
        if (hex !== undefined) {
          const digits = text.slice(i + 2, i + 2 + hex);
          if (!/^[0-9a-fA-F]*$/.test(digits) || digits.length !== hex) bail();
          if (parseInt(digits, 16) > 0x10ffff) bail();
          i += 2 + hex;
        } else if (SIMPLE_ESCAPES.has(next)) {
          i += 2;
        } else if (next === '\n' || next === '\r') {
          i += 1; // the line break is read below
        } else bail();
        continue;
      }
      if (c === (double ? DQUOTE : SQUOTE)) {
        if (!double && text.charCodeAt(i + 1) === SQUOTE) {
          plainText = false;
          i += 2;
          continue;
        }
        break;
      }
      if (c === LF || c === CR) {
        tick();
        plainText = false;
        multiline = true;
        i = this.afterBreak(i);
        let q = i;
        while (q < len && text.charCodeAt(q) === SPACE) q++;
        const d = text.charCodeAt(q);
        if (q >= len) bail();
        if (d !== LF && d !== CR) {
          if (q - i <= parentIndent) bail();
          if (q === i && (text.startsWith('---', i) || text.startsWith('...', i))) bail();
        }
        continue;
      }
      i++;
    }
    const end = i + 1;
    const value = plainText ? this.strings.slice(p + 1, i) : foldQuoted(text.slice(p, end));
    return { value, end, multiline };
  }

  /**
   * A literal or folded block scalar whose header is at `p`: chomping (`-`,
   * `+`) and an indentation indicator (`1`-`9`, counted from the parent's
   * indentation, as `yaml` counts it) in either order; empty ones too.
   */
  private blockScalar(p: number, parentIndent: number, tag: Tag | undefined): Node {
    const text = this.text;
    const len = this.len;
    const folded = text.charCodeAt(p) === GT;
    let h = p + 1;
    let chomp = 0; // 0: clip, DASH: strip, 0x2b: keep
    let explicit = 0;
    for (let i = 0; i < 2; i++) {
      const c = text.charCodeAt(h);
      if (chomp === 0 && (c === DASH || c === 0x2b /* + */)) chomp = c;
      else if (explicit === 0 && c >= 0x31 /* 1 */ && c <= 0x39 /* 9 */) explicit = c - 0x30;
      else break;
      h++;
    }
    // Anything else on the header line but a comment: the CST path.
    let q = h;
    while (q < len && text.charCodeAt(q) === SPACE) q++;
    if (q < len && text.charCodeAt(q) === HASH) {
      if (q === h) bail();
      q = this.comment(q);
    }
    if (!this.lineBreakEnd(q)) bail();
    let line = this.afterBreak(q);
    // Leading blank lines, then the first content line sets the indentation (unless the header does).
    let leadingMax = 0;
    let leading = 0;
    let first = -1;
    while (line < len) {
      let s = line;
      while (s < len && text.charCodeAt(s) === SPACE) s++;
      if (s >= len) break;
      const c = text.charCodeAt(s);
      if (c === LF || c === CR) {
        leadingMax = Math.max(leadingMax, s - line);
        leading++;
        line = this.afterBreak(s);
        continue;
      }
      first = s - line;
      break;
    }
    const m = explicit > 0 ? parentIndent + explicit : first;
    if (first <= parentIndent) {
      // No content: the lines up to the next one not indented past the parent (or the end).
      if (first < 0 && line < len) bail(); // spaces at the end of the text
      const end = trimEnd(text, p, line);
      const node = this.scalarNode(chomp === 0x2b ? '\n'.repeat(leading) : '', false, p, end, tag?.source, this.order++);
      this.lastEnd = end;
      this.nextContent(line);
      return node;
    }
    if (m < 1 || first < m || leadingMax > m) bail(); // odd leading lines, or a first line indented less than the header says
    let blanks = 0;
    /** A blank line indented past `m` since the last content line (an explicit indicator's `yaml` keeps or drops it by another measure). */
    let moreBlank = false;
    let contentEnd = line;
    let value = '';
    let previousMore = false;
    let firstLine = true;
    while (line < len) {
      tick();
      let s = line;
      while (s < len && text.charCodeAt(s) === SPACE) s++;
      let e = s;
      while (e < len && text.charCodeAt(e) !== LF && text.charCodeAt(e) !== CR) e++;
      if (e === s && s - line <= m) {
        // A blank line (spaces only), or the end of the text.
        if (s >= len) break;
        blanks++;
        line = this.afterBreak(e);
        continue;
      }
      if (s - line < m) break;
      if (e === s) {
        // Spaces past the indentation only: a line of those spaces, as `yaml` reads it.
        if (s >= len) bail();
        moreBlank = true;
      } else moreBlank = false;
      const content = text.slice(line + m, e);
      if (!folded) {
        if (!firstLine) value += '\n'.repeat(blanks + 1);
        value += content;
      } else {
        const more = content.charCodeAt(0) === SPACE;
        if (firstLine) value += content;
        else if (previousMore || more) value += '\n'.repeat(blanks + 1) + content;
        else value += (blanks > 0 ? '\n'.repeat(blanks) : ' ') + content;
        previousMore = more;
      }
      if (this.firstTab >= 0) this.tabSpans.push(line + m + 1, e);
      firstLine = false;
      blanks = 0;
      contentEnd = e;
      line = e >= len ? len : this.afterBreak(e);
    }
    if (moreBlank && explicit > 0) bail();
    if (leading > 0) value = '\n'.repeat(leading) + value;
    if (chomp === 0) value += '\n';
    else if (chomp !== DASH) value += '\n'.repeat(blanks + 1);
    const end = trimEnd(text, p, contentEnd);
    const node = this.scalarNode(value, false, p, end, tag?.source, this.order++);
    this.lastEnd = end;
    this.nextContent(line);
    return node;
  }

  /** A flow collection at `pos`; leaves `pos` after its closing bracket. */
  private flow(parentIndent: number, order: number): MapNode | SeqNode {
    if (++this.depth > MAX_DEPTH) bail();
    this.flowLevel++;
    const text = this.text;
    const open = this.pos;
    const isMap = text.charCodeAt(open) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const entries: MapEntry[] = [];
    const items: Node[] = [];
    let seen: Map<string, Range> | undefined;
    let i = this.flowSpace(open + 1, parentIndent);
    for (;;) {
      tick();
      const c = text.charCodeAt(i);
      if (c === close) break;
      if (isMap) {
        let key: string;
        let keyEnd: number;
        let colon: number;
        if (c === DQUOTE || c === SQUOTE) {
          const q = this.quoted(i, parentIndent);
          if (q.multiline) bail();
          key = q.value;
          keyEnd = q.end;
          colon = keyEnd;
          while (colon < this.len && text.charCodeAt(colon) === SPACE) colon++;
          if (text.charCodeAt(colon) !== COLON) bail();
        } else {
          if (indicator(c) || ((c === DASH || c === 0x3f /* ? */ || c === COLON) && this.spaceOrEnd(i + 1))) bail();
          const stop = this.plainFlow(i);
          if (stop.stop !== Stop.Colon || !this.spaceOrEnd(stop.at + 1)) bail();
          key = this.strings.slice(i, stop.end);
          keyEnd = stop.end;
          colon = stop.at;
          if (key === '<<') bail();
        }
        const keyRange = this.index.range(i, keyEnd);
        seen ??= new Map();
        const earlier = seen.get(key);
        seen.set(key, keyRange);
        if (earlier) this.keyed.push({ order: order * 2 + 1, diagnostic: duplicateKey(this.file, key, keyRange, earlier) });
        i = this.flowSpace(colon + 1, parentIndent);
        const v = text.charCodeAt(i);
        if (v === COMMA || v === close || i >= this.len) bail(); // an empty value
        entries.push({ key, keyRange, value: this.flowValue(i, parentIndent, false) });
      } else {
        items.push(this.flowValue(i, parentIndent, true));
      }
      i = this.flowSpace(this.pos, parentIndent);
      const after = text.charCodeAt(i);
      if (after === COMMA) {
        i = this.flowSpace(i + 1, parentIndent);
        continue;
      }
      if (after !== close) bail();
      break;
    }
    this.pos = i + 1;
    this.lastEnd = i + 1;
    this.depth--;
    this.flowLevel--;
    const range = this.index.range(open, i + 1);
    return isMap ? { kind: 'map', entries: compact(entries), range } : { kind: 'seq', items: compact(items), range };
  }

  /** Skips spaces, line breaks and comments inside a flow collection; lines must be indented past `parentIndent`. */
  private flowSpace(p: number, parentIndent: number): number {
    const text = this.text;
    const len = this.len;
    let i = p;
    for (;;) {
      if (i >= len) bail(); // unclosed
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        i++;
        continue;
      }
      if (c === HASH) {
        const before = text.charCodeAt(i - 1);
        if (before !== SPACE && before !== LF && before !== CR) bail();
        i = this.comment(i);
        continue;
      }
      if (c === LF || c === CR) {
        i = this.afterBreak(i);
        let q = i;
        while (q < len && text.charCodeAt(q) === SPACE) q++;
        const d = text.charCodeAt(q);
        if (q < len && d !== LF && d !== CR && d !== HASH && q - i <= parentIndent && !this.flowEndAtParent(q - i, parentIndent, d)) bail();
        if (q === i && (text.startsWith('---', i) || text.startsWith('...', i))) bail();
        continue;
      }
      return i;
    }
  }

  /**
   * `yaml` lets the bracket that closes the outermost flow collection stand
   * at its parent's indentation (a warning it does not report), not deeper
   * brackets or other content.
   */
  private flowEndAtParent(indent: number, parentIndent: number, c: number): boolean {
    return indent === parentIndent && this.flowLevel === 1 && (c === RBRACKET || c === RBRACE);
  }

  /**
   * A single-pair mapping in a flow sequence (`[0, Fn::GetAZs: !Ref r]`)
   * whose one-line key (plain or quoted) ends at `keyEnd` and whose `:` is at
   * `colon`: `: ` and a value on the same line. `yaml` makes it a mapping
   * from the key to the value, ended as a block collection is.
   */
  private flowPair(p: number, key: string, keyEnd: number, colon: number, parentIndent: number): Node {
    const text = this.text;
    if (key === '<<' && text.charCodeAt(p) !== DQUOTE && text.charCodeAt(p) !== SQUOTE) bail();
    if (colon - p > MAX_KEY_SPAN || text.charCodeAt(colon + 1) !== SPACE) bail();
    let v = colon + 1;
    while (v < this.len && text.charCodeAt(v) === SPACE) v++;
    const d = text.charCodeAt(v);
    if (v >= this.len || d === LF || d === CR || d === HASH || d === COMMA || d === RBRACKET || d === RBRACE) bail(); // an empty value, or one on another line
    if (++this.depth > MAX_DEPTH) bail();
    const order = this.order++;
    const node: MapNode = { kind: 'map', entries: [{ key, keyRange: this.index.range(p, keyEnd), value: this.flowValue(v, parentIndent, false) }], range: this.index.range(p, p) };
    this.depth--;
    const end = this.lastEnd;
    const result = this.closeBlock(node, undefined, order);
    this.lastEnd = end;
    return result;
  }

  /** A value inside a flow collection at `p` (a single pair too when `pairs`: an item of a flow sequence); leaves `pos` after it. */
  private flowValue(p: number, parentIndent: number, pairs: boolean): Node {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) {
      this.pos = p;
      return this.flow(parentIndent, this.order++);
    }
    if (c === BANG) {
      let e = p + 1;
      while (e < this.len && TAG_CHAR.test(text[e]!)) e++;
      if (e === p + 1 || !this.spaceOrEnd(e)) bail();
      const tag: Tag = { source: text.slice(p, e), end: e };
      let s = e;
      while (s < this.len && text.charCodeAt(s) === SPACE) s++;
      const atEnd = text.charCodeAt(s);
      if (atEnd === COMMA || atEnd === RBRACKET || atEnd === RBRACE) {
        // A tag on an empty value (`!GetAZs ]`): the value sits after the spaces.
        this.pos = s;
        this.lastEnd = s;
        return this.scalarNode('', true, s, s, tag.source, this.order++);
      }
      const v = this.flowSpace(e, parentIndent);
      const d = text.charCodeAt(v);
      if (d === LBRACKET || d === LBRACE) {
        this.pos = v;
        const order = this.order++;
        const node = this.flow(parentIndent, order);
        return this.tagged(node, tag, order);
      }
      if (d === BANG || flowIndicator(d)) bail(); // an empty value, or two tags
      return this.flowScalar(v, parentIndent, tag, false);
    }
    return this.flowScalar(p, parentIndent, undefined, pairs);
  }

  private flowScalar(p: number, parentIndent: number, tag: Tag | undefined, pairs: boolean): Node {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(p, parentIndent);
      let r = q.end;
      while (r < this.len && text.charCodeAt(r) === SPACE) r++;
      if (text.charCodeAt(r) === COLON) {
        if (!pairs || q.multiline) bail(); // a pair
        return this.flowPair(p, q.value, q.end, r, parentIndent);
      }
      this.pos = q.end;
      this.lastEnd = q.end;
      return this.scalarNode(q.value, false, p, q.end, tag?.source, this.order++);
    }
    if (indicator(c) || ((c === DASH || c === 0x3f /* ? */ || c === COLON) && this.spaceOrEnd(p + 1))) bail();
    const stop = this.plainFlow(p);
    if (stop.stop === Stop.Colon && pairs) return this.flowPair(p, text.slice(p, stop.end), stop.end, stop.at, parentIndent);
    if (stop.stop === Stop.Colon || stop.stop === Stop.Comment) bail();
    if (stop.stop === Stop.End) {
      // A plain scalar could go on on the next line: only when the next thing is a `,` or a bracket.
      let q = stop.at;
      while (q < this.len) {
        const d = text.charCodeAt(q);
        if (d !== SPACE && d !== LF && d !== CR) break;
        q++;
      }
      const d = text.charCodeAt(q);
      if (d !== COMMA && d !== RBRACKET && d !== RBRACE) bail();
    }
    this.pos = stop.end;
    this.lastEnd = stop.end;
    return this.scalarNode(this.strings.slice(p, stop.end), true, p, stop.end, tag?.source, this.order++);
  }

  /** A plain scalar inside a flow collection, on one line: where it ends and why. */
  private plainFlow(p: number): { stop: Stop; end: number; at: number } {
    const text = this.text;
    const len = this.len;
    let end = p;
    let i = p;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) return { stop: Stop.End, end, at: i };
      if (c === SPACE) continue;
      if (flowIndicator(c)) return { stop: Stop.Flow, end, at: i };
      if (c === COLON) {
        const n = text.charCodeAt(i + 1);
        if (this.spaceOrEnd(i + 1) || flowIndicator(n)) return { stop: Stop.Colon, end, at: i };
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return { stop: Stop.Comment, end, at: i };
      end = i + 1;
    }
    return { stop: Stop.End, end, at: i };
  }
}
