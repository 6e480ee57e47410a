import { levelOf, type Finding } from '../model/finding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { summarize } from './summary.js';
import { piecesReporter, type Reporter } from './types.js';

/**
 * `--format json`: a stable shape (version 1). Fields are only ever added.
 *
 * {
 *   "version": 1,
 *   "tool": { "name": "iac-lint", "version": "0.1.0" },
 *   "findings": [{
 *     "ruleId": "RDS-030",
 *     "severity": "low" | "medium" | "high" | "critical",
 *     "level": "note" | "warning" | "error",            // derived from severity
 *     "message": "EnableIAMDatabaseAuthentication is false (parameter IamAuth defaults to \"false\")",
 *     "file": "infra/db.yaml",                           // relative to the working directory, '/' separators
 *     "range": { "start": { "line": 12, "column": 7 }, "end": { "line": 12, "column": 45 } },  // 1-based, end exclusive, UTF-16 columns
 *     "resource": { "name": "Db", "type": "AWS::RDS::DBInstance", "format": "cloudformation" | "terraform",
 *                   "constructPath": "OrdersStack/Orders/Database" },   // only for CDK output (aws:cdk:path)
 *     "suppressed": false,
 *     "suppression": { "via": "comment" | "metadata" | "baseline", "reason": "..." },  // only when suppressed
 *     "related": [{ "file": "…/.terraform/modules/db/main.tf", "range": {…}, "message": "…" }]  // only for code outside the linted tree
 *     "fix": {                                           // only when the finding has a fix (SPEC §8; applied by --fix)
 *       "description": "set EnableIAMDatabaseAuthentication: true",
 *       "applicability": "safe" | "unsafe",             // unsafe: applied only with --unsafe-fixes
 *       "edits": [{ "file": "infra/db.yaml", "range": { "start": {...}, "end": {...} }, "text": "..." }]  // replace range (empty: insert) with text
 *     },
 *     "noFix": "..."                                     // only when the rule fixes such findings but not this one: why
 *   }],
 *   "diagnostics": [{                                    // input problems: parse errors, unreadable files, ...
 *     "file": "infra/broken.yaml",
 *     "severity": "error" | "warning" | "note",
 *     "code": "yaml-syntax",
 *     "message": "...",
 *     "range": { "start": {...}, "end": {...} }          // only when the problem has a place
 *   }],
 *   "baseline": {                                      // only with --baseline
 *     "file": ".iac-lint-baseline.json", "matched": 3,
 *     "stale": [{ "fingerprint": "…:1", "ruleId": "RDS-030", "file": "infra/db.yaml", "resource": "OldDb", "type": "AWS::RDS::DBInstance" }]
 *   },
 *   "summary": {
 *     "filesScanned": 3, "findings": 2, "filesWithFindings": 1, "suppressed": 1, "baselined": 0, "staleBaselineEntries": 0,
 *     "errors": 1, "warnings": 0, "notes": 0, "filesWithErrors": 1
 *   }
 * }
 *
 * Findings and diagnostics are sorted by file, line and column. `findings`
 * includes suppressed findings (with `suppressed: true`); `summary.findings`
 * counts only the others.
 */
export const jsonReporter: Reporter = piecesReporter(function* (result, ctx) {
  // The text of JSON.stringify(report, null, 2) for the whole report, made one finding and one diagnostic at a time.
  yield `{\n  "version": 1,\n  "tool": ${nested({ name: 'iac-lint', version: ctx.toolVersion }, 1)},\n  "findings": `;
  yield* arrayPieces(result.findings, findingJson);
  yield ',\n  "diagnostics": ';
  yield* arrayPieces(result.diagnostics, diagnosticJson);
  if (result.baseline) yield `,\n  "baseline": ${nested({ file: result.baseline.file, matched: result.baseline.matched, stale: result.baseline.stale }, 1)}`;
  yield `,\n  "summary": ${nested(summarize(result), 1)}\n}\n`;
});

/** JSON.stringify(value, null, 2) as it reads at `depth` inside a larger value (each line after the first indented by 2 × depth). */
function nested(value: unknown, depth: number): string {
  // A string in JSON holds no line break of its own (it is escaped): every one is between values.
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** An array of the report's top level (`"findings": [...]`), one item a piece. */
function* arrayPieces<T>(items: Iterable<T>, json: (item: T) => unknown): Iterable<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n    ' : ',\n    '}${nested(json(item), 2)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

function findingJson(f: Finding): unknown {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    level: levelOf(f.severity),
    message: f.message,
    file: f.file,
    range: { start: point(f.range.start), end: point(f.range.end) },
    resource: { name: f.resource.name, type: f.resource.type, format: f.resource.format, ...(f.resource.constructPath ? { constructPath: f.resource.constructPath } : {}) },
    suppressed: f.suppression !== undefined,
    ...(f.suppression ? { suppression: { via: f.suppression.via, reason: f.suppression.reason } } : {}),
    ...(f.related?.length ? { related: f.related.map((r) => ({ file: r.file, range: { start: point(r.range.start), end: point(r.range.end) }, message: r.message })) } : {}),
    ...(f.fix
      ? {
          fix: {
            description: f.fix.description,
            applicability: f.fix.applicability,
            edits: f.fix.edits.map((e) => ({ file: e.file, range: { start: point(e.range.start), end: point(e.range.end) }, text: e.text })),
          },
        }
      : {}),
    ...(f.noFix !== undefined ? { noFix: f.noFix } : {}),
  };
}

function diagnosticJson(d: Diagnostic): unknown {
  return {
    file: d.file,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.range ? { range: { start: point(d.range.start), end: point(d.range.end) } } : {}),
  };
}

function point(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}
