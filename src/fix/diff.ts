/**
 * A unified diff of one file from the edits made to it (for `--fix
 * --dry-run`): the changed lines come from the edits themselves, so no
 * general diff algorithm (and no dependency) is needed, and the diff shows
 * exactly the lines the edits touch, with three lines of context. Line
 * endings are kept as they are in the file (a CRLF file's lines end in \r).
 */
import type { TextEdit } from '../model/fix.js';
import { LineIndex } from '../model/range.js';

const CONTEXT = 3;

interface Change {
  /** 0-based first old line and the number of old lines replaced. */
  oldStart: number;
  oldLines: string[];
  newLines: string[];
}

/** Lines with their line endings; a final line without one is kept as it is. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
  return lines;
}

/** Edits sorted by offset, non-overlapping, all in one file, on `before`. */
export function unifiedDiff(file: string, before: string, edits: TextEdit[]): string {
  if (edits.length === 0) return '';
  const index = new LineIndex(before);
  const lines = splitLines(before);
  const sorted = [...edits].sort((a, b) => a.range.start.offset - b.range.start.offset);
  // Group edits whose lines touch; each group becomes one change of whole lines.
  const changes: Change[] = [];
  let group: TextEdit[] = [];
  let groupLast = -1;
  const flush = (): void => {
    if (group.length === 0) return;
    const first = index.position(group[0]!.range.start.offset).line - 1;
    if (first >= lines.length) {
      // Insertions after the last line ending.
      changes.push({ oldStart: lines.length, oldLines: [], newLines: splitLines(group.map((e) => e.text).join('')) });
      group = [];
      return;
    }
    const last = groupLast;
    const from = index.lineStart(first + 1);
    const to = last + 1 < lines.length ? index.lineStart(last + 2) : before.length;
    let text = '';
    let at = from;
    for (const e of group) {
      text += before.slice(at, e.range.start.offset) + e.text;
      at = e.range.end.offset;
    }
    text += before.slice(at, to);
    changes.push(trimmed({ oldStart: first, oldLines: lines.slice(first, last + 1), newLines: splitLines(text) }));
    group = [];
  };
  for (const e of sorted) {
    const startLine = index.position(e.range.start.offset).line - 1;
    const endLine = Math.max(startLine, index.position(e.range.end.offset).line - 1);
    if (group.length > 0 && startLine > groupLast) flush();
    group.push(e);
    groupLast = Math.max(groupLast, endLine);
  }
  flush();
  const real = changes.filter((c) => c.oldLines.length > 0 || c.newLines.length > 0);
  if (real.length === 0) return '';
  return `--- a/${file}\n+++ b/${file}\n${hunks(lines, real).join('')}`;
}

/** Drops the lines a change leaves as they were at its start and end. */
function trimmed(change: Change): Change {
  let { oldStart, oldLines, newLines } = change;
  while (oldLines.length > 0 && newLines.length > 0 && oldLines[0] === newLines[0]) {
    oldLines = oldLines.slice(1);
    newLines = newLines.slice(1);
    oldStart++;
  }
  while (oldLines.length > 0 && newLines.length > 0 && oldLines[oldLines.length - 1] === newLines[newLines.length - 1]) {
    oldLines = oldLines.slice(0, -1);
    newLines = newLines.slice(0, -1);
  }
  return { oldStart, oldLines, newLines };
}

function hunks(lines: string[], changes: Change[]): string[] {
  const out: string[] = [];
  let i = 0;
  let shift = 0; // new line number minus old line number before the current hunk
  while (i < changes.length) {
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.oldStart - (changes[j]!.oldStart + changes[j]!.oldLines.length) <= 2 * CONTEXT) j++;
    const first = changes[i]!;
    const last = changes[j]!;
    const start = Math.max(0, first.oldStart - CONTEXT);
    const end = Math.min(lines.length, last.oldStart + last.oldLines.length + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = start;
    for (let k = i; k <= j; k++) {
      const c = changes[k]!;
      for (; at < c.oldStart; at++, oldCount++, newCount++) body.push(line(' ', lines[at]!));
      for (const l of c.oldLines) body.push(line('-', l)), oldCount++;
      for (const l of c.newLines) body.push(line('+', l)), newCount++;
      at = c.oldStart + c.oldLines.length;
    }
    for (; at < end; at++, oldCount++, newCount++) body.push(line(' ', lines[at]!));
    const oldFrom = oldCount === 0 ? start : start + 1;
    const newFrom = newCount === 0 ? start + shift : start + shift + 1;
    out.push(`@@ -${oldFrom},${oldCount} +${newFrom},${newCount} @@\n`, ...body);
    for (let k = i; k <= j; k++) shift += changes[k]!.newLines.length - changes[k]!.oldLines.length;
    i = j + 1;
  }
  return out;
}

/** One diff line: the line without its `\n` (a CRLF line keeps its `\r`), and the marker for a last line without a line ending. */
function line(marker: string, text: string): string {
  if (text.endsWith('\n')) return `${marker}${text.slice(0, -1)}\n`;
  if (text.endsWith('\r')) return `${marker}${text.slice(0, -1)}\n`;
  return `${marker}${text}\n\\ No newline at end of file\n`;
}
