import type { Range } from './range.js';

/**
 * Fixes (SPEC §8), as data (Ruff's way): a rule returns edits on source
 * ranges and says how safe they are; the engine checks the applicability
 * against the rule's `meta.fixable`, and `--fix` applies them.
 *
 * - `safe`: changes only the reported resource (insert the setting, turn a
 *   literal `false` into `true`); applied by `--fix`.
 * - `unsafe`: changes a value that other resources or environments may share
 *   (a parameter default, a variable default, a tfvars value, a local);
 *   applied only with `--unsafe-fixes`.
 */
export type FixApplicability = 'safe' | 'unsafe';

/** Replace the text of `range` (offsets into the decoded file text; empty range = insert) in `file` with `text`. */
export interface TextEdit {
  file: string;
  range: Range;
  text: string;
}

export interface Fix {
  /** What the fix does, for the summary and SARIF `fixes[].description`, e.g. "set EnableIAMDatabaseAuthentication: true". */
  description: string;
  applicability: FixApplicability;
  edits: TextEdit[];
}
