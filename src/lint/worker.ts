// The worker thread of the lint pool (bundled to dist/iac-lint-worker.js):
// lints the units the main thread sends, one at a time, and sends back their
// outcomes (plain data). An error in a unit is already a diagnostic
// (lintUnit never throws); a crash of the whole worker is the pool's to report.
import { parentPort, workerData } from 'node:worker_threads';
import { lintUnit, type LintUnit, type UnitSettings } from './unit.js';

export interface PoolJob {
  index: number;
  unit: LintUnit;
}

export interface WorkerSetup {
  settings: UnitSettings;
}

const { settings } = workerData as WorkerSetup;
const port = parentPort;
if (port) {
  // Jobs arrive ahead of time (the pool keeps the next one queued here); they are linted one at a time, in order.
  const jobs: PoolJob[] = [];
  let busy = false;
  const work = async (): Promise<void> => {
    busy = true;
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      port.postMessage({ index: job.index, outcome: await lintUnit(job.unit, settings) });
    }
    busy = false;
  };
  port.on('message', (job: PoolJob) => {
    jobs.push(job);
    if (!busy) void work();
  });
}
