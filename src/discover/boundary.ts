// The repository boundary (SPEC §7): no file is read whose real path (after
// symbolic links) lies outside the repository root — the git work tree of
// the linted paths, else the working directory. A refused path gets a
// diagnostic that names it, never its content.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
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
  return inRoots(boundary, realByParts(realsOf(boundary), resolve(abs), false));
}

/**
 * Whether the directory of `abs` (after symbolic links) lies inside the
 * boundary: then so does `abs` unless its own name is a symbolic link,
 * which a reader that opens it with O_NOFOLLOW learns (ELOOP) at no cost,
 * and then judges by isWithin.
 */
export function directoryIsWithin(boundary: Boundary, abs: string): boolean {
  const resolved = resolve(abs);
  const up = dirname(resolved);
  return up !== resolved && inRoots(boundary, realByParts(realsOf(boundary), up, true));
}

function inRoots(boundary: Boundary, target: string): boolean {
  return boundary.roots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));
}

/**
 * Real paths of the directories a boundary has judged, by their resolved
 * path. A path's real path is its directory's and its name, unless the name
 * is a symbolic link: one lstat per directory, once, where a realpath per
 * file cost a readlink per component in glibc (~11 system calls a corpus
 * file, ~5% of a corpus run's CPU). One table per Boundary object (a run's,
 * or a worker's copy), so nothing a run learnt of the file system outlives
 * it.
 */
const directoryReals = new WeakMap<Boundary, Map<string, string>>();

function realsOf(boundary: Boundary): Map<string, string> {
  let reals = directoryReals.get(boundary);
  if (!reals) directoryReals.set(boundary, (reals = new Map()));
  return reals;
}

/** The real path of the resolved path `abs` (kept in `reals` when `keep`); a name that does not exist counts by its nearest existing parent. */
function realByParts(reals: Map<string, string>, abs: string, keep: boolean): string {
  const known = reals.get(abs);
  if (known !== undefined) return known;
  const up = dirname(abs);
  let made: string;
  if (up === abs) made = real(abs) ?? abs;
  else {
    const byParent = (): string => {
      const realUp = realByParts(reals, up, true);
      return `${realUp}${realUp.endsWith(sep) ? '' : sep}${abs.slice(up.length + (up.endsWith(sep) ? 0 : 1))}`;
    };
    // A link (or an entry that cannot be told): its own real path; else, or when that fails, by its parent.
    made = isPlainEntry(abs) ? byParent() : (real(abs) ?? byParent());
  }
  if (keep) reals.set(abs, made);
  return made;
}

/** Whether `abs` is known not to be a symbolic link: true when it is not one or does not exist. */
function isPlainEntry(abs: string): boolean {
  try {
    const stats = lstatSync(abs, { throwIfNoEntry: false });
    return stats === undefined || !stats.isSymbolicLink();
  } catch {
    return false;
  }
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
