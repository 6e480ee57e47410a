import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ReportContext } from './types.js';

/** A file of a report, seen from SARIF %SRCROOT% (the git work tree root, else the working directory). */
interface SourceRootPath {
  /** Absolute. */
  abs: string;
  /** '/'-separated, relative to the root; undefined for a file outside it. */
  rel: string | undefined;
}

/** Where `file` (relative to the working directory, or absolute) lies from the source root. */
export function fromSourceRoot(ctx: ReportContext, file: string): SourceRootPath {
  const abs = resolve(ctx.cwd, file);
  const rel = relative(ctx.sourceRoot ?? ctx.cwd, abs);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return { abs, rel: outside ? undefined : rel.split(sep).join('/') };
}

/** `file` named from the source root ('/'-separated); absolute for a file outside it. The same from any working directory. */
export function sourceRootName(ctx: ReportContext, file: string): string {
  const { abs, rel } = fromSourceRoot(ctx, file);
  return rel ?? abs.split(sep).join('/');
}
