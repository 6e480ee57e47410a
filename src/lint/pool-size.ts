// How many threads a run lints with when IAC_LINT_WORKERS does not say
// (issue 16 item 3): the cores that are actually free, and one for a run too
// small for a worker to pay. Kept apart from pool.ts, which (with
// node:worker_threads) is loaded only by a pooled run.
import { availableParallelism, loadavg } from 'node:os';

/** The machine as the choice sees it: the cores this process may use, and the 1-minute load average (runnable threads of every process). */
interface Machine {
  cores: number;
  load: number;
}

/**
 * Work (bytes of input, CloudFormation's weighed down) below which a run
 * lints in one thread: a worker's start (its isolate, loading and compiling
 * the bundle, the readers' first parse) costs ~0.2-0.3 s of a core, what one
 * thread lints of ~1 MB (bench/results.md, corpus ~3.7 MB/s).
 */
const MIN_POOL_WORK_BYTES = 4 * 1024 * 1024;

/** The cores not busy with other work: the cores less the load average, rounded, at least 1. */
function freeCores(machine: Machine): number {
  return Math.max(1, Math.min(machine.cores, Math.round(machine.cores - machine.load)));
}

/**
 * The threads of a run of `units` units (`work`: their estimate in bytes,
 * asked only when the machine has cores to spare): the free cores, or 1
 * when fewer than 2 are free, the run has a single unit, or its work is
 * below MIN_POOL_WORK_BYTES. On this project's shared 2-core machine (load
 * 1-15) that is one thread: the pool measured slower there (bench/results.md).
 */
export function automaticThreads(units: number, work: () => number, machine: Machine = { cores: availableParallelism(), load: loadavg()[0] ?? 0 }): number {
  const free = freeCores(machine);
  if (free < 2 || units < 2) return 1;
  return work() >= MIN_POOL_WORK_BYTES ? free : 1;
}
