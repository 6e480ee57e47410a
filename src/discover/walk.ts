import { readdir as fsReaddir, readdirSync, type Dirent } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { describeFileError } from './file-error.js';
import { EXTENSIONS, kindOf, type FileKind } from './kinds.js';
import { comparePaths, isInside, relativePath } from './paths.js';
import { checkYoungGeneration } from '../model/young-generation.js';

/** One file to read: found by walking a directory, named on the command line, or both. */
export interface DiscoveredFile {
  /** Absolute path. */
  abs: string;
  /** Relative to the working directory, '/' separators: the name used in every report. */
  path: string;
  kind: FileKind;
  /** Named on the command line (parse failures are always reported; a lone .tf file limits reporting). */
  explicit: boolean;
  /** Found by walking a directory. */
  walked: boolean;
}

/**
 * A discovered file that keeps its path, not its absolute path as well
 * (made again when asked: ~80 bytes a file of a large run). Not a plain
 * object: a worker thread is sent plainFile(file).
 */
class Found implements DiscoveredFile {
  explicit = false;
  walked = false;

  constructor(
    private readonly cwd: string,
    readonly path: string,
    readonly kind: FileKind,
  ) {}

  get abs(): string {
    return resolve(this.cwd, this.path);
  }
}

/** A discovered file as plain data (what a worker thread can be sent). */
export function plainFile(file: DiscoveredFile): DiscoveredFile {
  return { abs: file.abs, path: file.path, kind: file.kind, explicit: file.explicit, walked: file.walked };
}

interface DiscoverOptions {
  cwd: string;
  /** Glob patterns to skip, relative to cwd; a bare name (no '/', no leading './') matches at any depth. */
  exclude?: string[];
}

interface Discovery {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

/** CDK's asset folders (`cdk.out/asset.*`, also inside CDK Pipelines' `assembly-*` folders) hold bundled code, not deployed templates. */
const DEFAULT_EXCLUDES = ['.git', 'node_modules', '.terraform', '**/cdk.out/**/asset.*'];

/** DEFAULT_EXCLUDES as walkPlain matches them, a name at a time (fast-glob matches them without case). */
const SKIPPED_NAMES = new Set(['.git', 'node_modules', '.terraform']);
const skippedName = (lower: string, inCdkOut: boolean): boolean => SKIPPED_NAMES.has(lower) || (inCdkOut && lower.startsWith('asset.'));

/**
 * Finds the files to lint under `paths` (files or directories), in a stable
 * order. Never opens anything: FIFOs, sockets and devices are recognised by
 * their directory entry or `stat` and skipped; symbolic links to files are
 * read, symbolic links to directories are not followed during a walk (so a
 * link loop cannot trap it); broken links become diagnostics.
 */
export async function discover(paths: string[], options: DiscoverOptions): Promise<Discovery> {
  const { cwd } = options;
  const found = new Map<string, Found>();
  const diagnostics: Diagnostic[] = [];
  const add = (abs: string, kind: FileKind, how: 'explicit' | 'walked'): void => {
    const known = found.get(abs);
    const file = known ?? new Found(cwd, relativePath(cwd, abs), kind);
    file[how] = true;
    found.set(abs, file);
  };
  const ignore = ignorePatterns(options.exclude ?? []);

  for (const given of paths) {
    const abs = resolve(cwd, given);
    const shown = relativePath(cwd, abs) || '.';
    const target = await statFollowing(abs);
    if ('error' in target) {
      diagnostics.push({ file: shown, severity: 'error', code: target.code, message: target.error });
    } else if (target.stats.isDirectory()) {
      const walked = options.exclude && options.exclude.length > 0 ? await walk(abs, cwd, ignore, diagnostics) : await walkPlain(abs, cwd, diagnostics);
      for (const file of walked) add(file.abs, file.kind, 'walked');
    } else if (target.stats.isFile()) {
      // SPEC §2: --exclude applies to named files too (pre-commit names every staged file).
      if (options.exclude && options.exclude.length > 0 && (await excludedByName(abs, cwd, ignore))) continue;
      add(abs, kindOf(abs) ?? 'cloudformation', 'explicit');
    } else {
      diagnostics.push({ file: shown, severity: 'error', code: 'not-a-file', message: 'skipped: not a regular file (FIFO, socket or device); it was not opened' });
    }
  }
  const files = [...found.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, diagnostics };
}

/** Whether a named file inside cwd matches an ignore pattern (the walk's own matching: fast-glob with the same options). */
async function excludedByName(abs: string, cwd: string, ignore: string[]): Promise<boolean> {
  const rel = relativePath(cwd, abs);
  if (rel === '' || !isInside(rel)) return false;
  const { default: fg } = await import('fast-glob');
  const kept = await fg(fg.escapePath(rel), { cwd, dot: true, onlyFiles: false, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false, ignore });
  return kept.length === 0;
}

/** The longest path the system takes (Linux PATH_MAX): a deeper directory cannot be read by its path. */
const PATH_MAX = 4096;

/**
 * fast-glob's file system with a readdir that tells: a directory that
 * cannot be read (permission denied, a path too long) gets an error
 * diagnostic instead of vanishing from the walk (fast-glob's suppressErrors
 * hides it, issue 17 item 8); the walk goes on with the other directories.
 */
function reportingFileSystem(cwd: string, diagnostics: Diagnostic[]) {
  const readdir = (path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void): void => {
    fsReaddir(path, options, (error, entries) => {
      if (error) diagnostics.push(unreadableDirectory(cwd, path, error));
      callback(error, entries);
    });
  };
  return { readdir } as unknown as import('fast-glob').Options['fs'];
}

function unreadableDirectory(cwd: string, path: string, error: unknown): Diagnostic {
  const { code, text } = describeFileError(error);
  const tooLong = code === 'ENAMETOOLONG' || path.length >= PATH_MAX;
  return {
    file: relativePath(cwd, path) || '.',
    severity: 'error',
    code: tooLong ? 'path-too-long' : 'unreadable-directory',
    message: tooLong
      ? `cannot read directory: its path is ${path.length} characters, longer than the system allows (${PATH_MAX}); its files were not linted`
      : `cannot read directory: ${text}; its files were not linted`,
  };
}

type StatOutcome = { stats: import('node:fs').Stats } | { error: string; code: string };

/** `stat` that tells a broken symbolic link from a missing file. */
async function statFollowing(abs: string): Promise<StatOutcome> {
  try {
    return { stats: await stat(abs) };
  } catch (error) {
    const { code, text } = describeFileError(error);
    if (code === 'ENOENT' || code === 'ELOOP') {
      const link = await lstat(abs).catch(() => undefined);
      if (link?.isSymbolicLink()) {
        return { error: `cannot read: broken symbolic link (${text})`, code: 'broken-symlink' };
      }
      if (code === 'ENOENT') return { error: 'no such file or directory', code: 'not-found' };
    }
    return { error: `cannot read: ${text}`, code: 'unreadable' };
  }
}

async function walk(root: string, cwd: string, ignore: string[], diagnostics: Diagnostic[]): Promise<{ abs: string; kind: FileKind }[]> {
  // Inside cwd, walk from cwd so that --exclude patterns (relative to cwd) apply as written.
  // Loaded on the first directory walk only: a run over named files (pre-commit) starts faster without it.
  const { default: fg } = await import('fast-glob');
  const rel = relativePath(cwd, root);
  const inside = isInside(rel);
  const base = inside ? cwd : root;
  const prefix = inside && rel !== '' ? `${fg.escapePath(rel)}/` : '';
  // Streamed: fast-glob's promise API collects every entry (with its Dirent) in an array that outlives the walk
  // (the reader stays reachable after it ends).
  const entries = fg.stream(`${prefix}**/*.{${EXTENSIONS.join(',')}}`, {
    cwd: base,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    // One pattern gives no duplicates; fast-glob's de-duplication keeps every path in a Map that outlives the walk.
    unique: false,
    ignore,
    fs: reportingFileSystem(cwd, diagnostics),
  });
  const out: { abs: string; kind: FileKind }[] = [];
  for await (const found of entries) {
    const entry = found as unknown as import('fast-glob').Entry;
    // A walk of many files grows V8's young generation (every entry found survives): capped here too.
    checkYoungGeneration();
    const abs = join(base, entry.path);
    const kind = kindOf(abs);
    if (!kind) continue;
    if (entry.dirent.isFile()) {
      out.push({ abs, kind });
    } else if (entry.dirent.isSymbolicLink()) {
      const target = await statFollowing(abs);
      if ('error' in target) {
        diagnostics.push({ file: relativePath(cwd, abs), severity: 'error', code: target.code, message: target.error });
      } else if (target.stats.isFile()) {
        out.push({ abs, kind });
      }
    }
    // Directories named like files, FIFOs, sockets and devices: skipped, never opened.
  }
  return out;
}

/**
 * The walk with the default skips only (no --exclude), without fast-glob:
 * the same files, links and diagnostics as walk() (test/walk-plain.test.ts
 * compares both over fixtures/, the corpus and odd names), with no glob
 * matcher to build and no fast-glob, picomatch and Node streams to load
 * (~130 KB of the bundle; one .tf directory: 787 M -> 659 M instructions of
 * a start). Iterative, with readdirSync: nothing else runs while a walk does.
 */
async function walkPlain(root: string, cwd: string, diagnostics: Diagnostic[]): Promise<{ abs: string; kind: FileKind }[]> {
  const out: { abs: string; kind: FileKind }[] = [];
  // Inside cwd, the skips apply to the path from cwd, as fast-glob's ignore patterns do.
  const rel = relativePath(cwd, root);
  let inCdkOut = false;
  for (const name of isInside(rel) && rel !== '' ? rel.toLowerCase().split('/') : []) {
    if (skippedName(name, inCdkOut)) return out;
    inCdkOut ||= name === 'cdk.out';
  }
  const stack = [{ dir: root, inCdkOut }];
  const links: { abs: string; kind: FileKind }[] = [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(next.dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadableDirectory(cwd, next.dir, error));
      continue;
    }
    for (const entry of entries) {
      // A walk of many files grows V8's young generation (every file found survives): capped here too.
      checkYoungGeneration();
      const lower = entry.name.toLowerCase();
      if (skippedName(lower, next.inCdkOut)) continue;
      const abs = join(next.dir, entry.name);
      if (entry.isDirectory()) {
        stack.push({ dir: abs, inCdkOut: next.inCdkOut || lower === 'cdk.out' });
        continue;
      }
      const kind = kindOf(lower);
      if (!kind) continue;
      if (entry.isFile()) out.push({ abs, kind });
      else if (entry.isSymbolicLink()) links.push({ abs, kind });
      // FIFOs, sockets and devices: skipped, never opened.
    }
  }
  for (const link of links) {
    const target = await statFollowing(link.abs);
    if ('error' in target) diagnostics.push({ file: relativePath(cwd, link.abs), severity: 'error', code: target.code, message: target.error });
    else if (target.stats.isFile()) out.push(link);
  }
  return out;
}

/** fast-glob ignore patterns for the default skips and `--exclude`. */
export function ignorePatterns(exclude: string[]): string[] {
  const patterns: string[] = [];
  for (const raw of [...DEFAULT_EXCLUDES, ...exclude]) {
    const anchored = raw.startsWith('./');
    const p = raw.replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (p === '') continue;
    if (anchored || p.includes('/')) patterns.push(p, `${p}/**`);
    else patterns.push(`**/${p}`, `**/${p}/**`);
  }
  return patterns;
}
