import { constants } from 'node:fs';
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { WriteOutputOptions } from './atomic-write.js';
import { writeChunks } from './report-chunks.js';

/** A `--output` target that can never be written (a directory): a usage error, found before linting. */
export class OutputTargetError extends Error {}

/** What `--output FILE` points at, following symbolic links. */
type OutputTarget =
  /** A FIFO, a device, a socket, or a stream of this process (/dev/stdout, /proc/self/fd/N): written in place, never replaced. */
  | { kind: 'in-place'; path: string; append: boolean }
  /** A regular file or nothing yet: written atomically (a temporary file beside the real target, then a rename). */
  | { kind: 'atomic'; path: string };

const MAX_LINKS = 40;

/**
 * Where and how `file` is written. Symbolic links are followed (a dangling
 * one too: its target is created), so `-o link.json` writes the link's
 * target and leaves the link. A directory throws OutputTargetError.
 */
export async function outputTargetOf(file: string): Promise<OutputTarget> {
  const ownStream = /^\/(dev|proc\/self|proc\/\d+)\/(stdout|stderr|fd\/\d+)$/.test(file) || /^\/proc\/(self|\d+)\/fd\/\d+$/.test(file);
  let path = file;
  for (let hops = 0; ; hops++) {
    const link = await lstat(path).catch(() => undefined);
    if (!link?.isSymbolicLink()) break;
    if (hops >= MAX_LINKS) throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
    path = resolve(dirname(path), await readlink(path));
  }
  // A directory on the way (not at the end) resolves here as well.
  path = await realpath(path).catch(() => path);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw new OutputTargetError('is a directory; name a file');
  if (target && !target.isFile()) return { kind: 'in-place', path, append: false };
  // /dev/stdout redirected to a file (`> out.txt`) is that file, shared with the shell: append, never replace it.
  if (ownStream) return { kind: 'in-place', path: file, append: true };
  return { kind: 'atomic', path };
}

/**
 * Writes a report to `file` as its pieces are made, a chunk at a time, without
 * ever damaging what is there (SPEC §3): a FIFO or a device (`/dev/null`) is
 * opened and written in place, never replaced; a symbolic link is written
 * through; a regular file is replaced atomically (atomic-write.ts), keeping
 * its mode and owner, with no temporary file left after an error, SIGINT or
 * SIGTERM. A directory throws OutputTargetError. A FIFO, a device or a
 * stream of the process cannot be rolled back: when making the report fails
 * partway (an internal error), what was made by then has been written to it.
 */
export async function writeOutputFile(file: string, content: string | Iterable<string>, options: WriteOutputOptions = {}): Promise<void> {
  const target = await outputTargetOf(file);
  if (target.kind === 'in-place') {
    // O_NONBLOCK is not used: a FIFO without a reader waits for one, as `> fifo` does in a shell.
    const handle = await open(target.path, target.append ? constants.O_WRONLY | constants.O_APPEND : constants.O_WRONLY);
    try {
      await writeChunks(handle, content);
    } finally {
      await handle.close();
    }
    return;
  }
  // Loaded only when a file is written: a run that prints to the console does not pay for it.
  const { writeAtomically } = await import('./atomic-write.js');
  await writeAtomically(target.path, content, options);
}
