import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { allRules } from '../rules/index.js';
import type { LintResult } from '../src/model/lint-result.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Range } from '../src/model/range.js';
import { escapeData, escapeProperty, githubReporter } from '../src/reporters/github.js';
import { jsonReporter } from '../src/reporters/json.js';
import { textReporter } from '../src/reporters/text.js';

function range(line: number, column: number, endLine = line, endColumn = column + 10): Range {
  return { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } };
}

function finding(file: string, line: number, name: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'RDS-030',
    messageId: 'false',
    severity: 'medium',
    message: `EnableIAMDatabaseAuthentication is false (${name})`,
    file,
    range: range(line, 7),
    resource: { name, type: 'AWS::RDS::DBInstance', format: 'cloudformation' },
    ...extra,
  };
}

const parseError: Diagnostic = { file: 'infra/broken.yaml', severity: 'error', code: 'yaml-syntax', message: 'bad indentation', range: range(3, 5) };
const tooLarge: Diagnostic = { file: 'infra/huge.json', severity: 'warning', code: 'file-too-large', message: 'skipped: larger than 10 MB' };

function result(findings: Finding[], diagnostics: Diagnostic[] = []): LintResult {
  return { findings, diagnostics, filesScanned: 4, rules: allRules.map((r) => r.meta) };
}

const ctx = { cwd: '/work/repo', color: false, toolVersion: '9.9.9' };

const sample = result(
  [
    finding('infra/db.yaml', 12, 'Db'),
    finding('infra/db.yaml', 30, 'Quiet', { suppression: { via: 'comment', reason: 'legacy app, ticket OPS-1' } }),
    finding('infra/other.yaml', 4, 'Other', { severity: 'high' }),
  ],
  [parseError, tooLarge],
);

describe('text reporter', () => {
  const out = textReporter(sample, ctx);
  const lines = out.trimEnd().split('\n');

  it('prints one line per finding that is not suppressed, as file:line:col  level  RULE  message  (resource)', () => {
    expect(lines[0]).toBe('infra/db.yaml:12:7  warning  RDS-030  EnableIAMDatabaseAuthentication is false (Db)  (Db)');
    expect(lines[1]).toBe('infra/other.yaml:4:7  error  RDS-030  EnableIAMDatabaseAuthentication is false (Other)  (Other)');
    expect(out).not.toContain('Quiet');
  });

  it('lists diagnostics after the findings under their own heading, code in brackets, with their place when known', () => {
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('Diagnostics (problems with the input and notes; not findings):');
    expect(lines[4]).toBe('infra/broken.yaml:3:5  error  [yaml-syntax]  bad indentation');
    expect(lines[5]).toBe('infra/huge.json  warning  [file-too-large]  skipped: larger than 10 MB');
  });

  it('ends with a summary that counts findings and input problems apart', () => {
    expect(lines.at(-1)).toBe('2 findings in 2 files (4 files scanned), 1 suppressed; input problems: 1 file could not be read or parsed, 1 file skipped unread');
  });

  it('counts the notes by kind in the summary, the commonest first, naming at most three kinds', () => {
    const note = (code: string, file: string): Diagnostic => ({ file, severity: 'note', code, message: 'not followed' });
    const notes = [
      ...['a', 'b', 'c'].map((f) => note('module-not-followed', `${f}/main.tf`)),
      note('nested-stack-not-followed', 'p.yaml'),
      note('nested-stack-not-followed', 'q.yaml'),
      note('module-version-approximated', 'a/main.tf'),
      note('duplicate-path', 'x.yaml'),
    ];
    expect(textReporter(result([], notes), ctx).trimEnd().split('\n').at(-1)).toBe(
      '0 findings in 0 files (4 files scanned); 7 notes (3 module-not-followed, 2 nested-stack-not-followed, 1 duplicate-path, 1 other kind)',
    );
    expect(textReporter(result([], [note('module-not-followed', 'a/main.tf')]), ctx).trimEnd().split('\n').at(-1)).toBe('0 findings in 0 files (4 files scanned); 1 note (1 module-not-followed)');
  });

  it('--quiet: the findings only', () => {
    expect(textReporter(sample, { ...ctx, quiet: true }).trimEnd().split('\n')).toEqual(lines.slice(0, 2));
    expect(textReporter(result([], [parseError]), { ...ctx, quiet: true })).toBe('');
  });

  it('uses colour only when asked, and never passes control characters through', () => {
    expect(out).not.toContain('\u001b');
    expect(textReporter(sample, { ...ctx, color: true })).toContain('\u001b[33mwarning\u001b[0m');
    const hostile = textReporter(result([finding('a.yaml', 1, 'X', { message: 'value \u001b[2J here' })]), ctx);
    expect(hostile).not.toContain('\u001b');
    expect(hostile).toContain('\\u001b[2J');
  });

  it('says so when there is nothing to report', () => {
    expect(textReporter(result([]), ctx)).toBe('0 findings in 0 files (4 files scanned)\n');
  });
});

describe('json reporter', () => {
  const report = JSON.parse(jsonReporter(sample, ctx)) as Record<string, any>;

  it('has the documented top-level shape', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'diagnostics', 'summary']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'iac-lint', version: '9.9.9' });
  });

  it('keeps suppressed findings with their reason, and derives the level from the severity', () => {
    expect(report.findings).toHaveLength(3);
    expect(report.findings[0]).toEqual({
      ruleId: 'RDS-030',
      severity: 'medium',
      level: 'warning',
      message: 'EnableIAMDatabaseAuthentication is false (Db)',
      file: 'infra/db.yaml',
      range: { start: { line: 12, column: 7 }, end: { line: 12, column: 17 } },
      resource: { name: 'Db', type: 'AWS::RDS::DBInstance', format: 'cloudformation' },
      suppressed: false,
    });
    expect(report.findings[1].suppressed).toBe(true);
    expect(report.findings[1].suppression).toEqual({ via: 'comment', reason: 'legacy app, ticket OPS-1' });
    expect(report.findings[2].level).toBe('error');
  });

  it('lists diagnostics, with a range only when there is one, and a summary', () => {
    expect(report.diagnostics[0]).toEqual({
      file: 'infra/broken.yaml',
      severity: 'error',
      code: 'yaml-syntax',
      message: 'bad indentation',
      range: { start: { line: 3, column: 5 }, end: { line: 3, column: 15 } },
    });
    expect(report.diagnostics[1]).not.toHaveProperty('range');
    expect(report.summary).toEqual({
      filesScanned: 4,
      findings: 2,
      filesWithFindings: 2,
      suppressed: 1,
      baselined: 0,
      staleBaselineEntries: 0,
      errors: 1,
      warnings: 1,
      notes: 0,
      filesWithErrors: 1,
    });
  });
});

describe('github reporter', () => {
  const lines = githubReporter(sample, ctx).trimEnd().split('\n');

  it('writes one workflow command per finding that is not suppressed, with its region and rule as title', () => {
    expect(lines[0]).toBe('::warning file=infra/db.yaml,line=12,endLine=12,col=7,endColumn=17,title=RDS-030::EnableIAMDatabaseAuthentication is false (Db) (Db)');
    expect(lines[1]).toMatch(/^::error file=infra\/other.yaml,line=4,/);
    expect(lines.join('\n')).not.toContain('Quiet');
  });

  it('writes diagnostics as annotations of their level, with or without a place', () => {
    expect(lines[2]).toBe('::error file=infra/broken.yaml,line=3,endLine=3,col=5,endColumn=15,title=iac-lint yaml-syntax::bad indentation');
    expect(lines[3]).toBe('::warning file=infra/huge.json,title=iac-lint file-too-large::skipped: larger than 10 MB');
  });

  it('maps note to notice', () => {
    const out = githubReporter(result([finding('a.yaml', 1, 'X', { severity: 'low' })]), ctx);
    expect(out.startsWith('::notice ')).toBe(true);
  });

  it('escapes properties and data as GitHub requires', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir:x/a,b%.yaml\n')).toBe('dir%3Ax/a%2Cb%25.yaml%0A');
    const out = githubReporter(result([finding('we,ird: 100%.yaml', 2, 'X', { message: 'line1\nline2 100%' })]), ctx);
    expect(out).toBe('::warning file=we%2Cird%3A 100%25.yaml,line=2,endLine=2,col=7,endColumn=17,title=RDS-030::line1%0Aline2 100%25 (X)\n');
  });
});
