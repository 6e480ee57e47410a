/** One finding recorded in a baseline file (`--write-baseline`). */
export interface BaselineEntry {
  /** Hashed as SARIF partialFingerprints["iacLint/v1"] are, but from the file path below (the baseline's directory, not %SRCROOT%: a baseline at the repository root has the SARIF fingerprints). */
  fingerprint: string;
  ruleId: string;
  /** Relative to the baseline file's directory, '/'-separated. */
  file: string;
  resource: string;
  type: string;
}

/** How a run compared with its baseline (`--baseline`). */
export interface BaselineStatus {
  /** The baseline file as the user named it. */
  file: string;
  /** Findings recorded in the baseline (not reported as new). */
  matched: number;
  /** Entries of files linted in this run that match no finding any more (fixed, renamed, removed). */
  stale: BaselineEntry[];
}
