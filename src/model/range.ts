/**
 * Source positions. Every node of the model carries a Range.
 *
 * - `line` and `column` are 1-based.
 * - `column` counts UTF-16 code units from the start of the line (the unit
 *   JavaScript strings and SARIF's default `columnKind` use); a tab is one
 *   column, a BOM is not part of the text.
 * - `offset` is the 0-based UTF-16 index into the decoded text (BOM removed,
 *   CRLF kept as two characters).
 * - `end` is exclusive.
 */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps string offsets to 1-based line/column; build once per file. */
export class LineIndex {
  /** Offset of each line's first character: after each LF, and after each CR that no LF follows. */
  private readonly starts: Uint32Array;
  /** `position` as a function, shared by the file's compact ranges. */
  private at: PositionMap | undefined;

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /** A compact range (its positions are made when read). */
  range(start: number, end: number): Range {
    this.at ??= (offset) => this.position(offset);
    return new OffsetRange(this.at, start, end);
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * The line starts of `text`, found with indexOf (a search in native code,
 * ~3x faster than a loop over every character): counted, then written,
 * when the text has no CR (nearly every file); a text with CRs merges the
 * two searches.
 */
function lineStarts(text: string): Uint32Array {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  if (cr < 0) {
    let n = 1;
    for (let i = lf; i >= 0; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n);
    n = 1;
    for (let i = lf; i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    return starts;
  }
  const starts = [0];
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      // CRLF is one break, made by its LF.
      if (text.charCodeAt(cr + 1) !== 10) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** Maps an offset to its position (a LineIndex, or a reader's own map of a decoded string). */
type PositionMap = (offset: number) => Position;

/**
 * A range held as its two offsets and its file's position map: one small
 * object where a plain Range is three (the Range and two Positions), which
 * were about half of a parsed model's memory. `start` and `end` are made
 * when read; JSON.stringify gives the plain form. What leaves a unit is made
 * plain by plainRanges(), so nothing a run keeps or a worker sends holds on
 * to a file's text through a range.
 */
class OffsetRange implements Range {
  readonly #at: PositionMap;

  constructor(
    at: PositionMap,
    readonly from: number,
    readonly to: number,
  ) {
    this.#at = at;
  }

  get start(): Position {
    return this.#at(this.from);
  }

  get end(): Position {
    return this.#at(this.to);
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }

  /** `range` without its first and last `by` characters, when it is a compact range. */
  static inset(range: Range, by: number): Range | undefined {
    return range instanceof OffsetRange ? new OffsetRange(range.#at, range.from + by, range.to - by) : undefined;
  }

  /** From the start of `first` to the end of `last` when both are compact ranges of one map. */
  static join(first: Range, last: Range): Range | undefined {
    return first instanceof OffsetRange && last instanceof OffsetRange && first.#at === last.#at ? new OffsetRange(first.#at, first.from, last.to) : undefined;
  }
}

/** A compact range from `start` to `end` in the offsets that `at` maps. */
export function offsetRange(at: PositionMap, start: number, end: number): Range {
  return new OffsetRange(at, start, end);
}

/**
 * The range from the start of `first` to the end of `last` (e.g. an
 * argument's name to the end of its value): compact when both are compact
 * ranges of the same map, else plain.
 */
export function joinRanges(first: Range, last: Range): Range {
  return OffsetRange.join(first, last) ?? { start: first.start, end: last.end };
}

/** `range` without its first and last `by` characters (e.g. a quoted string's text inside its quotes). */
export function insetRange(range: Range, by: number): Range {
  return OffsetRange.inset(range, by) ?? { start: position(range.start, by), end: position(range.end, -by) };
}

/** A position `by` characters further on the same line. */
function position(p: Position, by: number): Position {
  return { line: p.line, column: p.column + by, offset: p.offset + by };
}

/** The start offset of a range without making its Position. */
export function startOffset(range: Range): number {
  return range instanceof OffsetRange ? range.from : range.start.offset;
}

/** The end offset of a range without making its Position. */
export function endOffset(range: Range): number {
  return range instanceof OffsetRange ? range.to : range.end.offset;
}

/**
 * Replaces, in place, every compact range in plain data (a unit's findings
 * and diagnostics: objects and arrays, no cycles) by a plain Range. Returns
 * the value.
 */
export function plainRanges<T>(value: T): T {
  plainIn(value, 0);
  return value;
}

function plainIn(value: unknown, depth: number): void {
  if (typeof value !== 'object' || value === null || depth > 32) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item instanceof OffsetRange) value[i] = item.toJSON();
      else plainIn(item, depth + 1);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item instanceof OffsetRange) record[key] = item.toJSON();
    else plainIn(item, depth + 1);
  }
}
