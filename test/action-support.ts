// Test support: "a plain checkout of this repository" for the Action and pre-commit tests.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Copies the files git tracks, as they are in the work tree (in CI: exactly
 * the commit), from `root` into `dest`: no node_modules, no build output that
 * is not committed.
 */
export function copyTrackedFiles(root: string, dest: string): void {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
}
