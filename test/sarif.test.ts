import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { validateSarif } from './sarif-validate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = resolve(root, 'fixtures/cli');

async function sarifFor(paths: string[], cwd: string, automationId?: string): Promise<Sarif.Log> {
  const result = await lint({ paths, cwd });
  const text = sarifReporter(result, { cwd, color: false, toolVersion: '1.2.3', ...(automationId ? { automationId } : {}) });
  return JSON.parse(text) as Sarif.Log;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'iac-lint-sarif-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('SARIF report over real fixtures', () => {
  let log: Sarif.Log;
  let run: Sarif.Run;
  beforeAll(async () => {
    log = await sarifFor(['cfn', 'mixed', 'tf-modules'], fixtures, 'iac-lint/fixtures/');
    run = log.runs[0]!;
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(validateSarif(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  });

  it('describes the tool and each rule as GitHub code scanning expects', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'iac-lint', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const rule = driver.rules!.find((r) => r.id === 'RDS-030')!;
    expect(rule.name).toBeTruthy();
    expect(rule.shortDescription!.text).toBeTruthy();
    expect(rule.fullDescription!.text).toBeTruthy();
    expect(rule.help!.text).toBeTruthy();
    expect(rule.help!.markdown).toContain('modify-db-instance');
    expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(rule.defaultConfiguration!.level).toBe('warning');
    expect(rule.properties!.tags).toContain('security');
    expect(rule.properties!.precision).toBe('very-high');
    expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
    expect(rule.properties!['problem.severity']).toBe('warning');
  });

  it('places results relative to %SRCROOT%, with the resource as logical location', () => {
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${pathToFileURL(fixtures).href}/`);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.automationDetails).toEqual({ id: 'iac-lint/fixtures/' });
    const db = run.results!.find((r) => r.locations![0]!.logicalLocations![0]!.name === 'Db' && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'cfn/db.yaml')!;
    expect(db.ruleId).toBe('RDS-030');
    expect(run.tool.driver.rules![db.ruleIndex!]!.id).toBe('RDS-030');
    expect(db.level).toBe('warning');
    expect(db.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'cfn/db.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 5 },
    });
    expect(db.locations![0]!.logicalLocations).toEqual([{ name: 'Db', fullyQualifiedName: 'Resources.Db', kind: 'resource' }]);
    const tf = run.results!.find((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'tf-modules/modules/db/main.tf')!;
    expect(tf.locations![0]!.logicalLocations![0]).toMatchObject({ name: 'module.db.aws_db_instance.this', fullyQualifiedName: 'module.db.aws_db_instance.this' });
  });

  it('keeps suppressed findings with an inSource suppression and its reason', () => {
    const legacy = run.results!.find((r) => r.locations![0]!.logicalLocations![0]!.name === 'LegacyDb')!;
    expect(legacy.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'legacy application, replaced in Q3' }]);
    const others = run.results!.filter((r) => r !== legacy);
    expect(others.every((r) => r.suppressions === undefined)).toBe(true);
  });

  it('reports parse failures as tool execution notifications with their location', () => {
    const notes = run.invocations![0]!.toolExecutionNotifications!;
    const broken = notes.find((n) => n.locations![0]!.physicalLocation!.artifactLocation!.uri === 'mixed/broken.yaml')!;
    expect(broken.level).toBe('error');
    expect(broken.descriptor!.id).toBe('yaml-syntax');
    expect(broken.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(1);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
    // A Helm template (not YAML, not named) is skipped quietly.
    expect(notes.some((n) => n.locations![0]!.physicalLocation!.artifactLocation!.uri!.includes('helm'))).toBe(false);
  });
});

describe('SARIF artifact URIs', () => {
  it('percent-encodes spaces, non-ASCII and reserved characters in file names', async () => {
    const dir = join(tmp, 'names');
    mkdirSync(join(dir, 'with space'), { recursive: true });
    const template = readFileSync(join(fixtures, 'cfn/db.yaml'));
    writeFileSync(join(dir, 'with space', 'ünïcødé 数据库.yaml'), template);
    writeFileSync(join(dir, 'odd#name%20[1].yaml'), template);
    const log = await sarifFor(['.'], dir);
    expect(validateSarif(log)).toEqual([]);
    const uris = new Set(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect([...uris].sort()).toEqual(['odd%23name%2520%5B1%5D.yaml', 'with%20space/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%E6%95%B0%E6%8D%AE%E5%BA%93.yaml']);
    for (const uri of uris) {
      const base = log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri!;
      expect(fileURLToPath(new URL(uri!, base))).toMatch(/(ünïcødé 数据库|odd#name%20\[1\])\.yaml$/);
    }
  });

  it('flags an unencoded URI in the schema check (the check can fail)', async () => {
    const log = await sarifFor(['cfn/db.yaml'], fixtures);
    log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'with space/é.yaml';
    expect(validateSarif(log).join('\n')).toMatch(/uri-reference/);
  });
});

describe('partialFingerprints', () => {
  it('stay the same when unrelated lines move, while the region follows them', async () => {
    const dir = join(tmp, 'moves');
    mkdirSync(dir, { recursive: true });
    cpSync(join(fixtures, 'cfn/db.yaml'), join(dir, 'db.yaml'));
    const before = await sarifFor(['db.yaml'], dir);
    const text = readFileSync(join(dir, 'db.yaml'), 'utf8').replace(
      'Resources:\n',
      '# a comment\n# another\nParameters:\n  Unused:\n    Type: String\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
    );
    writeFileSync(join(dir, 'db.yaml'), text);
    const after = await sarifFor(['db.yaml'], dir);
    const prints = (log: Sarif.Log) => log.runs[0]!.results!.map((r) => r.partialFingerprints!['iacLint/v1']);
    const lines = (log: Sarif.Log) => log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.region!.startLine);
    expect(prints(before)).toHaveLength(2);
    expect(prints(after)).toEqual(prints(before));
    expect(lines(after)).toEqual(lines(before).map((l) => l! + 7));
    expect(new Set(prints(before)).size).toBe(2);
  });
});
