import type { Range } from '../model/range.js';
import { LineIndex } from '../model/range.js';

/**
 * Reading the layout of a source text around a node: line endings,
 * indentation and what else shares a line. The edit builders copy what the
 * file already does instead of imposing a style.
 */
export class SourceText {
  readonly index: LineIndex;
  /** The file's line ending: the first one in the file (CRLF or LF; a bare CR counts as LF). */
  readonly eol: string;

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
    const lf = text.indexOf('\n');
    this.eol = lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
  }

  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    return this.index.lineStart(this.index.position(offset).line);
  }

  /** Offset just before the line ending of the line holding `offset` (or the end of the text). */
  lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
    return i;
  }

  /** Offset of the start of the next line, or undefined when `offset` is on the last line. */
  nextLineStart(offset: number): number | undefined {
    const end = this.lineEnd(offset);
    if (end >= this.text.length) return undefined;
    return this.text[end] === '\r' && this.text[end + 1] === '\n' ? end + 2 : end + 1;
  }

  /** The whitespace before `offset` on its line, when nothing else stands before it; else undefined. (Bounded by the indentation: a one-line file costs no more per call.) */
  indentBefore(offset: number): string | undefined {
    let i = offset;
    while (i > 0 && (this.text[i - 1] === ' ' || this.text[i - 1] === '\t')) i--;
    if (i > 0 && this.text[i - 1] !== '\n' && this.text[i - 1] !== '\r') return undefined;
    return this.text.slice(i, offset);
  }

  /** The leading whitespace of the line holding `offset`. */
  lineIndent(offset: number): string {
    const start = this.lineStart(offset);
    let i = start;
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    return this.text.slice(start, i);
  }

  sameLine(a: number, b: number): boolean {
    return this.index.position(a).line === this.index.position(b).line;
  }

  slice(range: Range): string {
    return this.text.slice(range.start.offset, range.end.offset);
  }

  /** An empty range at `offset` (an insertion point). */
  at(offset: number): Range {
    return this.index.range(offset, offset);
  }

  range(start: number, end: number): Range {
    return this.index.range(start, end);
  }
}

/** One level of indentation deeper than `outer`, as `inner` is deeper than `outer` elsewhere in the file (default two spaces). */
export function deeper(indent: string, outer: string | undefined, inner: string | undefined): string {
  if (outer !== undefined && inner !== undefined && inner.startsWith(outer) && inner.length > outer.length) {
    return indent + inner.slice(outer.length);
  }
  return indent + (indent.includes('\t') ? '\t' : '  ');
}

/**
 * The literal `false` written as `true` in the same style: the quotes and
 * the letter case are kept (`false` → `true`, `"False"` → `"True"`,
 * `FALSE` → `TRUE`; YAML 1.1 `no`/`off` → `yes`/`on`). Undefined when the
 * text is not a literal false.
 */
export function trueLike(literal: string): string | undefined {
  const m = /^(["']?)(false|no|off)\1$/i.exec(literal);
  if (!m) return undefined;
  const [, quote, word] = m as unknown as [string, string, string];
  const lower = word.toLowerCase();
  const replacement = lower === 'false' ? 'true' : lower === 'no' ? 'yes' : 'on';
  const cased =
    word === word.toUpperCase()
      ? replacement.toUpperCase()
      : word[0] === word[0]!.toUpperCase()
        ? replacement[0]!.toUpperCase() + replacement.slice(1)
        : replacement;
  return `${quote}${cased}${quote}`;
}
