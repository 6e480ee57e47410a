// The worker thread of the lint pool (bundled to dist/iac-lint-worker.js):
// lints the units the main thread sends, one at a time, and sends back their
// outcomes (plain data). An error in a unit is already a diagnostic
// (lintUnit never throws); a crash of the whole worker is the pool's to report.
import { parentPort, workerData } from 'node:worker_threads';
import { lintUnit, type LintUnit, type UnitSettings } from '../lint-units.js';

export interface PoolJob {
  index: number;
  unit: LintUnit;
}

const settings = workerData as UnitSettings;
const port = parentPort;
if (port) {
  port.on('message', (job: PoolJob) => {
    void lintUnit(job.unit, settings).then((outcome) => port.postMessage({ index: job.index, outcome }));
  });
}
