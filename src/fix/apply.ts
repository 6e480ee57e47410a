/**
 * Applying fixes (SPEC §8): which fixes apply (safe ones, unsafe ones with
 * `--unsafe-fixes`, only to files among the linted inputs, never two that
 * overlap), the new text of each file (edits applied from the end, so
 * earlier offsets stay valid), and writing it back atomically with the
 * file's mode and byte order mark kept.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { TextEdit } from '../model/fix.js';

interface FixOptions {
  /** Apply unsafe fixes too (`--unsafe-fixes`). */
  unsafe: boolean;
  /** The files that were linted (paths as in findings): only these are edited. */
  inputs: ReadonlySet<string>;
}

interface FileChange {
  file: string;
  /** The decoded text (BOM removed) before and after. */
  before: string;
  after: string;
  /** The edits applied, sorted by offset. */
  edits: TextEdit[];
}

export interface FixPlan {
  changes: FileChange[];
  /** Findings whose fix is applied. */
  fixed: Finding[];
  /** Findings with a fix that is not applied, and why. */
  skipped: Array<{ finding: Finding; reason: string }>;
  /** Findings without a fix (`finding.noFix` says why, when the rule said). */
  unfixable: Finding[];
}

/** Decides what to apply; `texts` gives the current decoded text of a file (undefined: cannot be read). */
export function planFixes(findings: Finding[], options: FixOptions, texts: ReadonlyMap<string, string>): FixPlan {
  const plan: FixPlan = { changes: [], fixed: [], skipped: [], unfixable: [] };
  const accepted = new Map<string, TextEdit[]>();
  for (const finding of findings) {
    if (finding.suppression) continue;
    const fix = finding.fix;
    if (!fix) {
      plan.unfixable.push(finding);
      continue;
    }
    if (fix.applicability === 'unsafe' && !options.unsafe) {
      plan.skipped.push({ finding, reason: `unsafe fix (${fix.description}: other resources or environments may share it): apply it with --unsafe-fixes` });
      continue;
    }
    const outside = fix.edits.find((e) => !options.inputs.has(e.file) || texts.get(e.file) === undefined);
    if (outside) {
      plan.skipped.push({ finding, reason: `the fix edits ${outside.file}, which is not among the linted files` });
      continue;
    }
    const fresh = fix.edits.filter((e) => !(accepted.get(e.file) ?? []).some((a) => sameEdit(a, e)));
    const clash = fresh.some((e) => (accepted.get(e.file) ?? []).some((a) => overlaps(a, e)) || fresh.some((o) => o !== e && o.file === e.file && overlaps(o, e)));
    const stale = fresh.some((e) => e.range.end.offset > texts.get(e.file)!.length);
    if (clash || stale) {
      plan.skipped.push({ finding, reason: clash ? 'the fix overlaps another fix: run --fix again' : 'the file changed since it was linted' });
      continue;
    }
    for (const e of fresh) accepted.set(e.file, [...(accepted.get(e.file) ?? []), e]);
    plan.fixed.push(finding);
  }
  for (const [file, edits] of accepted) {
    const before = texts.get(file)!;
    const sorted = [...edits].sort((a, b) => a.range.start.offset - b.range.start.offset);
    plan.changes.push({ file, before, after: applyEdits(before, sorted), edits: sorted });
  }
  plan.changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return plan;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.file === b.file && a.range.start.offset === b.range.start.offset && a.range.end.offset === b.range.end.offset && a.text === b.text;
}

/** Two edits of one file that touch the same characters, or insert at the same place (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const [as, ae, bs, be] = [a.range.start.offset, a.range.end.offset, b.range.start.offset, b.range.end.offset];
  if (as === bs) return true;
  return as < be && bs < ae;
}

/** Applies sorted, non-overlapping edits from the last to the first. */
function applyEdits(text: string, sorted: TextEdit[]): string {
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    out = out.slice(0, e.range.start.offset) + e.text + out.slice(e.range.end.offset);
  }
  return out;
}

const BOM = '\ufeff';

/** Reads the decoded text (without BOM) of each file, relative to `cwd`; a file that is not valid UTF-8 is left out. */
export async function readTexts(files: Iterable<string>, cwd: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of new Set(files)) {
    try {
      texts.set(file, decoder.decode(await readFile(resolve(cwd, file))));
    } catch {
      // unreadable or not UTF-8: not fixed
    }
  }
  return texts;
}

/**
 * Writes the new text of a file atomically (a temporary file beside the
 * real file, then a rename), through a symbolic link, with the mode of the
 * file it replaces and its byte order mark when it had one.
 */
export async function writeChange(change: FileChange, cwd: string): Promise<void> {
  const target = await realpath(resolve(cwd, change.file));
  const info = await stat(target);
  const bytes = await readFile(target);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM : '';
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bom + change.after, { flag: 'wx', mode: info.mode & 0o7777 });
    await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
