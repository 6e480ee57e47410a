/**
 * What every path of reading YAML shares (readYaml in yaml-read.ts, the
 * `yaml` package's readers in yaml-reader.ts): its result, line feeds for
 * lone CRs, and the bound on flow nesting checked before any reading.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Node } from '../../model/node.js';
import type { LineIndex } from '../../model/range.js';
import type { SourceComment } from '../../model/resource.js';

export interface ReadDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /** The document's root; undefined when empty or unusable (syntax error, alias bomb). */
  root: Node | undefined;
}

export interface ReadResult {
  documents: ReadDocument[];
  diagnostics: Diagnostic[];
  /** The file's comments as the parser saw them, in source order (`text` without the `#`). */
  comments: SourceComment[];
}

/** YAML 1.2 allows a lone CR as a line break; the yaml package does not. A line feed in its place keeps every offset. */
export function lineFeeds(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

export function tooDeepToRead(file: string, text: string, index: LineIndex): ReadResult | undefined {
  const tooDeepAt = excessiveFlowNesting(text);
  if (tooDeepAt === undefined) return undefined;
  const message = `YAML nesting is too deep to read (more than ${MAX_FLOW_NESTING} levels)`;
  return { documents: [], diagnostics: [{ file, severity: 'error', code: 'yaml-too-deep', message, range: index.range(tooDeepAt, tooDeepAt + 1) }], comments: [] };
}

/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before
 * parsing: the yaml composer recurses and overflows the stack near 1,000
 * levels (slowly, on huge inputs). Real templates nest a few dozen levels.
 */
const MAX_FLOW_NESTING = 512;

/**
 * The offset where flow nesting first goes beyond MAX_FLOW_NESTING, or
 * undefined. Brackets inside quoted strings and comments are skipped; the
 * count is a cheap over-approximation that only matters far above any real
 * template's nesting.
 */
function excessiveFlowNesting(text: string): number | undefined {
  if (fewOpeningBrackets(text)) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_FLOW_NESTING) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (c === 0x22 /* " */) {
      while (++i < text.length && text.charCodeAt(i) !== 0x22) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x23 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    }
  }
  return undefined;
}

/** Whether `text` holds no more than MAX_FLOW_NESTING `[` and `{` in all: then no nesting goes beyond it (indexOf, not a loop over every character). */
function fewOpeningBrackets(text: string): boolean {
  let count = 0;
  for (const bracket of ['[', '{']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
      if (++count > MAX_FLOW_NESTING) return false;
    }
  }
  return true;
}
