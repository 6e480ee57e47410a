import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { kindOf } from './kinds.js';
import { comparePaths, dirOf, relativePath } from './paths.js';
import type { DiscoveredFile } from './walk.js';

/** A Terraform directory: one module, linted as one unit. */
export interface TerraformUnit {
  /** Relative to cwd, '/' separators ('.' for cwd). */
  dir: string;
  absDir: string;
  /** The .tf, .tf.json and .tfvars files to read. */
  files: { abs: string; path: string }[];
  /**
   * When only single files of this directory were named (pre-commit style),
   * the other files are context and only findings in these files are reported.
   */
  reportOnly?: Set<string>;
}

/**
 * Groups Terraform files by directory. A directory that was walked, or of
 * which a .tfvars file was named, reports everything; a directory of which
 * only .tf files were named is read whole for context but reports on the
 * named files only.
 */
export async function terraformUnits(files: DiscoveredFile[], cwd: string): Promise<TerraformUnit[]> {
  const byDir = new Map<string, DiscoveredFile[]>();
  for (const file of files) {
    if (file.kind === 'cloudformation') continue;
    const dir = dirOf(file.path);
    // A `.terraform` directory holds what `terraform init` downloaded: read through the calls of its root module, never as configuration of its own.
    if (isUnderDotTerraform(dir)) continue;
    byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
  }
  const units: TerraformUnit[] = [];
  for (const [dir, members] of [...byDir].sort((a, b) => comparePaths(a[0], b[0]))) {
    const absDir = resolve(cwd, dir);
    if (members.some((f) => f.walked)) {
      units.push({ dir, absDir, files: members.map(({ abs, path }) => ({ abs, path })) });
      continue;
    }
    const context = await listTerraformFiles(absDir, cwd);
    const named = members.filter((f) => !context.some((c) => c.abs === f.abs)).map(({ abs, path }) => ({ abs, path }));
    // A named .tfvars file reports the whole directory: the values it sets
    // decide the findings of every .tf file there (a commit that changes only
    // terraform.tfvars must still be checked).
    const files = [...context, ...named].sort((a, b) => comparePaths(a.path, b.path));
    if (members.some((f) => f.kind === 'tfvars')) units.push({ dir, absDir, files });
    else units.push({ dir, absDir, files, reportOnly: new Set(members.map((f) => f.path)) });
  }
  return units;
}

/** The regular .tf, .tf.json and .tfvars files of one directory (links to files included, broken links too), sorted. */
export async function listTerraformFiles(absDir: string, cwd: string): Promise<{ abs: string; path: string }[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(absDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: { abs: string; path: string }[] = [];
  for (const entry of entries) {
    const kind = kindOf(entry.name);
    if (kind !== 'terraform' && kind !== 'tfvars') continue;
    const abs = join(absDir, entry.name);
    // A broken link is kept: reading it gives the diagnostic (a lost terraform.tfvars changes the findings).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(abs).then((s) => s.isFile(), () => true)));
    if (isFile) out.push({ abs, path: relativePath(cwd, abs) });
  }
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

function isUnderDotTerraform(dir: string): boolean {
  return dir.split('/').includes('.terraform');
}
