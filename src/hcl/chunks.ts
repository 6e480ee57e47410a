// Chunked parsing of large HCL files.
//
// The HCL WebAssembly (Go) keeps every structure of a file alive until the
// parse ends, and its linear memory never shrinks: one 3.2 MB .tf file costs
// ~430 MB of RSS and ~5 s parsed whole, but ~170 MB and ~2.8 s parsed in
// chunks of top-level blocks (bench/results.md). Top-level blocks are
// independent in HCL, so a file cut between them gives, chunk by chunk, the
// parts of the whole file's JSON; mergeHclJson joins them back exactly.

/** One piece of the text: [start, end) offsets, and how many lines precede it. */
export interface HclChunk {
  start: number;
  end: number;
  /** Number of '\n' before `start` (HCL counts lines by '\n'; "\r\n" ends in one). */
  lineOffset: number;
}

/** A top-level item located by the scanner: a block (with its extent) or an attribute. */
export interface TopLevelItem {
  kind: 'block' | 'attribute';
  start: number;
  end: number;
}

/**
 * Cuts `text` at line starts in front of top-level blocks into chunks of
 * about `targetSize` characters. Undefined when the file cannot be cut
 * cleanly: top-level attributes (HCL checks them for duplicates across the
 * whole body) or fewer than two chunks.
 */
export function chunkHcl(text: string, items: TopLevelItem[], targetSize: number): HclChunk[] | undefined {
  if (items.some((item) => item.kind !== 'block')) return undefined;
  const chunks: HclChunk[] = [];
  let chunkStart = 0;
  let lineOffset = 0;
  let previousEnd = 0;
  for (const item of items) {
    const cut = lineStartBefore(text, item.start);
    if (cut !== undefined && cut >= previousEnd && cut - chunkStart >= targetSize) {
      chunks.push({ start: chunkStart, end: cut, lineOffset });
      lineOffset += countNewlines(text, chunkStart, cut);
      chunkStart = cut;
    }
    previousEnd = item.end;
  }
  if (chunks.length === 0) return undefined;
  chunks.push({ start: chunkStart, end: text.length, lineOffset });
  return chunks;
}

/** The start of the line holding `offset`, when only spaces and tabs precede `offset` on it. */
function lineStartBefore(text: string, offset: number): number | undefined {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' ? i : undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Joins the JSON of consecutive chunks into the JSON of the whole file:
 * objects (block types and labels) merge key by key, arrays (the bodies of
 * blocks with the same type and labels) concatenate in order, and keys come
 * out in the order hcl2json's Go encoder writes them (sorted by UTF-8 bytes).
 * Undefined when two chunks give the same key a non-mergeable value.
 */
export function mergeHclJson(parts: Record<string, Json>[]): Record<string, Json> | undefined {
  let merged: Json = {};
  for (const part of parts) {
    merged = mergeValues(merged, part);
    if (merged === undefined) return undefined;
  }
  return merged as Record<string, Json>;
}

function mergeValues(a: Json, b: Json): Json {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (!isObject(a) || !isObject(b)) return undefined;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareUtf8);
  const merged: Record<string, Json> = {};
  for (const key of keys) {
    const value = !(key in a) ? b[key] : !(key in b) ? a[key] : mergeValues(a[key], b[key]);
    if (value === undefined) return undefined;
    merged[key] = value;
  }
  return merged;
}

/** Code point order, which is UTF-8 byte order (Go sorts map keys by bytes). */
function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** hcl2json's "input.hcl:L,C-L2,C2" and "input.hcl:L,C-C2" positions, with the lines shifted by `lineOffset`. */
export function shiftHclLines(message: string, name: string, lineOffset: number): string {
  if (lineOffset === 0) return message;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(`${escaped}:(\\d+),(\\d+)(?:-(\\d+),(\\d+))?`, 'g'), (_m, line: string, col: string, endLine?: string, endCol?: string) =>
    endLine !== undefined
      ? `${name}:${Number(line) + lineOffset},${col}-${Number(endLine) + lineOffset},${endCol}`
      : `${name}:${Number(line) + lineOffset},${col}`,
  );
}
