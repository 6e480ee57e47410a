import type { LintResult } from '../model/lint-result.js';

export interface ReportContext {
  /** Working directory: the base of every relative path (SARIF %SRCROOT%). */
  cwd: string;
  /**
   * SARIF %SRCROOT%: the git work tree that holds `cwd` when there is one,
   * else `cwd` (absolute). URIs in SARIF are relative to it.
   */
  sourceRoot?: string;
  /** ANSI colours (text reporter only). */
  color: boolean;
  /** Text reporter only: the findings, without input problems and summary (`--quiet`). */
  quiet?: boolean;
  toolVersion: string;
  /** SARIF runAutomationDetails.id, e.g. "iac-lint/infra/" (code scanning category). */
  automationId?: string;
}

/** A reporter is a pure function from a lint result to the text to write. */
export type Reporter = (result: LintResult, ctx: ReportContext) => string;
