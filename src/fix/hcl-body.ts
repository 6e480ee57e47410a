/**
 * The layout of an HCL block body, read from the source text: where each
 * top-level attribute and nested block starts and ends, and the column of
 * each attribute's `=`. Strings (with `${…}` and `%{…}` templates),
 * heredocs, comments and brackets are skipped as HCL reads them, so a `{`
 * or a newline inside them is not structure. Iterative (a stack, no
 * recursion): deep nesting cannot overflow.
 */
export interface BodyItem {
  kind: 'attribute' | 'block';
  name: string;
  /** Offset of the item's first character (its name). */
  start: number;
  /** Offset of the `=` of an attribute. */
  equals?: number;
  /** Offset of the end of the item's last line (before the line ending). */
  end: number;
}

interface BlockBody {
  /** Offset of the `{` that opens the body, and of the `}` that closes it. */
  open: number;
  close: number;
  items: BodyItem[];
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;

/** Reads the body of the block whose header starts at `headerStart`; undefined when the text is not a well-formed block there. */
export function readBlockBody(text: string, headerStart: number): BlockBody | undefined {
  // The header: labels (strings or names) up to the `{`.
  let i = headerStart;
  let open = -1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{') {
      open = i;
      break;
    }
    if (c === '"') {
      const end = skipString(text, i);
      if (end === undefined) return undefined;
      i = end;
      continue;
    }
    if (c === '\n' || c === '#' || c === '=') return undefined;
    i++;
  }
  if (open < 0) return undefined;
  const items: BodyItem[] = [];
  const brackets: string[] = [];
  let item: BodyItem | undefined;
  let lineStart = true;
  i = open + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (lineStart && brackets.length === 0) {
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
        i++;
        continue;
      }
      if (c === '}') return { open, close: i, items };
      if (c === '#' || (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) {
        i = skipComment(text, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = IDENT.exec(text);
      if (!m) return undefined;
      let j = i + m[0].length;
      while (text[j] === ' ' || text[j] === '\t') j++;
      item = text[j] === '=' && text[j + 1] !== '=' ? { kind: 'attribute', name: m[0], start: i, equals: j, end: j } : { kind: 'block', name: m[0], start: i, end: j };
      items.push(item);
      lineStart = false;
      i = item.kind === 'attribute' ? j + 1 : j;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (brackets.length === 0) {
        if (item) item.end = i;
        item = undefined;
        lineStart = true;
      }
      i++;
      continue;
    }
    if (c === '"') {
      const end = skipString(text, i);
      if (end === undefined) return undefined;
      i = end;
      continue;
    }
    if (c === '#' || (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) {
      i = skipComment(text, i);
      continue;
    }
    if (c === '<' && text[i + 1] === '<') {
      HEREDOC.lastIndex = i;
      const h = HEREDOC.exec(text);
      if (h) {
        i = skipHeredoc(text, HEREDOC.lastIndex, h[1]!);
        continue;
      }
    }
    if (c === '{' || c === '[' || c === '(') brackets.push(c);
    else if (c === '}' || c === ']' || c === ')') {
      if (brackets.length === 0) {
        // The closing brace of the body on the line of the last item (`a = 1 }`).
        if (c !== '}') return undefined;
        if (item) item.end = i;
        return { open, close: i, items };
      }
      brackets.pop();
    }
    i++;
  }
  return undefined;
}

/** Offset after the closing quote of the string opening at `at`, skipping `${…}`/`%{…}` templates; undefined when unterminated. */
function skipString(text: string, at: number): number | undefined {
  // Each frame: a string (`"`) or a template expression inside one (`{`, counting nested braces).
  const stack: Array<'"' | '{'> = ['"'];
  let i = at + 1;
  while (i < text.length && stack.length > 0) {
    const c = text[i]!;
    const top = stack[stack.length - 1]!;
    if (top === '"') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3; // `$${` is a literal
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push('{');
        i += 2;
      } else if (c === '\n') return undefined;
      else i++;
    } else {
      if (c === '"') stack.push('"');
      else if (c === '{') stack.push('{');
      else if (c === '}') stack.pop();
      i++;
    }
  }
  return stack.length === 0 ? i : undefined;
}

function skipComment(text: string, at: number): number {
  if (text[at] === '/' && text[at + 1] === '*') {
    const end = text.indexOf('*/', at + 2);
    return end < 0 ? text.length : end + 2;
  }
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset of the line ending after the heredoc's closing marker (the body starts at `from`). */
function skipHeredoc(text: string, from: number, marker: string): number {
  let i = from;
  while (i < text.length) {
    let end = i;
    while (end < text.length && text[end] !== '\n') end++;
    const line = text.slice(i, end).replace(/\r$/, '');
    if (line.trim() === marker) return text[end - 1] === '\r' ? end - 1 : end;
    i = end + 1;
  }
  return text.length;
}
