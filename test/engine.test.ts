import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../src/engine/runner.js';
import { allRules, findRule, selectRules, unknownRuleIds } from '../rules/index.js';
import { formatMessage } from '../src/engine/message.js';
import type { Rule } from '../src/engine/rule.js';
import type { RuleMeta } from '../src/model/rule-meta.js';
import { getEntry } from '../src/model/node.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { root } from './rules-fixtures.js';

const FILE = 'fixtures/rules/RDS-030/bad/postgres-false.yaml';
async function template() {
  const parsed = await parseCloudFormation(FILE, readFileSync(join(root, FILE), 'utf8'));
  expect(parsed.diagnostics).toEqual([]);
  return parsed.templates;
}

function testRule(id: string, check: Rule['check'], meta: Partial<RuleMeta> = {}): Rule {
  return {
    meta: {
      ...allRules[0]!.meta,
      id,
      messages: { hello: 'hello {{who}} from {{where}}', plain: 'plain message' },
      resourceTypes: ['AWS::RDS::DBInstance'],
      ...meta,
    },
    check,
  };
}

describe('formatMessage', () => {
  it('fills every placeholder from data', () => {
    expect(formatMessage({ m: '{{a}} and {{ b }}' }, 'm', { a: 'x', b: 'y' })).toEqual({ ok: true, message: 'x and y' });
  });
  it('rejects an unknown message id', () => {
    expect(formatMessage({ m: 'x' }, 'nope', {})).toEqual({ ok: false, error: 'unknown messageId "nope"' });
  });
  it('rejects missing data', () => {
    const r = formatMessage({ m: '{{a}} {{b}}' }, 'm', { a: 'x' });
    expect(r).toEqual({ ok: false, error: 'message "m" is missing data for {{b}}' });
  });
  it('does not read inherited properties as message ids', () => {
    expect(formatMessage({}, 'toString', {}).ok).toBe(false);
  });
  it('keeps an optional part only when its value is not empty', () => {
    const m = { m: '{{a}} is off{{#why}} ({{why}}){{/why}}{{#b}}; see {{b}}{{/b}}' };
    expect(formatMessage(m, 'm', { a: 'x', why: 'a default', b: '' })).toEqual({ ok: true, message: 'x is off (a default)' });
    expect(formatMessage(m, 'm', { a: 'x', why: '', b: 'y' })).toEqual({ ok: true, message: 'x is off; see y' });
    expect(formatMessage(m, 'm', { a: 'x', b: '' })).toEqual({ ok: false, error: 'message "m" is missing data for {{why}}' });
  });
  it('rejects data that carries the punctuation the template should hold', () => {
    for (const glue of [' (a default)', '(a default)', 'a default ', '; note']) {
      const r = formatMessage({ m: 'x is off{{why}}' }, 'm', { why: glue });
      expect(r.ok, glue).toBe(false);
    }
    expect(formatMessage({ m: '{{why}}' }, 'm', { why: 'parameter P defaults to "false" (from AllowedValues)' }).ok).toBe(true);
    // Data that only begins with a parenthesised part is a value: an expression's source in a reason.
    for (const data of ['(count.index + 2) % 2 == 0: count.index is known only per instance', '(a) || (b)']) {
      expect(formatMessage({ m: 'x ({{why}})' }, 'm', { why: data }), data).toEqual({ ok: true, message: `x (${data})` });
    }
    expect(formatMessage({ m: 'x is off{{why}}' }, 'm', { why: '(a (nested) default)' }).ok).toBe(false);
  });
});

describe('runRules', () => {
  it('turns a report with an entry into a finding spanning the key to the end of the value', async () => {
    const rule = testRule('T-001', (resource, ctx) => {
      ctx.report({ resource, entry: getEntry(resource.properties, 'Engine'), messageId: 'hello', data: { who: 'a', where: 'b' } });
    });
    const { findings, diagnostics } = runRules(await template(), [rule], { strict: false });
    expect(diagnostics).toEqual([]);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({
      ruleId: 'T-001',
      severity: 'medium',
      message: 'hello a from b',
      file: FILE,
      resource: { name: 'Db', type: 'AWS::RDS::DBInstance', format: 'cloudformation' },
    });
    // "      Engine: postgres" is line 7 of the fixture
    expect(f.range.start).toMatchObject({ line: 7, column: 7 });
    expect(f.range.end).toMatchObject({ line: 7, column: 23 });
    expect(f.suppression).toBeUndefined();
  });

  it('points at the resource header when the report has no entry', async () => {
    const rule = testRule('T-002', (resource, ctx) => ctx.report({ resource, messageId: 'plain' }));
    const [t] = await template();
    const { findings } = runRules([t!], [rule], { strict: false });
    expect(findings.map((f) => f.range)).toEqual([t!.resources[0]!.range]);
    expect(findings[0]!.range.start).toMatchObject({ line: 4, column: 3 });
  });

  it('checks only the resource types a rule declares', async () => {
    let calls = 0;
    const rule = testRule('T-003', () => void calls++, { resourceTypes: ['AWS::S3::Bucket'] });
    expect(runRules(await template(), [rule], { strict: false })).toEqual({ findings: [], diagnostics: [] });
    expect(calls).toBe(0);
  });

  it('passes strict through to the rule', async () => {
    const seen: boolean[] = [];
    const rule = testRule('T-004', (_r, ctx) => void seen.push(ctx.strict));
    runRules(await template(), [rule], { strict: true });
    runRules(await template(), [rule], { strict: false });
    expect(seen).toEqual([true, false]);
  });

  it('turns a throwing rule into an error diagnostic and keeps running the other rules', async () => {
    const boom = testRule('T-005', () => {
      throw new Error('boom');
    });
    const { findings, diagnostics } = runRules(await template(), [boom, ...allRules], { strict: false });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: FILE,
        severity: 'error',
        code: 'internal-error',
        message: 'internal error in rule T-005 on Db: boom',
      }),
    ]);
    expect(diagnostics[0]!.range?.start).toMatchObject({ line: 4, column: 3 });
    expect(findings.map((f) => f.ruleId)).toEqual(['RDS-030']);
  });

  it('enforces the message contract: unknown message id or missing data → diagnostic, no finding', async () => {
    const rule = testRule('T-006', (resource, ctx) => {
      ctx.report({ resource, messageId: 'nope' });
      ctx.report({ resource, messageId: 'hello', data: { who: 'a' } });
      ctx.report({ resource, messageId: 'plain' });
    });
    const { findings, diagnostics } = runRules(await template(), [rule], { strict: false });
    expect(findings.map((f) => f.message)).toEqual(['plain message']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'internal error in rule T-006 on Db: unknown messageId "nope"',
      'internal error in rule T-006 on Db: message "hello" is missing data for {{where}}',
    ]);
  });

  it('drops the messages of meta.strictOnlyMessages unless --strict', async () => {
    const rule = testRule(
      'T-008',
      (resource, ctx) => {
        ctx.report({ resource, messageId: 'plain' });
        ctx.report({ resource, messageId: 'hello', data: { who: 'a', where: 'b' } });
      },
      { strictOnlyMessages: ['hello'] },
    );
    expect(runRules(await template(), [rule], { strict: false }).findings.map((f) => f.messageId)).toEqual(['plain']);
    expect(runRules(await template(), [rule], { strict: true }).findings.map((f) => f.messageId)).toEqual(['plain', 'hello']);
  });

  it('allows only the fix applicability meta.fixable declares; any other fix is an internal error', async () => {
    const fix = (applicability: 'safe' | 'unsafe') => ({ description: 'set it', applicability, edits: [] });
    const reporting = (id: string, fixable: RuleMeta['fixable']) => {
      const rule = testRule(
        id,
        (resource, ctx) => {
          ctx.report({ resource, messageId: 'plain', fix: fix('safe') });
          ctx.report({ resource, messageId: 'plain', fix: fix('unsafe') });
        },
        fixable ? { fixable } : {},
      );
      // The test rule copies RDS-030's metadata, which declares fixes.
      if (!fixable) delete rule.meta.fixable;
      return rule;
    };
    const none = runRules(await template(), [reporting('T-009', undefined)], { strict: false });
    expect(none.findings).toEqual([]);
    expect(none.diagnostics.map((d) => d.message)).toEqual([
      'internal error in rule T-009 on Db: a fix from a rule that does not declare meta.fixable',
      'internal error in rule T-009 on Db: a fix from a rule that does not declare meta.fixable',
    ]);
    const safe = runRules(await template(), [reporting('T-010', 'safe')], { strict: false });
    expect(safe.findings.map((f) => f.fix?.applicability)).toEqual(['safe']);
    expect(safe.diagnostics.map((d) => d.message)).toEqual(['internal error in rule T-010 on Db: an unsafe fix from a rule that declares only safe fixes']);
    const unsafe = runRules(await template(), [reporting('T-011', 'unsafe')], { strict: false });
    expect(unsafe.findings.map((f) => f.fix?.applicability)).toEqual(['safe', 'unsafe']);
    expect(unsafe.diagnostics).toEqual([]);
  });

  it('resolves values through the context', async () => {
    const values: unknown[] = [];
    const rule = testRule('T-007', (resource, ctx) => {
      values.push(ctx.resolve(getEntry(resource.properties, 'EnableIAMDatabaseAuthentication')?.value).map((p) => p.kind === 'value' && p.value));
      values.push(ctx.resolve(undefined).map((p) => p.kind));
    });
    runRules(await template(), [rule], { strict: false });
    expect(values).toEqual([[false], ['absent']]);
  });
});

describe('registry', () => {
  it('lists RDS-030 with complete metadata', () => {
    expect(allRules.map((r) => r.meta.id)).toContain('RDS-030');
    for (const { meta } of allRules) {
      expect(meta.id).toMatch(/^[A-Z]+-\d{3}$/);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.helpUri).toMatch(/^https:\/\//);
      expect(Number(meta.securitySeverity)).toBeGreaterThanOrEqual(0);
      expect(meta.description.length).toBeGreaterThan(0);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    }
    expect(new Set(allRules.map((r) => r.meta.id)).size).toBe(allRules.length);
  });

  it('selects rules by id, case-insensitively, and skips rules', () => {
    expect(selectRules().map((r) => r.meta.id)).toEqual(allRules.map((r) => r.meta.id));
    expect(selectRules(['rds-030']).map((r) => r.meta.id)).toEqual(['RDS-030']);
    expect(selectRules(undefined, ['RDS-030']).map((r) => r.meta.id)).not.toContain('RDS-030');
    expect(selectRules(['RDS-030'], ['rds-030'])).toEqual([]);
    expect(unknownRuleIds(['RDS-030', 'XYZ-999'])).toEqual(['XYZ-999']);
    expect(findRule('rds-030')?.meta.id).toBe('RDS-030');
  });
});
