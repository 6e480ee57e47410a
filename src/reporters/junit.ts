import { levelOf, type Finding } from '../model/finding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { MESSAGE_LIMIT, shorten } from '../model/quote.js';
import { comparePaths } from '../discover/paths.js';
import { diagnosticPlace } from './text.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML for Jenkins, Azure DevOps and GitLab test reports: one
 * <testsuite> per rule, one <testcase> per rule × scanned file (a
 * <failure> per finding that is not suppressed; a file whose findings are
 * all suppressed is <skipped>), and a suite "iac-lint input problems" with
 * an <error> per file that could not be read or parsed. Valid against the
 * Jenkins xUnit plugin's junit-10.xsd (test/schemas).
 */
export const junitReporter: Reporter = (result) => {
  const files = [...new Set([...(result.scannedFiles ?? []), ...result.findings.map((f) => f.file)])].sort(comparePaths);
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  for (const rule of result.rules) {
    const cases: string[] = [];
    let failures = 0;
    for (const file of files) {
      const found = result.findings.filter((f) => f.ruleId === rule.id && f.file === file);
      const active = found.filter((f) => !f.suppression);
      const body =
        active.length > 0
          ? active.map(failure).join('')
          : found.length > 0
            ? `\n      <skipped message="${attribute(shorten(`suppressed: ${[...new Set(found.map((f) => f.suppression?.reason ?? ''))].join('; ')}`, MESSAGE_LIMIT))}"/>`
            : '';
      if (active.length > 0) failures++;
      cases.push(`    <testcase classname="${attribute(rule.id)}" name="${attribute(file)}" file="${attribute(file)}"${body ? `>${body}\n    </testcase>` : '/>'}`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(suite(`${rule.id} ${rule.title}`, cases, { tests: cases.length, failures, errors: 0 }));
  }
  const problems = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    if (d.severity !== 'error') continue;
    problems.set(d.file, [...(problems.get(d.file) ?? []), d]);
  }
  if (problems.size > 0) {
    const cases = [...problems].map(
      ([file, ds]) =>
        `    <testcase classname="iac-lint" name="${attribute(file)}" file="${attribute(file)}">${ds
          .map((d) => `\n      <error type="${attribute(d.code)}" message="${attribute(d.message)}">
${text(`${diagnosticPlace(d)}: ${d.message}`)}
      </error>`)
          .join('')}\n    </testcase>`,
    );
    totalTests += cases.length;
    totalErrors += cases.length;
    suites.push(suite('iac-lint input problems', cases, { tests: cases.length, failures: 0, errors: cases.length }));
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="iac-lint" tests="${totalTests}" failures="${totalFailures}" errors="${totalErrors}">\n` +
    suites.join('') +
    `</testsuites>\n`
  );
};

function suite(name: string, cases: string[], counts: { tests: number; failures: number; errors: number }): string {
  const open = `  <testsuite name="${attribute(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}"`;
  return cases.length === 0 ? `${open}/>\n` : `${open}>\n${cases.join('\n')}\n  </testsuite>\n`;
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
