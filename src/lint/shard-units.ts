// `--shard k/n` over lint units. A unit's key is its path (a CloudFormation
// file, or a Terraform directory with a trailing '/'). Terraform directories
// joined by local module calls (`source = "./…"`, found by a quick look at
// the text, no parse) share the key of the first of them, so a module and
// its callers land on the same shard: a module called from a linted
// directory is reported through that call, and the union of the shards'
// findings is exactly the unsharded run's. A JSON file in a Terraform
// directory (a plan, whose findings point at the .tf files there) shares the
// directory's key too, and a CloudFormation file shares the key of the child
// templates its nested stacks name.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isWithin, type Boundary } from '../discover/boundary.js';
import { isLocalSource } from '../parsers/terraform/module-sources.js';
import type { LintUnit } from './unit.js';
import { comparePaths } from '../discover/paths.js';
import { shardOf, type Shard } from './shard.js';

/** A `source = "…"` (or `"source": "…"`) argument; which sources are local is decided by isLocalSource. */
const SOURCE_RE = /"?\bsource"?\s*[=:]\s*"([^"]*)"/g;

export function shardLintUnits(units: LintUnit[], shard: Shard, boundary: Boundary): LintUnit[] {
  const keys = shardKeys(units, boundary);
  return units.filter((_, i) => shardOf(keys[i]!, shard.n) === shard.k);
}

/** The shard key of each unit. */
function shardKeys(units: LintUnit[], boundary: Boundary): string[] {
  // Terraform directories by path; CloudFormation files too (a nested stack's child is a file).
  const byDir = new Map<string, number>();
  units.forEach((u, i) => byDir.set(u.kind === 'terraform' ? u.unit.absDir : u.file.abs, i));
  // Union-find over units joined by local module calls.
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const keyOf = (i: number): string => {
    const u = units[i]!;
    return u.kind === 'cloudformation' ? u.file.path : `${u.unit.dir}/`;
  };
  const join = (i: number, j: number): void => {
    const [a, b] = [find(i), find(j)];
    // The root of a group is the unit with the smallest key: the same whatever the discovery order.
    if (a !== b) comparePaths(keyOf(a), keyOf(b)) <= 0 ? (parent[b] = a) : (parent[a] = b);
  };
  units.forEach((u, i) => {
    if (u.kind !== 'terraform') {
      // A JSON file in a Terraform directory may be a plan whose findings point at that directory's .tf files.
      const j = byDir.get(dirname(u.file.abs));
      if (j !== undefined) join(i, j);
    }
    const joined = u.kind === 'terraform' ? localModuleDirs(u.unit.absDir, u.unit.files, boundary) : childTemplates(u.file.abs, boundary);
    for (const dir of joined) {
      const j = byDir.get(dir);
      if (j !== undefined) join(i, j);
    }
  });
  return units.map((_, i) => keyOf(find(i)));
}

function localModuleDirs(absDir: string, files: { abs: string }[], boundary: Boundary): string[] {
  const dirs: string[] = [];
  for (const file of files) {
    // The unit reports a file outside the boundary; here it is simply not looked at.
    if (!isWithin(boundary, file.abs)) continue;
    let text: string;
    try {
      text = readFileSync(file.abs, 'utf8');
    } catch {
      continue;
    }
    for (const match of text.matchAll(SOURCE_RE)) if (isLocalSource(match[1])) dirs.push(resolve(absDir, match[1]));
  }
  return dirs;
}

/** Local paths a CloudFormation file's nested stacks may name (TemplateURL, Location, CDK's aws:asset:path), by a quick look at the text. */
const CHILD_TEMPLATE_RE = /["']?\b(?:TemplateURL|Location|aws:asset:path)["']?\s*:\s*["']?([^"'\s{}[\],]+)/g;

function childTemplates(abs: string, boundary: Boundary): string[] {
  if (!isWithin(boundary, abs)) return [];
  let text: string;
  try {
    if (statSync(abs).size > MAX_LOOK_BYTES) return [];
    text = readFileSync(abs, 'utf8');
  } catch {
    return [];
  }
  if (!mayHaveNestedStacks(text)) return [];
  const out: string[] = [];
  for (const match of text.matchAll(CHILD_TEMPLATE_RE)) {
    const path = match[1]!;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) out.push(resolve(dirname(abs), path));
  }
  return out;
}

/** Larger files are not looked into for child templates (they are skipped as too large by default anyway). */
const MAX_LOOK_BYTES = 10 * 1024 * 1024;

/**
 * The quick look: does this text name a nested stack at all? Here, not in
 * nested-stacks.ts: importing that module would put the CloudFormation reader
 * in --shard's closure, and so in a chunk of the bundle apart from the rest
 * of the CloudFormation front end (scripts/build.mjs).
 */
function mayHaveNestedStacks(text: string): boolean {
  return text.includes('AWS::CloudFormation::Stack') || text.includes('AWS::Serverless::Application');
}
