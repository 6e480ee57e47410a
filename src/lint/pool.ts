// Lints units on worker threads, one unit per worker at a time, the largest
// first; outcomes come back in the units' order, so the report is the same
// as a serial run's. A worker that crashes or exits turns its unit into an
// internal-error diagnostic naming the unit and is replaced: never a hang.
// A worker still on one unit after twice the unit time budget (stuck where
// the budget's ticks do not reach: native code, a regular expression) is
// replaced too, its unit reported as out of time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { plainFile } from '../discover/walk.js';
import { failedUnit, lintUnit, outOfTimeUnit, unitName, unitTimeBudgetMs, type LintUnit, type UnitOutcome, type UnitSettings } from './unit.js';
import type { PoolJob, WorkerSetup } from './worker.js';

/** The worker script, next to the bundle (dist/iac-lint-worker.js); absent when running from source or from the Action bundle. */
export function defaultWorkerScript(): URL | undefined {
  const url = new URL('./iac-lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * A worker's young generation (V8 default: up to 48 MB). Its units are
 * parse-and-drop work: a smaller nursery cut the corpus peak RSS from
 * ~335 MB to ~260-290 MB at no measurable cost in time (bench/results.md).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Units sent to a worker ahead of time, so it never waits for the main thread between units. */
const IN_FLIGHT_PER_WORKER = 2;

/** A worker is replaced after twice the unit time budget, and at least this long after the budget. */
const STUCK_GRACE_MS = 2000;

interface PoolRun {
  units: LintUnit[];
  /** Work estimate per unit (bytes): the largest start first. */
  weights: number[];
  settings: UnitSettings;
  size: number;
  script: URL;
  /**
   * The main thread lints too (the smallest units, so it stays quick to
   * answer the workers): `size` - 1 workers are started. Saves one
   * isolate's memory; the main thread is otherwise idle.
   */
  lintHere?: boolean;
  onUnit?: (name: string) => void;
  /** Called with each unit's index once it is linted. */
  onUnitDone?: (index: number) => void;
  /** Takes each unit's outcome as it comes (before onUnitDone): the pool then keeps none, and resolves with an empty list. */
  onOutcome?: (index: number, outcome: UnitOutcome) => void;
}

export async function lintInWorkers(run: PoolRun): Promise<UnitOutcome[]> {
  const setup: WorkerSetup = { settings: run.settings };
  return runWorkers(run, setup);
}

function runWorkers(run: PoolRun, setup: WorkerSetup): Promise<UnitOutcome[]> {
  const { units, script } = run;
  const queue = units.map((_, i) => i).sort((a, b) => (run.weights[b] ?? 0) - (run.weights[a] ?? 0) || a - b);
  const outcomes: UnitOutcome[] = new Array(units.length);
  const settled: boolean[] = new Array(units.length).fill(false);
  const take = (index: number, outcome: UnitOutcome): void => {
    settled[index] = true;
    if (run.onOutcome) run.onOutcome(index, outcome);
    else outcomes[index] = outcome;
  };
  let done = 0;
  // A worker past twice the budget on one unit is replaced (looked at a few times per budget, at most once a second);
  // never before STUCK_GRACE_MS past the budget, so that a tiny budget does not replace a worker that is still starting.
  const budget = unitTimeBudgetMs(run.settings);
  const limit = Math.max(2 * budget, budget + STUCK_GRACE_MS);
  const since = new Map<Worker, number>();
  const stuck = new Set<Worker>();
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    const watch = setInterval(
      () => {
        const now = Date.now();
        for (const [worker, start] of since) {
          if (now - start <= limit || stuck.has(worker)) continue;
          stuck.add(worker);
          void worker.terminate();
        }
      },
      Math.min(1000, Math.max(5, limit / 4)),
    );
    const finish = (): void => {
      clearInterval(watch);
      for (const w of workers) void w.terminate();
      settled.forEach((was, i) => was || take(i, failedUnit(unitName(units[i]!), new Error('not linted'))));
      resolve(run.onOutcome ? [] : outcomes);
    };
    const settle = (index: number, outcome: UnitOutcome): void => {
      if (settled[index]) return;
      take(index, outcome);
      run.onUnitDone?.(index);
      if (++done === units.length) finish();
    };
    const start = (): void => {
      const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.add(worker);
      // Units sent to this worker, in the order it lints them: the first is the one in progress.
      const sent: number[] = [];
      let failure: unknown;
      const send = (): void => {
        while (sent.length < IN_FLIGHT_PER_WORKER && queue.length > 0) {
          const index = queue.shift()!;
          if (sent.length === 0) since.set(worker, Date.now());
          sent.push(index);
          run.onUnit?.(unitName(units[index]!));
          const unit = units[index]!;
          const job: PoolJob = { index, unit: unit.kind === 'cloudformation' ? { kind: 'cloudformation', file: plainFile(unit.file) } : unit };
          worker.postMessage(job);
        }
        if (sent.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (message: { index: number; outcome: UnitOutcome }) => {
        sent.splice(sent.indexOf(message.index), 1);
        // The next unit sent starts now.
        if (sent.length > 0) since.set(worker, Date.now());
        else since.delete(worker);
        settle(message.index, message.outcome);
        send();
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', (code) => {
        since.delete(worker);
        if (!workers.delete(worker) || sent.length === 0) return;
        const [current, ...waiting] = sent;
        queue.unshift(...waiting);
        const name = unitName(units[current!]!);
        settle(current!, stuck.has(worker) ? outOfTimeUnit(name, run.settings, true) : failedUnit(name, failure ?? new Error(`a worker thread stopped (exit code ${code})`)));
        if (queue.length > 0) start();
      });
      send();
    };
    const lintHere = async (): Promise<void> => {
      for (let index = queue.pop(); index !== undefined; index = queue.pop()) {
        run.onUnit?.(unitName(units[index]!));
        settle(index, await lintUnit(units[index]!, run.settings));
        // Let the workers' messages in between units.
        await new Promise((next) => setImmediate(next));
      }
    };
    if (units.length === 0) return finish();
    const workerCount = Math.min(run.lintHere ? run.size - 1 : run.size, units.length);
    for (let i = 0; i < workerCount; i++) start();
    if (run.lintHere || workerCount === 0) void lintHere();
  });
}
