// The cold start of the HCL parser, step by step, in a fresh process.
// bench/run.mjs bundles this file next to a copy of dist/hcl2json.wasm and
// runs `node hcl-steps.mjs <mode>` several times; it prints one JSON line of
// milliseconds per step.
//   package   import('@cdktn/hcl2json') and parse one small file
//   loader    loadHclParser() (src/hcl) and parse one small file
//   raw, gz   the loader's steps by hand, reading the uncompressed module or
//             gunzipping the package's main.wasm.gz
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadHclParser } from '../src/hcl/hcl2json.js';
import { applyWasmTiering } from '../src/hcl/wasm-tiering.js';

const SMALL = 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n';
const mode = process.argv[2] ?? 'loader';
const steps: Record<string, number> = {};
let last = performance.now();
const start = last;
const step = (name: string): void => {
  const now = performance.now();
  steps[name] = now - last;
  last = now;
};

if (mode === 'package') {
  const { parse } = await import('@cdktn/hcl2json');
  step('import');
  await parse('a.tf', SMALL);
  step('first parse');
} else if (mode === 'loader') {
  const parser = await loadHclParser();
  step('load');
  await parser.parse('a.tf', SMALL);
  step('first parse');
} else {
  applyWasmTiering();
  let bytes: Uint8Array<ArrayBuffer>;
  if (mode === 'gz') {
    const dir = dirname(createRequire(import.meta.url).resolve('@cdktn/hcl2json/package.json'));
    const gz = readFileSync(join(dir, 'main.wasm.gz'));
    step('read .gz');
    bytes = gunzipSync(gz);
    step('gunzip');
  } else {
    bytes = readFileSync(new URL('./hcl2json.wasm', import.meta.url));
    step('read .wasm');
  }
  await import('@cdktn/hcl2json/wasm/wasm_exec.js');
  step('Go glue');
  const module = await WebAssembly.compile(bytes);
  step('compile');
  const Go = (globalThis as unknown as { Go: new () => { importObject: WebAssembly.Imports; run(i: WebAssembly.Instance): Promise<void> } }).Go;
  const go = new Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  step('instantiate');
  const exports: Record<string, (...args: unknown[]) => void> = {};
  (globalThis as Record<string, unknown>)['__parse_terraform_config_wasm__'] = exports;
  void go.run(instance);
  step('Go start');
  await new Promise((resolve, reject) => exports['parse']!('a.tf', SMALL, (e: string, r: string) => (e ? reject(new Error(e)) : resolve(r))));
  step('first parse');
}
steps['total'] = performance.now() - start;
console.log(JSON.stringify(steps));
