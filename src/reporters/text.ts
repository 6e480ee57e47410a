import { levelOf, type Level } from '../model/finding.js';
import { isInputProblem, type Diagnostic } from '../model/diagnostic.js';
import { neutralize } from './escape.js';
import { summarize, type Summary } from './summary.js';
import type { Reporter } from './types.js';

const ANSI = { red: 31, yellow: 33, cyan: 36, magenta: 35, dim: 2, bold: 1 } as const;

/** The heading of the diagnostics, so that they are never read as findings. */
const DIAGNOSTICS_HEADING = 'Diagnostics (problems with the input and notes; not findings):';

/**
 * Human-readable report: one line per finding
 * `file:line:col  level  RULE  message  (resource)`, suppressed findings only
 * counted; then, under their own heading, the diagnostics (files that could
 * not be read or parsed, suppression warnings, ...), each `file:line:col
 * level  [code]  message`; then a summary line that counts findings, input
 * problems and other warnings apart. With
 * `ctx.quiet`, the findings only. Colour only when `ctx.color`.
 */
export const textReporter: Reporter = (result, ctx) => {
  const paint = (code: number, s: string): string => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const levelColor = (level: Level): number => (level === 'error' ? ANSI.red : level === 'warning' ? ANSI.yellow : ANSI.cyan);
  const lines: string[] = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    const level = levelOf(f.severity);
    const place = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
    lines.push(`${paint(ANSI.bold, neutralize(place))}  ${paint(levelColor(level), level)}  ${f.ruleId}  ${neutralize(f.message)}  ${paint(ANSI.dim, `(${neutralize(f.resource.name)})`)}`);
  }
  if (ctx.quiet) return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  if (result.diagnostics.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint(ANSI.magenta, DIAGNOSTICS_HEADING));
    for (const d of result.diagnostics) {
      lines.push(`${paint(ANSI.bold, neutralize(diagnosticPlace(d)))}  ${paint(levelColor(d.severity), d.severity)}  ${paint(ANSI.magenta, `[${d.code}]`)}  ${neutralize(d.message)}`);
    }
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`${neutralize(result.baseline!.file)}: ${plural(stale.length, 'baseline entry', 'baseline entries')} no longer ${stale.length === 1 ? 'matches' : 'match'} a finding (fixed, renamed or removed; write the baseline again with --write-baseline):`);
    for (const e of stale) lines.push(`  ${e.ruleId}  ${neutralize(e.file)}  (${neutralize(e.resource)})`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summarize(result), result.diagnostics));
  return `${lines.join('\n')}\n`;
};

export function diagnosticPlace(d: Diagnostic): string {
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}

function summaryLine(s: Summary, diagnostics: Diagnostic[]): string {
  const parts = [`${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${plural(s.filesScanned, 'file')} scanned)`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`);
  if (s.baselined > 0) parts.push(`${s.baselined} in the baseline`);
  if (s.staleBaselineEntries > 0) parts.push(`${plural(s.staleBaselineEntries, 'stale baseline entry', 'stale baseline entries')}`);
  const problems: string[] = [];
  if (s.filesWithErrors > 0) problems.push(`${plural(s.filesWithErrors, 'file')} could not be read or parsed`);
  const skipped = new Set(diagnostics.filter((d) => d.severity !== 'error' && isInputProblem(d)).map((d) => d.file)).size;
  if (skipped > 0) problems.push(`${plural(skipped, 'file')} skipped unread`);
  let summary = parts.join(', ');
  if (problems.length > 0) summary += `; input problems: ${problems.join(', ')}`;
  const otherWarnings = diagnostics.filter((d) => d.severity === 'warning' && !isInputProblem(d)).length;
  if (otherWarnings > 0) summary += `; ${plural(otherWarnings, 'warning')}`;
  return summary;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
