import { levelOf, type Level } from '../engine/finding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { summarize, type Summary } from './summary.js';
import type { Reporter } from './types.js';

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

/**
 * Human-readable report: one line per finding
 * `file:line:col  level  RULE  message  (resource)`, suppressed findings only
 * counted; then diagnostics (files that could not be read or parsed, ...),
 * then a summary line. Colour only when `ctx.color`.
 */
export const textReporter: Reporter = (result, ctx) => {
  const paint = (code: number, s: string): string => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const levelColor = (level: Level): number => (level === 'error' ? ANSI.red : level === 'warning' ? ANSI.yellow : ANSI.cyan);
  const lines: string[] = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    const level = levelOf(f.severity);
    const place = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
    lines.push(`${paint(ANSI.bold, clean(place))}  ${paint(levelColor(level), level)}  ${f.ruleId}  ${clean(f.message)}  ${paint(ANSI.dim, `(${clean(f.resource.name)})`)}`);
  }
  if (result.diagnostics.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const d of result.diagnostics) {
      lines.push(`${paint(ANSI.bold, clean(diagnosticPlace(d)))}  ${paint(levelColor(d.severity), d.severity)}  ${d.code}  ${clean(d.message)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summarize(result)));
  return `${lines.join('\n')}\n`;
};

export function diagnosticPlace(d: Diagnostic): string {
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}

function summaryLine(s: Summary): string {
  const parts = [`${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${plural(s.filesScanned, 'file')} scanned)`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`);
  if (s.filesWithErrors > 0) parts.push(`${plural(s.filesWithErrors, 'file')} could not be read or parsed`);
  if (s.warnings > 0) parts.push(plural(s.warnings, 'warning'));
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Control characters from the input (e.g. an escape sequence in a template value) are shown escaped, never sent to the terminal. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
