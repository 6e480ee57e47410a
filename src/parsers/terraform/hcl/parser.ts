/**
 * A recursive-descent parser for HCL native syntax (HashiCorp's hclsyntax
 * specification is the reference) producing the AST of ./ast.ts, every node
 * with its Range.
 *
 * - Errors are diagnostics (`hcl-syntax`) in a Terraform user's words. A
 *   top-level block or argument with an error is dropped and reading goes on
 *   at the next line that starts with a name, so the other blocks survive.
 * - Nesting is bounded (MAX_DEPTH, `hcl-too-deep`): blocks, brackets,
 *   parentheses, templates and chained conditionals all count, so no input
 *   can exhaust the call stack.
 * - Newlines end arguments, and separate object items; inside `( )`, `[ ]`,
 *   `${ }`, `%{ }` and `for` expressions they are spaces.
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import type {
  BinaryOperator,
  Expression,
  ForExpr,
  Name,
  ObjectItem,
  TemplateExpr,
  TemplatePart,
  TemplateText,
} from '../../../model/hcl-ast.js';
import { endOffset, insetRange, joinRanges, LineIndex, startOffset, type Position, type Range } from '../../../model/range.js';
import { compact } from '../../../model/node.js';
import type { Attribute, Block, BlockLabel, Body, HclFile } from './ast.js';
import { Lexer, type Token } from './lexer.js';
import { RecentStrings } from '../../recent-strings.js';
import { quote as quoted, shorten } from '../../../model/quote.js';
import { tick } from '../../../model/time-budget.js';

/** Nesting deeper than this is refused (Terraform's own configurations nest a few dozen levels at most). */
const MAX_DEPTH = 1000;
/** A file that is not HCL at all gives one error per line; keep the first few. */
const MAX_DIAGNOSTICS = 10;

const BINARY_LEVEL: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

class TooDeep extends Error {
  constructor(readonly start: number) {
    super('too deep');
  }
}

/** How a token reads in a message. */
function describe(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'the end of the file';
    case 'newline':
      return 'a new line';
    case 'quote':
      return 'a quoted string';
    case 'heredoc':
      return `a heredoc <<${shorten(t.text)}`;
    case 'number':
      return `the number ${shorten(t.text)}`;
    case 'ident':
      return quoted(t.text);
    case 'invalid':
      return `the character ${quoted(t.text)}`;
    case 'punct':
      return quoted(t.text);
  }
}

interface ParseOptions {
  /** Collect comments (default true). */
  comments?: boolean;
  /**
   * Takes each top-level argument and block as soon as it is read, instead
   * of the file's body (whose items are then empty): what the caller makes
   * of one is all that stays of it, and the AST of a large file is not held
   * whole (src/parsers/terraform/config-file.ts).
   */
  each?: (item: Attribute | Block) => void;
}

/** Parses one HCL file (BOM already removed). Never throws. */
export function parseHclFile(file: string, text: string, lines: LineIndex = new LineIndex(text), options: ParseOptions = {}): HclFile {
  const parser = new Parser(file, new Lexer(text, nearbyPositions(lines), text.length, options.comments !== false, new RecentStrings(text)));
  return parser.file(options.each);
}

/**
 * Positions from a LineIndex, found from the line of the previous lookup when
 * the offset is on it or the next one (the parser asks in source order
 * nearly always), else by the index's binary search.
 */
function nearbyPositions(lines: LineIndex): (offset: number) => Position {
  const last = lines.lineCount;
  const length = lines.text.length;
  let line = 1;
  return (offset) => {
    if (offset >= 0 && offset <= length) {
      for (let candidate = line; candidate <= line + 1 && candidate <= last; candidate++) {
        const start = lines.lineStart(candidate);
        if (offset >= start && (candidate === last || offset < lines.lineStart(candidate + 1))) {
          line = candidate;
          return { line, column: offset - start + 1, offset };
        }
      }
    }
    const p = lines.position(offset);
    line = p.line;
    return p;
  };
}

/**
 * Parses `text[start, end)` as a template without quotes (a string of HCL's
 * JSON syntax): `${…}` and `%{…}` are read, backslashes are not escapes.
 * `position` maps offsets of `text` to source positions. Errors are thrown
 * away into `diagnostics`; the result is then undefined.
 */
export function parseBareTemplate(
  file: string,
  text: string,
  position: (offset: number) => Position,
  diagnostics: Diagnostic[],
): TemplateExpr | undefined {
  const parser = new Parser(file, new Lexer(text, position, text.length, false));
  return parser.bareTemplate(diagnostics);
}

/**
 * Parses `text` as one HCL expression with nothing after it (Terraform reads
 * a `-var` value for a variable of a complex type so). Never throws: a syntax
 * error is a diagnostic, and there is no expression.
 */
export function parseHclExpression(file: string, text: string): { expression?: Expression; diagnostics: Diagnostic[] } {
  const parser = new Parser(file, new Lexer(text, nearbyPositions(new LineIndex(text)), text.length, false));
  return parser.wholeExpression();
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** Newlines are spaces while this is > 0 (inside parentheses, brackets, interpolations). */
  private ignoreNewlines = 0;
  private cachedAt = -1;
  private cachedIgnore = false;
  private cachedToken: Token | undefined;
  private readonly diagnostics: Diagnostic[] = [];
  private dropped = 0;
  /** Set when the current top-level item has an error that did not stop parsing (a repeated argument). */
  private broken = false;

  constructor(
    private readonly fileName: string,
    private readonly lex: Lexer,
  ) {}

  // ---- tokens ------------------------------------------------------------

  private peek(): Token {
    const ignore = this.ignoreNewlines > 0;
    if (this.cachedAt === this.pos && this.cachedIgnore === ignore) return this.cachedToken!;
    let t = this.lex.scan(this.pos);
    if (ignore) while (t.type === 'newline') t = this.lex.scan(t.end);
    this.cachedAt = this.pos;
    this.cachedIgnore = ignore;
    this.cachedToken = t;
    return t;
  }

  private next(): Token {
    const t = this.peek();
    this.pos = t.end;
    return t;
  }

  private isPunct(text: string): boolean {
    const t = this.peek();
    return t.type === 'punct' && t.text === text;
  }

  private eat(text: string): Token | undefined {
    return this.isPunct(text) ? this.next() : undefined;
  }

  private expect(text: string, what: string): Token {
    const t = this.peek();
    if (t.type === 'punct' && t.text === text) return this.next();
    throw this.error(`expected ${what}, found ${describe(t)}`, t);
  }

  private error(message: string, t: Token | { start: number; end: number }): HclSyntaxError {
    return new HclSyntaxError(message, t.start, Math.max(t.end, t.start));
  }

  private range(start: number, end: number): Range {
    return this.lex.range(start, end);
  }

  private skipNewlines(): void {
    while (this.peek().type === 'newline') this.next();
  }

  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) throw new TooDeep(at);
  }

  private leave(): void {
    this.depth--;
  }

  private withNewlines<T>(ignore: boolean, f: () => T): T {
    const saved = this.ignoreNewlines;
    this.ignoreNewlines = ignore ? saved + 1 : 0;
    try {
      return f();
    } finally {
      this.ignoreNewlines = saved;
    }
  }

  private report(message: string, start: number, end: number): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.dropped++;
      return;
    }
    this.diagnostics.push({ file: this.fileName, severity: 'error', code: 'hcl-syntax', message, range: this.range(start, end) });
  }

  // ---- bodies ------------------------------------------------------------

  file(each?: (item: Attribute | Block) => void): HclFile {
    const items: Body['items'] = [];
    const seen = new Map<string, Range>();
    try {
      for (;;) {
        this.skipNewlines();
        const t = this.peek();
        if (t.type === 'eof') break;
        const from = this.pos;
        this.broken = false;
        try {
          const item = this.item(seen, false);
          if (this.broken) continue;
          if (each) each(item);
          else items.push(item);
        } catch (e) {
          if (!(e instanceof HclSyntaxError)) throw e;
          this.report(e.message, e.start, e.end);
          this.resync(Math.max(e.start, from));
        }
      }
    } catch (e) {
      if (e instanceof TooDeep) {
        this.diagnostics.length = Math.min(this.diagnostics.length, MAX_DIAGNOSTICS - 1);
        this.diagnostics.push({
          file: this.fileName,
          severity: 'error',
          code: 'hcl-too-deep',
          message: `HCL nesting is too deep to read (more than ${MAX_DEPTH} levels)`,
          range: this.range(e.start, Math.min(e.start + 1, this.lex.end)),
        });
      } else if (e instanceof RangeError) {
        // Not expected with MAX_DEPTH; kept so that no input can crash the run.
        this.diagnostics.push({ file: this.fileName, severity: 'error', code: 'hcl-too-deep', message: 'HCL nesting is too deep to read' });
      } else {
        throw e;
      }
    }
    if (this.dropped > 0) this.diagnostics.push({ file: this.fileName, severity: 'error', code: 'hcl-syntax', message: `${this.dropped} more HCL syntax errors in this file` });
    const body: Body = { items, range: this.range(0, this.lex.end) };
    return { body, comments: this.lex.comments, diagnostics: this.diagnostics };
  }

  /** One expression, and only new lines after it. */
  wholeExpression(): { expression?: Expression; diagnostics: Diagnostic[] } {
    try {
      this.skipNewlines();
      const expression = this.expression();
      this.skipNewlines();
      const t = this.peek();
      if (t.type !== 'eof') throw this.error(`expected the end of the value, found ${describe(t)}`, t);
      return this.diagnostics.length > 0 ? { diagnostics: this.diagnostics } : { expression, diagnostics: this.diagnostics };
    } catch (e) {
      if (e instanceof HclSyntaxError) this.report(e.message, e.start, e.end);
      else if (e instanceof TooDeep || e instanceof RangeError) this.report(`HCL nesting is too deep to read (more than ${MAX_DEPTH} levels)`, 0, 0);
      else throw e;
      return { diagnostics: this.diagnostics };
    }
  }

  /**
   * After an error: skip to the next line that starts with a name (column 1),
   * passing over strings and heredocs so their text is not taken for blocks.
   */
  private resync(from: number): void {
    const s = this.lex.text;
    const end = this.lex.end;
    let i = from;
    // Finish the line the error is on.
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c === 10) break;
      if (c === 60 && s.charCodeAt(i + 1) === 60) {
        const t = this.lex.scan(i);
        if (t.type === 'heredoc') {
          i = this.skipHeredoc(t);
          continue;
        }
      }
      i++;
    }
    while (i < end) {
      // i is at a newline: look at the next line.
      i++;
      const c = s.charCodeAt(i);
      if (i < end && (c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
      while (i < end && s.charCodeAt(i) !== 10) {
        if (s.charCodeAt(i) === 60 && s.charCodeAt(i + 1) === 60) {
          const t = this.lex.scan(i);
          if (t.type === 'heredoc') {
            i = this.skipHeredoc(t) - 1;
            if (i < end && s.charCodeAt(i) !== 10) i++;
            continue;
          }
        }
        i++;
      }
    }
    this.pos = Math.min(i, end);
    this.cachedAt = -1;
    this.ignoreNewlines = 0;
    this.depth = 0;
  }

  /** The offset after a heredoc's closing marker line (or the end). */
  private skipHeredoc(t: Token): number {
    const close = this.findHeredocEnd(t.end, t.text);
    return close ? close.end : this.lex.end;
  }

  private item(seen: Map<string, Range>, inBlock: boolean): Attribute | Block {
    const name = this.peek();
    if (name.type !== 'ident') throw this.error(`expected an argument name or a block type, found ${describe(name)}`, name);
    this.next();
    const after = this.peek();
    if (after.type === 'punct' && after.text === '=') {
      this.next();
      const expression = this.expression();
      const nameRange = this.range(name.start, name.end);
      const previous = seen.get(name.text);
      if (previous) {
        this.report(`argument "${name.text}" is already set at line ${previous.start.line}, column ${previous.start.column}; an argument may be set only once`, name.start, name.end);
        this.broken = true;
      } else seen.set(name.text, nameRange);
      this.endOfItem(inBlock);
      return { type: 'attribute', name: name.text, nameRange, expression };
    }
    return this.block(name);
  }

  /** After an argument: a newline, the end of the file, or (single-line block) `}`. */
  private endOfItem(inSingleLine: boolean): void {
    const t = this.peek();
    if (t.type === 'newline') {
      this.next();
      return;
    }
    if (t.type === 'eof') return;
    if (inSingleLine && t.type === 'punct' && t.text === '}') return;
    throw this.error(`an argument must end with a new line, found ${describe(t)}`, t);
  }

  private block(type: Token): Block {
    const labels: BlockLabel[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === 'ident') {
        this.next();
        labels.push({ value: t.text, range: this.range(t.start, t.end), quoted: false });
      } else if (t.type === 'quote') {
        labels.push(this.label());
      } else if (t.type === 'punct' && t.text === '{') {
        break;
      } else {
        const what = labels.length === 0 ? `"=" or a block label` : 'a block label or "{"';
        throw this.error(`expected ${what} after ${quoted(type.text)}, found ${describe(t)}`, t);
      }
    }
    const open = this.next();
    this.enter(open.start);
    const items: Body['items'] = [];
    const seen = new Map<string, Range>();
    let close: Token;
    const first = this.peek();
    if (first.type === 'newline') {
      for (;;) {
        this.skipNewlines();
        const t = this.peek();
        if (t.type === 'punct' && t.text === '}') {
          close = this.next();
          break;
        }
        if (t.type === 'eof') throw this.error(`block ${quoted(type.text)} is not closed: "}" is missing`, { start: open.start, end: open.end });
        items.push(this.item(seen, false));
      }
    } else if (first.type === 'punct' && first.text === '}') {
      close = this.next();
    } else {
      // A single-line block holds at most one argument.
      const after = first.type === 'ident' ? this.lex.scan(first.end) : undefined;
      if (after && !(after.type === 'punct' && after.text === '=')) throw this.error('a block on a single line cannot hold another block; put it on lines of its own', { start: first.start, end: first.end });
      items.push(this.item(seen, true));
      const t = this.peek();
      if (!(t.type === 'punct' && t.text === '}')) throw this.error(`a block on a single line holds at most one argument; expected "}", found ${describe(t)}`, t);
      close = this.next();
    }
    this.leave();
    const after = this.peek();
    if (after.type === 'newline') this.next();
    else if (after.type !== 'eof') throw this.error(`a block must end with a new line after "}", found ${describe(after)}`, after);
    const typeRange = this.range(type.start, type.end);
    return {
      type: 'block',
      blockType: type.text,
      typeRange,
      labels: compact(labels),
      body: { items: compact(items), range: this.range(open.end, close.start) },
      header: this.range(type.start, open.end),
      range: this.range(type.start, close.end),
    };
  }

  private label(): BlockLabel {
    const quote = this.peek();
    const template = this.quoted();
    const text = literalText(template);
    if (text === undefined) throw this.error('a block label must be a literal string, without "${" or "%{"', { start: quote.start, end: this.pos });
    return { value: text, range: template.range, quoted: true };
  }

  // ---- expressions -------------------------------------------------------

  expression(): Expression {
    const start = this.peek().start;
    this.enter(start);
    let e = this.binary(1);
    if (this.isPunct('?')) {
      this.next();
      const then = this.expression();
      this.expect(':', 'the ":" of a conditional (cond ? a : b)');
      const otherwise = this.expression();
      e = { type: 'conditional', condition: e, then, else: otherwise, range: joinRanges(e.range, otherwise.range) };
    }
    this.leave();
    return e;
  }

  private binary(level: number): Expression {
    let left = this.operand();
    for (;;) {
      const t = this.peek();
      const l = t.type === 'punct' ? BINARY_LEVEL[t.text] : undefined;
      if (l === undefined || l < level) return left;
      this.next();
      const right = l < 6 ? this.binary(l + 1) : this.operand();
      left = { type: 'binary', op: t.text as BinaryOperator, left, right, range: joinRanges(left.range, right.range) };
    }
  }

  /** Prefix operators, a primary expression, then attribute, index and splat steps. */
  private operand(): Expression {
    const prefix: Token[] = [];
    while (this.isPunct('!') || this.isPunct('-')) prefix.push(this.next());
    const primary = this.primary();
    // `10.11.10.12` is not a number with attributes: steps apply to names, calls, brackets and strings only.
    let e = primary.type === 'literal' && typeof primary.value === 'number' ? primary : this.postfix(primary);
    for (let k = prefix.length - 1; k >= 0; k--) {
      const op = prefix[k]!;
      e = { type: 'unary', op: op.text as '!' | '-', operand: e, range: joinRanges(this.range(op.start, op.start), e.range) };
    }
    return e;
  }

  private primary(): Expression {
    const t = this.peek();
    switch (t.type) {
      case 'number':
        this.next();
        return { type: 'literal', value: Number(t.text), range: this.range(t.start, t.end) };
      case 'ident':
        return this.nameExpression();
      case 'quote':
        return this.quoted();
      case 'heredoc':
        return this.heredoc();
      case 'punct':
        if (t.text === '(') return this.parens();
        if (t.text === '[') return this.tuple();
        if (t.text === '{') return this.object();
        break;
      default:
        break;
    }
    throw this.error(`expected an expression, found ${describe(t)}`, t);
  }

  private nameExpression(): Expression {
    const t = this.next();
    const range = this.range(t.start, t.end);
    if (t.text === 'true' || t.text === 'false') return { type: 'literal', value: t.text === 'true', range };
    if (t.text === 'null') return { type: 'literal', value: null, range };
    let name = t.text;
    let nameEnd = t.end;
    if (this.isPunct('::')) {
      // provider::aws::arn_parse(…)
      while (this.isPunct('::')) {
        this.next();
        const part = this.peek();
        if (part.type !== 'ident') throw this.error(`expected a function name after "::", found ${describe(part)}`, part);
        this.next();
        name += `::${part.text}`;
        nameEnd = part.end;
      }
      if (!this.isPunct('(')) throw this.error(`expected "(" after the function name ${shorten(name)}, found ${describe(this.peek())}`, this.peek());
    }
    if (this.isPunct('(')) return this.call(name, t.start, nameEnd);
    return { type: 'variable', name, range };
  }

  private call(name: string, start: number, nameEnd: number): Expression {
    this.next();
    const args: Expression[] = [];
    let expandFinal = false;
    const close = this.withNewlines(true, () => {
      for (;;) {
        if (this.isPunct(')')) return this.next();
        args.push(this.expression());
        if (this.eat('...')) {
          expandFinal = true;
          this.eat(',');
          return this.expect(')', `")" after the "..." of the last argument of ${name}()`);
        }
        if (this.isPunct(')')) return this.next();
        this.expect(',', `"," or ")" in the arguments of ${name}()`);
      }
    });
    return { type: 'call', name, nameRange: this.range(start, nameEnd), args, expandFinal, range: this.range(start, close.end) };
  }

  private parens(): Expression {
    const open = this.next();
    const expression = this.withNewlines(true, () => this.expression());
    const close = this.withNewlines(true, () => this.expect(')', '")"'));
    return { type: 'parens', expression, range: this.range(open.start, close.end) };
  }

  private tuple(): Expression {
    const open = this.next();
    const result = this.withNewlines(true, (): Expression => {
      const t = this.peek();
      if (t.type === 'ident' && t.text === 'for' && this.forFollows()) return this.forExpression(open, false);
      const items: Expression[] = [];
      for (;;) {
        if (this.isPunct(']')) break;
        items.push(this.expression());
        if (this.isPunct(']')) break;
        this.expect(',', '"," or "]" in a list');
      }
      const close = this.next();
      return { type: 'tuple', items: compact(items), range: this.range(open.start, close.end) };
    });
    return result;
  }

  /** `for` starts a for expression when a name follows it (`{ for = 1 }` is an object key). */
  private forFollows(): boolean {
    const after = this.lex.scan(this.peek().end);
    return after.type === 'ident';
  }

  private object(): Expression {
    const open = this.next();
    const result = this.withNewlines(false, (): Expression => {
      this.skipNewlines();
      const t = this.peek();
      if (t.type === 'ident' && t.text === 'for' && this.forFollows()) return this.withNewlines(true, () => this.forExpression(open, true));
      const items: ObjectItem[] = [];
      for (;;) {
        this.skipNewlines();
        if (this.isPunct('}')) break;
        const key = this.objectKey();
        const sep = this.peek();
        if (!(sep.type === 'punct' && (sep.text === '=' || sep.text === ':'))) throw this.error(`expected "=" after the object key, found ${describe(sep)}`, sep);
        this.next();
        const value = this.expression();
        items.push({ key, value });
        const after = this.peek();
        if (after.type === 'punct' && after.text === ',') this.next();
        else if (after.type === 'newline') this.next();
        else if (!(after.type === 'punct' && after.text === '}')) throw this.error(`expected "," or a new line between object items, found ${describe(after)}`, after);
      }
      const close = this.next();
      return { type: 'object', items: compact(items), range: this.range(open.start, close.end) };
    });
    return result;
  }

  private objectKey(): Expression {
    const t = this.peek();
    if (t.type === 'ident') {
      const after = this.lex.scan(t.end);
      if (after.type === 'punct' && (after.text === '=' || after.text === ':')) {
        this.next();
        return { type: 'literal', value: t.text, range: this.range(t.start, t.end) };
      }
    }
    return this.withNewlines(true, () => this.expression());
  }

  private forExpression(open: Token, object: boolean): ForExpr {
    this.next(); // for
    const first = this.forName();
    let keyVar: Name | undefined;
    let valueVar = first;
    if (this.eat(',')) {
      keyVar = first;
      valueVar = this.forName();
    }
    const kw = this.peek();
    if (!(kw.type === 'ident' && kw.text === 'in')) throw this.error(`expected "in" in a for expression, found ${describe(kw)}`, kw);
    this.next();
    const collection = this.expression();
    this.expect(':', '":" after the collection of a for expression');
    let key: Expression | undefined;
    let value = this.expression();
    if (object) {
      this.expect('=>', '"=>" between the key and the value of a for expression that builds an object');
      key = value;
      value = this.expression();
    }
    const grouping = object && this.eat('...') !== undefined;
    let condition: Expression | undefined;
    const maybeIf = this.peek();
    if (maybeIf.type === 'ident' && maybeIf.text === 'if') {
      this.next();
      condition = this.expression();
    }
    const close = this.expect(object ? '}' : ']', object ? '"}" at the end of the for expression' : '"]" at the end of the for expression');
    const e: ForExpr = { type: 'for', valueVar, collection, value, grouping, range: this.range(open.start, close.end) };
    if (keyVar) e.keyVar = keyVar;
    if (key) e.key = key;
    if (condition) e.condition = condition;
    return e;
  }

  private forName(): Name {
    const t = this.peek();
    if (t.type !== 'ident') throw this.error(`expected a variable name in a for expression, found ${describe(t)}`, t);
    this.next();
    return { name: t.text, range: this.range(t.start, t.end) };
  }

  private postfix(e: Expression): Expression {
    for (;;) {
      // Attribute access and indexes follow without a newline in between (even where newlines are spaces).
      const t = this.lex.scan(this.pos);
      if (t.type !== 'punct') return e;
      if (t.text === '.') {
        const step = this.lex.scan(t.end);
        if (step.type === 'punct' && step.text === '*') {
          this.pos = step.end;
          this.cachedAt = -1;
          e = this.splat(e, false, t.start);
          continue;
        }
        this.pos = t.end;
        this.cachedAt = -1;
        e = this.attributeStep(e);
        continue;
      }
      if (t.text === '[') {
        const star = this.lex.scan(t.end);
        if (star.type === 'punct' && star.text === '*') {
          const close = this.lex.scan(star.end);
          if (close.type === 'punct' && close.text === ']') {
            this.pos = close.end;
            this.cachedAt = -1;
            e = this.splat(e, true, t.start);
            continue;
          }
        }
        this.pos = t.start;
        this.cachedAt = -1;
        e = this.indexStep(e);
        continue;
      }
      return e;
    }
  }

  /** After `.`: a name, or a legacy index (`.0`). */
  private attributeStep(e: Expression): Expression {
    const t = this.next();
    if (t.type === 'ident') return { type: 'getattr', object: e, name: t.text, range: joinRanges(e.range, this.range(t.end, t.end)) };
    if (t.type === 'number' && /^[0-9]+(\.[0-9]+)?$/.test(t.text)) {
      // `a.0.1` lexes as `a` `.` `0.1`: two legacy indexes.
      const dot = t.text.indexOf('.');
      const parts = dot < 0 ? [[t.start, t.end]] : [[t.start, t.start + dot], [t.start + dot + 1, t.end]];
      for (const [s, end] of parts) {
        const key: Expression = { type: 'literal', value: Number(this.lex.text.slice(s, end)), range: this.range(s!, end!) };
        e = { type: 'index', object: e, key, legacy: true, range: joinRanges(e.range, this.range(end!, end!)) };
      }
      return e;
    }
    throw this.error(`expected an attribute name after ".", found ${describe(t)}`, t);
  }

  private indexStep(e: Expression): Expression {
    this.next();
    const key = this.withNewlines(true, () => this.expression());
    const close = this.withNewlines(true, () => this.expect(']', '"]" after the index'));
    return { type: 'index', object: e, key, range: joinRanges(e.range, this.range(close.end, close.end)) };
  }

  /** `[*]` (full: attributes and indexes apply to each element) or `.*` (attributes only). */
  private splat(object: Expression, full: boolean, start: number): Expression {
    const at = this.range(start, this.pos);
    let each: Expression = { type: 'splat-item', range: at };
    for (;;) {
      const t = this.lex.scan(this.pos);
      if (t.type !== 'punct') break;
      if (t.text === '.') {
        const step = this.lex.scan(t.end);
        if (step.type === 'punct' && step.text === '*') break;
        this.pos = t.end;
        this.cachedAt = -1;
        each = this.attributeStep(each);
        continue;
      }
      if (full && t.text === '[') {
        const star = this.lex.scan(t.end);
        if (star.type === 'punct' && star.text === '*') break;
        this.pos = t.start;
        this.cachedAt = -1;
        each = this.indexStep(each);
        continue;
      }
      break;
    }
    return { type: 'splat', object, each, full, range: { start: object.range.start, end: each.type === 'splat-item' ? at.end : each.range.end } };
  }

  // ---- templates ---------------------------------------------------------

  /** A quoted template `"…"`; `pos` is at the quote. */
  private quoted(): TemplateExpr {
    const open = this.next();
    const { parts, end } = this.templateParts('quoted', open.end, undefined);
    this.pos = end;
    this.cachedAt = -1;
    const range = this.range(open.start, end);
    const only = parts[0];
    // Text alone, between the quotes: the usual string is one object (its part, its array and its range were 3/4 of it).
    if (only?.type === 'text' && parts.length === 1 && startOffset(only.range) === open.end && endOffset(only.range) === end - 1) return new QuotedText(only.value, range);
    return { type: 'template', parts, range };
  }

  private heredoc(): TemplateExpr {
    const open = this.next();
    const close = this.findHeredocEnd(open.end, open.text);
    if (!close) throw this.error(`the heredoc <<${open.flush ? '-' : ''}${shorten(open.text)} is not closed: no line holds only ${shorten(open.text)}`, open);
    const { parts } = this.templateParts('heredoc', open.end, close.lineStart);
    this.pos = close.markerEnd;
    this.cachedAt = -1;
    if (open.flush) flush(parts);
    return { type: 'template', parts, heredoc: { marker: open.text, flush: open.flush === true }, range: this.range(open.start, close.markerEnd) };
  }

  /** The closing line of a heredoc: optional spaces, the marker, then a line end or the end of the file. */
  private findHeredocEnd(from: number, marker: string): { lineStart: number; markerEnd: number; end: number } | undefined {
    const s = this.lex.text;
    const end = this.lex.end;
    let line = from;
    while (line < end) {
      tick();
      let i = line;
      while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
      if (s.startsWith(marker, i)) {
        const markerEnd = i + marker.length;
        let after = markerEnd;
        // Spaces after the marker are allowed.
        while (after < end && (s.charCodeAt(after) === 32 || s.charCodeAt(after) === 9)) after++;
        const c = s.charCodeAt(after);
        if (after >= end || c === 10 || (c === 13 && s.charCodeAt(after + 1) === 10)) return { lineStart: line, markerEnd, end: after };
      }
      const nl = s.indexOf('\n', line);
      if (nl < 0 || nl >= end) return undefined;
      line = nl + 1;
    }
    return undefined;
  }

  /** Reads the template at this.lex.text from `from` (a JSON string's whole value). */
  bareTemplate(diagnostics: Diagnostic[]): TemplateExpr | undefined {
    try {
      const { parts } = this.templateParts('bare', 0, this.lex.end);
      return { type: 'template', parts, range: this.range(0, this.lex.end) };
    } catch (e) {
      if (e instanceof HclSyntaxError) {
        diagnostics.push({ file: this.fileName, severity: 'error', code: 'hcl-syntax', message: e.message, range: this.range(e.start, e.end) });
        return undefined;
      }
      if (e instanceof TooDeep) {
        diagnostics.push({ file: this.fileName, severity: 'error', code: 'hcl-too-deep', message: `HCL nesting is too deep to read (more than ${MAX_DEPTH} levels)`, range: this.range(e.start, e.start) });
        return undefined;
      }
      throw e;
    }
  }

  /**
   * Template text from `from`: up to the closing quote (quoted), or to
   * `limit` (heredoc, bare). Directives nest with an explicit stack.
   */
  private templateParts(mode: 'quoted' | 'heredoc' | 'bare', from: number, limit: number | undefined): { parts: TemplatePart[]; end: number } {
    const s = this.lex.text;
    const stop = limit ?? this.lex.end;
    type Frame = { kind: 'root' | 'if' | 'else' | 'for'; parts: TemplatePart[]; start: number; node?: TemplatePart };
    const root: Frame = { kind: 'root', parts: [], start: from };
    const stack: Frame[] = [root];
    let buf = '';
    let bufStart = from;
    let stripNext = false;
    let i = from;
    const top = (): Frame => stack[stack.length - 1]!;
    const flushText = (endAt: number, stripEnd: boolean): void => {
      let value = buf;
      if (stripNext) value = value.replace(/^\s+/, '');
      if (stripEnd) value = value.replace(/\s+$/, '');
      stripNext = false;
      if (value.length > 0) top().parts.push({ type: 'text', value, range: this.range(bufStart, endAt) });
      buf = '';
    };
    for (;;) {
      tick();
      if (i >= stop) {
        if (mode === 'quoted') throw this.error('this string is not closed: the closing quote is missing', { start: from - 1, end: from });
        break;
      }
      const c = s.charCodeAt(i);
      if (mode === 'quoted' && c === 34) break;
      if (mode === 'quoted' && (c === 10 || c === 13)) throw this.error('a quoted string cannot span lines: close it on the same line, or use a heredoc (<<EOT)', { start: from - 1, end: i });
      if (mode === 'quoted' && c === 92 /* \ */) {
        const [text, length] = this.escape(i);
        if (buf === '') bufStart = i;
        buf += text;
        i += length;
        continue;
      }
      if ((c === 36 /* $ */ || c === 37) /* % */ && s.charCodeAt(i + 1) === 123 /* { */) {
        const stripLeft = s.charCodeAt(i + 2) === 126; /* ~ */
        const open = i;
        flushText(i, stripLeft);
        this.pos = i + (stripLeft ? 3 : 2);
        this.cachedAt = -1;
        if (c === 36) {
          const expression = this.withNewlines(true, () => this.expression());
          const stripRight = this.closeSequence();
          top().parts.push({ type: 'interpolation', expression, strip: { left: stripLeft, right: stripRight }, range: this.range(open, this.pos) });
          stripNext = stripRight;
        } else {
          this.enter(open);
          stripNext = this.directive(stack, open);
        }
        i = this.pos;
        bufStart = i;
        continue;
      }
      if ((c === 36 || c === 37) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === 123) {
        // `$${` and `%%{` are the literal text `${` and `%{`.
        if (buf === '') bufStart = i;
        buf += c === 36 ? '${' : '%{';
        i += 3;
        continue;
      }
      // A run of plain text up to the next character that matters.
      let j = i + 1;
      while (j < stop) {
        const d = s.charCodeAt(j);
        if (d === 36 || d === 37 || (mode === 'quoted' && (d === 34 || d === 92 || d === 10 || d === 13))) break;
        j++;
      }
      if (buf === '') bufStart = i;
      buf += this.lex.slice(i, j);
      i = j;
    }
    flushText(i, false);
    if (stack.length > 1) {
      const open = top();
      throw this.error(`%{ ${open.kind === 'for' ? 'for' : 'if'} } has no %{ end${open.kind === 'for' ? 'for' : 'if'} }`, { start: open.start, end: open.start + 2 });
    }
    return { parts: compact(root.parts), end: mode === 'quoted' ? i + 1 : i };
  }

  /** `}` or `~}` ending an interpolation or directive; returns whether it strips. */
  private closeSequence(): boolean {
    const t = this.withNewlines(true, () => this.peek());
    if (t.type === 'punct' && t.text === '~') {
      this.withNewlines(true, () => this.next());
      const close = this.lex.scan(this.pos);
      if (close.type === 'punct' && close.text === '}' && close.start === this.pos) {
        this.pos = close.end;
        this.cachedAt = -1;
        return true;
      }
      throw this.error(`expected "}" right after "~", found ${describe(close)}`, close);
    }
    if (t.type === 'punct' && t.text === '}') {
      this.withNewlines(true, () => this.next());
      return false;
    }
    throw this.error(`expected "}" to close the template sequence, found ${describe(t)}`, t);
  }

  /** A `%{ … }` directive; `pos` is after `%{` (and `~`). Returns whether its close strips. */
  private directive(stack: Array<{ kind: 'root' | 'if' | 'else' | 'for'; parts: TemplatePart[]; start: number; node?: TemplatePart }>, open: number): boolean {
    const kw = this.withNewlines(true, () => this.next());
    const top = stack[stack.length - 1]!;
    const word = kw.type === 'ident' ? kw.text : '';
    if (word === 'if') {
      const condition = this.withNewlines(true, () => this.expression());
      const strip = this.closeSequence();
      const node: TemplatePart = { type: 'if', condition, then: [], range: this.range(open, this.pos) };
      top.parts.push(node);
      stack.push({ kind: 'if', parts: node.then, start: open, node });
      return strip;
    }
    if (word === 'for') {
      const first = this.withNewlines(true, () => this.forName());
      let keyVar: Name | undefined;
      let valueVar = first;
      if (this.withNewlines(true, () => this.eat(','))) {
        keyVar = first;
        valueVar = this.withNewlines(true, () => this.forName());
      }
      const inKw = this.withNewlines(true, () => this.next());
      if (!(inKw.type === 'ident' && inKw.text === 'in')) throw this.error(`expected "in" in %{ for }, found ${describe(inKw)}`, inKw);
      const collection = this.withNewlines(true, () => this.expression());
      const strip = this.closeSequence();
      const node: TemplatePart = { type: 'for', valueVar, collection, body: [], range: this.range(open, this.pos) };
      if (keyVar) node.keyVar = keyVar;
      top.parts.push(node);
      stack.push({ kind: 'for', parts: node.body, start: open, node });
      return strip;
    }
    if (word === 'else' || word === 'endif' || word === 'endfor') {
      const strip = this.closeSequence();
      const expected = word === 'endfor' ? ['for'] : word === 'else' ? ['if'] : ['if', 'else'];
      if (!expected.includes(top.kind)) throw this.error(`%{ ${word} } without a matching %{ ${word === 'endfor' ? 'for' : 'if'} }`, { start: open, end: this.pos });
      // This directive's level and the one its opening directive entered.
      this.leave();
      this.leave();
      const node = top.node!;
      node.range = { start: node.range.start, end: this.lex.position(this.pos) };
      stack.pop();
      if (word === 'else') {
        const ifNode = node as Extract<TemplatePart, { type: 'if' }>;
        ifNode.else = [];
        this.enter(open);
        stack.push({ kind: 'else', parts: ifNode.else, start: open, node });
      }
      return strip;
    }
    throw this.error(`expected if, for, else, endif or endfor after "%{", found ${describe(kw)}`, kw);
  }

  /** A backslash escape in a quoted string at `i`: its text and length. */
  private escape(i: number): [string, number] {
    const s = this.lex.text;
    const c = s[i + 1];
    switch (c) {
      case 'n':
        return ['\n', 2];
      case 'r':
        return ['\r', 2];
      case 't':
        return ['\t', 2];
      case '"':
        return ['"', 2];
      case '\\':
        return ['\\', 2];
      case 'u':
      case 'U': {
        const n = c === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + n);
        if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex)) {
          const cp = parseInt(hex, 16);
          if (cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) return [String.fromCodePoint(cp), 2 + n];
        }
        throw this.error(`invalid escape \\${c}${hex}: expected ${n} hexadecimal digits of a Unicode character`, { start: i, end: i + 2 + Math.min(hex.length, n) });
      }
      default:
        throw this.error(`invalid escape \\${c ?? ''} in a string: use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN`, { start: i, end: i + 2 });
    }
  }
}

/**
 * A quoted string of text alone (no `${`, no `%{`): one object where a
 * template is four (itself, its parts, the text part and its range). Its
 * one text part, inside the quotes, is made when read.
 */
class QuotedText implements TemplateExpr {
  readonly type = 'template';

  constructor(
    readonly text: string,
    readonly range: Range,
  ) {}

  get parts(): TemplatePart[] {
    return [{ type: 'text', value: this.text, range: insetRange(this.range, 1) }];
  }
}

/** The text of a template with no interpolations or directives (a literal string), else undefined. */
export function literalText(t: TemplateExpr): string | undefined {
  if (t instanceof QuotedText) return t.text;
  let out = '';
  for (const p of t.parts) {
    if (p.type !== 'text') return undefined;
    out += p.value;
  }
  return out;
}

/**
 * `<<-`: removes the indentation common to every line (spaces and tabs, one
 * column each; lines with nothing on them do not count).
 */
function flush(parts: TemplatePart[]): void {
  const texts: TemplateText[] = [];
  const lineStarts: Array<{ text: TemplateText; at: number } | undefined> = [];
  // Collect the top-level text parts and where each line starts.
  let atLineStart = true;
  const startsLine = new Set<TemplateText>();
  for (const p of parts) {
    if (p.type !== 'text') {
      if (atLineStart) lineStarts.push(undefined);
      atLineStart = false;
      continue;
    }
    texts.push(p);
    for (let k = 0; k < p.value.length; k++) {
      if (atLineStart) {
        lineStarts.push({ text: p, at: k });
        if (k === 0) startsLine.add(p);
      }
      atLineStart = p.value[k] === '\n';
    }
  }
  let min = Infinity;
  for (const start of lineStarts) {
    if (!start) {
      min = 0;
      continue;
    }
    const v = start.text.value;
    let k = start.at;
    while (k < v.length && (v[k] === ' ' || v[k] === '\t')) k++;
    if (k >= v.length && start.text !== texts[texts.length - 1]) {
      // Indentation up to an interpolation.
      min = Math.min(min, k - start.at);
      continue;
    }
    if (k < v.length && (v[k] === '\n' || v[k] === '\r')) continue;
    if (k >= v.length) continue;
    min = Math.min(min, k - start.at);
  }
  if (!Number.isFinite(min) || min === 0) return;
  const lastPart = parts[parts.length - 1];
  for (const p of texts) {
    const lines = p.value.split('\n');
    p.value = lines
      .map((line, k) => {
        if (k === 0 && !startsLine.has(p)) return line;
        // A line of nothing but spaces is kept as it is (not the indentation before a `${`).
        const wholeLine = k < lines.length - 1 || p === lastPart;
        return wholeLine && /^[ \t]*\r?$/.test(line) ? line : stripIndent(line, min);
      })
      .join('\n');
  }
}

function stripIndent(line: string, n: number): string {
  let k = 0;
  while (k < n && k < line.length && (line[k] === ' ' || line[k] === '\t')) k++;
  return line.slice(k);
}
