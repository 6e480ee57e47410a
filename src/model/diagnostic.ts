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
