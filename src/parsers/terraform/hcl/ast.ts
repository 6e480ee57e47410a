/**
 * The HCL configuration AST: bodies of attributes and blocks. Expressions are
 * the model's (src/model/hcl-ast.ts). Every node carries its Range.
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { Expression } from '../../../model/hcl-ast.js';
import type { Range } from '../../../model/range.js';
import type { SourceComment } from '../../../model/resource.js';

export type * from '../../../model/hcl-ast.js';

/**
 * `name = expression`. No range of its own: the name's and the expression's
 * are enough (one joined range per argument, read by nothing, was ~6% of a
 * parsed .tf file's memory).
 */
export interface Attribute {
  type: 'attribute';
  name: string;
  nameRange: Range;
  expression: Expression;
}

export interface BlockLabel {
  value: string;
  range: Range;
  /** `"label"` rather than a bare name. */
  quoted: boolean;
}

/** `type "label" … { body }`. */
export interface Block {
  type: 'block';
  blockType: string;
  typeRange: Range;
  labels: BlockLabel[];
  body: Body;
  /** The block type through the opening brace. */
  header: Range;
  /** The block type through the closing brace. */
  range: Range;
}

export interface Body {
  items: Array<Attribute | Block>;
  /** Inside the braces (the whole file for a file's body). */
  range: Range;
}

/** One parsed file: its body, its comments, and the syntax errors found. */
export interface HclFile {
  body: Body;
  comments: SourceComment[];
  diagnostics: Diagnostic[];
}
