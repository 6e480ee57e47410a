/**
 * Our own HCL front end: native syntax (lexer.ts, parser.ts) and JSON syntax
 * (json.ts) into one AST (ast.ts; expressions in src/model/hcl-ast.ts).
 */
export type * from './ast.js';
export { parseBareTemplate, parseHclFile } from './parser.js';
export { parseHclJson } from './json.js';
