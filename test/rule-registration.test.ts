import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createRegistry } from '../src/engine/registry.js';
import { runRules } from '../src/engine/runner.js';
import type { Rule } from '../src/engine/rule.js';
import { rdsDatabases, RDS_DATABASE_TYPES } from '../src/adapters/aws/rds/index.js';
import { enablement } from '../src/model/setting.js';
import { allRules } from '../rules/index.js';
import { fixtureCases, parseCase, root } from './rules-fixtures.js';
import { describeRuleFixtures, findingKey } from './rule-fixture-suite.js';

/**
 * Adding a rule is one file, its fixtures and one registry line (issue 10):
 * TST-901 is defined here and never shipped, its fixtures live in
 * fixtures/test-rules/TST-901, and it is registered with the same
 * createRegistry the shipped rules use. Its fixtures pass against it alone,
 * and every shipped rule's findings on its own fixtures are the same with
 * TST-901 registered beside it — no other test has to change.
 */
const tst901: Rule = {
  meta: {
    ...allRules[0]!.meta,
    id: 'TST-901',
    name: 'rds-deletion-protection-disabled',
    title: 'RDS database without deletion protection',
    messages: { notEnabled: '{{setting}} is not enabled on this {{kind}}' },
    resourceTypes: RDS_DATABASE_TYPES,
    strictOnlyMessages: [],
  },
  // Over the neutral RdsDatabase: no format, no key name, no position.
  check(resource, ctx) {
    for (const db of rdsDatabases(resource)) {
      const setting = db.deletionProtection;
      if (enablement(setting).state === 'enabled') continue;
      const data = { setting: setting.key, kind: db.kind };
      ctx.report({ resource, ...(setting.entry ? { entry: setting.entry } : {}), messageId: 'notEnabled', data });
    }
  },
};

// The one registry line.
const registry = createRegistry([...allRules, tst901]);

const testRules = join(root, 'fixtures/test-rules');

describeRuleFixtures(registry.find('TST-901')!, testRules);

describe('a rule registered beside the shipped ones', () => {
  it('is selectable like a shipped rule', () => {
    expect(registry.rules.map((r) => r.meta.id)).toEqual([...allRules.map((r) => r.meta.id), 'TST-901'].sort());
    expect(registry.select(['tst-901'])).toEqual([tst901]);
    expect(registry.unknownIds(['TST-901', 'NOPE-1'])).toEqual(['NOPE-1']);
  });

  const shipped = allRules.flatMap((rule) =>
    ['good', 'bad', 'strict', 'suppressed'].flatMap((category) => fixtureCases(rule.meta.id, category)),
  );
  it.each(shipped.map((c) => [c.path, c] as const))('leaves the shipped findings of %s as they were', async (_path, c) => {
    const parsed = await parseCase(c);
    for (const strict of [false, true]) {
      const alone = runRules(parsed.templates, allRules, { strict });
      const beside = runRules(parsed.templates, registry.rules, { strict });
      expect(beside.diagnostics).toEqual(alone.diagnostics);
      const shippedOnly = beside.findings.filter((f) => f.ruleId !== 'TST-901');
      expect(shippedOnly.map(findingKey).sort()).toEqual(alone.findings.map(findingKey).sort());
    }
  });
});
