/**
 * The one place the Terraform parser talks to hcl2json. The HCL WebAssembly
 * is loaded lazily, on the first HCL file actually read, through the quick
 * loader of src/hcl (a drop-in for `@cdktn/hcl2json`'s `parse`).
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { LineIndex } from '../../model/range.js';
import { chunkHcl, mergeHclJson, shiftHclLines, type HclChunk } from '../../hcl/chunks.js';
import type { ScanResult } from './scanner.js';

type ParseFn = (filename: string, contents: string) => Promise<unknown>;

async function loadHcl2Json(): Promise<ParseFn> {
  const { loadHclParser } = await import('../../hcl/hcl2json.js');
  const parser = await loadHclParser();
  return (filename, contents) => parser.parse(filename, contents);
}

export type HclParse = { ok: true; value: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] };

/** The file name given to hcl2json; it shows in its messages, which are split on it. */
const HCL_NAME = 'input.hcl';
const LOCATION_RE = /input\.hcl:(\d+),(\d+)-(?:(\d+),)?(\d+): /;

/** A file that is not HCL at all (binary, another language) yields one error per token; keep the first few. */
const MAX_DIAGNOSTICS_PER_FILE = 10;

/** HCL columns count characters; ours count UTF-16 units. */
function offsetOf(lines: LineIndex, line: number, column: number): number {
  const start = lines.lineStart(line);
  let offset = start;
  for (let c = 1; c < column && offset < lines.text.length; c++) {
    const code = lines.text.codePointAt(offset)!;
    if (code === 10 || code === 13) break;
    offset += code > 0xffff ? 2 : 1;
  }
  return offset;
}

export function hclErrorDiagnostics(file: string, message: string, lines: LineIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const body = message.replace(/^(Error: )?parse config: \[/, '').replace(/\]\s*$/, '');
  // split() with 4 capture groups: [before, line, col, endLine?, endCol, text, line, ...]
  const parts = body.split(new RegExp(LOCATION_RE.source));
  for (let k = 1; k + 4 < parts.length; k += 5) {
    const line = Number(parts[k]);
    const start = offsetOf(lines, line, Number(parts[k + 1]));
    const end = offsetOf(lines, parts[k + 2] ? Number(parts[k + 2]) : line, Number(parts[k + 3]));
    const text = parts[k + 4]!
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/input\.hcl:(\d+),(\d+)(-[\d,]+)?/g, 'line $1, column $2');
    const semi = text.indexOf('; ');
    diagnostics.push({
      file,
      severity: 'error',
      code: 'hcl-syntax',
      message: semi < 0 ? text : `${text.slice(0, semi)}: ${text.slice(semi + 2)}`,
      range: lines.range(start, Math.max(start, end)),
    });
  }
  if (diagnostics.length > MAX_DIAGNOSTICS_PER_FILE) {
    const more = diagnostics.length - MAX_DIAGNOSTICS_PER_FILE;
    diagnostics.length = MAX_DIAGNOSTICS_PER_FILE;
    diagnostics.push({ file, severity: 'error', code: 'hcl-syntax', message: `${more} more HCL syntax errors in this file` });
  }
  if (diagnostics.length === 0) {
    diagnostics.push({ file, severity: 'error', code: 'hcl-syntax', message: message.replace(/^Error: /, '') });
  }
  return diagnostics;
}

/** Files at least this long are parsed in chunks of top-level blocks (src/hcl/chunks.ts). */
export const HCL_CHUNKED_FROM = 128 * 1024;
/** About this many characters per chunk. */
export const HCL_CHUNK_SIZE = 32 * 1024;

export interface ParseHclOptions {
  /** The scanner's view of the same text (used to find top-level blocks in a large file). */
  scan?: () => ScanResult;
  /** Override the size from which a file is chunked (tests). */
  chunkedFrom?: number;
  chunkSize?: number;
  /** Only the syntax matters: the value may be left empty (a chunked parse then keeps no chunk's JSON). */
  syntaxOnly?: boolean;
}

/**
 * Parses HCL text (BOM removed) to hcl2json's JSON; syntax errors become
 * diagnostics. A large file whose top-level blocks the scanner finds cleanly
 * is parsed chunk by chunk and merged: the same JSON and the same errors as a
 * whole-file parse, at a fraction of the memory.
 */
export async function parseHcl(file: string, text: string, lines: LineIndex, options: ParseHclOptions = {}): Promise<HclParse> {
  let parse: ParseFn;
  try {
    parse = await loadHcl2Json();
  } catch (e) {
    return { ok: false, diagnostics: [{ file, severity: 'error', code: 'hcl-unavailable', message: `cannot load the HCL parser: ${String(e)}` }] };
  }
  const chunks = text.length >= (options.chunkedFrom ?? HCL_CHUNKED_FROM) && options.scan ? chunksOf(text, options.scan(), options.chunkSize ?? HCL_CHUNK_SIZE) : undefined;
  try {
    const value = chunks ? await parseChunks(parse, text, chunks, options.syntaxOnly ?? false) : await parse(HCL_NAME, text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
    return { ok: true, value: {} };
  } catch (e) {
    // The parser recurses: nesting thousands of levels deep exhausts the WebAssembly stack (a RangeError).
    if (e instanceof RangeError) return { ok: false, diagnostics: [tooDeep(file, text, lines)] };
    return { ok: false, diagnostics: hclErrorDiagnostics(file, e instanceof Error ? e.message : String(e), lines) };
  }
}

function chunksOf(text: string, scan: ScanResult, size: number): HclChunk[] | undefined {
  if (scan.errors.length > 0) return undefined;
  const items = scan.body.map((item) =>
    item.kind === 'block' ? { kind: item.kind, start: item.extent.start, end: item.extent.end } : { kind: item.kind, start: item.key.start, end: item.value.end },
  );
  return chunkHcl(text, items, size);
}

const PARSE_CONFIG_RE = /^(?:Error: )?parse config: \[([\s\S]*)\]\s*$/;

/**
 * Parses each chunk; throws like a whole-file parse would: the errors of
 * every failing chunk, their lines shifted to the file's, in one message.
 */
async function parseChunks(parse: ParseFn, text: string, chunks: HclChunk[], syntaxOnly: boolean): Promise<unknown> {
  const values: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const chunk of chunks) {
    try {
      const value = await parse(HCL_NAME, text.slice(chunk.start, chunk.end));
      if (!syntaxOnly && value && typeof value === 'object' && !Array.isArray(value)) values.push(value as Record<string, unknown>);
    } catch (e) {
      if (e instanceof RangeError) throw e;
      const message = e instanceof Error ? e.message : String(e);
      const inner = PARSE_CONFIG_RE.exec(message);
      // Not a syntax error list: report it as the whole parse would.
      if (!inner) throw new Error(shiftHclLines(message, HCL_NAME, chunk.lineOffset));
      errors.push(shiftHclLines(inner[1]!, HCL_NAME, chunk.lineOffset));
    }
  }
  if (errors.length > 0) throw new Error(`parse config: [${errors.join(' ')}]`);
  if (syntaxOnly) return {};
  const merged = mergeHclJson(values);
  return merged ?? parse(HCL_NAME, text);
}

/** Nesting deeper than this is where a too-deep diagnostic points (Terraform itself stops far earlier). */
const DEEP = 1000;

function tooDeep(file: string, text: string, lines: LineIndex): Diagnostic {
  const diagnostic: Diagnostic = { file, severity: 'error', code: 'hcl-too-deep', message: 'HCL nesting is too deep to read' };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') depth--;
    if (depth > DEEP) return { ...diagnostic, message: `HCL nesting is too deep to read (more than ${DEEP} levels)`, range: lines.range(i, i + 1) };
  }
  return diagnostic;
}
