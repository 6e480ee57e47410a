import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import type { LintResult } from '../src/model/lint-result.js';
import { gitlabReporter } from '../src/reporters/gitlab.js';
import { junitReporter } from '../src/reporters/junit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = resolve(root, 'fixtures/cli');
// The Jenkins xUnit plugin's JUnit schema, vendored (see its header).
const JUNIT_XSD = readFileSync(resolve(root, 'test/schemas/junit-10.xsd'), 'utf8');
const ctx = { cwd: fixtures, color: false, toolVersion: '9.9.9' };

async function junitErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: { fileName: 'junit-10.xsd', contents: JUNIT_XSD } });
  return r.errors.map((e) => e.rawMessage);
}

/** A finding whose message and names hold what XML and JSON must carry safely. */
function withHostileFinding(result: LintResult): LintResult {
  const base = result.findings.find((f) => !f.suppression)!;
  const hostile = {
    ...base,
    file: 'odd/a&b <c>.yaml',
    message: 'value "x" & <y> ]]> \u001b[31mred\u0007 \ud800 tab\there\nnext',
    resource: { ...base.resource, name: "Db'\"<>&" },
  };
  return { ...result, findings: [...result.findings, hostile], scannedFiles: [...(result.scannedFiles ?? []), hostile.file] };
}

let result: LintResult;
beforeAll(async () => {
  // Real files: a finding, a suppressed finding, a compliant template, a file that cannot be parsed.
  result = await lint({ paths: ['cfn', 'mixed'], cwd: fixtures, workers: 0 });
});

describe('junit reporter', () => {
  it('is valid against the JUnit XSD, also with hostile characters in messages and names', async () => {
    expect(await junitErrors(junitReporter(result, ctx))).toEqual([]);
    expect(await junitErrors(junitReporter(withHostileFinding(result), ctx))).toEqual([]);
  });

  it('the XSD check can fail: a report without the required attribute is rejected', async () => {
    const broken = junitReporter(result, ctx).replace(/(<testsuite name="[^"]*") tests="\d+"/, '$1');
    expect(await junitErrors(broken)).not.toEqual([]);
  });

  it('has one testcase per rule × scanned file, a failure per finding, suppressed findings skipped, input problems as errors', () => {
    const xml = junitReporter(result, ctx);
    expect(result.scannedFiles).toEqual(['cfn/db.yaml', 'cfn/good.json', 'mixed/broken.yaml', 'mixed/db.json']);
    const cases = [...xml.matchAll(/<testcase classname="RDS-030" name="([^"]+)"/g)].map((m) => m[1]);
    expect(cases).toEqual(['cfn/db.yaml', 'cfn/good.json', 'mixed/broken.yaml', 'mixed/db.json']);
    expect([...xml.matchAll(/<failure /g)]).toHaveLength(2);
    expect(xml).toContain('<testsuite name="RDS-030 RDS database without IAM database authentication" tests="4" failures="2" errors="0">');
    expect(xml).toMatch(/<testcase classname="iac-lint" name="mixed\/broken\.yaml" file="mixed\/broken\.yaml">\n {6}<error type="yaml-syntax"/);
    expect(xml).toMatch(/<testsuites name="iac-lint" tests="5" failures="2" errors="1">/);
  });

  it('escapes markup and shows characters XML cannot hold as \\uXXXX', () => {
    const xml = junitReporter(withHostileFinding(result), ctx);
    expect(xml).toContain('name="odd/a&amp;b &lt;c&gt;.yaml"');
    expect(xml).toContain('value &quot;x&quot; &amp; &lt;y&gt; ]]&gt; \\u001b[31mred\\u0007 \\ud800 tab&#9;here&#10;next (Db&apos;'.replace('&apos;', "'"));
    expect(xml).not.toMatch(/[\u0000-\u0008\u001b]/);
  });
});

describe('gitlab reporter (GitLab Code Quality)', () => {
  // The fields GitLab documents as required for each issue of a Code Quality report
  // (docs.gitlab.com, ci/testing/code_quality, "Code Quality report format").
  const schema = {
    type: 'array',
    items: {
      type: 'object',
      required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
      properties: {
        description: { type: 'string', minLength: 1 },
        check_name: { type: 'string', minLength: 1 },
        fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
        severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
        location: {
          type: 'object',
          required: ['path', 'lines'],
          properties: {
            path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./)' } },
            lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
          },
        },
      },
    },
  };
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('has GitLab’s required fields on every issue, with unique fingerprints', () => {
    const issues = JSON.parse(gitlabReporter(withHostileFinding(result), ctx)) as Array<Record<string, unknown>>;
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('lists findings that are not suppressed (rule, severity, place) and input problems', () => {
    const issues = JSON.parse(gitlabReporter(result, ctx)) as Array<{ check_name: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['RDS-030', 'major', 'cfn/db.yaml', 4],
      ['RDS-030', 'major', 'mixed/db.json', 5],
      ['iac-lint/yaml-syntax', 'major', 'mixed/broken.yaml', expect.any(Number)],
    ]);
  });

  it('keeps a finding’s fingerprint when unrelated lines move', () => {
    const moved: LintResult = {
      ...result,
      findings: result.findings.map((f) => ({ ...f, range: { start: { ...f.range.start, line: f.range.start.line + 7 }, end: { ...f.range.end, line: f.range.end.line + 7 } } })),
    };
    const prints = (r: LintResult) => (JSON.parse(gitlabReporter(r, ctx)) as Array<{ check_name: string; fingerprint: string }>).filter((i) => i.check_name === 'RDS-030').map((i) => i.fingerprint);
    expect(prints(moved)).toEqual(prints(result));
  });
});
