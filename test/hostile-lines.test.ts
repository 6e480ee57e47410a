// Issue 17 (fuzz target): inputs the fuzzer found, or that it makes on
// purpose, whose outputs grew with the input — a long identifier, key,
// logical ID, suppression reason or parameter name. Each is linted with the
// CLI in every format and with the Action (test/bounded-output.ts): no line
// longer than LINE_LIMIT, the summary within 1 MiB, SARIF valid.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTE_LIMIT } from '../src/model/quote.js';
import { lintEveryWay } from './bounded-output.js';

const LONG = 'x'.repeat(5_000);
let work: string;
let n = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-lines-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A case directory with `files` under `in/` (and `context` beside it). */
function lay(files: Record<string, string>, context: Record<string, string> = {}): string {
  const root = join(work, `case-${n++}`);
  mkdirSync(join(root, 'in'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'in', name), text);
  for (const [name, text] of Object.entries(context)) writeFileSync(join(root, name), text);
  return root;
}

/** A JSON template (YAML keys are at most 1,024 characters) with one MySQL instance without IAM authentication. */
const DB_JSON = (name: string): string => JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { [name]: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql' } } } });

describe('outputs do not grow with names and keys in the input', () => {
  it('an HCL syntax error quotes a long identifier shortened', async () => {
    const { code, report } = await lintEveryWay(lay({ 'main.tf': `${LONG}\nresource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n` }));
    expect(code).toBe(2);
    expect(report.diagnostics.map((d) => d.code)).toContain('hcl-syntax');
    for (const d of report.diagnostics) expect(d.message.length).toBeLessThan(200);
  });

  it('a JSON syntax error quotes a long key shortened', async () => {
    const { code, report } = await lintEveryWay(lay({ 't.json': `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"${LONG}" 1}}` }));
    expect(code).toBe(2);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
    expect(report.diagnostics[0]!.message.length).toBeLessThan(200);
  });

  it('a duplicate key, a wrong shape and an undeclared parameter name a long key shortened', async () => {
    const root = lay(
      { 'dup.json': `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"${LONG}": 1, "${LONG}": 2}}` },
      { 'params.json': JSON.stringify([{ ParameterKey: LONG, ParameterValue: 'v' }]) },
    );
    const { report } = await lintEveryWay(root, ['--parameter-files', 'params.json'], { 'INPUT_PARAMETER-FILES': 'params.json' });
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['cfn-template-shape', 'duplicate-key', 'parameter-undeclared']);
    for (const d of report.diagnostics) expect(d.message.length).toBeLessThan(200);
  });

  it('a finding on a resource with a 5,000-character logical ID', async () => {
    const { code, report } = await lintEveryWay(lay({ 't.json': DB_JSON(LONG) }));
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
  });

  it('a finding suppressed with a long reason, on many resources', async () => {
    const resources = Array.from({ length: 40 }, (_, i) => `  Db${i}:\n    # iac-lint:ignore RDS-030 ${'because '.repeat(400)}\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n`).join('');
    const { code, report } = await lintEveryWay(lay({ 't.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}` }));
    expect(code).toBe(0);
    expect(report.findings).toHaveLength(40);
  });

  it('control and bidi characters in a logical ID of a finding', async () => {
    const { report } = await lintEveryWay(lay({ 't.json': DB_JSON(`Db\u202e\u001b[31m${'\u202e'.repeat(3_000)}`) }));
    expect(report.findings).toHaveLength(1);
    expect(QUOTE_LIMIT).toBe(60);
  });
});
