/** One finding recorded in a baseline file (`--write-baseline`). */
export interface BaselineEntry {
  /** SARIF partialFingerprints["iacLint/v1"] of the finding, from the file path below. */
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
