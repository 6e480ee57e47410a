import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../src/engine/runner.js';
import { allRules } from '../src/engine/registry.js';
import type { Finding } from '../src/engine/finding.js';
import { expectationKey, fixtureCases, parseCase, rulesFixtures, type FixtureCase } from './rules-fixtures.js';

/**
 * Table-driven: every fixture of every rule, parsed with the real parsers and
 * linted with and without --strict. Good fixtures have no findings in either
 * mode; bad and strict fixtures have exactly the findings they declare
 * (rule, file, resource, line, column).
 */
function keys(findings: Finding[]): string[] {
  return findings
    .map((f) => expectationKey(f.ruleId, f.file, f.resource.name, f.range.start.line, f.range.start.column))
    .sort();
}

async function lintCase(c: FixtureCase, strict: boolean) {
  const parsed = await parseCase(c);
  const result = runRules(parsed.templates, allRules, { strict });
  return { ...result, parseDiagnostics: parsed.diagnostics, templates: parsed.templates };
}

const ruleIds = readdirSync(rulesFixtures).sort();

describe.each(ruleIds)('fixtures of %s', (rule) => {
  it('has a rule of that id and fixtures in every category and format', () => {
    expect(allRules.map((r) => r.meta.id)).toContain(rule);
    for (const category of ['good', 'bad', 'strict']) {
      const formats = new Set(fixtureCases(rule, category).map((c) => c.format));
      expect([...formats].sort(), category).toEqual(['cfn-json', 'cfn-yaml', 'tf', 'tf-json']);
    }
  });

  describe.each(fixtureCases(rule, 'good').map((c) => [c.path, c] as const))('good %s', (_path, c) => {
    it.each([false, true])('has no findings (strict: %s)', async (strict) => {
      const r = await lintCase(c, strict);
      expect(r.parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.templates.length).toBeGreaterThan(0);
      expect(r.diagnostics).toEqual([]);
      expect(r.findings.map((f) => `${keyOf(f)}  ${f.message}`)).toEqual([]);
    });
  });

  for (const category of ['bad', 'strict']) {
    describe.each(fixtureCases(rule, category).map((c) => [c.path, c] as const))(`${category} %s`, (_path, c) => {
      it('declares its expected findings', () => {
        expect(c.expectations.filter((e) => e.strict === (category === 'strict')).length).toBeGreaterThan(0);
      });
      it.each([false, true])('has exactly the declared findings (strict: %s)', async (strict) => {
        const r = await lintCase(c, strict);
        expect(r.parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.diagnostics).toEqual([]);
        const want = c.expectations.filter((e) => strict || !e.strict).map((e) => e.key).sort();
        expect(keys(r.findings)).toEqual(want);
        for (const f of r.findings) {
          expect(f.message).not.toMatch(/\{\{|undefined/);
          expect(f.suppression).toBeUndefined();
        }
      });
    });
  }
});

function keyOf(f: Finding): string {
  return expectationKey(f.ruleId, f.file, f.resource.name, f.range.start.line, f.range.start.column);
}

