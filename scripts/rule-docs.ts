import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../src/engine/rule.js';
import { ruleDocsMarkdown, type RuleExample } from '../src/reporters/rule-docs.js';

/**
 * rules/<id>.md of a rule: its metadata (src/reporters/rule-docs.ts) and, as
 * examples, the fixtures `meta.examples` names, one bad and one good per
 * format. `scripts/rule-docs.mjs` writes the files; test/rule-docs.test.ts
 * fails when a committed one is stale.
 */
const FORMATS = [
  { format: 'CloudFormation (YAML)', language: 'yaml', file: (name: string) => `${name}.yaml` },
  { format: 'CloudFormation (JSON)', language: 'json', file: (name: string) => `${name}.json` },
  { format: 'Terraform', language: 'hcl', file: (name: string) => `tf-${name}/main.tf` },
  { format: 'Terraform (JSON)', language: 'json', file: (name: string) => `tfjson-${name}/main.tf.json` },
];

/** Fixture text without its expectation comments. */
function exampleText(path: string): string {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => !/^\s*(#|\/\/)\s*expect(-strict)?:/.test(line))
    .join('\n');
}

export function ruleDocsFile(rule: Rule, root: string): string {
  const { meta } = rule;
  const dir = join(root, 'fixtures/rules', meta.id);
  const examples: RuleExample[] = [];
  if (meta.examples) {
    for (const f of FORMATS) {
      const bad = join(dir, 'bad', f.file(meta.examples.bad));
      const good = join(dir, 'good', f.file(meta.examples.good));
      if (existsSync(bad) && existsSync(good)) {
        examples.push({ format: f.format, language: f.language, bad: exampleText(bad), good: exampleText(good) });
      }
    }
  }
  return ruleDocsMarkdown(meta, examples);
}

export function ruleDocsPath(rule: Rule): string {
  return `rules/${rule.meta.id.toLowerCase()}.md`;
}
