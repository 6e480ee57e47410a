import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { findRule } from '../rules/index.js';
import type { LintResult } from '../src/model/lint-result.js';
import { markdownSummary } from '../src/reporters/markdown-summary.js';

const rds030 = findRule('RDS-030')!.meta;
const ctx = { cwd: '/repo', color: false, toolVersion: '0.0.0' };

function finding(file: string, line: number, message: string, severity: Finding['severity'] = 'medium'): Finding {
  const position = { line, column: 3, offset: 0 };
  return {
    ruleId: 'RDS-030',
    messageId: 'false',
    severity,
    message,
    file,
    range: { start: position, end: position },
    resource: { name: 'Db', type: 'AWS::RDS::DBInstance', format: 'cloudformation' },
  };
}

function result(findings: Finding[]): LintResult {
  return { findings, diagnostics: [], filesScanned: 3, rules: [rds030] };
}

describe('markdownSummary (job summary)', () => {
  it('keeps table cells in their column: pipes, backticks, HTML and line breaks are escaped', () => {
    const md = markdownSummary(result([finding('a b/t|x.yaml', 4, 'uses `a|b` <b>bold</b>\nnext line')]), ctx);
    const row = md.split('\n').find((l) => l.startsWith('| medium |'))!;
    expect(row).toContain('uses \\`a\\|b\\` \\<b\\>bold\\<\\/b\\> next line');
    expect(row).toContain('`a b/t\\|x.yaml:4`');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('links locations to the line when a blob URL is given, encoding the path', () => {
    const md = markdownSummary(result([finding('infra/my db.yaml', 12, 'm')]), ctx, { blobUrl: 'https://github.com/o/r/blob/abc/' });
    expect(md).toContain('[`infra/my db.yaml:12`](https://github.com/o/r/blob/abc/infra/my%20db.yaml#L12)');
  });

  it('orders findings by severity, then file and line, and caps the table', () => {
    const md = markdownSummary(
      result([finding('b.yaml', 2, 'm'), finding('a.yaml', 9, 'm'), finding('z.yaml', 1, 'm', 'high'), finding('a.yaml', 3, 'm')]),
      ctx,
      { maxRows: 3 },
    );
    const rows = md.split('\n').filter((l) => /^\| (high|medium) \|/.test(l));
    expect(rows.map((r) => /`([^`]+)`/.exec(r)![1])).toEqual(['z.yaml:1', 'a.yaml:3', 'a.yaml:9']);
    expect(md).toContain('…and 1 more (see the SARIF file).');
    expect(md).toMatch(/\| Findings \| 4 \(1 high, 3 medium\) \|/);
  });

  it('shows how to fix only for the formats found, and nothing to fix when all is well', () => {
    const md = markdownSummary(result([finding('a.yaml', 1, 'm')]), ctx);
    expect(md).toContain('**CloudFormation**');
    expect(md).not.toContain('**Terraform**');
    const clean = markdownSummary(result([]), ctx);
    expect(clean).toContain('## iac-lint: no findings');
    expect(clean).not.toContain('### How to fix');
  });

  it('counts suppressed findings apart', () => {
    const suppressed = { ...finding('a.yaml', 1, 'm'), suppression: { via: 'comment' as const, reason: 'r' } };
    const md = markdownSummary(result([suppressed]), ctx);
    expect(md).toContain('## iac-lint: no findings');
    expect(md).toMatch(/\| Suppressed \| 1 \|/);
  });
});
