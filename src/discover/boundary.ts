// The repository boundary (SPEC §7): no file is read whose real path (after
// symbolic links) lies outside the repository root — the git work tree of
// the linted paths, else the working directory. A refused path gets a
// diagnostic that names it, never its content.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { isInside, relativePath } from './paths.js';

/** Where reads are allowed: plain data, so a worker thread gets the same boundary. */
export interface Boundary {
  /** Real paths (symbolic links resolved) of the repository roots. */
  roots: string[];
}

/**
 * The boundary of a run over `paths`: for each path, the git work tree that
 * holds it; else the working directory when the path lies inside it; else
 * the path itself (its directory, for a file), so that a named path outside
 * any repository is still read, but nothing it links to outside itself.
 */
export function repositoryBoundary(paths: string[], cwd: string): Boundary {
  const roots = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, given);
    const root = gitWorkTree(abs) ?? (isInside(relativePath(cwd, abs)) ? cwd : directoryOf(abs));
    roots.add(real(root) ?? resolve(root));
  }
  return { roots: [...roots] };
}

/** Whether `abs` (after symbolic links) lies inside the boundary; a path that does not exist yet counts by its nearest existing parent. */
export function isWithin(boundary: Boundary, abs: string): boolean {
  const target = realOrParent(abs);
  return boundary.roots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));
}

/**
 * `undefined` when `abs` may be read, else the diagnostic for refusing it.
 * `shown` is the path as reports name it (relative to the working directory).
 */
export function refusal(boundary: Boundary, abs: string, shown: string, what = 'file'): Diagnostic | undefined {
  if (isWithin(boundary, abs)) return undefined;
  return {
    file: shown,
    severity: 'warning',
    code: 'outside-repository',
    message: `not read: this ${what} lies outside the repository root (through a symbolic link or a '../' path); iac-lint reads nothing outside the repository`,
  };
}

/** The nearest directory at or above `abs` that holds a `.git` entry (a directory, or a file in a git worktree). */
export function gitWorkTree(abs: string): string | undefined {
  let dir = abs;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function directoryOf(abs: string): string {
  try {
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    return dirname(abs);
  }
}

function real(abs: string): string | undefined {
  try {
    return realpathSync.native(abs); // one system call, not an lstat per path component
  } catch {
    return undefined;
  }
}

function realOrParent(abs: string): string {
  let dir = resolve(abs);
  const rest: string[] = [];
  for (;;) {
    const r = real(dir);
    if (r !== undefined) return rest.length > 0 ? join(r, ...rest.reverse()) : r;
    const up = dirname(dir);
    if (up === dir) return resolve(abs);
    rest.push(dir.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
    dir = up;
  }
}
