/**
 * The time budget of the unit being linted (SPEC §7 "a unit that runs
 * longer gets an error, the run goes on"). The loops that do a unit's work —
 * the readers' token loops, the resolvers' steps — call tick(); once the
 * unit's deadline has passed, tick() throws TimeBudgetExceeded, which the
 * unit turns into one `time-budget` error (lint/unit.ts, engine/runner.ts).
 * So a reader or resolver stuck on one file ends within its budget, not
 * only between resources.
 *
 * Cheap on the hot path: tick() adds to a counter and reads the clock once
 * every CLOCK_EVERY ticks. One unit at a time per thread (each worker has
 * its own); outside a unit (--fix, tests of a parser alone) it never throws.
 */

import { workDone } from './optimizing-compiler.js';
import { checkYoungGeneration, lookAtYoungGeneration } from './young-generation.js';

/** tick() reads the clock once in this many calls (a power of 2). */
const CLOCK_EVERY = 4096;

/** Thrown by tick() once the unit's time budget has run out; whoever catches errors in a unit rethrows it. */
export class TimeBudgetExceeded extends Error {
  constructor() {
    super('the time budget of this unit ran out');
    this.name = 'TimeBudgetExceeded';
  }
}

let deadline = Number.POSITIVE_INFINITY;
let ticks = 0;

/** Runs `f` (one unit's work) with its deadline (Date.now() milliseconds): tick() throws once it has passed. */
export async function withDeadline<T>(at: number, f: () => Promise<T>): Promise<T> {
  deadline = at;
  ticks = 0;
  checkYoungGeneration();
  try {
    return await f();
  } finally {
    deadline = Number.POSITIVE_INFINITY;
  }
}

/** One unit of work done: throws TimeBudgetExceeded when the deadline has passed (looked at every CLOCK_EVERY ticks). */
export function tick(): void {
  if ((++ticks & (CLOCK_EVERY - 1)) !== 0) return;
  // A large unit grows V8's young generation while it is read: capped here too (model/young-generation.ts).
  lookAtYoungGeneration();
  workDone(CLOCK_EVERY);
  if (Date.now() >= deadline) throw new TimeBudgetExceeded();
}
