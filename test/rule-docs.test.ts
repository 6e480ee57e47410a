import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { ruleDocsMarkdown } from '../src/reporters/rule-docs.js';
import { ruleDocsFile, ruleDocsPath } from '../scripts/rule-docs.js';
import { root } from './rules-fixtures.js';

/** rules/<id>.md is generated from each rule's metadata and fixtures (node scripts/rule-docs.mjs). */
describe.each(allRules.map((r) => [r.meta.id, r] as const))('docs of %s', (_id, rule) => {
  const text = ruleDocsFile(rule, root);

  it('has the fixed sections and an example per format', () => {
    const headings = text.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual([`# ${rule.meta.id} — ${rule.meta.title}`, '## What it does', '## Why is this bad', '## Examples', '## How to fix']);
    for (const f of ['### CloudFormation (YAML)', '### CloudFormation (JSON)', '### Terraform', '### Terraform (JSON)']) expect(text).toContain(f);
    expect(text).not.toMatch(/expect(-strict)?:/);
  });

  it('shows the example fixtures as they are', () => {
    const good = readFileSync(join(root, 'fixtures/rules', rule.meta.id, 'good', `tf-${rule.meta.examples!.good}/main.tf`), 'utf8');
    expect(text).toContain(good.trimEnd());
  });

  it(`is the committed ${ruleDocsPath(rule)} (run node scripts/rule-docs.mjs when it is stale)`, () => {
    expect(readFileSync(join(root, ruleDocsPath(rule)), 'utf8')).toBe(text);
  });

  it('gives SARIF the same text without the examples', () => {
    const help = ruleDocsMarkdown(rule.meta);
    expect(help).toContain('## How to fix');
    expect(text.startsWith(help.slice(0, help.indexOf('## Examples')))).toBe(true);
  });
});
