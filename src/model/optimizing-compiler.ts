/**
 * TurboFan, V8's optimizing compiler, held back while a large file read by
 * the main thread is worked on (issue 17: peak memory ≤ 30× the largest
 * unit).
 *
 * A unit of a megabyte or so makes V8 optimize the readers', resolvers' and
 * rule's large functions within its first few hundred milliseconds: ~230
 * compiles (`--turbo-stats`: 1.5 s of a background thread's CPU, up to
 * 2.5 MB of compiler zone each) for a run that is over in half a second.
 * They cost ~12 MB of peak RSS, a third of what a 1 MB unit adds to Node's
 * start, and more CPU than they save (bench/results.md, "TurboFan held
 * back"). A longer run pays them back, so TurboFan comes back after
 * HOLD_TICKS of the readers' and resolvers' work (time-budget.ts tick(),
 * counted at its clock reads): ~2–4 MB of input, the same on a loaded
 * machine as on an idle one. A timer lets it go after BACKSTOP_MS in any
 * case (work done off the main thread is not counted).
 *
 * `--no-turbofan` and `--turbofan` are given with v8.setFlagsFromString
 * after V8 has checked the code cache at start, so the cache is still
 * accepted (young-generation.ts heapFlagsGiven() says a flag was given); V8
 * reads the flag each time a function is due for optimizing
 * (test/optimizing-compiler.test.ts checks that this Node does). Only the
 * main thread holds it back (one-thread runs: a pool's workers read the
 * files), and only once per run.
 */

/** The part of node:v8 this module uses. */
interface FlagSetter {
  setFlagsFromString(flags: string): void;
}

/** A file at least this large, read by the main thread, holds TurboFan back. */
export const LARGE_FILE_BYTES = 256 * 1024;

/** Nor a file larger than this: its unit pays TurboFan's compiles back (bench/results.md, "TurboFan held back"). */
export const HOLD_MAX_BYTES = 1.5 * 2 ** 20;

/** tick() calls after a hold at which TurboFan comes back (a 1 MB template takes 120k–230k, 10k buckets in 944 KB of .tf more than 256k). */
export const HOLD_TICKS = 512 * 1024;

/** Milliseconds after a hold at which TurboFan comes back whatever the work counted. */
const BACKSTOP_MS = 2000;

/** Not held yet, held back, or let go (at most one hold per run). */
let state: 'unset' | 'held' | 'done' = 'unset';
/** Ticks counted since the hold. */
let worked = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * The main thread has read a file of `bytes`: holds TurboFan back when the
 * file is large and this run has not held it before. `mainThread` and `v8`
 * are this process's unless a test gives others.
 */
export function fileRead(bytes: number, mainThread?: boolean, flags?: FlagSetter): void {
  if (state !== 'unset' || bytes < LARGE_FILE_BYTES || bytes > HOLD_MAX_BYTES || !(mainThread ?? isMainThread())) return;
  const v8 = flags ?? nodeV8();
  if (v8 === undefined) return;
  v8.setFlagsFromString('--no-turbofan');
  state = 'held';
  worked = 0;
  // unref(): the timer never keeps the process alive.
  timer = setTimeout(() => letGo(v8), BACKSTOP_MS);
  timer.unref();
}

/** `ticks` more of the readers' and resolvers' work done: lets TurboFan go once HOLD_TICKS have been done since the hold. */
export function workDone(ticks: number, flags?: FlagSetter): void {
  if (state !== 'held') return;
  worked += ticks;
  if (worked < HOLD_TICKS) return;
  const v8 = flags ?? nodeV8();
  if (v8 !== undefined) letGo(v8);
}

/** Whether TurboFan is held back now. */
export function optimizingCompilerHeld(): boolean {
  return state === 'held';
}

/** Whether this run has given V8 `--no-turbofan` (a code cache made now would be rejected). */
export function optimizingCompilerFlagGiven(): boolean {
  return state !== 'unset';
}

function letGo(v8: FlagSetter): void {
  if (state !== 'held') return;
  v8.setFlagsFromString('--turbofan');
  state = 'done';
  clearTimeout(timer);
  timer = undefined;
}

function isMainThread(): boolean {
  const threads = process.getBuiltinModule?.('node:worker_threads') as typeof import('node:worker_threads') | undefined;
  return threads?.isMainThread ?? false;
}

/** Not a static import: the bundle would load node:v8 (and the streams it loads) at every start. */
function nodeV8(): FlagSetter | undefined {
  return process.getBuiltinModule?.('node:v8') as FlagSetter | undefined;
}

/** For tests of this module: back to before any hold (TurboFan on, as V8 starts). */
export function resetOptimizingCompiler(v8: FlagSetter): void {
  if (state === 'held') letGo(v8);
  state = 'unset';
}
