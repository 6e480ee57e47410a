// SPEC §7: the CloudFormation resolver bounds its work per value. Each input
// here is generated; before the bounds each one ran for minutes to hours
// (issue 17 items 2 and 12). Work is what the resolver counts (src/model/work.ts:
// values evaluated, mapping entries and resources visited), bounded by the
// input's size; a wall-clock bound would flake on a busy machine.
import { describe, expect, it } from 'vitest';
import { getEntry } from '../src/model/node.js';
import type { CloudFormationTemplate, Resource } from '../src/model/resource.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { cloudFormationResolver, MAX_POSSIBILITIES, MAX_STEPS, resourceCondition } from '../src/resolve/cloudformation.js';
import { runRules } from '../src/engine/runner.js';
import { selectRules } from '../rules/index.js';
import { workOf } from './work-counts.js';

async function template(text: string): Promise<CloudFormationTemplate> {
  const parsed = await parseCloudFormation('t.yaml', text);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.templates[0]!;
}

function resolveProperty(t: CloudFormationTemplate, resource: string, key: string) {
  const r = t.resources.find((x) => x.name === resource)!;
  return cloudFormationResolver.resolve(r, getEntry(r.properties, key)!.value);
}

describe('bounded CloudFormation resolution', () => {
  it('a parameter whose AllowedValues refer to itself resolves at once (issue 17 item 2: ~2^32 steps)', async () => {
    const t = await template(
      'Parameters: {P: {Type: String, AllowedValues: [!Ref P, !Ref P]}}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !Ref P\n',
    );
    const { value, work } = await workOf(() => resolveProperty(t, 'Db', 'Engine'));
    expect(value.every((p) => p.kind === 'unknown')).toBe(true);
    // The Ref, and no more: AllowedValues are literals only (following !Ref P inside them took 2^32 steps unbounded, MAX_STEPS bounded).
    expect(work.resolveSteps).toBe(1);
  });

  it('values shared through YAML aliases (a DAG of Fn::If with 2^16 paths) stop at the step bound', async () => {
    const lines = ['Conditions: {C: !Equals [!Ref AWS::Region, x]}', 'Parameters: {Q: {Type: String, Default: mysql}}', 'Mappings: {}', 'Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:'];
    let previous = '!Ref Q';
    const anchors: string[] = [];
    for (let i = 0; i < 16; i++) {
      anchors.push(`      X${i}: &a${i} !If [C, ${previous}, ${previous}]`);
      previous = `*a${i}`;
    }
    const t = await template([...lines, ...anchors, `      Engine: ${previous}`, ''].join('\n'));
    const { value, work } = await workOf(() => resolveProperty(t, 'Db', 'Engine'));
    expect(value.length).toBeLessThanOrEqual(MAX_POSSIBILITIES + 1);
    expect(value.some((p) => p.kind === 'unknown' && /steps|possible values/.test(p.reason))).toBe(true);
    // Each value evaluated within the bound tries at most its two branches; every path would be 2^17 - 1 = 131,071.
    expect(work.resolveSteps).toBeLessThanOrEqual(2 * MAX_STEPS + 1);
  });

  it('a chain of conditions each using the previous one twice is decided once per condition', async () => {
    const lines = ['Parameters: {Env: {Type: String}}', 'Conditions:', '  C0: !Equals [!Ref Env, prod]'];
    for (let i = 1; i < 5000; i++) lines.push(`  C${i}: !And [!Condition C${i - 1}, !Or [!Condition C${i - 1}, !Condition C${i - 1}]]`);
    lines.push('Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Condition: C4999', '    Properties:', '      Engine: !If [C4999, mysql, postgres]', '');
    const t = await template(lines.join('\n'));
    t.given = new Map([['Env', { kind: 'value', value: 'prod', source: '--parameters' }]]);
    const { value, work } = await workOf(() => resolveProperty(t, 'Db', 'Engine'));
    expect(value.map((p) => (p.kind === 'value' ? p.value : p.kind))).toEqual(['mysql']);
    // Five condition expressions per link (And, Or, three Condition references) and a few more: linear in the chain.
    // Deciding each reference again (no table) costs up to MAX_STEPS per condition: 5000 × 10,000.
    expect(work.resolveSteps).toBeLessThanOrEqual(6 * 5000);
    expect(resourceCondition(t.resources[0] as Resource).value).toBe(true);
  });

  it('FindInMap [M, !Ref P, !Ref P] over K allowed values is bounded (issue 17 item 12: K^2 · K)', async () => {
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
    const t = await template(text);
    const { value, work } = await workOf(() => resolveProperty(t, 'Db', 'Engine'));
    expect(value.some((p) => p.kind === 'value' && p.value === 'mysql')).toBe(true);
    expect(value.length).toBeLessThanOrEqual(MAX_POSSIBILITIES + 1);
    // The 200 keys indexed once per map level and each entry reached once until the 65th value: about 600 items and 70 values.
    // Every pair of the 65 possible keys would be 65^2 = 4,225 lookups; K^2 · K billions.
    expect(work.collectionItems).toBeLessThanOrEqual(1000);
    expect(work.resolveSteps).toBeLessThanOrEqual(2 * (MAX_POSSIBILITIES + 1) + 1);
  });

  it('a read-replica chain of 6,000 instances lints in linear work (issue 17 item 12: 400 KB took 8 s, 806 KB 160 s)', async () => {
    const run = async (n: number) => {
      const lines = ['Resources:', '  Db0:', '    Type: AWS::RDS::DBInstance', '    Properties: {Engine: mysql, EnableIAMDatabaseAuthentication: true}'];
      for (let i = 1; i < n; i++) lines.push(`  Db${i}:`, '    Type: AWS::RDS::DBInstance', `    Properties: {SourceDBInstanceIdentifier: !Ref Db${i - 1}}`);
      const t = await template(`${lines.join('\n')}\n`);
      return workOf(() => runRules([t], selectRules(['RDS-030']), { strict: false }));
    };
    const small = await run(1500);
    const large = await run(6000);
    expect(large.value.findings.length).toBeGreaterThan(0); // a replica must set the setting itself
    // 4x the resources, 4x the work (plus a constant); a lookup by logical ID that scanned or re-indexed the resources made it 16x.
    expect(large.work.resolveSteps).toBeLessThanOrEqual(4.2 * small.work.resolveSteps);
    expect(large.work.collectionItems).toBeLessThanOrEqual(4.2 * small.work.collectionItems);
    expect(large.total).toBeGreaterThan(3.8 * small.total);
  });

  it('conditions that refer to each other in a cycle stay undecided, and resolution ends', async () => {
    const t = await template(
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
