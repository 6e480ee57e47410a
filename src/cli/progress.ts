/** How long a run goes before it shows progress, and how often the line is redrawn. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

interface Progress {
  update(filesDone: number, filesTotal: number): void;
  /** Erases the line (before the report is printed). */
  done(): void;
}

/**
 * A one-line progress counter on stderr ("iac-lint: 120/9742 files"),
 * redrawn in place, only for runs longer than a second, only when stderr is
 * a terminal (never in a log or a pipe). No dependency: `\r` and the ANSI
 * erase-line sequence.
 */
export function progressOnStderr(write: (s: string) => void, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(filesDone, filesTotal) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - last < REDRAW_EVERY_MS && filesDone < filesTotal)) return;
      last = t;
      shown = true;
      write(`\r\u001b[2Kiac-lint: ${filesDone}/${filesTotal} files`);
    },
    done() {
      if (shown) write('\r\u001b[2K');
      shown = false;
    },
  };
}
