import type { FileHandle } from 'node:fs/promises';

/** Characters of a report written at a time, to a file or to stdout: a report is never held whole for writing. */
export const REPORT_CHUNK = 64 * 1024;

/**
 * The text of `pieces` in chunks of about REPORT_CHUNK characters: small
 * pieces joined, a piece much larger than a chunk (a whole SARIF report)
 * cut, never between the two halves of a surrogate pair.
 */
export function* reportChunks(pieces: string | Iterable<string>): Generator<string> {
  let chunk = '';
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) {
    chunk += piece;
    while (chunk.length >= REPORT_CHUNK) {
      let cut = chunk.length < 2 * REPORT_CHUNK ? chunk.length : REPORT_CHUNK;
      // A high surrogate at the end waits for its low half (the next piece's first character, or the rest here).
      if (isHighSurrogate(chunk.charCodeAt(cut - 1))) cut--;
      yield chunk.slice(0, cut);
      chunk = chunk.slice(cut);
    }
  }
  if (chunk !== '') yield chunk;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Writes each chunk of `pieces` at the handle's position, as UTF-8, whole (a write may take only part of one). */
export async function writeChunks(handle: FileHandle, pieces: string | Iterable<string>): Promise<void> {
  for (const chunk of reportChunks(pieces)) {
    const bytes = Buffer.from(chunk, 'utf8');
    for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
  }
}
