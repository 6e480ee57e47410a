import type { RuleMeta } from '../model/rule-meta.js';

/** One format's example for the docs: the bad and the good fixture, as files. */
export interface RuleExample {
  /** "CloudFormation (YAML)", "Terraform" … */
  format: string;
  /** The code fence language: yaml, json, hcl. */
  language: string;
  bad: string;
  good: string;
}

const FORMAT_NAMES: Record<string, string> = { cloudformation: 'CloudFormation', terraform: 'Terraform' };

/**
 * A rule's documentation in Markdown, from its metadata (Ruff's fixed
 * sections): What it does / Why is this bad / Examples / How to fix. The
 * examples are the rule's fixtures (scripts/rule-docs.ts reads them into
 * rules/<id>.md); without examples (SARIF help) the section names where they are.
 */
export function ruleDocsMarkdown(meta: RuleMeta, examples: RuleExample[] = []): string {
  const out: string[] = [];
  out.push(`# ${meta.id} — ${meta.title}`, '');
  out.push(`Severity: **${meta.severity}** · Compliance: ${meta.compliance.join(', ')} · Source rule: <${meta.helpUri}>`, '');
  out.push('## What it does', '', meta.description, '');
  if (meta.details) out.push(meta.details.trim(), '');
  out.push('## Why is this bad', '', meta.rationale, '');
  out.push('## Examples', '');
  for (const e of examples) {
    out.push(`### ${e.format}`, '', 'Bad:', '', fence(e.language, e.bad), '', 'Good:', '', fence(e.language, e.good), '');
  }
  out.push(`${examples.length > 0 ? 'More examples, one per case, are' : 'Examples, one per case, are'} the fixtures in \`fixtures/rules/${meta.id}/{good,bad,strict}/\`.`, '');
  out.push('## How to fix', '');
  for (const [format, text] of Object.entries(meta.remediation)) {
    if (format === 'cli' || format === 'notes' || !text) continue;
    out.push(`- ${FORMAT_NAMES[format] ?? format}: ${text}`);
  }
  if (meta.remediation.cli) out.push('- An existing resource, with the AWS CLI:', '', indent(fence('sh', meta.remediation.cli)));
  out.push('');
  if (meta.remediation.notes) out.push(meta.remediation.notes.trim(), '');
  out.push(
    `To accept a resource deliberately, suppress the finding with a reason: \`# iac-lint:ignore ${meta.id} reason\` in a comment inside the resource or on the comment lines directly above its header (YAML, HCL), or \`Metadata: {iac-lint: {ignore: [{id: ${meta.id}, reason: "…"}]}}\` on a CloudFormation resource (also in JSON).`,
    '',
  );
  return out.join('\n');
}

function fence(language: string, text: string): string {
  return `\`\`\`${language}\n${text.replace(/\s+$/, '')}\n\`\`\``;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}
