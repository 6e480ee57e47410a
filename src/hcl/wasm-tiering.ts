// How V8 tiers the HCL WebAssembly up from its baseline compiler (Liftoff)
// to TurboFan.
//
// With V8's default budget, the Go runtime's start alone makes hundreds of
// functions "hot": TurboFan compiles them in background threads, competing
// with the main thread on a 2-core runner, and Node waits for those jobs
// before the process exits. A one-file run then costs ~2.4x the wall time it
// costs with no tier-up at all. A budget ~55x larger keeps short runs on
// Liftoff, while the functions a long run really spends its time in still
// reach TurboFan (whole-corpus parse within noise of the default; Liftoff
// only is ~1.6x slower there). Figures: bench/results.md.
import { setFlagsFromString } from 'node:v8';

export const HCL_WASM_TIERING_BUDGET = 100_000_000;

/** Raises V8's wasm tiering budget, unless the user set it on the command line. */
export function applyWasmTiering(): void {
  const chosenByUser = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) =>
    /--wasm[-_]tiering[-_]budget|--liftoff[-_]only|--no[-_]wasm[-_]dynamic[-_]tiering/.test(arg),
  );
  if (!chosenByUser) setFlagsFromString(`--wasm-tiering-budget=${HCL_WASM_TIERING_BUDGET}`);
}
