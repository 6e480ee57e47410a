/**
 * stdout and stderr for the bin without Node's stream objects.
 *
 * The first touch of `process.stdout` or `process.stderr` builds a stream
 * (net.Socket for a pipe, tty.WriteStream for a terminal, SyncWriteStream
 * for a file), which loads and compiles two dozen of Node's modules that a
 * run does not otherwise need (streams, net, tty): ~48 M of the ~240 M
 * instructions a one-file run adds to `node -e 0` (callgrind,
 * --hash-seed=1). A write(2) on the descriptor is what those streams do
 * anyway for files, pipes and terminals on Linux (synchronously).
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

type Fd = 1 | 2;

/**
 * A writer for fd 1 or 2: write(2) until every byte is out. A descriptor
 * that another process left non-blocking takes partial writes and EAGAIN:
 * the writer waits a millisecond for the reader and goes on. Once the
 * reader is gone (EPIPE, `iac-lint | head`; ECONNRESET when fd 1 is a
 * socket whose reader closed with data unread, as a parent's
 * `stdio: 'pipe'`) the rest is dropped quietly and the run ends with its
 * own exit code.
 */
export function descriptorWriter(fd: Fd): (s: string) => void {
  let closed = false;
  return (s) => {
    const bytes = Buffer.from(s, 'utf8');
    for (let at = 0; at < bytes.length && !closed; ) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE' || code === 'ECONNRESET') closed = true;
        else if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        else throw error;
      }
    }
  };
}

/**
 * Whether fd is a terminal. Files, pipes, sockets and /dev/null are told
 * by fstat(2) alone; only another character device asks node:tty (which
 * loads net and the streams).
 */
export async function isTerminal(fd: Fd): Promise<boolean> {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stats.isCharacterDevice()) return false;
  try {
    if (stats.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null (Windows): ask node:tty.
  }
  const { isatty } = await import('node:tty');
  return isatty(fd);
}
