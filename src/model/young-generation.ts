/**
 * A young generation that stops growing at YOUNG_CAP_BYTES, and an old
 * generation that grows at most 2× between full collections
 * (OLD_GROWTH_PERCENT, see lookAtYoungGeneration) (issue 16: peak RSS of 50k
 * files ≤ 2× that of 1k; issue 17: peak ≤ 30× the largest unit).
 *
 * V8 doubles its young generation (the new space: two semi-spaces) each time
 * the bytes that survived its scavenges since it last grew exceed its size,
 * up to 2 × 16 MB (~48 MB of RSS with the old-generation pages it promotes
 * into). A long run always gets there, a little at each scavenge (the
 * discovered files, the held findings), and so does one large unit (its model
 * is alive while it is built). What that space holds is garbage: the live
 * heap of a 50k-file run is ~23 MB, its peak RSS was 163 MB (2.5× the 1k run).
 *
 * Once the new space has reached the cap, V8's flag
 * `--semi-space-growth-factor=1` is set with v8.setFlagsFromString: it is a
 * V8 flag read each time the new space grows (not only at start-up), so
 * from then on it stays the size it is. On the command line the same flag
 * does nothing (V8 raises a factor below 2 to 2 when it sets the heap up), and
 * `--max-semi-space-size` works only there. A later Node may read it
 * differently: then nothing here breaks, the bench's scaling rows show it.
 * Measured (bench/results.md, "V8's young generation capped at 8 MB"): peak
 * RSS of 50k small files 2.55× → 1.88× that of 1k, one 4 MB unit −16–18%,
 * corpus CPU 1.01× (10 paired runs). Set from the start (1 MB semi-spaces)
 * it cost 5–15% CPU on the corpus (14× the scavenges); a 4 MB cap, ~8%.
 *
 * Checked cheaply: checkYoungGeneration() is called between units, per
 * directory entry of the walk and from the readers' and resolvers' tick();
 * it reads V8's heap spaces once in CHECK_EVERY calls (tick(): at each of
 * its clock reads, every 4096 ticks; ~2 µs a look; node:v8 is loaded on
 * the first look, so a one-file run never pays for it), and never again
 * once the flag is set. The flag is per process: worker threads follow.
 */

import { optimizingCompilerFlagGiven } from './optimizing-compiler.js';

/** The new space (both semi-spaces) at which it stops growing: 2 × 4 MB. */
const YOUNG_CAP_BYTES = 8 * 2 ** 20;

/** checkYoungGeneration() looks at the heap once in this many calls (a power of 2). */
const CHECK_EVERY = 16;

/**
 * How far V8 lets the old generation grow past what its last full
 * collection kept, in percent (V8's `--heap-growing-percent`; unset, V8
 * picks a factor of up to 4). See lookAtYoungGeneration.
 */
const OLD_GROWTH_PERCENT = 100;

let calls = 0;
/** Whether OLD_GROWTH_PERCENT has been given to V8 (at the first look). */
let oldGrowthSet = false;
/** Looking (every CHECK_EVERY calls), done (the flag given), or never (no way to reach node:v8 synchronously). */
let state: 'looking' | 'capped' | 'unavailable' = 'looking';

/** As lookAtYoungGeneration, once in CHECK_EVERY calls: for a loop whose steps are small (a directory entry, a unit). */
export function checkYoungGeneration(): void {
  if (state === 'looking' && (++calls & (CHECK_EVERY - 1)) === 0) lookAtYoungGeneration();
}

/**
 * Sets V8's semi-space growth factor to 1 once the new space has reached
 * YOUNG_CAP_BYTES (~2 µs a look). At the first look it also sets how far the
 * old generation may grow between full collections. V8 sets its next limit
 * to the heap its last full collection kept × a factor it picks from the
 * collector's speed: ~3.7 here (14 MB kept, the next full collection at
 * 52 MB). A run of many small units promotes a little garbage at each
 * scavenge (whatever of the unit being read was alive then), which the old
 * generation keeps up to that limit: 35 MB of it at 50k files.
 * `--heap-growing-percent=100` makes the factor 2 (V8 adds at least its
 * minimum step, ~8 MB). V8 reads the flag at each full collection, so it
 * works when set at run time; on the command line it would change V8's flag
 * hash and so make V8 reject the code cache. Measured (bench/results.md,
 * "The old generation's growth"): peak RSS of 50k small files 121 → 104 MB,
 * of the corpus 141–170 → 116–124 MB; a 1–4 MB unit the same or lower;
 * corpus instructions +1% (a factor of 1.5: +3%, 50k files 98 MB).
 */
export function lookAtYoungGeneration(): void {
  if (state !== 'looking') return;
  // Not a static import: the bundle would load node:v8 (and the streams it loads) at every start.
  // (Node before 20.16 has no getBuiltinModule outside the bin, which gives one: the Action then goes without.)
  const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
  if (v8 === undefined) {
    state = 'unavailable';
    return;
  }
  if (!oldGrowthSet) {
    v8.setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
    oldGrowthSet = true;
  }
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young === undefined || young.space_size < YOUNG_CAP_BYTES) return;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  state = 'capped';
}

/** Whether the cap is set (the flag given to V8). */
export function youngGenerationCapped(): boolean {
  return state === 'capped';
}

/** Whether this process has given V8 a flag (either of the two above, or optimizing-compiler.ts's): V8's flag hash has changed, so a code cache made now would be rejected at the next start. */
export function heapFlagsGiven(): boolean {
  return oldGrowthSet || state === 'capped' || optimizingCompilerFlagGiven();
}
