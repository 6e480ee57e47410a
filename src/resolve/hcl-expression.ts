/**
 * A small parser for the HCL expressions the Terraform resolver evaluates.
 * Input is what hcl2json gives for a non-literal value: a template string
 * such as "${var.iam ? true : false}" or "db-${var.env}". It covers literals,
 * templates, traversals (`var.x`, `local.db["iam"]`, `aws_db_instance.a[0].id`),
 * function calls, conditionals, unary and binary operators, tuples and
 * objects; `for` expressions and template directives (`%{ if }`) are parsed
 * as `unsupported`. Recursion is bounded: nesting deeper than MAX_DEPTH
 * gives `unsupported` instead of a stack overflow. Never throws.
 */
import type { Scalar } from '../model/node.js';

export type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: Expr } | { kind: 'splat' };

export type Expr =
  | { type: 'literal'; value: Scalar; src: string }
  | { type: 'template'; parts: Array<string | Expr>; src: string }
  | { type: 'traversal'; root: string; steps: Step[]; src: string }
  | { type: 'call'; name: string; args: Expr[]; src: string }
  | { type: 'conditional'; cond: Expr; then: Expr; else: Expr; src: string }
  | { type: 'binary'; op: string; left: Expr; right: Expr; src: string }
  | { type: 'unary'; op: string; operand: Expr; src: string }
  | { type: 'tuple'; items: Expr[]; src: string }
  | { type: 'object'; src: string }
  | { type: 'unsupported'; reason: string; src: string };

const MAX_DEPTH = 64;

class Unsupported extends Error {}

const BINARY_LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];
const PUNCT = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...', '?', ':', '!', '.', '[', ']', '(', ')', '{', '}', ',', '*', '+', '-', '/', '%', '<', '>', '='];

type Token =
  | { t: 'num'; v: number; start: number; end: number }
  | { t: 'ident'; v: string; start: number; end: number }
  | { t: 'punct'; v: string; start: number; end: number }
  | { t: 'quote'; start: number; end: number }
  | { t: 'eof'; start: number; end: number };

const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const IDENT_RE = /[\p{L}_][\p{L}\p{N}_-]*/uy;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly s: string) {}

  /** Parses a template from `pos` up to `"` (quoted) or the end of input. */
  template(quoted: boolean): Expr {
    const start = this.pos;
    const parts: Array<string | Expr> = [];
    let lit = '';
    const s = this.s;
    this.enter();
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (quoted && c === '"') break;
      if (quoted && c === '\\') {
        lit += unescape(s, this.pos);
        this.pos += escapeLength(s, this.pos);
      } else if ((c === '$' || c === '%') && s[this.pos + 1] === c && s[this.pos + 2] === '{') {
        lit += `${c}{`;
        this.pos += 3;
      } else if (c === '%' && s[this.pos + 1] === '{') {
        throw new Unsupported('a template directive (%{ … })');
      } else if (c === '$' && s[this.pos + 1] === '{') {
        if (lit) parts.push(lit);
        lit = '';
        this.pos += 2;
        if (s[this.pos] === '~') this.pos++;
        parts.push(this.expression());
        this.skipSpace();
        if (s[this.pos] === '~') this.pos++;
        if (s[this.pos] !== '}') throw new Unsupported('an unterminated interpolation');
        this.pos++;
      } else {
        lit += c;
        this.pos++;
      }
    }
    this.depth--;
    if (lit || parts.length === 0) parts.push(lit);
    const src = s.slice(start, this.pos);
    if (parts.length === 1 && typeof parts[0] === 'string') return { type: 'literal', value: parts[0], src };
    return { type: 'template', parts, src };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new Unsupported('an expression nested too deeply');
  }

  private skipSpace(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#' || (c === '/' && s[this.pos + 1] === '/')) {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? s.length : end + 2;
      } else return;
    }
  }

  private peek(): Token {
    const save = this.pos;
    const t = this.next();
    this.pos = save;
    return t;
  }

  private next(): Token {
    this.skipSpace();
    const s = this.s;
    const start = this.pos;
    if (start >= s.length) return { t: 'eof', start, end: start };
    const c = s[start]!;
    if (c === '"') {
      this.pos++;
      return { t: 'quote', start, end: this.pos };
    }
    if (c >= '0' && c <= '9') {
      NUMBER_RE.lastIndex = start;
      const m = NUMBER_RE.exec(s)!;
      this.pos = start + m[0].length;
      return { t: 'num', v: Number(m[0]), start, end: this.pos };
    }
    IDENT_RE.lastIndex = start;
    const id = IDENT_RE.exec(s);
    if (id) {
      this.pos = start + id[0].length;
      return { t: 'ident', v: id[0], start, end: this.pos };
    }
    if (c === '<' && s[start + 1] === '<') throw new Unsupported('a heredoc inside an expression');
    for (const p of PUNCT) {
      if (s.startsWith(p, start)) {
        this.pos = start + p.length;
        return { t: 'punct', v: p, start, end: this.pos };
      }
    }
    throw new Unsupported(`an unexpected character ${JSON.stringify(c)}`);
  }

  private expectPunct(v: string): void {
    const t = this.next();
    if (t.t !== 'punct' || t.v !== v) throw new Unsupported(`a syntax this reader does not know (expected "${v}")`);
  }

  private isPunct(v: string): boolean {
    const t = this.peek();
    return t.t === 'punct' && t.v === v;
  }

  expression(): Expr {
    this.enter();
    this.skipSpace();
    const start = this.pos;
    const cond = this.binary(0);
    let out = cond;
    if (this.isPunct('?')) {
      this.next();
      const then = this.expression();
      this.expectPunct(':');
      const els = this.expression();
      out = { type: 'conditional', cond, then, else: els, src: this.s.slice(start, this.pos).trim() };
    }
    this.depth--;
    return out;
  }

  private binary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.unary();
    const start = this.pos;
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.t !== 'punct' || !BINARY_LEVELS[level]!.includes(t.v)) return left;
      this.next();
      const right = this.binary(level + 1);
      left = { type: 'binary', op: t.v, left, right, src: this.s.slice(start, this.pos).trim() };
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.t === 'punct' && (t.v === '!' || t.v === '-')) {
      this.next();
      this.enter();
      const operand = this.unary();
      this.depth--;
      if (t.v === '-' && operand.type === 'literal' && typeof operand.value === 'number') {
        return { type: 'literal', value: -operand.value, src: this.s.slice(t.start, this.pos) };
      }
      return { type: 'unary', op: t.v, operand, src: this.s.slice(t.start, this.pos) };
    }
    return this.postfix();
  }

  private postfix(): Expr {
    this.skipSpace();
    const start = this.pos;
    const primary = this.primary();
    const steps: Step[] = [];
    for (;;) {
      const t = this.peek();
      if (t.t !== 'punct') break;
      if (t.v === '.') {
        this.next();
        const n = this.next();
        if (n.t === 'ident') steps.push({ kind: 'attr', name: n.v });
        else if (n.t === 'num') steps.push({ kind: 'index', key: { type: 'literal', value: n.v, src: String(n.v) } });
        else if (n.t === 'punct' && n.v === '*') steps.push({ kind: 'splat' });
        else throw new Unsupported('an attribute access this reader does not know');
      } else if (t.v === '[') {
        this.next();
        if (this.isPunct('*')) {
          this.next();
          steps.push({ kind: 'splat' });
        } else steps.push({ kind: 'index', key: this.expression() });
        this.expectPunct(']');
      } else break;
    }
    if (steps.length === 0) return primary;
    const src = this.s.slice(start, this.pos).trim();
    if (primary.type === 'traversal') return { type: 'traversal', root: primary.root, steps: [...primary.steps, ...steps], src };
    return { type: 'unsupported', reason: `an attribute access on ${primary.src}`, src };
  }

  private primary(): Expr {
    const t = this.next();
    const src = (): string => this.s.slice(t.start, this.pos);
    switch (t.t) {
      case 'num':
        return { type: 'literal', value: t.v, src: src() };
      case 'quote': {
        const inner = this.template(true);
        if (this.s[this.pos] !== '"') throw new Unsupported('an unterminated string');
        this.pos++;
        return { ...inner, src: src() };
      }
      case 'ident': {
        if (t.v === 'true' || t.v === 'false') return { type: 'literal', value: t.v === 'true', src: t.v };
        if (t.v === 'null') return { type: 'literal', value: null, src: t.v };
        if (this.isPunct('(')) {
          this.next();
          const args: Expr[] = [];
          while (!this.isPunct(')')) {
            args.push(this.expression());
            if (this.isPunct('...')) this.next();
            if (this.isPunct(',')) this.next();
            else break;
          }
          this.expectPunct(')');
          return { type: 'call', name: t.v, args, src: src() };
        }
        return { type: 'traversal', root: t.v, steps: [], src: t.v };
      }
      case 'punct':
        if (t.v === '(') {
          const inner = this.expression();
          this.expectPunct(')');
          return inner;
        }
        if (t.v === '[' || t.v === '{') return this.collection(t.v, t.start);
        throw new Unsupported(`an unexpected "${t.v}"`);
      case 'eof':
        throw new Unsupported('an incomplete expression');
    }
  }

  /** Tuples and objects; `for` expressions are skipped as unsupported. */
  private collection(open: '[' | '{', start: number): Expr {
    const close = open === '[' ? ']' : '}';
    const first = this.peek();
    if (first.t === 'ident' && first.v === 'for') {
      this.skipBalanced(open, close);
      return { type: 'unsupported', reason: 'a for expression', src: this.s.slice(start, this.pos) };
    }
    const items: Expr[] = [];
    while (!this.isPunct(close)) {
      if (open === '{') {
        this.expression();
        const sep = this.next();
        if (sep.t !== 'punct' || (sep.v !== '=' && sep.v !== ':')) throw new Unsupported('an object this reader does not know');
      }
      items.push(this.expression());
      if (this.isPunct(',')) this.next();
      else if (open === '[') break;
    }
    this.expectPunct(close);
    const src = this.s.slice(start, this.pos);
    return open === '[' ? { type: 'tuple', items, src } : { type: 'object', src };
  }

  private skipBalanced(open: string, close: string): void {
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.t === 'eof') throw new Unsupported('an unterminated for expression');
      if (t.t === 'quote') {
        this.template(true);
        this.pos++;
      } else if (t.t === 'punct' && t.v === open) depth++;
      else if (t.t === 'punct' && t.v === close) depth--;
    }
  }
}

function escapeLength(s: string, i: number): number {
  const c = s[i + 1];
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}

function unescape(s: string, i: number): string {
  const c = s[i + 1];
  switch (c) {
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'u':
      return String.fromCodePoint(parseInt(s.slice(i + 2, i + 6), 16) || 0xfffd);
    case 'U':
      return String.fromCodePoint(Math.min(parseInt(s.slice(i + 2, i + 10), 16) || 0xfffd, 0x10ffff));
    default:
      return c ?? '';
  }
}

const cache = new Map<string, Expr>();
const CACHE_LIMIT = 20_000;

/** Parses a value string as hcl2json gives it (a template) into an expression. */
export function parseTemplateString(text: string): Expr {
  const hit = cache.get(text);
  if (hit) return hit;
  let expr: Expr;
  try {
    const parser = new Parser(text);
    expr = parser.template(false);
    // A template that is exactly one interpolation is the expression's own value (not a string).
    if (expr.type === 'template' && expr.parts.length === 1 && typeof expr.parts[0] !== 'string') expr = expr.parts[0]!;
  } catch (e) {
    if (!(e instanceof Unsupported) && !(e instanceof RangeError)) throw e;
    expr = { type: 'unsupported', reason: e instanceof Unsupported ? e.message : 'an expression nested too deeply', src: text };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, expr);
  return expr;
}
