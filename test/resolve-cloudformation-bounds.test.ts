// SPEC §7: the CloudFormation resolver bounds its work per value. Each input
// here is generated; before the bounds each one ran for minutes to hours
// (issue 17 items 2 and 12).
import { describe, expect, it } from 'vitest';
import { getEntry } from '../src/model/node.js';
import type { CloudFormationTemplate, Resource } from '../src/model/resource.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { cloudFormationResolver, MAX_POSSIBILITIES, resourceCondition } from '../src/resolve/cloudformation.js';
import { runRules } from '../src/engine/runner.js';
import { selectRules } from '../rules/index.js';

function template(text: string): CloudFormationTemplate {
  const parsed = parseCloudFormation('t.yaml', text);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.templates[0]!;
}

function resolveProperty(t: CloudFormationTemplate, resource: string, key: string) {
  const r = t.resources.find((x) => x.name === resource)!;
  return cloudFormationResolver.resolve(r, getEntry(r.properties, key)!.value);
}

function elapsed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('bounded CloudFormation resolution', () => {
  it('a parameter whose AllowedValues refer to itself resolves at once (issue 17 item 2: ~2^32 steps)', () => {
    const t = template(
      'Parameters: {P: {Type: String, AllowedValues: [!Ref P, !Ref P]}}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !Ref P\n',
    );
    const { value, ms } = elapsed(() => resolveProperty(t, 'Db', 'Engine'));
    expect(ms).toBeLessThan(1000);
    expect(value.every((p) => p.kind === 'unknown')).toBe(true);
  });

  it('values shared through YAML aliases (a DAG of Fn::If with 2^16 paths) stop at the step bound', () => {
    const lines = ['Conditions: {C: !Equals [!Ref AWS::Region, x]}', 'Parameters: {Q: {Type: String, Default: mysql}}', 'Mappings: {}', 'Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:'];
    let previous = '!Ref Q';
    const anchors: string[] = [];
    for (let i = 0; i < 16; i++) {
      anchors.push(`      X${i}: &a${i} !If [C, ${previous}, ${previous}]`);
      previous = `*a${i}`;
    }
    const t = template([...lines, ...anchors, `      Engine: ${previous}`, ''].join('\n'));
    const { value, ms } = elapsed(() => resolveProperty(t, 'Db', 'Engine'));
    expect(ms).toBeLessThan(2000);
    expect(value.length).toBeLessThanOrEqual(MAX_POSSIBILITIES + 1);
    expect(value.some((p) => p.kind === 'unknown' && /steps|possible values/.test(p.reason))).toBe(true);
  });

  it('a chain of conditions each using the previous one twice is decided once per condition', () => {
    const lines = ['Parameters: {Env: {Type: String}}', 'Conditions:', '  C0: !Equals [!Ref Env, prod]'];
    for (let i = 1; i < 5000; i++) lines.push(`  C${i}: !And [!Condition C${i - 1}, !Or [!Condition C${i - 1}, !Condition C${i - 1}]]`);
    lines.push('Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Condition: C4999', '    Properties:', '      Engine: !If [C4999, mysql, postgres]', '');
    const t = template(lines.join('\n'));
    t.given = new Map([['Env', { kind: 'value', value: 'prod', source: '--parameters' }]]);
    const { value, ms } = elapsed(() => resolveProperty(t, 'Db', 'Engine'));
    expect(ms).toBeLessThan(1000);
    expect(value.map((p) => (p.kind === 'value' ? p.value : p.kind))).toEqual(['mysql']);
    expect(resourceCondition(t.resources[0] as Resource).value).toBe(true);
  });

  it('FindInMap [M, !Ref P, !Ref P] over K allowed values is bounded (issue 17 item 12: K^2 · K)', () => {
    const k = 3000;
    const keys = Array.from({ length: k }, (_, i) => `k${i}`);
    const mapping = keys.slice(0, 200).map((a) => `    ${a}: {${keys.slice(0, 200).map((b) => `${b}: mysql`).join(', ')}}`);
    const text = [
      'Parameters:',
      `  P: {Type: String, AllowedValues: [${keys.join(', ')}]}`,
      'Mappings:',
      '  M:',
      ...mapping,
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: !FindInMap [M, !Ref P, !Ref P]',
      '',
    ].join('\n');
    const t = template(text);
    const { value, ms } = elapsed(() => resolveProperty(t, 'Db', 'Engine'));
    expect(ms).toBeLessThan(2000);
    expect(value.some((p) => p.kind === 'value' && p.value === 'mysql')).toBe(true);
    expect(value.length).toBeLessThanOrEqual(MAX_POSSIBILITIES + 1);
  });

  it('a read-replica chain of 6,000 instances lints in linear time (issue 17 item 12: 400 KB took 8 s, 806 KB 160 s)', () => {
    const run = (n: number) => {
      const lines = ['Resources:', '  Db0:', '    Type: AWS::RDS::DBInstance', '    Properties: {Engine: mysql, EnableIAMDatabaseAuthentication: true}'];
      for (let i = 1; i < n; i++) lines.push(`  Db${i}:`, '    Type: AWS::RDS::DBInstance', `    Properties: {SourceDBInstanceIdentifier: !Ref Db${i - 1}}`);
      const t = template(`${lines.join('\n')}\n`);
      return elapsed(() => runRules([t], selectRules(['RDS-030']), { strict: false }));
    };
    run(200); // warm up
    const { value, ms } = run(6000);
    expect(value.findings.length).toBeGreaterThan(0); // a replica must set the setting itself
    expect(ms).toBeLessThan(5000);
  });

  it('conditions that refer to each other in a cycle stay undecided, and resolution ends', () => {
    const t = template(
      [
        'Parameters: {Env: {Type: String}}',
        'Conditions:',
        '  A: !And [!Condition B, !Equals [!Ref Env, prod]]',
        '  B: !Not [!Condition A]',
        'Resources:',
        '  Db:',
        '    Type: AWS::RDS::DBInstance',
        '    Condition: A',
        '    Properties:',
        '      Engine: !If [A, mysql, postgres]',
        '',
      ].join('\n'),
    );
    t.given = new Map([['Env', { kind: 'value', value: 'prod', source: '--parameters' }]]);
    const engines = resolveProperty(t, 'Db', 'Engine').map((p) => (p.kind === 'value' ? p.value : p.kind));
    expect(engines).toEqual(['mysql', 'postgres']);
    const created = resourceCondition(t.resources[0] as Resource);
    expect(created.value).toBeUndefined();
    expect(created.cycle).toEqual(['A', 'B', 'A']);
  });
});
