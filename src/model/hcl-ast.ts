/**
 * The Terraform expression AST: what the HCL parser (src/parsers/terraform/hcl/)
 * produces for every attribute value, native syntax and JSON syntax alike,
 * and what the Terraform resolver evaluates. Every node carries its Range.
 *
 * It lives in the model because model Nodes of Terraform values point at it
 * (`Node.expr`); the parser and the evaluator depend on the model, never the
 * other way round.
 */
import type { Range } from './range.js';

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

/** A name the source binds: a `for` variable, a function or attribute name. */
export interface Name {
  name: string;
  range: Range;
}

/** `1`, `1.5e3`, `true`, `false`, `null`; also an object key written as a bare name. */
interface LiteralExpr {
  type: 'literal';
  value: string | number | boolean | null;
  range: Range;
}

/** A quoted string or heredoc, with `${…}` interpolations and `%{…}` directives. */
export interface TemplateExpr {
  type: 'template';
  parts: TemplatePart[];
  /** `<<EOT` / `<<-EOT` (flush: the common indentation is removed). */
  heredoc?: { marker: string; flush: boolean };
  range: Range;
}

/** A root name: `var`, `local`, `aws_db_instance`, a `for` variable, `each`, `count`. */
interface VariableExpr {
  type: 'variable';
  name: string;
  range: Range;
}

/** `object.name`. */
interface GetAttrExpr {
  type: 'getattr';
  object: Expression;
  name: string;
  range: Range;
}

/** `object[key]`; `legacy` for the `object.0` form. */
interface IndexExpr {
  type: 'index';
  object: Expression;
  key: Expression;
  legacy?: boolean;
  range: Range;
}

/**
 * `object[*].a.b` (full) or `object.*.a` (attribute-only): `each` is applied to
 * every element of `object`, with `splat-item` standing for the element.
 */
interface SplatExpr {
  type: 'splat';
  object: Expression;
  each: Expression;
  full: boolean;
  range: Range;
}

/** The element a splat's `each` applies to. */
interface SplatItemExpr {
  type: 'splat-item';
  range: Range;
}

/** `name(args)`, `provider::aws::arn_parse(x)`; `expandFinal` when the last argument ends in `...`. */
interface CallExpr {
  type: 'call';
  name: string;
  nameRange: Range;
  args: Expression[];
  expandFinal: boolean;
  range: Range;
}

interface ConditionalExpr {
  type: 'conditional';
  condition: Expression;
  then: Expression;
  else: Expression;
  range: Range;
}

interface BinaryExpr {
  type: 'binary';
  op: BinaryOperator;
  left: Expression;
  right: Expression;
  range: Range;
}

interface UnaryExpr {
  type: 'unary';
  op: '!' | '-';
  operand: Expression;
  range: Range;
}

interface TupleExpr {
  type: 'tuple';
  items: Expression[];
  range: Range;
}

export interface ObjectItem {
  /** A bare name is a `literal` string key; a quoted key a template; `(expr)` any expression. */
  key: Expression;
  value: Expression;
}

interface ObjectExpr {
  type: 'object';
  items: ObjectItem[];
  range: Range;
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpr {
  type: 'for';
  keyVar?: Name;
  valueVar: Name;
  collection: Expression;
  /** The object form's key expression; absent for the tuple form. */
  key?: Expression;
  value: Expression;
  condition?: Expression;
  /** `...` after the value (object form): values of equal keys are grouped into lists. */
  grouping: boolean;
  range: Range;
}

interface ParenExpr {
  type: 'parens';
  expression: Expression;
  range: Range;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | CallExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | ParenExpr;

/** Literal text of a template, after escapes, strip markers (`~`) and heredoc flush. */
export interface TemplateText {
  type: 'text';
  value: string;
  range: Range;
}

/** `${ expression }`; `strip` records the `~` markers. */
interface TemplateInterpolation {
  type: 'interpolation';
  expression: Expression;
  strip: { left: boolean; right: boolean };
  range: Range;
}

/** `%{ if cond }…%{ else }…%{ endif }`. */
interface TemplateIf {
  type: 'if';
  condition: Expression;
  then: TemplatePart[];
  else?: TemplatePart[];
  range: Range;
}

/** `%{ for k, v in coll }…%{ endfor }`. */
interface TemplateFor {
  type: 'for';
  keyVar?: Name;
  valueVar: Name;
  collection: Expression;
  body: TemplatePart[];
  range: Range;
}

export type TemplatePart = TemplateText | TemplateInterpolation | TemplateIf | TemplateFor;
