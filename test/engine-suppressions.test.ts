import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runRules } from '../src/engine/runner.js';
import { allRules } from '../rules/index.js';
import { parseTerraformModule } from '../src/parsers/terraform/index.js';
import { loadTerraformResolution } from '../src/resolve/index.js';
import { parseDirective } from '../src/engine/suppressions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { fixtureCases, parseCase, root } from './rules-fixtures.js';

// Terraform modules are judged with their resolution loaded, as the lint run loads it for a Terraform directory.
beforeAll(() => loadTerraformResolution());

/**
 * SPEC §5 suppressions over fixtures/rules/RDS-030/suppressed: every resource
 * there is non-compliant, so each one yields a finding; the table says which
 * findings are suppressed, how, with what reason, and where the suppression is.
 */
type Row = [resource: string, via: 'comment' | 'metadata' | 'baseline' | null, reason?: string, line?: number];
/** A warning about a suppression: code, line, column. */
type Warning = [code: string, line: number, column: number];

const table: Record<string, { findings: Row[]; warnings: Warning[] }> = {
  'fixtures/rules/RDS-030/suppressed/comments.yaml': {
    findings: [
      ['Legacy', 'comment', 'legacy app still uses passwords; tracked in OPS-42', 6],
      ['Several', 'comment', 'migrating in Q3', 13],
      ['Trailing', 'comment', 'after the last value, indented like the properties', 19],
      ['InBlockScalar', null],
      ['InQuotedString', null],
      ['Unsuppressed', null],
    ],
    warnings: [['suppression-unknown-rule', 13, 25]],
  },
  'fixtures/rules/RDS-030/suppressed/above-header.yaml': {
    findings: [
      ['Reporting', 'comment', 'reporting replica, read-only users', 4],
      ['Batch', 'comment', 'batch import, passwords rotated by Secrets Manager', 9],
      ['Separated', 'comment', 'inside Separated: indented deeper than its key', 21],
      ['AfterDeeperComment', null],
    ],
    warnings: [['unused-suppression', 15, 3]],
  },
  'fixtures/rules/RDS-030/suppressed/metadata.yaml': {
    findings: [
      ['Reporting', 'metadata', 'read-only reporting replica, no application users', 9],
      ['OtherRuleOnly', null],
    ],
    warnings: [['suppression-unknown-rule', 19, 13]],
  },
  'fixtures/rules/RDS-030/suppressed/metadata.json': {
    findings: [
      ['Reporting', 'metadata', 'accepted by security review SR-7', 10],
      ['StringIsNotAComment', null],
    ],
    warnings: [],
  },
  'fixtures/rules/RDS-030/suppressed/warnings.yaml': {
    findings: [
      ['Typo', null],
      ['Bare', null],
      ['ReasonOnly', null],
      ['MetadataWithoutId', null],
    ],
    warnings: [
      ['unused-suppression', 4, 3],
      ['suppression-unknown-rule', 11, 21],
      ['suppression-without-rule', 13, 5],
      ['suppression-without-rule', 18, 5],
      ['unused-suppression', 22, 3],
      ['unused-suppression', 29, 5],
      ['suppression-without-rule', 36, 13],
      ['suppression-unknown-rule', 37, 13],
    ],
  },
  'fixtures/rules/RDS-030/suppressed/tf-comments': {
    findings: [
      ['aws_db_instance.hash', 'comment', 'batch job authenticates with Secrets Manager', 2],
      ['aws_db_instance.slashes', 'comment', 'decommissioned next sprint', 8],
      ['aws_rds_cluster.on_header', 'comment', 'on the header line', 12],
      ['aws_db_instance.block_inside', 'comment', 'block comment inside', 18],
      ['aws_db_instance.above_hash', 'comment', 'directly above the header', 21],
      ['aws_db_instance.above_slashes', 'comment', 'directly above, with a second comment line', 26],
      ['aws_db_instance.above_block', 'comment', 'a block comment over several lines above the header', 32],
      ['aws_db_instance.in_string', null],
      ['aws_db_instance.in_heredoc', null],
      ['aws_db_instance.unsuppressed', null],
    ],
    warnings: [],
  },
  'fixtures/rules/RDS-030/suppressed/tf-module-calls': {
    findings: [
      ['module.reporting.module.db_instance.aws_db_instance.this', 'comment', 'reporting replica, read-only users', 5],
      ['module.orders.module.db_instance.aws_db_instance.this', 'comment', 'on the argument the finding points at', 14],
      ['module.installed.aws_db_instance.this', 'comment', 'on the header of an installed module\'s call', 17],
      ['module.fleet.module.db_instance.aws_db_instance.this', 'comment', 'every instance of the call', 22],
      ['module.unsuppressed.module.db_instance.aws_db_instance.this', null],
    ],
    warnings: [
      ['unused-suppression', 28, 1],
      ['unused-suppression', 35, 1],
    ],
  },
  'fixtures/rules/RDS-030/suppressed/tf-warnings': {
    findings: [
      ['aws_db_instance.typo', null],
      ['aws_db_instance.bare', null],
      ['aws_db_instance.separated', null],
    ],
    warnings: [
      ['unused-suppression', 2, 3],
      ['suppression-unknown-rule', 7, 20],
      ['suppression-without-rule', 11, 3],
      ['unused-suppression', 15, 1],
      ['unused-suppression', 21, 1],
    ],
  },
};

describe('suppressions', () => {
  const cases = fixtureCases('RDS-030', 'suppressed');
  it('covers every suppression fixture', () => {
    expect(cases.map((c) => c.path).sort()).toEqual(Object.keys(table).sort());
  });

  describe.each(cases.map((c) => [c.path, c] as const))('%s', (path, c) => {
    it.each([false, true])('marks exactly the suppressed findings, with reason and place, and warns at each suppression that does not work (strict: %s)', async (strict) => {
      const parsed = await parseCase(c);
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const { findings, diagnostics } = runRules(parsed.templates, allRules, { strict });
      const got = findings
        .map((f): Row => {
          const s = f.suppression;
          return s ? [f.resource.name, s.via, s.reason, s.range?.start.line] : [f.resource.name, null];
        })
        .sort((a, b) => a[0].localeCompare(b[0]));
      expect(got).toEqual([...table[path]!.findings].sort((a, b) => a[0].localeCompare(b[0])));
      const warnings = diagnostics.map((d): Warning => [d.code, d.range!.start.line, d.range!.start.column]);
      expect(warnings.sort((a, b) => a[1] - b[1])).toEqual(table[path]!.warnings);
      expect(diagnostics.every((d) => d.severity === 'warning' && d.file.startsWith(c.path))).toBe(true);
    });
  });

  it('says which rule a mistyped id may mean, and how to name one', async () => {
    const [c] = fixtureCases('RDS-030', 'suppressed').filter((x) => x.path.endsWith('warnings.yaml'));
    const { diagnostics } = runRules((await parseCase(c!)).templates, allRules, { strict: false });
    const messages = diagnostics.map((d) => d.message);
    expect(messages).toContain('iac-lint:ignore names unknown rule RDS-03O (did you mean RDS-030?)');
    expect(messages).toContain('iac-lint:ignore RDS-030 suppresses nothing: Compliant has no RDS-030 finding; remove it');
    expect(messages).toContain('iac-lint:ignore RDS-030 suppresses nothing: it is not inside or directly above a resource; remove it');
    expect(messages.filter((m) => m.includes('names no rule'))).toHaveLength(3);
  });

  it('does not call a suppression of a finding that only --strict shows unused', async () => {
    const path = 'fixtures/suppressions/strict-only.yaml';
    const parsed = await parseCloudFormation(path, readFileSync(join(root, path), 'utf8'));
    for (const strict of [false, true]) {
      const { findings, diagnostics } = runRules(parsed.templates, allRules, { strict });
      expect(diagnostics).toEqual([]);
      expect(findings.every((f) => f.suppression)).toBe(true);
      expect(findings).toHaveLength(strict ? 1 : 0);
    }
  });

  it('does not warn about rules that did not run', async () => {
    const [c] = fixtureCases('RDS-030', 'suppressed').filter((x) => x.path.endsWith('warnings.yaml'));
    const { diagnostics } = runRules((await parseCase(c!)).templates, [], { strict: false, knownRules: allRules.map((r) => r.meta.id) });
    expect(diagnostics.map((d) => d.code)).not.toContain('unused-suppression');
    expect(diagnostics.map((d) => d.code)).toContain('suppression-unknown-rule');
  });
});

describe('directives', () => {
  it.each([
    ['iac-lint:ignore RDS-030 legacy app', ['RDS-030'], 'legacy app'],
    [' iac-lint:ignore rds-030,S3-001 two rules', ['RDS-030', 'S3-001'], 'two rules'],
    [' iac-lint:ignore RDS-030, S3-001', ['RDS-030', 'S3-001'], ''],
    [' iac-lint:ignore', [], ''],
    [' iac-lint:ignore legacy application', [], 'legacy application'],
    [' iac-lint:ignore RDS-03O typo', ['RDS-03O'], 'typo'],
    ['\n  iac-lint:ignore RDS-030 over\n  two lines\n', ['RDS-030'], 'over two lines'],
    [' iac-lint:ignore RDS-030 in a block */', ['RDS-030'], 'in a block'],
  ])('%j names %j with reason %j', (text, ids, reason) => {
    expect(parseDirective(text)).toEqual({ ruleIds: ids, reason });
  });
  it.each([' note: iac-lint:ignore RDS-030', ' iac-lint:ignored RDS-030', ' iac-lint:ignore-next RDS-030'])('%j is no directive', (text) => {
    expect(parseDirective(text)).toBeUndefined();
  });
});

describe('HCL comments from the parser', () => {
  it('are the lexer\'s: #, // and /* */, and nothing inside strings, templates or heredocs', async () => {
    const text = [
      '# one',
      'locals {',
      '  a = "x # y" // two',
      '  b = "${lower("}")} # no" /* three',
      '  still three */',
      '  d = <<-EOT',
      '  # not a comment',
      '  EOT',
      '}',
    ].join('\r\n');
    const { modules } = await parseTerraformModule('m', [{ path: 'm/main.tf', text }]);
    expect(modules[0]?.comments?.get('m/main.tf')?.map((c) => [c.range.start.line, c.range.start.column])).toEqual([
      [1, 1],
      [3, 15],
      [4, 28],
    ]);
  });
});

describe('YAML comments from the parser', () => {
  const value = fc.string({ unit: 'grapheme' }).filter((x) => !/[\r\n]/.test(x));
  it('are the comments as YAML reads them, whatever a quoted value holds', async () => {
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const text = `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: ${JSON.stringify(v)} # c\n`;
        const [template] = (await parseCloudFormation('t.yaml', text)).templates;
        expect(template?.comments?.map((c) => [c.range.start.line, c.text])).toEqual([[5, ' c']]);
      }),
    );
  });
  it('has none in block scalars and multi-line quoted strings', async () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: # r\n  A:\n    Type: AWS::S3::Bucket\n    Metadata:\n      x: |\n        # no\n      y: "two\n        # no"\n';
    expect((await parseCloudFormation('t.yaml', text)).templates[0]?.comments?.map((c) => c.text)).toEqual([' r']);
  });
});
