import { materialized, type LintResult, type ReportInput } from '../model/lint-result.js';

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

/**
 * A reporter is a pure function from a lint result to the text to write;
 * `pieces` gives the same text in pieces, in order, made as they are
 * written, so that no report-sized string is held (issue 16).
 */
export interface Reporter {
  (result: ReportInput, ctx: ReportContext): string;
  pieces(result: ReportInput, ctx: ReportContext): Iterable<string>;
}

/** A reporter written as pieces: called, it gives them joined. */
export function piecesReporter(pieces: (result: ReportInput, ctx: ReportContext) => Iterable<string>): Reporter {
  const reporter = (result: ReportInput, ctx: ReportContext): string => {
    let text = '';
    for (const piece of pieces(result, ctx)) text += piece;
    return text;
  };
  return Object.assign(reporter, { pieces });
}

/** A reporter that needs the whole result at once (SARIF's and GitLab's fingerprints count over all findings): one piece. */
export function wholeReporter(report: (result: LintResult, ctx: ReportContext) => string): Reporter {
  return piecesReporter(function* (input, ctx) {
    yield report(materialized(input), ctx);
  });
}

