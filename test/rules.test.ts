import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { allRules } from '../rules/index.js';
import { rulesFixtures } from './rules-fixtures.js';
import { describeRuleFixtures } from './rule-fixture-suite.js';

/**
 * Every shipped rule against its own fixtures (fixtures/rules/<id>/), parsed
 * with the real parsers, with and without --strict; see rule-fixture-suite.ts.
 */
describe('rules and their fixtures', () => {
  it('every fixture directory belongs to a shipped rule, and every rule has one', () => {
    expect(readdirSync(rulesFixtures).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });
});

for (const rule of allRules) describeRuleFixtures(rule);
