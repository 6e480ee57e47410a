// Lints units on worker threads, one unit per worker at a time, the largest
// first; outcomes come back in the units' order, so the report is the same
// as a serial run's. A worker that crashes or exits turns its unit into an
// internal-error diagnostic naming the unit and is replaced: never a hang.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { failedUnit, unitName, type LintUnit, type UnitOutcome, type UnitSettings } from '../lint-units.js';
import type { PoolJob } from './worker.js';

/** The worker script, next to the bundle (dist/iac-lint-worker.js); absent when running from source or from the Action bundle. */
export function defaultWorkerScript(): URL | undefined {
  const url = new URL('./iac-lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

export function defaultPoolSize(): number {
  return availableParallelism();
}

export interface PoolRun {
  units: LintUnit[];
  /** Work estimate per unit (bytes): the largest start first. */
  weights: number[];
  settings: UnitSettings;
  size: number;
  script: URL;
  onUnit?: (name: string) => void;
}

export function lintInWorkers(run: PoolRun): Promise<UnitOutcome[]> {
  const { units, settings, script } = run;
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
      if (++done === units.length) finish();
    };
    const start = (): void => {
      const worker = new Worker(script, { workerData: settings });
      workers.add(worker);
      let current: number | undefined;
      let failure: unknown;
      const next = (): void => {
        current = queue.shift();
        if (current === undefined) {
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        run.onUnit?.(unitName(units[current]!));
        const job: PoolJob = { index: current, unit: units[current]! };
        worker.postMessage(job);
      };
      worker.on('message', (message: { index: number; outcome: UnitOutcome }) => {
        settle(message.index, message.outcome);
        next();
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', (code) => {
        if (!workers.delete(worker) || current === undefined) return;
        settle(current, failedUnit(unitName(units[current]!), failure ?? new Error(`a worker thread stopped (exit code ${code})`)));
        if (queue.length > 0) start();
      });
      next();
    };
    if (units.length === 0) return finish();
    for (let i = 0; i < Math.min(run.size, units.length); i++) start();
  });
}
