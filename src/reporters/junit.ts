import { levelOf, type Finding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule-meta.js';
import { MESSAGE_LIMIT, shorten } from '../model/quote.js';
import { comparePaths } from '../discover/paths.js';
import { diagnosticPlace } from './text.js';
import { piecesReporter, type Reporter } from './types.js';

/**
 * JUnit XML for Jenkins, Azure DevOps and GitLab test reports: one
 * <testsuite> per rule, one <testcase> per rule × scanned file (a
 * <failure> per finding that is not suppressed; a file whose findings are
 * all suppressed is <skipped>), and a suite "iac-lint input problems" with
 * an <error> per file that could not be read or parsed. Valid against the
 * Jenkins xUnit plugin's junit-10.xsd (test/schemas).
 */
export const junitReporter: Reporter = piecesReporter(function* (result) {
  // The findings of each rule in each file, by their place in result.findings (looked up, not filtered again per case).
  const byRule = new Map<string, Map<string, { at: number[]; active: number }>>();
  const fileSet = new Set(result.scannedFiles ?? []);
  let at = 0;
  for (const f of result.findings) {
    fileSet.add(f.file);
    let byFile = byRule.get(f.ruleId);
    if (!byFile) byRule.set(f.ruleId, (byFile = new Map()));
    let group = byFile.get(f.file);
    if (!group) byFile.set(f.file, (group = { at: [], active: 0 }));
    group.at.push(at++);
    if (!f.suppression) group.active++;
  }
  const files = [...fileSet].sort(comparePaths);
  const problems = new Map<string, number[]>();
  at = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') problems.set(d.file, [...(problems.get(d.file) ?? []), at]);
    at++;
  }
  // The counts come first, in the opening tags.
  const failuresOf = (rule: RuleMeta): number => [...(byRule.get(rule.id)?.values() ?? [])].filter((g) => g.active > 0).length;
  const totalTests = result.rules.length * files.length + problems.size;
  const totalFailures = result.rules.reduce((sum, rule) => sum + failuresOf(rule), 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="iac-lint" tests="${totalTests}" failures="${totalFailures}" errors="${problems.size}">\n`;
  for (const rule of result.rules) {
    const byFile = byRule.get(rule.id);
    yield* suite(`${rule.id} ${rule.title}`, files.length, { tests: files.length, failures: failuresOf(rule), errors: 0 }, function* () {
      for (const file of files) {
        const found = (byFile?.get(file)?.at ?? []).map((i) => result.findings.at(i)!);
        const active = found.filter((f) => !f.suppression);
        const body =
          active.length > 0
            ? active.map(failure).join('')
            : found.length > 0
              ? `\n      <skipped message="${attribute(shorten(`suppressed: ${[...new Set(found.map((f) => f.suppression?.reason ?? ''))].join('; ')}`, MESSAGE_LIMIT))}"/>`
              : '';
        yield `    <testcase classname="${attribute(rule.id)}" name="${attribute(file)}" file="${attribute(file)}"${body ? `>${body}\n    </testcase>` : '/>'}`;
      }
    });
  }
  if (problems.size > 0) {
    yield* suite('iac-lint input problems', problems.size, { tests: problems.size, failures: 0, errors: problems.size }, function* () {
      for (const [file, positions] of problems) {
        const ds = positions.map((i) => result.diagnostics.at(i)!);
        yield `    <testcase classname="iac-lint" name="${attribute(file)}" file="${attribute(file)}">${ds
          .map((d) => `\n      <error type="${attribute(d.code)}" message="${attribute(d.message)}">
${text(`${diagnosticPlace(d)}: ${d.message}`)}
      </error>`)
          .join('')}\n    </testcase>`;
      }
    });
  }
  yield `</testsuites>\n`;
});

/** A <testsuite> of `count` test cases, the pieces of `cases`, one a line. */
function* suite(name: string, count: number, counts: { tests: number; failures: number; errors: number }, cases: () => Iterable<string>): Iterable<string> {
  const open = `  <testsuite name="${attribute(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}"`;
  if (count === 0) {
    yield `${open}/>\n`;
    return;
  }
  yield `${open}>\n`;
  let first = true;
  for (const testcase of cases()) {
    yield first ? testcase : `\n${testcase}`;
    first = false;
  }
  yield `\n  </testsuite>\n`;
}

function failure(f: Finding): string {
  const place = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
  const detail = `${place}  ${levelOf(f.severity)}  ${f.ruleId}  ${f.message}  (${f.resource.name})`;
  return `\n      <failure type="${attribute(`${f.ruleId} ${f.severity}`)}" message="${attribute(`${f.message} (${f.resource.name})`)}">
${text(detail)}
      </failure>`;
}

/**
 * Characters XML 1.0 cannot hold at all (control characters other than tab
 * and newlines, lone surrogates, U+FFFE/U+FFFF) are written as `\uXXXX`.
 */
function legal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function text(s: string): string {
  return legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: line breaks and tabs as character references, so a parser keeps them. */
function attribute(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
