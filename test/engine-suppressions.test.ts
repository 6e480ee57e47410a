import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runRules } from '../src/engine/runner.js';
import { allRules } from '../src/engine/registry.js';
import { hclComment, yamlComment } from '../src/engine/suppressions.js';
import { fixtureCases, parseCase } from './rules-fixtures.js';

/**
 * SPEC §5 suppressions over fixtures/rules/RDS-030/suppressed: every resource
 * there is non-compliant, so each one yields a finding; the table says which
 * findings are suppressed, how, with what reason, and where the suppression is.
 */
type Row = [resource: string, via: 'comment' | 'metadata' | null, reason?: string, line?: number];

const table: Record<string, Row[]> = {
  'fixtures/rules/RDS-030/suppressed/comments.yaml': [
    ['Legacy', 'comment', 'legacy app still uses passwords; tracked in OPS-42', 6],
    ['Several', 'comment', 'migrating in Q3', 13],
    ['NoReason', 'comment', '', 19],
    ['InString', null],
    ['OtherRule', null],
    ['Unsuppressed', null],
  ],
  'fixtures/rules/RDS-030/suppressed/metadata.yaml': [
    ['Reporting', 'metadata', 'read-only reporting replica, no application users', 9],
    ['OtherRuleOnly', null],
  ],
  'fixtures/rules/RDS-030/suppressed/metadata.json': [
    ['Reporting', 'metadata', 'accepted by security review SR-7', 10],
    ['StringIsNotAComment', null],
  ],
  'fixtures/rules/RDS-030/suppressed/tf-comments': [
    ['aws_db_instance.hash', 'comment', 'batch job authenticates with Secrets Manager', 2],
    ['aws_db_instance.slashes', 'comment', 'decommissioned next sprint', 8],
    ['aws_rds_cluster.no_reason', 'comment', '', 12],
    ['aws_db_instance.in_string', null],
    ['aws_db_instance.in_heredoc', null],
    ['aws_db_instance.other_rule', null],
  ],
};

describe('suppressions', () => {
  const cases = fixtureCases('RDS-030', 'suppressed');
  it('covers every suppression fixture', () => {
    expect(cases.map((c) => c.path).sort()).toEqual(Object.keys(table).sort());
  });

  describe.each(cases.map((c) => [c.path, c] as const))('%s', (path, c) => {
    it.each([false, true])('marks exactly the suppressed findings, with reason and place (strict: %s)', async (strict) => {
      const parsed = await parseCase(c);
      const { findings, diagnostics } = runRules(parsed.templates, allRules, { strict });
      expect(diagnostics).toEqual([]);
      const got = findings
        .map((f): Row => {
          const s = f.suppression;
          return s ? [f.resource.name, s.via, s.reason, s.range?.start.line] : [f.resource.name, null];
        })
        .sort((a, b) => a[0].localeCompare(b[0]));
      expect(got).toEqual([...table[path]!].sort((a, b) => a[0].localeCompare(b[0])));
    });
  });
});

describe('comment detection', () => {
  it.each([
    ['# iac-lint:ignore X', 0],
    ['  Engine: mysql # note', 16],
    ['  Engine: mysql#no', undefined],
    ['  Name: "a # b"', undefined],
    ["  Name: 'it''s # here'", undefined],
    ["  Name: it's # comment", 13],
    ['  - "x" # after', 8],
    ['  "Key": "# not a comment"', undefined],
    ['  url: http://x/#frag', undefined],
  ])('YAML %j → %s', (line, start) => {
    expect(yamlComment(line)?.commentStart).toBe(start);
  });

  it.each([
    ['# iac-lint:ignore X', 0],
    ['  engine = "mysql" // note', 19],
    ['  engine = "mysql" # note', 19],
    ['  note = "# not \\" # a comment"', undefined],
    ['  url = "https://x/#y" // real', 23],
  ])('HCL %j → %s', (line, start) => {
    expect(hclComment(line)?.commentStart).toBe(start);
  });
});

describe('comment detection properties', () => {
  const text = fc.string({ unit: 'grapheme' }).filter((x) => !/[\r\n]/.test(x));
  it('never finds a comment inside a double-quoted value (YAML and HCL)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const quoted = JSON.stringify(value);
        expect(yamlComment(`  Key: ${quoted}`)).toBeUndefined();
        expect(hclComment(`  key = ${quoted}`)).toBeUndefined();
      }),
    );
  });
  it('finds a comment that follows a quoted value, whatever the value holds', () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = `  key: ${JSON.stringify(value)} # iac-lint:ignore RDS-030 r`;
        expect(yamlComment(line)?.commentStart).toBe(line.lastIndexOf(' # ') + 1);
        const hcl = `  key = ${JSON.stringify(value)} // iac-lint:ignore RDS-030 r`;
        expect(hclComment(hcl)?.commentStart).toBe(hcl.lastIndexOf(' // ') + 1);
      }),
    );
  });
});
