// HCL parse throughput: every .tf file under a directory, read into memory
// first, then parsed by our parser (src/parsers/terraform/hcl/) and by
// hcl2json (HashiCorp's Go parser compiled to WebAssembly, the test oracle),
// in one process. bench/run.mjs bundles this file on the fly and runs it as:
//   node hcl-parse.mjs <dir> <rounds>
// and it prints one JSON line: { files, bytes, oursMs, oursBestMs, hcl2jsonMs }
// (ours: the median and the best of `rounds` passes over all files, the first
// pass included; hcl2json: one pass, its WebAssembly start excluded).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktn/hcl2json';
import { parseHclFile } from '../src/parsers/terraform/hcl/index.js';

const [dir = '.', roundsArg = '5'] = process.argv.slice(2);

function tfFiles(d: string, out: string[] = []): string[] {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) tfFiles(p, out);
    else if (e.isFile() && e.name.endsWith('.tf')) out.push(p);
  }
  return out;
}

const texts = tfFiles(dir)
  .sort()
  .map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const passes: number[] = [];
for (let round = 0; round < Number(roundsArg); round++) {
  const start = performance.now();
  for (const text of texts) parseHclFile('bench.tf', text);
  passes.push(performance.now() - start);
}
const sorted = [...passes].sort((a, b) => a - b);

await parse('warm-up.tf', 'a = 1\n');
const start = performance.now();
for (const text of texts) {
  try {
    await parse('bench.tf', text);
  } catch {
    // A file both parsers reject costs its parse all the same.
  }
}
const hcl2jsonMs = performance.now() - start;

console.log(JSON.stringify({ files: texts.length, bytes, oursMs: sorted[sorted.length >> 1], oursBestMs: sorted[0], hcl2jsonMs }));
