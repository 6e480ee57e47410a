// The corpus goal's baseline: the same files the CLI would lint (same
// discovery), read synchronously and parsed once each in one process on one
// core, with no rules, by the parsers of the card's design rather than ours:
//   - CloudFormation YAML: `yaml`'s parseAllDocuments (a Document per
//     document, as the card's reader built), JSON text: JSON.parse (falling
//     back to `yaml`, as a YAML-flow file would be read);
//   - Terraform .tf/.tfvars: hcl2json (HashiCorp's Go parser compiled to
//     WebAssembly, the test oracle), .tf.json: JSON.parse.
// With `read` as the third argument it only reads the bytes (the floor of
// any linter over these files). bench/run.mjs bundles this file and runs it:
//   node card-parse.mjs <path> <cwd> [card|read]
// and it prints one JSON line: { files, bytes, ms, maxRssKb }.
import { readFileSync } from 'node:fs';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { parseAllDocuments } from 'yaml';
import { discover } from '../src/discover/walk.js';
import { terraformUnits } from '../src/discover/terraform-units.js';

const [path = '.', cwd = process.cwd(), mode = 'card'] = process.argv.slice(2);
const parse = mode !== 'read';
const start = performance.now();
let files = 0;
let bytes = 0;

function read(abs: string): string {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    return '';
  }
  files++;
  bytes += Buffer.byteLength(text);
  return text;
}

function json(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const discovery = await discover([path], { cwd });
for (const file of discovery.files) {
  if (file.kind !== 'cloudformation') continue;
  const text = read(file.abs);
  if (!parse) continue;
  if (/^\s*\{/.test(text) && json(text.replace(/^\uFEFF/, ''))) continue;
  parseAllDocuments(text);
}
for (const unit of await terraformUnits(discovery.files, cwd)) {
  for (const file of unit.files) {
    const text = read(file.abs);
    if (!parse) continue;
    if (file.path.endsWith('.json')) json(text);
    else {
      try {
        await hcl2json(file.path, text);
      } catch {
        // A file the parser rejects costs its parse all the same.
      }
    }
  }
}

const ms = performance.now() - start;
console.log(JSON.stringify({ files, bytes, ms, maxRssKb: process.resourceUsage().maxRSS }));
