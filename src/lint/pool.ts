// Lints units on worker threads, one unit per worker at a time, the largest
// first; outcomes come back in the units' order, so the report is the same
// as a serial run's. A worker that crashes or exits turns its unit into an
// internal-error diagnostic naming the unit and is replaced: never a hang.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { failedUnit, lintUnit, unitName, type LintUnit, type UnitOutcome, type UnitSettings } from './unit.js';
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
}

export async function lintInWorkers(run: PoolRun): Promise<UnitOutcome[]> {
  const setup: WorkerSetup = { settings: run.settings };
  return runWorkers(run, setup);
}

function runWorkers(run: PoolRun, setup: WorkerSetup): Promise<UnitOutcome[]> {
  const { units, script } = run;
  const queue = units.map((_, i) => i).sort((a, b) => (run.weights[b] ?? 0) - (run.weights[a] ?? 0) || a - b);
  const outcomes: (UnitOutcome | undefined)[] = new Array(units.length);
  let done = 0;
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    const finish = (): void => {
      for (const w of workers) void w.terminate();
      resolve(outcomes.map((o, i) => o ?? failedUnit(unitName(units[i]!), new Error('not linted'))));
    };
    const settle = (index: number, outcome: UnitOutcome): void => {
      if (outcomes[index]) return;
      outcomes[index] = outcome;
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
          sent.push(index);
          run.onUnit?.(unitName(units[index]!));
          const job: PoolJob = { index, unit: units[index]! };
          worker.postMessage(job);
        }
        if (sent.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (message: { index: number; outcome: UnitOutcome }) => {
        sent.splice(sent.indexOf(message.index), 1);
        settle(message.index, message.outcome);
        send();
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', (code) => {
        if (!workers.delete(worker) || sent.length === 0) return;
        const [current, ...waiting] = sent;
        queue.unshift(...waiting);
        settle(current!, failedUnit(unitName(units[current!]!), failure ?? new Error(`a worker thread stopped (exit code ${code})`)));
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
