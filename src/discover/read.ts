import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileRead } from '../model/optimizing-compiler.js';
import { directoryIsWithin, refusal, type Boundary } from './boundary.js';
import { describeFileError } from './file-error.js';

export const DEFAULT_MAX_FILE_SIZE_MB = 10;

export type ReadOutcome =
  /** Decoded text (BOM removed); `diagnostics` holds an invalid-UTF-8 error when bytes had to be replaced. */
  | { ok: true; text: string; diagnostics: Diagnostic[] }
  /** Not read: `reason` lets the caller drop quiet cases (a binary file found by a walk). */
  | { ok: false; reason: FailReason; diagnostic: Diagnostic };

/** Why a file was not read; `outside` = its real path lies outside the repository boundary (never opened). */
type FailReason = 'binary' | 'too-large' | 'unreadable' | 'not-a-file' | 'outside';

/**
 * Reads one source file safely. Opens it non-blocking and checks with fstat
 * that it is a regular file before reading (a FIFO is never read), enforces
 * the size limit before reading, refuses binary content (NUL bytes), and
 * decodes UTF-8 strictly, reporting the line of the first bad byte. A file
 * whose real path lies outside `boundary` is not opened (SPEC §7).
 */
export async function readSourceFile(abs: string, file: string, maxBytes: number, boundary: Boundary): Promise<ReadOutcome> {
  // Synchronous reads: files are read one at a time anyway, and FileHandle.readFile costs ~10x more per small file.
  let bytes: Buffer;
  try {
    const fd = openInside(abs, file, boundary);
    if (typeof fd !== 'number') return { ok: false, reason: 'outside', diagnostic: fd };
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) {
        return fail('not-a-file', file, 'error', 'not-a-file', 'skipped: not a regular file (FIFO, socket or device)');
      }
      if (stats.size > maxBytes) {
        return fail('too-large', file, 'warning', 'file-too-large', `skipped: ${sizeOverLimit(stats.size, maxBytes)}; raise the limit with --max-file-size`);
      }
      bytes = readAll(fd, stats.size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const { code, text } = describeFileError(error);
    if (code === 'ENOENT' && !isSymbolicLink(abs)) {
      // Found at discovery, gone now: not a broken link (issue 17 item 14).
      return fail('unreadable', file, 'error', 'not-found', 'cannot read: the file no longer exists (deleted during the run?)');
    }
    const diagnosticCode = code === 'ENOENT' || code === 'ELOOP' ? 'broken-symlink' : 'unreadable';
    const what = diagnosticCode === 'broken-symlink' && code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : text;
    return fail('unreadable', file, 'error', diagnosticCode, `cannot read: ${what}`);
  }
  // A large file is about to be read: TurboFan is held back before V8 optimizes its reader.
  fileRead(bytes.length);
  if (bytes.includes(0)) {
    return fail('binary', file, 'warning', 'binary-file', 'skipped: binary file (contains NUL bytes)');
  }
  return decode(bytes, file);
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
/** Not on every system (Windows). */
const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW;

/**
 * Opens `abs`, or gives the diagnostic for refusing it when its real path
 * lies outside the boundary (then it is not opened). In a directory inside
 * the boundary, a name that is not a symbolic link is inside too: it is
 * opened without following a link (O_NOFOLLOW), and only a link (ELOOP;
 * EMLINK on FreeBSD) is judged by its own real path: no system call per
 * file for the boundary.
 */
function openInside(abs: string, file: string, boundary: Boundary): number | Diagnostic {
  if (NO_FOLLOW !== undefined && directoryIsWithin(boundary, abs)) {
    try {
      return openSync(abs, OPEN_FLAGS | NO_FOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOOP' && code !== 'EMLINK') throw error;
    }
  }
  return refusal(boundary, abs, file) ?? openSync(abs, OPEN_FLAGS);
}

function isSymbolicLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads `size` bytes (fewer if the file shrank meanwhile). */
function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, offset);
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}

function fail(reason: FailReason, file: string, severity: Diagnostic['severity'], code: string, message: string): ReadOutcome {
  return { ok: false, reason, diagnostic: { file, severity, code, message } };
}

/** "larger than 10 MB (11.5 MB)"; in bytes when the rounded figures would read the same ("10 MB (10 MB)"). */
function sizeOverLimit(size: number, maxBytes: number): string {
  const limit = formatMegabytes(maxBytes);
  const actual = formatMegabytes(size);
  return limit !== actual ? `larger than ${limit} MB (${actual} MB)` : `larger than ${limit} MB = ${Math.floor(maxBytes)} bytes (${size} bytes)`;
}

/** Megabytes to three significant digits: 10, 0.0001, 11.5. */
function formatMegabytes(bytes: number): string {
  return String(Number((bytes / (1024 * 1024)).toPrecision(3)));
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** UTF-8 → string without the BOM; invalid sequences become U+FFFD and one error diagnostic. */
export function decode(bytes: Uint8Array, file: string): ReadOutcome {
  try {
    return { ok: true, text: strict.decode(bytes), diagnostics: [] };
  } catch {
    const text = lenient.decode(bytes);
    const bad = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, bad));
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    let line = 1;
    for (let i = 0; i < before.length; i++) {
      const c = before.charCodeAt(i);
      if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) line++;
    }
    const column = before.length - lineStart + 1;
    const start = { line, column, offset: before.length };
    const end = { line, column: column + 1, offset: before.length + 1 };
    return {
      ok: true,
      text,
      diagnostics: [
        {
          file,
          severity: 'error',
          code: 'invalid-utf8',
          message: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte offset ${bad}); invalid bytes were replaced with U+FFFD`,
          range: { start, end },
        },
      ],
    };
  }
}

/** Index of the first byte that makes the UTF-8 decoding fail (binary search over streamed prefixes). */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0; // prefix of length lo decodes (as a stream: an unfinished sequence at the end is fine)
  let hi = bytes.length; // the whole input fails
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodesAsPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  // Adding byte `lo` makes it fail. If the bytes before it end with an unfinished sequence, that sequence is the bad one.
  let bad = lo;
  let lead = lo - 1;
  while (lead >= 0 && lo - lead <= 3 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead >= 0 && bytes[lead]! >= 0xc0) {
    const length = bytes[lead]! >= 0xf0 ? 4 : bytes[lead]! >= 0xe0 ? 3 : 2;
    if (lead + length > lo) bad = lead;
  }
  return bad;
}

function decodesAsPrefix(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
