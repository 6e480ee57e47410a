// A run's findings and diagnostics held as compact records (issue 16:
// memory that does not grow with the repository): each is a row of numbers
// in a growable Int32Array — interned strings (files, rule ids, messages,
// resource names, fix texts) by their index, positions as numbers — instead
// of an object with nested range, resource and fix objects (~120 bytes a
// finding instead of ~500, and nothing for the garbage collector to trace).
// A record becomes a Finding or Diagnostic object again only when it is read.
import type { Diagnostic, DiagnosticSeverity } from '../model/diagnostic.js';
import type { Finding, Severity, Suppression } from '../model/finding.js';
import type { Fix, FixApplicability, TextEdit } from '../model/fix.js';
import type { Range } from '../model/range.js';
import type { TemplateFormat } from '../model/resource.js';
import type { Sequence } from '../model/lint-result.js';

/** Strings by number: each distinct string is kept once. */
class Strings {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  at(id: number): string {
    return this.list[id]!;
  }
}

/** Rows of `stride` 32-bit integers, appended at the end. */
class Rows {
  private data: Int32Array;
  count = 0;

  constructor(private readonly stride: number) {
    this.data = new Int32Array(stride * 64);
  }

  /** Appends a row; returns its number. */
  add(values: number[]): number {
    const at = this.count * this.stride;
    if (at + this.stride > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    for (let i = 0; i < this.stride; i++) this.data[at + i] = values[i] ?? 0;
    return this.count++;
  }

  get(row: number, field: number): number {
    return this.data[row * this.stride + field]!;
  }

  set(row: number, field: number, value: number): void {
    this.data[row * this.stride + field] = value;
  }
}

// Finding fields.
const F_RULE = 0;
const F_MESSAGE_ID = 1;
const F_SEVERITY = 2;
const F_MESSAGE = 3;
const F_FILE = 4;
const F_RANGE = 5; // six numbers: start line, column, offset; end line, column, offset
const F_NAME = 11;
const F_TYPE = 12;
const F_FORMAT = 13;
const F_CONSTRUCT_PATH = 14; // -1: none
const F_FIX = 15; // -1: none; else a row of `fixes`
const F_EXTRA = 16; // -1: none; else an index of `extras` (suppression, noFix, related: rare)
const F_STRIDE = 17;

// Diagnostic fields.
const D_FILE = 0;
const D_SEVERITY = 1;
const D_CODE = 2;
const D_MESSAGE = 3;
const D_HAS_RANGE = 4;
const D_RANGE = 5;
const D_STRIDE = 11;

// Fix fields: description, applicability, first edit, edit count; edit fields: file, range (six), text.
const FIX_STRIDE = 4;
const EDIT_STRIDE = 8;

interface Extra {
  suppression?: Suppression;
  /** The suppression as a key of duplicates (its JSON). */
  suppressionKey?: string;
  noFix?: string;
  related?: Finding['related'];
}

function rangeNumbers(range: Range): number[] {
  return [range.start.line, range.start.column, range.start.offset, range.end.line, range.end.column, range.end.offset];
}

/** A run's findings and diagnostics, as compact records; each numbered in the order added. */
export class HeldRecords {
  private readonly strings = new Strings();
  private readonly findings = new Rows(F_STRIDE);
  private readonly diagnostics = new Rows(D_STRIDE);
  private readonly fixes = new Rows(FIX_STRIDE);
  private readonly edits = new Rows(EDIT_STRIDE);
  private readonly extras: Extra[] = [];

  get findingCount(): number {
    return this.findings.count;
  }

  get diagnosticCount(): number {
    return this.diagnostics.count;
  }

  addFinding(f: Finding): number {
    const s = this.strings;
    const extra: Extra = {};
    if (f.suppression) {
      extra.suppression = f.suppression;
      extra.suppressionKey = JSON.stringify(f.suppression);
    }
    if (f.noFix !== undefined) extra.noFix = f.noFix;
    if (f.related) extra.related = f.related;
    let extraIndex = -1;
    if (f.suppression || f.noFix !== undefined || f.related) extraIndex = this.extras.push(extra) - 1;
    return this.findings.add([
      s.id(f.ruleId),
      s.id(f.messageId),
      s.id(f.severity),
      s.id(f.message),
      s.id(f.file),
      ...rangeNumbers(f.range),
      s.id(f.resource.name),
      s.id(f.resource.type),
      s.id(f.resource.format),
      f.resource.constructPath !== undefined ? s.id(f.resource.constructPath) : -1,
      f.fix ? this.addFix(f.fix) : -1,
      extraIndex,
    ]);
  }

  private addFix(fix: Fix): number {
    const first = this.edits.count;
    for (const e of fix.edits) this.edits.add([this.strings.id(e.file), ...rangeNumbers(e.range), this.strings.id(e.text)]);
    return this.fixes.add([this.strings.id(fix.description), this.strings.id(fix.applicability), first, fix.edits.length]);
  }

  addDiagnostic(d: Diagnostic): number {
    const s = this.strings;
    return this.diagnostics.add([s.id(d.file), s.id(d.severity), s.id(d.code), s.id(d.message), d.range ? 1 : 0, ...(d.range ? rangeNumbers(d.range) : [])]);
  }

  finding(row: number): Finding {
    const n = (field: number): number => this.findings.get(row, field);
    const s = (field: number): string => this.strings.at(n(field));
    const f: Finding = {
      ruleId: s(F_RULE),
      messageId: s(F_MESSAGE_ID),
      severity: s(F_SEVERITY) as Severity,
      message: s(F_MESSAGE),
      file: s(F_FILE),
      range: this.range(this.findings, row, F_RANGE),
      resource: { name: s(F_NAME), type: s(F_TYPE), format: s(F_FORMAT) as TemplateFormat },
    };
    if (n(F_CONSTRUCT_PATH) >= 0) f.resource.constructPath = s(F_CONSTRUCT_PATH);
    const fix = n(F_FIX);
    if (fix >= 0) f.fix = this.fix(fix);
    const extra = n(F_EXTRA) >= 0 ? this.extras[n(F_EXTRA)]! : undefined;
    if (extra?.noFix !== undefined) f.noFix = extra.noFix;
    if (extra?.suppression) f.suppression = extra.suppression;
    if (extra?.related) f.related = extra.related;
    return f;
  }

  private fix(row: number): Fix {
    const first = this.fixes.get(row, 2);
    const edits: TextEdit[] = [];
    for (let e = first; e < first + this.fixes.get(row, 3); e++) {
      edits.push({ file: this.strings.at(this.edits.get(e, 0)), range: this.range(this.edits, e, 1), text: this.strings.at(this.edits.get(e, 7)) });
    }
    return { description: this.strings.at(this.fixes.get(row, 0)), applicability: this.strings.at(this.fixes.get(row, 1)) as FixApplicability, edits };
  }

  diagnostic(row: number): Diagnostic {
    const s = (field: number): string => this.strings.at(this.diagnostics.get(row, field));
    const d: Diagnostic = { file: s(D_FILE), severity: s(D_SEVERITY) as DiagnosticSeverity, code: s(D_CODE), message: s(D_MESSAGE) };
    if (this.diagnostics.get(row, D_HAS_RANGE)) d.range = this.range(this.diagnostics, row, D_RANGE);
    return d;
  }

  private range(rows: Rows, row: number, at: number): Range {
    const n = (i: number): number => rows.get(row, at + i);
    return { start: { line: n(0), column: n(1), offset: n(2) }, end: { line: n(3), column: n(4), offset: n(5) } };
  }

  // What the run's merging and sorting read, without making objects.

  findingFile(row: number): string {
    return this.strings.at(this.findings.get(row, F_FILE));
  }

  findingLine(row: number): number {
    return this.findings.get(row, F_RANGE);
  }

  findingColumn(row: number): number {
    return this.findings.get(row, F_RANGE + 1);
  }

  findingName(row: number): string {
    return this.strings.at(this.findings.get(row, F_NAME));
  }

  findingRuleId(row: number): string {
    return this.strings.at(this.findings.get(row, F_RULE));
  }

  findingSuppression(row: number): Suppression | undefined {
    const extra = this.findings.get(row, F_EXTRA);
    return extra >= 0 ? this.extras[extra]!.suppression : undefined;
  }

  /** Sets a finding's suppression (a baseline's); the key of duplicates is not changed (duplicates are merged before). */
  suppress(row: number, suppression: Suppression): void {
    const extra = this.findings.get(row, F_EXTRA);
    if (extra >= 0) this.extras[extra]!.suppression = suppression;
    else this.findings.set(row, F_EXTRA, this.extras.push({ suppression }) - 1);
  }

  /** The key of a finding's duplicates: rule, file, range, resource name, message and suppression, as numbers. */
  findingKey(row: number): string {
    const n = (field: number): number => this.findings.get(row, field);
    const extra = n(F_EXTRA) >= 0 ? this.extras[n(F_EXTRA)]!.suppressionKey : undefined;
    const numbers = [F_RULE, F_FILE, F_RANGE, F_RANGE + 1, F_RANGE + 2, F_RANGE + 3, F_RANGE + 4, F_RANGE + 5, F_NAME, F_MESSAGE].map(n).join(',');
    return extra === undefined ? numbers : `${numbers},${extra}`;
  }

  /** The key of a finding reported from a plan and from its configuration: rule, file, start offset (the resource's definition is the caller's). */
  findingPlace(row: number): string {
    const n = (field: number): number => this.findings.get(row, field);
    return `${n(F_RULE)},${n(F_FILE)},${n(F_RANGE + 2)}`;
  }

  diagnosticFile(row: number): string {
    return this.strings.at(this.diagnostics.get(row, D_FILE));
  }

  diagnosticCode(row: number): string {
    return this.strings.at(this.diagnostics.get(row, D_CODE));
  }

  diagnosticMessage(row: number): string {
    return this.strings.at(this.diagnostics.get(row, D_MESSAGE));
  }

  diagnosticLine(row: number): number {
    return this.diagnostics.get(row, D_HAS_RANGE) ? this.diagnostics.get(row, D_RANGE) : 0;
  }

  diagnosticColumn(row: number): number {
    return this.diagnostics.get(row, D_HAS_RANGE) ? this.diagnostics.get(row, D_RANGE + 1) : 0;
  }

  /** The start offset of a diagnostic, -1 without a range. */
  diagnosticOffset(row: number): number {
    return this.diagnostics.get(row, D_HAS_RANGE) ? this.diagnostics.get(row, D_RANGE + 2) : -1;
  }

  /** The key of a diagnostic's duplicates: file, code, range and message, as numbers. */
  diagnosticKey(row: number): string {
    const n = (field: number): number => this.diagnostics.get(row, field);
    const range = n(D_HAS_RANGE) ? [0, 1, 2, 3, 4, 5].map((i) => n(D_RANGE + i)).join(',') : '-';
    return `${n(D_FILE)},${n(D_CODE)},${range},${n(D_MESSAGE)}`;
  }
}

/** Records in a given order, each made into an object when read (and not kept). */
export class HeldSequence<T> implements Sequence<T> {
  constructor(
    private readonly rows: readonly number[],
    private readonly make: (row: number) => T,
  ) {}

  get length(): number {
    return this.rows.length;
  }

  at(index: number): T | undefined {
    const row = this.rows[index < 0 ? this.rows.length + index : index];
    return row === undefined ? undefined : this.make(row);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const row of this.rows) yield this.make(row);
  }
}
