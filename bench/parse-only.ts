// The bench's baseline: read and parse every file the CLI would lint, with
// the same discovery and the same parsers, in one process on one core, with
// no rules. bench/run.mjs bundles this file on the fly and runs it as:
//   node parse-only.mjs <path> <cwd>
// and it prints one JSON line: { files, bytes, ms, maxRssKb }.
import { readFileSync } from 'node:fs';
import { discover } from '../src/discover/walk.js';
import { terraformUnits } from '../src/discover/terraform-units.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { parseTerraformModule } from '../src/parsers/terraform/index.js';

const [path = '.', cwd = process.cwd()] = process.argv.slice(2);
const start = performance.now();
let files = 0;
let bytes = 0;

/** Synchronous: one-by-one async reads leave the process idle for seconds on the corpus. */
function read(abs: string): string {
  const text = readFileSync(abs, 'utf8');
  files++;
  bytes += Buffer.byteLength(text);
  return text;
}

const discovery = await discover([path], { cwd });
for (const file of discovery.files) {
  if (file.kind === 'cloudformation') await parseCloudFormation(file.path, read(file.abs));
}
for (const unit of await terraformUnits(discovery.files, cwd)) {
  const inputs = [];
  for (const file of unit.files) inputs.push({ path: file.path, text: read(file.abs) });
  await parseTerraformModule(unit.dir, inputs);
}

const ms = performance.now() - start;
console.log(JSON.stringify({ files, bytes, ms, maxRssKb: process.resourceUsage().maxRSS }));
