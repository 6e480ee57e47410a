// A drop-in for `@cdktn/hcl2json`'s `parse`, quicker to start.
//
// The package gunzips its 7.3 MB WebAssembly on import (~100 ms here), loads
// fs-extra, and lets V8 tier the Go runtime up to TurboFan in background
// threads that Node waits for before it exits. This loader reads the
// uncompressed copy that scripts/build.mjs writes next to the bundle
// (falling back to gunzipping the package's own file), and reports every Go
// failure as a rejected promise. bench/results.md has the measured steps.
import { createRequire } from 'node:module';
import fs, { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { applyWasmTiering } from './wasm-tiering.js';

export interface HclParser {
  /** Parses one HCL file into the JSON shape of `@cdktn/hcl2json`'s `parse`. Rejects on syntax errors. */
  parse(filename: string, text: string): Promise<Record<string, unknown>>;
}

/** The object the Go program fills with its exported functions. */
const GO_EXPORTS_GLOBAL = '__parse_terraform_config_wasm__';

type GoCallback = (error: string | null | undefined, result?: string) => void;
type GoParse = (filename: string, text: string, callback: GoCallback) => void;

interface GoRuntime {
  importObject: WebAssembly.Imports;
  exit: (code: number) => void;
  run(instance: WebAssembly.Instance): Promise<void>;
}

const requireFromHere = createRequire(import.meta.url);

let loading: Promise<HclParser> | undefined;
let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * Go's WebAssembly memory grows with the largest file parsed and never
 * shrinks. After a parse leaves it larger than this, the instance is
 * retired: the next loadHclParser() starts a fresh one from the compiled
 * module (~60 ms) and the old memory can be collected.
 */
export const HCL_MEMORY_LIMIT = 96 * 1024 * 1024;

/** Starts the HCL WebAssembly once per process; later calls share it (until it is retired, see HCL_MEMORY_LIMIT). */
export function loadHclParser(): Promise<HclParser> {
  const current = (loading ??= startHclParser(() => {
    if (loading === current) loading = undefined;
  }).catch((error: unknown) => {
    loading = undefined; // let a later call try again
    throw error;
  }));
  return current;
}

/**
 * The HCL WebAssembly: uncompressed next to the bundle (dist/hcl2json.wasm,
 * written by scripts/build.mjs), else gzipped next to the bundle (the
 * Action's dist/action/main.wasm.gz), else the package's own gzipped file.
 */
export function readHclWasm(): Uint8Array<ArrayBuffer> {
  const raw = readIfPresent(new URL('./hcl2json.wasm', import.meta.url));
  if (raw) return raw;
  const gzipped =
    readIfPresent(new URL('./main.wasm.gz', import.meta.url)) ??
    readFileSync(join(dirname(requireFromHere.resolve('@cdktn/hcl2json/package.json')), 'main.wasm.gz'));
  return gunzipSync(gzipped);
}

function readIfPresent(url: URL): Uint8Array<ArrayBuffer> | undefined {
  try {
    return readFileSync(url);
  } catch {
    return undefined;
  }
}

/**
 * The compiled HCL WebAssembly module, compiled once per process. A
 * WebAssembly.Module posted to a worker thread shares its machine code, so
 * the lint pool compiles it once and hands it to every worker.
 */
export function compileHclModule(): Promise<WebAssembly.Module> {
  applyWasmTiering();
  return (compiled ??= WebAssembly.compile(readHclWasm()).catch((error: unknown) => {
    compiled = undefined;
    throw error;
  }));
}

/** Uses a module compiled elsewhere (a worker given the main thread's). */
export function useCompiledHclModule(module: WebAssembly.Module): void {
  compiled ??= Promise.resolve(module);
}

async function startHclParser(retire: () => void): Promise<HclParser> {
  const compiling = compileHclModule();
  const go = await newGoRuntime();
  const module = await compiling;
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const memory = instance.exports['mem'];
  const memoryBytes = (): number => (memory instanceof WebAssembly.Memory ? memory.buffer.byteLength : 0);
  const goExports: Record<string, unknown> = {};
  const pending = new Set<(error: Error) => void>();
  let stopped: Error | undefined;
  const stop = (error: Error): void => {
    stopped ??= error;
    for (const reject of pending) reject(stopped);
    pending.clear();
  };
  go.exit = (code) => stop(new Error(`the HCL parser stopped (exit code ${code})`));

  // The Go main fills the global object with its functions synchronously,
  // then waits for calls; the global is only needed during that call.
  const globals = globalThis as Record<string, unknown>;
  const previous = globals[GO_EXPORTS_GLOBAL];
  globals[GO_EXPORTS_GLOBAL] = goExports;
  go.run(instance).then(
    () => stop(new Error('the HCL parser stopped')),
    (error: unknown) => stop(error instanceof Error ? error : new Error(String(error))),
  );
  if (previous === undefined) delete globals[GO_EXPORTS_GLOBAL];
  else globals[GO_EXPORTS_GLOBAL] = previous;

  const goParse = goExports['parse'];
  if (typeof goParse !== 'function') {
    throw new Error('the HCL WebAssembly did not register its parse function');
  }
  return {
    parse(filename, text) {
      return new Promise<Record<string, unknown>>((resolve, reject) => {
        if (stopped) return reject(stopped);
        pending.add(reject);
        const settle = (error: Error | undefined, json?: string): void => {
          pending.delete(reject);
          if (memoryBytes() > HCL_MEMORY_LIMIT) retire();
          if (error) return reject(error);
          try {
            resolve(JSON.parse(json ?? 'null') as Record<string, unknown>);
          } catch (parseError) {
            reject(parseError);
          }
        };
        try {
          (goParse as GoParse)(filename, text, (error, json) =>
            settle(error ? new Error(error) : undefined, json),
          );
        } catch (error) {
          settle(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}

async function newGoRuntime(): Promise<GoRuntime> {
  // The package's bridge_wasm_exec.js sets these globals, then loads
  // wasm_exec.js (Go's runtime glue, which defines globalThis.Go). Node 20
  // has the others it sets (crypto, performance, TextEncoder); importing
  // wasm_exec.js directly keeps it bundleable (the Action inlines it).
  (globalThis as Record<string, unknown>)['fs'] ??= fs;
  await import('@cdktn/hcl2json/wasm/wasm_exec.js');
  const Go = (globalThis as { Go?: new () => GoRuntime }).Go;
  if (!Go) throw new Error('the Go WebAssembly runtime (wasm_exec.js) did not define Go');
  return new Go();
}
