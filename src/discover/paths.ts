import { isAbsolute, relative, sep } from 'node:path';

/** `abs` relative to `cwd` with '/' separators ('' for cwd itself); absolute when on another drive. */
export function relativePath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Whether a path relative to cwd stays inside cwd. */
export function isInside(rel: string): boolean {
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith('../');
}

/** The directory part of a '/'-separated relative path ('.' for none). */
export function dirOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '.' : rel.slice(0, i) || '/';
}

/** Joins '/'-separated path parts, treating '.' as empty. */
export function joinRel(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}

/** Compares paths by UTF-16 code units: a stable order independent of the locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
