import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { onExit } from 'signal-exit';
import { writeChunks } from './report-chunks.js';

export interface WriteOutputOptions {
  /** Called with the temporary file once it exists (atomic writes only). */
  onTemporaryFile?: (file: string) => void | Promise<void>;
}

/**
 * Replaces the regular file `path` (or creates it) with the text of
 * `pieces`, written as they are made into a temporary file beside it, then
 * renamed over it: a reader sees the old report or the new one, never half
 * of one. The data is on disk (fsync) before the rename. A replaced file's
 * mode is kept, and its owner and group where the process may set them (as
 * root). On any error, and when the process ends on a signal (SIGINT,
 * SIGTERM, …, by signal-exit), the temporary file is removed and the old
 * file is untouched.
 */
export async function writeAtomically(path: string, pieces: string | Iterable<string>, options: WriteOutputOptions = {}): Promise<void> {
  const old = await stat(path).catch(() => undefined);
  let temporary: string | undefined;
  const stopWatching = onExit(() => {
    if (temporary === undefined) return;
    try {
      unlinkSync(temporary);
    } catch {
      // Gone already.
    }
  });
  let handle: FileHandle | undefined;
  let renamed = false;
  try {
    ({ handle, file: temporary } = await createTemporary(path, old ? old.mode & 0o7777 : 0o666));
    await options.onTemporaryFile?.(temporary);
    await writeChunks(handle, pieces);
    if (old) {
      // On the open file, not its name: nothing can put another file under that name in between.
      // Owner first: chown(2) may clear the set-user-ID and set-group-ID bits that chmod then restores.
      await handle.chown(old.uid, old.gid).catch(unlessNotPermitted);
      // open() applied the umask to the mode.
      await handle.chmod(old.mode & 0o7777).catch(unlessNotPermitted);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
    renamed = true;
  } finally {
    await handle?.close().catch(() => undefined);
    if (temporary !== undefined && !renamed) await unlink(temporary).catch(() => undefined);
    // After the unlink: a signal during it still finds the handler.
    stopWatching();
  }
}

/**
 * A new file `path.N` (N a random 32-bit number, as write-file-atomic names
 * it) in the target's directory, so that the rename stays on one file
 * system. Created exclusively: never a file or a link that is already there.
 */
async function createTemporary(path: string, mode: number): Promise<{ handle: FileHandle; file: string }> {
  for (let attempt = 0; ; attempt++) {
    const file = `${path}.${Math.floor(Math.random() * 2 ** 32)}`;
    try {
      return { handle: await open(file, 'wx', mode), file };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
    }
  }
}

/** An owner or mode the file system cannot take (ENOSYS), or that only root may give (EPERM, EINVAL for another user): the file keeps its own. */
function unlessNotPermitted(error: NodeJS.ErrnoException): void {
  if (error.code === 'ENOSYS') return;
  if (process.getuid?.() !== 0 && (error.code === 'EPERM' || error.code === 'EINVAL')) return;
  throw error;
}
