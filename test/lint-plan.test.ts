import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { getEntry } from '../src/model/node.js';
import { parseTerraformPlan } from '../src/parsers/terraform/plan.js';
import { referencedResources, resolveValue } from '../src/resolve/index.js';
import { root } from './rules-fixtures.js';

/**
 * Terraform plan JSON (SPEC §1, §2) over fixtures/plan/<case>/: each case's
 * expected.json names the files to lint (and --plan-root), and every finding
 * and diagnostic with its file (relative to the case), line and column.
 */
interface Expected {
  lint: string[];
  planRoot?: string;
  findings: Array<{ file: string; rule: string; resource: string; line: number; column: number; strict?: boolean; suppressed?: boolean; message?: string }>;
  diagnostics?: Array<{ file: string; code: string; severity: string; line: number; column: number }>;
}

const PLANS = 'fixtures/plan';
const cases = readdirSync(join(root, PLANS)).sort();

describe.each(cases)('plan fixture %s', (name) => {
  const dir = `${PLANS}/${name}`;
  const expected = JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as Expected;

  it.each([false, true])('has exactly the expected findings and diagnostics (strict: %s)', async (strict) => {
    const result = await lint({
      paths: expected.lint.map((p) => `${dir}/${p}`),
      cwd: root,
      strict,
      workers: 0,
      ...(expected.planRoot ? { planRoot: `${dir}/${expected.planRoot}` } : {}),
    });
    const got = result.findings.map((f) => `${f.ruleId} ${f.file} ${f.resource.name} ${f.range.start.line}:${f.range.start.column}${f.suppression ? ' suppressed' : ''}`);
    const want = expected.findings
      .filter((f) => strict || !f.strict)
      .map((f) => `${f.rule} ${dir}/${f.file} ${f.resource} ${f.line}:${f.column}${f.suppressed ? ' suppressed' : ''}`);
    expect(got.sort()).toEqual(want.sort());
    for (const f of expected.findings.filter((x) => x.message && (strict || !x.strict))) {
      const finding = result.findings.find((x) => x.resource.name === f.resource);
      expect(finding?.message).toContain(f.message);
    }
    const diagnostics = result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code} ${d.range?.start.line}:${d.range?.start.column}`);
    expect(diagnostics.sort()).toEqual((expected.diagnostics ?? []).map((d) => `${dir}/${d.file} ${d.severity} ${d.code} ${d.line}:${d.column}`).sort());
    expect(result.filesScanned).toBe(expected.lint.length);
  });
});

describe('parseTerraformPlan', () => {
  it('is not a plan without format_version, or without planned_values and resource_changes', () => {
    expect(parseTerraformPlan('a.json', '{"planned_values": {}}').isPlan).toBe(false);
    expect(parseTerraformPlan('a.json', '{"format_version": "1.2", "configuration": {}}').isPlan).toBe(false);
    expect(parseTerraformPlan('a.json', '{"format_version": "1.2", "resource_changes": []}').isPlan).toBe(true);
  });

  it('reads planned values as literals: a planned "${…}" string stays that string', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_db_instance.a', mode: 'managed', type: 'aws_db_instance', name: 'a', values: { engine: '${var.engine}', iam_database_authentication_enabled: '${true}', port: 3306, tags: null } }] } },
    });
    const module = parseTerraformPlan('plan.json', text).module!;
    const resource = module.resources[0]!;
    const resolve = (key: string) => resolveValue(resource, getEntry(resource.properties, key)?.value);
    expect(resolve('engine')).toMatchObject([{ kind: 'value', value: '${var.engine}' }]);
    expect(resolve('iam_database_authentication_enabled')).toMatchObject([{ kind: 'value', value: '${true}' }]);
    expect(resolve('port')).toMatchObject([{ kind: 'value', value: 3306 }]);
    expect(resolve('tags')).toMatchObject([{ kind: 'absent' }]);
  });

  it('marks after_unknown attributes unknown, nested ones too', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_db_instance.a', type: 'aws_db_instance', values: { engine: 'mysql', tags: { team: 'x' } } }] } },
      resource_changes: [{ address: 'aws_db_instance.a', change: { actions: ['create'], after_unknown: { engine_version: true, tags: { team: true } } } }],
    });
    const resource = parseTerraformPlan('plan.json', text).module!.resources[0]!;
    const tags = getEntry(resource.properties, 'tags')!.value;
    expect(resolveValue(resource, getEntry(resource.properties, 'engine_version')!.value)).toMatchObject([{ kind: 'unknown' }]);
    expect(resolveValue(resource, tags.kind === 'map' ? getEntry(tags, 'team')!.value : undefined)).toMatchObject([{ kind: 'unknown' }]);
    expect(resolveValue(resource, getEntry(resource.properties, 'engine')!.value)).toMatchObject([{ kind: 'value', value: 'mysql' }]);
  });

  it('finds a replica source among the plan resources by identifier', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_db_instance.primary', type: 'aws_db_instance', values: { identifier: 'orders', engine: 'mysql' } },
            { address: 'aws_db_instance.replica', type: 'aws_db_instance', values: { identifier: 'orders-replica', replicate_source_db: 'orders' } },
          ],
        },
      },
    });
    const [primary, replica] = parseTerraformPlan('plan.json', text).module!.resources;
    expect(referencedResources(replica!, getEntry(replica!.properties, 'replicate_source_db')!.value)).toEqual([primary]);
  });

  it('reads nested child modules without recursion', () => {
    let module: Record<string, unknown> = { address: 'module.m', resources: [{ address: 'deep.aws_db_instance.x', type: 'aws_db_instance', values: {} }] };
    for (let i = 0; i < 60; i++) module = { address: `module.m${i}`, child_modules: [module] };
    const parsed = parseTerraformPlan('plan.json', JSON.stringify({ format_version: '1.2', planned_values: { root_module: { child_modules: [module] } } }));
    expect(parsed.module!.resources.map((r) => r.name)).toEqual(['deep.aws_db_instance.x']);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('a plan linted with its configuration', () => {
  it('reports each definition once, from the plan', async () => {
    const result = await lint({ paths: ['fixtures/plan/with-config'], cwd: root, workers: 0 });
    const places = result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column}`);
    expect(new Set(places).size).toBe(places.length);
    const primary = result.findings.filter((f) => f.resource.name === 'aws_db_instance.primary');
    expect(primary.map((f) => f.message)).toEqual([expect.stringContaining('(planned value)')]);
  });
});
