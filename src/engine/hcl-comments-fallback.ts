import { LineIndex } from '../model/range.js';
import type { SourceComment } from '../model/resource.js';

/**
 * The comments of an HCL file, for Terraform modules whose parser does not
 * collect them (`TerraformModule.comments` absent). One pass over the text:
 * `#` and `//` to the end of the line, `/* … *\/` (which may span lines),
 * skipping quoted strings (with `${ … }` templates, which may hold strings of
 * their own) and heredocs (`<<EOF`, `<<-EOF` up to the line that is only the
 * marker). It is a lexer in miniature, not a parser: enough to tell comments
 * from text, linear in the file.
 *
 * Temporary: the HCL lexer fills `TerraformModule.comments`; this is only the
 * fallback until every module comes with them.
 */
export function hclComments(text: string): SourceComment[] {
  const out: SourceComment[] = [];
  let index: LineIndex | undefined;
  const add = (start: number, bodyStart: number, bodyEnd: number, end: number): void => {
    index ??= new LineIndex(text);
    out.push({ text: text.slice(bodyStart, bodyEnd), range: index.range(start, end) });
  };
  // Nesting of strings and template interpolations: 's' = in a quoted string, 't' = in `${`/`%{`, 'b' = a `{` inside a template.
  const stack: Array<'s' | 't' | 'b'> = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (top === 's') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (text[i - 1] === c && text[i - 2] !== c) i += 2; // `$${` is an escaped literal
        else {
          stack.push('t');
          i += 2;
        }
      } else if (c === '\n') {
        stack.pop(); // an unterminated string ends at the line end (a syntax error the parser reports)
        i++;
      } else i++;
      continue;
    }
    if (c === '"') {
      stack.push('s');
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const body = c === '#' ? i + 1 : i + 2;
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      const contentEnd = text[end - 1] === '\r' ? end - 1 : end;
      add(i, body, contentEnd, contentEnd);
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      let end = text.indexOf('*/', i + 2);
      const closed = end >= 0;
      if (!closed) end = n;
      add(i, i + 2, end, closed ? end + 2 : n);
      i = closed ? end + 2 : n;
    } else if (c === '<' && text[i + 1] === '<' && top === undefined) {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 256));
      if (!m) {
        i += 2;
        continue;
      }
      i = heredocEnd(text, i + m[0].length, m[1]!);
    } else if (top === 't' || top === 'b') {
      if (c === '{') stack.push('b');
      else if (c === '}') stack.pop();
      i++;
    } else i++;
  }
  return out;
}

/** The offset after the heredoc body that starts at `from` and ends with the line holding only `marker`. */
function heredocEnd(text: string, from: number, marker: string): number {
  let line = from;
  while (line < text.length) {
    let next = text.indexOf('\n', line);
    if (next < 0) next = text.length;
    if (text.slice(line, next).trim() === marker) return next;
    line = next + 1;
  }
  return text.length;
}
