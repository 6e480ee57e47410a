/**
 * A position scanner for HCL native syntax. hcl2json gives Terraform values
 * but no positions; this scanner finds where every block and attribute is,
 * as 0-based offsets into the decoded text. It does not evaluate anything:
 * it skips over expressions, aware of quoted templates with nested `${…}` /
 * `%{…}`, heredocs (`<<EOT`, `<<-EOT`) and the three comment styles.
 *
 * Everything is iterative (explicit stacks), so deep nesting cannot overflow
 * the call stack. Bad input never throws: the scanner records an error and
 * resynchronises at the next line.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ScannedAttribute {
  kind: 'attribute';
  name: string;
  key: Span;
  /** First character of the expression to the end of its last token (comments excluded). */
  value: Span;
  /** When the value is an object constructor `{ k = v, … }`: where its keys and values are. */
  object?: ScannedObject;
}

export interface ScannedObjectItem {
  key: string;
  keySpan: Span;
  value: Span;
  object?: ScannedObject;
}

export interface ScannedObject {
  items: ScannedObjectItem[];
}

export interface ScannedLabel extends Span {
  value: string;
}

export interface ScannedBlock {
  kind: 'block';
  type: string;
  typeSpan: Span;
  labels: ScannedLabel[];
  /** Block type through the opening `{`. */
  header: Span;
  /** Block type through the closing `}` (end of text when unclosed). */
  extent: Span;
  body: ScannedItem[];
}

export type ScannedItem = ScannedAttribute | ScannedBlock;

export interface ScanError {
  offset: number;
  message: string;
}

export interface ScanResult {
  body: ScannedItem[];
  errors: ScanError[];
}

const NL = 10;
const CR = 13;

function isIdentStart(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return /\p{L}/u.test(c);
}

function isIdentChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45;
  }
  return /[\p{L}\p{N}\p{Mn}\p{Mc}]/u.test(c);
}

function isNewline(code: number): boolean {
  return code === NL || code === CR;
}

/** Offset of the end of the line (the newline character itself, or text.length). */
function lineEnd(text: string, i: number): number {
  while (i < text.length && !isNewline(text.charCodeAt(i))) i++;
  return i;
}

/** Skips a `/* … *\/` comment starting at i; returns the offset after it. */
function skipBlockComment(text: string, i: number): number {
  const close = text.indexOf('*/', i + 2);
  return close < 0 ? text.length : close + 2;
}

/** At a comment start? Returns the offset after the comment (line comments stop before the newline). */
function skipComment(text: string, i: number): number | undefined {
  const c = text[i];
  if (c === '#') return lineEnd(text, i);
  if (c === '/' && text[i + 1] === '/') return lineEnd(text, i);
  if (c === '/' && text[i + 1] === '*') return skipBlockComment(text, i);
  return undefined;
}

interface HeredocStart {
  marker: string;
  /** Offset of the first character of the heredoc body (after the newline). */
  bodyStart: number;
}

const HEREDOC_RE = /<<-?([\p{L}_][\p{L}\p{N}_-]*)[ \t]*(\r\n|\n|\r)/uy;

function heredocStart(text: string, i: number): HeredocStart | undefined {
  if (text[i] !== '<' || text[i + 1] !== '<') return undefined;
  HEREDOC_RE.lastIndex = i;
  const m = HEREDOC_RE.exec(text);
  if (!m) return undefined;
  return { marker: m[1]!, bodyStart: i + m[0].length };
}

/** If the line starting at i is the heredoc's closing marker, the offset after the marker. */
function closingMarkerEnd(text: string, i: number, marker: string): number | undefined {
  let j = i;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (!text.startsWith(marker, j)) return undefined;
  const end = j + marker.length;
  let k = end;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return k >= text.length || isNewline(text.charCodeAt(k)) ? end : undefined;
}

type TemplateFrame =
  | { kind: 'quoted' }
  | { kind: 'interpolation'; depth: number }
  | { kind: 'heredoc'; marker: string; atLineStart: boolean };

export interface SkipResult {
  end: number;
  error?: ScanError;
}

/**
 * Skips a quoted template (text[i] === '"') or a heredoc (text[i..] === '<<…'),
 * including nested interpolations, strings and heredocs. Returns the offset
 * after the closing quote / closing marker.
 */
export function skipTemplate(text: string, i: number): SkipResult {
  const start = i;
  const stack: TemplateFrame[] = [];
  const open = (at: number): number | undefined => {
    if (text[at] === '"') {
      stack.push({ kind: 'quoted' });
      return at + 1;
    }
    const h = heredocStart(text, at);
    if (h) {
      stack.push({ kind: 'heredoc', marker: h.marker, atLineStart: true });
      return h.bodyStart;
    }
    return undefined;
  };
  const first = open(i);
  if (first === undefined) return { end: i + 1 };
  i = first;
  const n = text.length;
  while (stack.length > 0) {
    if (i >= n) return { end: n, error: { offset: start, message: 'unterminated string or heredoc' } };
    const top = stack[stack.length - 1]!;
    const c = text[i]!;
    if (top.kind === 'quoted') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3;
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push({ kind: 'interpolation', depth: 0 });
        i += 2;
      } else if (isNewline(c.charCodeAt(0))) {
        return { end: i, error: { offset: start, message: 'unterminated string' } };
      } else i++;
    } else if (top.kind === 'interpolation') {
      const comment = skipComment(text, i);
      if (comment !== undefined) {
        i = comment;
        continue;
      }
      const opened = c === '"' || c === '<' ? open(i) : undefined;
      if (opened !== undefined) i = opened;
      else if (c === '{') {
        top.depth++;
        i++;
      } else if (c === '}') {
        if (top.depth === 0) stack.pop();
        else top.depth--;
        i++;
      } else i++;
    } else {
      if (top.atLineStart) {
        top.atLineStart = false;
        const end = closingMarkerEnd(text, i, top.marker);
        if (end !== undefined) {
          stack.pop();
          i = end;
          continue;
        }
      }
      const code = c.charCodeAt(0);
      if (code === NL || (code === CR && text.charCodeAt(i + 1) !== NL)) {
        top.atLineStart = true;
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3;
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push({ kind: 'interpolation', depth: 0 });
        i += 2;
      } else i++;
    }
  }
  return { end: i };
}

/** Skips spaces, tabs and comments on the current line (a block comment may span lines). */
function skipInline(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t') i++;
    else if (c === '/' && text[i + 1] === '*') i = skipBlockComment(text, i);
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) return lineEnd(text, i);
    else return i;
  }
}

/** Skips whitespace, newlines and comments. */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    i = skipInline(text, i);
    if (i < text.length && isNewline(text.charCodeAt(i))) i++;
    else return i;
  }
}

function readIdent(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.codePointAt(j)!;
    const ch = String.fromCodePoint(code);
    if (!isIdentChar(ch)) break;
    j += ch.length;
  }
  return j;
}

/** The value of a quoted label: HCL escapes are JSON's plus \U; good enough for labels. */
function labelValue(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Scans an expression starting at i (after `=`): up to a newline outside
 * brackets, or an unmatched closing bracket (the enclosing block's `}`);
 * inside an object constructor also up to a `,` outside brackets.
 */
function scanExpression(text: string, i: number, errors: ScanError[], inObject = false): Span {
  const start = i;
  let lastEnd = i;
  let depth = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (isNewline(code)) {
      if (depth === 0) break;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const comment = skipComment(text, i);
    if (comment !== undefined) {
      i = comment;
      continue;
    }
    if (c === '"' || (c === '<' && text[i + 1] === '<' && heredocStart(text, i))) {
      const r = skipTemplate(text, i);
      if (r.error) errors.push(r.error);
      i = r.end;
      lastEnd = i;
      continue;
    }
    if (inObject && depth === 0 && c === ',') break;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    }
    i++;
    lastEnd = i;
  }
  return { start, end: lastEnd };
}

/** At `{`: is this a `{ for … }` expression rather than an object constructor? */
function isForExpression(text: string, brace: number): boolean {
  const i = skipTrivia(text, brace + 1);
  return text.startsWith('for', i) && !isIdentChar(text[i + 3] ?? ' ');
}

/** Skips whitespace, newlines, comments and commas between object items. */
function skipItemSeparators(text: string, i: number): number {
  for (;;) {
    i = skipTrivia(text, i);
    if (text[i] === ',') i++;
    else return i;
  }
}

/**
 * Locates the keys and values of an object constructor starting at `start`
 * (a `{`) and ending before `end`, nested objects included (iteratively).
 * Gives up (undefined) on anything unusual: `for` objects, computed keys.
 */
function scanObject(text: string, start: number, end: number): ScannedObject | undefined {
  if (isForExpression(text, start)) return undefined;
  const root: ScannedObject = { items: [] };
  const stack: Array<{ object: ScannedObject; owner?: ScannedObjectItem }> = [{ object: root }];
  const ignored: ScanError[] = [];
  let i = start + 1;
  while (stack.length > 0) {
    i = skipItemSeparators(text, i);
    if (i >= end) return undefined;
    const frame = stack[stack.length - 1]!;
    if (text[i] === '}') {
      stack.pop();
      i++;
      if (frame.owner) frame.owner.value.end = i;
      continue;
    }
    let key: string;
    const keyStart = i;
    if (text[i] === '"') {
      const r = skipTemplate(text, i);
      if (r.error) return undefined;
      key = labelValue(text.slice(i, r.end));
      i = r.end;
    } else if (isIdentStart(String.fromCodePoint(text.codePointAt(i)!))) {
      i = readIdent(text, i);
      key = text.slice(keyStart, i);
    } else return undefined;
    const keySpan = { start: keyStart, end: i };
    i = skipInline(text, i);
    if (!((text[i] === '=' && text[i + 1] !== '=' && text[i + 1] !== '>') || text[i] === ':')) return undefined;
    const valueStart = skipInline(text, i + 1);
    if (text[valueStart] === '{' && !isForExpression(text, valueStart)) {
      const item: ScannedObjectItem = { key, keySpan, value: { start: valueStart, end: valueStart }, object: { items: [] } };
      frame.object.items.push(item);
      stack.push({ object: item.object!, owner: item });
      i = valueStart + 1;
      continue;
    }
    const value = scanExpression(text, valueStart, ignored, true);
    if (value.end === valueStart) return undefined;
    frame.object.items.push({ key, keySpan, value });
    i = value.end;
  }
  return root;
}

/** Scans an HCL file (BOM already removed). */
export function scanHcl(text: string): ScanResult {
  const errors: ScanError[] = [];
  const root: ScannedItem[] = [];
  const open: ScannedBlock[] = [];
  const n = text.length;
  let i = 0;
  const body = (): ScannedItem[] => (open.length > 0 ? open[open.length - 1]!.body : root);
  const resync = (message: string): void => {
    errors.push({ offset: i, message });
    i = lineEnd(text, i + 1);
  };
  while (true) {
    i = skipTrivia(text, i);
    if (i >= n) break;
    const c = text[i]!;
    if (c === '}') {
      const block = open.pop();
      if (block) block.extent.end = i + 1;
      else errors.push({ offset: i, message: 'unexpected "}"' });
      i++;
      continue;
    }
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    if (!isIdentStart(cp)) {
      resync(`unexpected character ${JSON.stringify(cp)}`);
      continue;
    }
    const nameStart = i;
    const nameEnd = readIdent(text, i);
    const name = text.slice(nameStart, nameEnd);
    i = skipInline(text, nameEnd);
    if (text[i] === '=' && text[i + 1] !== '=') {
      const valueStart = skipInline(text, i + 1);
      const value = scanExpression(text, valueStart, errors);
      const attribute: ScannedAttribute = { kind: 'attribute', name, key: { start: nameStart, end: nameEnd }, value };
      const object = text[valueStart] === '{' ? scanObject(text, valueStart, value.end) : undefined;
      if (object) attribute.object = object;
      body().push(attribute);
      i = value.end;
      continue;
    }
    const labels: ScannedLabel[] = [];
    let ok = true;
    while (i < n && text[i] !== '{') {
      if (text[i] === '"') {
        const r = skipTemplate(text, i);
        if (r.error) {
          ok = false;
          break;
        }
        labels.push({ start: i, end: r.end, value: labelValue(text.slice(i, r.end)) });
        i = skipInline(text, r.end);
      } else if (isIdentStart(String.fromCodePoint(text.codePointAt(i)!))) {
        const end = readIdent(text, i);
        labels.push({ start: i, end, value: text.slice(i, end) });
        i = skipInline(text, end);
      } else {
        ok = false;
        break;
      }
    }
    if (!ok || i >= n) {
      resync(`expected "=" or a block after ${JSON.stringify(name)}`);
      continue;
    }
    const block: ScannedBlock = {
      kind: 'block',
      type: name,
      typeSpan: { start: nameStart, end: nameEnd },
      labels,
      header: { start: nameStart, end: i + 1 },
      extent: { start: nameStart, end: n },
      body: [],
    };
    body().push(block);
    open.push(block);
    i++;
  }
  for (const block of open) errors.push({ offset: block.header.start, message: `block "${block.type}" is not closed` });
  return { body: root, errors };
}
