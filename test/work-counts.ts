import { work, type WorkCounts } from '../src/model/work.js';

/**
 * The work `f` does, as the linter counts it (src/model/work.ts): tests of
 * cost bound these counts by the size of the input, never a wall-clock time,
 * which a busy machine stretches (speed is measured by `npm run bench`).
 * Needs an in-process run (`workers: 0`): a worker thread counts its own.
 */
export async function workOf<T>(f: () => T | Promise<T>): Promise<{ value: T; work: WorkCounts; total: number }> {
  const before = { ...work };
  const value = await f();
  const done: WorkCounts = {
    resolveSteps: work.resolveSteps - before.resolveSteps,
    collectionItems: work.collectionItems - before.collectionItems,
    suppressionScan: work.suppressionScan - before.suppressionScan,
  };
  return { value, work: done, total: done.resolveSteps + done.collectionItems + done.suppressionScan };
}
