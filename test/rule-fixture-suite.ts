import { describe, expect, it } from 'vitest';
import { runRules } from '../src/engine/runner.js';
import type { Finding } from '../src/model/finding.js';
import type { Rule } from '../src/engine/rule.js';
import { expectationKey, fixtureCases, parseCase, rulesFixtures, type FixtureCase } from './rules-fixtures.js';

/**
 * The fixture tests of one rule, against that rule only (ESLint's
 * valid/invalid tables, as files): `base`/<id>/good has no findings with or
 * without --strict; every case in bad/ and strict/ has exactly the findings
 * it declares — rule, message id, file, resource, line and column.
 * test/rules.test.ts runs it for every shipped rule; a rule defined in a test
 * runs it the same way (test/rule-registration.test.ts).
 */
export function findingKey(f: Finding): string {
  return expectationKey(f.ruleId, f.messageId, f.file, f.resource.name, f.range.start.line, f.range.start.column);
}

async function lintCase(rule: Rule, c: FixtureCase, strict: boolean) {
  const parsed = await parseCase(c);
  const result = runRules(parsed.templates, [rule], { strict });
  return { ...result, parseDiagnostics: parsed.diagnostics, templates: parsed.templates };
}

export const FORMATS = ['cfn-json', 'cfn-yaml', 'tf', 'tf-json'] as const;

export function describeRuleFixtures(rule: Rule, base: string = rulesFixtures): void {
  const id = rule.meta.id;
  const cases = (category: string) => fixtureCases(id, category, base);

  describe(`fixtures of ${id}`, () => {
    it('has good and bad fixtures in every format (and strict ones when the rule has strict-only messages)', () => {
      const categories = ['good', 'bad', ...(cases('strict').length > 0 || rule.meta.strictOnlyMessages?.length ? ['strict'] : [])];
      for (const category of categories) {
        const formats = new Set(cases(category).map((c) => c.format));
        expect([...formats].sort(), category).toEqual([...FORMATS]);
      }
    });

    it('declares only expectations of this rule and its message ids, and exercises every message id', () => {
      const all = ['bad', 'strict', 'suppressed'].flatMap(cases).flatMap((c) => c.expectations);
      const ids = new Set(all.map((e) => e.key.split(' ')[0]!));
      for (const key of ids) {
        const [ruleId, messageId] = key.split('/');
        expect(ruleId, key).toBe(id);
        expect(Object.keys(rule.meta.messages), key).toContain(messageId);
      }
      expect([...ids].sort()).toEqual(Object.keys(rule.meta.messages).map((m) => `${id}/${m}`).sort());
    });

    describe.each(cases('good').map((c) => [c.path, c] as const))('good %s', (_path, c) => {
      it.each([false, true])('has no findings (strict: %s)', async (strict) => {
        const r = await lintCase(rule, c, strict);
        expect(r.parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.templates.length).toBeGreaterThan(0);
        expect(r.diagnostics).toEqual([]);
        expect(r.findings.map((f) => `${findingKey(f)}  ${f.message}`)).toEqual([]);
      });
    });

    for (const category of ['bad', 'strict']) {
      describe.each(cases(category).map((c) => [c.path, c] as const))(`${category} %s`, (_path, c) => {
        it('declares its expected findings', () => {
          expect(c.expectations.filter((e) => e.strict === (category === 'strict')).length).toBeGreaterThan(0);
        });
        it.each([false, true])('has exactly the declared findings (strict: %s)', async (strict) => {
          const r = await lintCase(rule, c, strict);
          expect(r.parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(r.diagnostics).toEqual([]);
          const want = c.expectations.filter((e) => strict || !e.strict).map((e) => e.key).sort();
          expect(r.findings.map(findingKey).sort()).toEqual(want);
          for (const f of r.findings) {
            expect(f.message).not.toMatch(/\{\{|undefined/);
            expect(f.suppression).toBeUndefined();
          }
        });
      });
    }
  });
}
