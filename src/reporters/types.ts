import type { LintResult } from '../model/lint-result.js';

export interface ReportContext {
  /** Working directory: the base of every relative path (SARIF %SRCROOT%). */
  cwd: string;
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
