import { SEVERITY_ORDER, type Finding, type Severity } from '../model/finding.js';
import type { RuleMeta } from '../model/rule-meta.js';
import type { LintResult } from '../model/lint-result.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { TemplateFormat } from '../model/resource.js';
import { markdownCode, markdownText } from './escape.js';
import { summarize } from './summary.js';
import type { ReportContext } from './types.js';

interface MarkdownSummaryOptions {
  /**
   * Base URL that a file path (relative to `ctx.cwd`) is appended to, e.g.
   * `https://github.com/o/r/blob/<sha>/`; locations become links to the line.
   */
  blobUrl?: string;
  /** At most this many rows per table (a GitHub job summary holds at most 1 MiB). */
  maxRows?: number;
}

const FORMAT_NAMES: Record<TemplateFormat, string> = {
  cloudformation: 'CloudFormation',
  terraform: 'Terraform',
};

/**
 * A Markdown report for a GitHub job summary (`$GITHUB_STEP_SUMMARY`): the
 * counts, a table of the findings with their locations, the input problems,
 * and how to fix each rule that was broken (from the rule's `remediation`).
 */
export function markdownSummary(result: LintResult, _ctx: ReportContext, options: MarkdownSummaryOptions = {}): string {
  const maxRows = options.maxRows ?? 500;
  const counts = summarize(result);
  const active = result.findings.filter((f) => !f.suppression);
  const problems = result.diagnostics;
  const out: string[] = [];

  out.push(`## iac-lint: ${headline(counts.findings, problems.length)}`, '');
  out.push('| | |', '|---|---:|');
  out.push(`| Findings | ${counts.findings}${bySeverity(active)} |`);
  out.push(`| Suppressed | ${counts.suppressed} |`);
  if (result.baseline) out.push(`| In the baseline | ${counts.baselined} (${counts.staleBaselineEntries} stale ${counts.staleBaselineEntries === 1 ? 'entry' : 'entries'}) |`);
  out.push(`| Files scanned | ${counts.filesScanned} |`);
  out.push(`| Input problems | ${problems.length} |`, '');

  if (active.length > 0) {
    out.push('### Findings', '', '| Severity | Rule | Location | Resource | Message |', '|---|---|---|---|---|');
    for (const f of sortFindings(active).slice(0, maxRows)) {
      out.push(
        `| ${f.severity} | ${ruleLink(f.ruleId, result.rules)} | ${location(f.file, f.range.start.line, options.blobUrl)} | \`${markdownCode(f.resource.name)}\` | ${markdownText(f.message)} |`,
      );
    }
    if (active.length > maxRows) out.push('', `…and ${active.length - maxRows} more (see the SARIF file).`);
    out.push('');
  }

  if (problems.length > 0) {
    out.push('### Input problems', '', '| Level | Location | Problem |', '|---|---|---|');
    for (const d of sortDiagnostics(problems).slice(0, maxRows)) {
      out.push(`| ${d.severity} | ${location(d.file, d.range?.start.line, options.blobUrl)} | ${markdownText(d.message)} |`);
    }
    if (problems.length > maxRows) out.push('', `…and ${problems.length - maxRows} more.`);
    out.push('');
  }

  const fixes = howToFix(active, result.rules);
  if (fixes.length > 0) out.push('### How to fix', '', ...fixes);

  return `${out.join('\n').trimEnd()}\n`;
}

function headline(findings: number, problems: number): string {
  const parts = [findings === 0 ? 'no findings' : plural(findings, 'finding')];
  if (problems > 0) parts.push(plural(problems, 'input problem'));
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function bySeverity(findings: Finding[]): string {
  const counts = [...SEVERITY_ORDER]
    .reverse()
    .map((s): [Severity, number] => [s, findings.filter((f) => f.severity === s).length])
    .filter(([, n]) => n > 0);
  return counts.length === 0 ? '' : ` (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`;
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return [...findings].sort(
    (a, b) =>
      rank(b.severity) - rank(a.severity) ||
      a.file.localeCompare(b.file) ||
      a.range.start.line - b.range.start.line,
  );
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0),
  );
}

function ruleLink(ruleId: string, rules: RuleMeta[]): string {
  const meta = rules.find((r) => r.id === ruleId);
  return meta?.helpUri ? `[${markdownText(ruleId)}](${meta.helpUri})` : markdownText(ruleId);
}

/** `file:line`, linked to the line when a blob URL is known. */
function location(file: string, line: number | undefined, blobUrl: string | undefined): string {
  const text = `\`${markdownCode(line === undefined ? file : `${file}:${line}`)}\``;
  if (!blobUrl) return text;
  const href = `${blobUrl}${file.split('/').map(encodeURIComponent).join('/')}${line === undefined ? '' : `#L${line}`}`;
  return `[${text}](${href})`;
}

/** The remediation of every rule with an active finding, for the formats it was found in. */
function howToFix(findings: Finding[], rules: RuleMeta[]): string[] {
  const out: string[] = [];
  for (const meta of rules) {
    const mine = findings.filter((f) => f.ruleId === meta.id);
    if (mine.length === 0) continue;
    out.push(`#### ${meta.id}: ${meta.title}`, '');
    const formats = (Object.keys(FORMAT_NAMES) as TemplateFormat[]).filter((fmt) =>
      mine.some((f) => f.resource.format === fmt),
    );
    for (const fmt of formats) {
      const text = meta.remediation[fmt];
      if (text) out.push(`**${FORMAT_NAMES[fmt]}**`, '', text.trim(), '');
    }
    if (meta.helpUri) out.push(`See [${meta.id}](${meta.helpUri}).`, '');
  }
  return out;
}
