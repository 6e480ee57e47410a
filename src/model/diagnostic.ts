import type { Range } from './range.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'note';

/**
 * A problem with the input (not a rule finding). Parsers return these and
 * never throw for bad input. `range` is absent only when the problem has no
 * place in the file (unreadable file, file too large, ...).
 */
export interface Diagnostic {
  file: string;
  severity: DiagnosticSeverity;
  /** Stable machine-readable code, e.g. "yaml-syntax", "duplicate-key", "unknown-tag", "hcl-syntax", "file-too-large". */
  code: string;
  message: string;
  range?: Range;
}

/** Diagnostics of inputs that were skipped unread (too large, binary): like an error, they leave a file unchecked. */
const SKIPPED_INPUT_CODES: ReadonlySet<string> = new Set(['file-too-large', 'binary-file']);

/**
 * An input problem (SPEC §4, exit code 2): a file that could not be read or
 * parsed (an error), or that was skipped unread — the gate must not pass a
 * file it never checked.
 */
export function isInputProblem(d: Diagnostic): boolean {
  return d.severity === 'error' || SKIPPED_INPUT_CODES.has(d.code);
}
