import { levelOf, type Level } from '../model/finding.js';
import { isInputProblem, type Diagnostic } from '../model/diagnostic.js';
import { neutralize } from './escape.js';
import { summarize, type Summary } from './summary.js';
import { piecesReporter, type Reporter } from './types.js';

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
export const textReporter: Reporter = piecesReporter(function* (result, ctx) {
  const paint = (code: number, s: string): string => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const levelColor = (level: Level): number => (level === 'error' ? ANSI.red : level === 'warning' ? ANSI.yellow : ANSI.cyan);
  // Each line ends in a line break; `written`: some line came before (a blank line then separates the parts).
  let written = false;
  for (const f of result.findings) {
    if (f.suppression) continue;
    const level = levelOf(f.severity);
    const place = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
    yield `${paint(ANSI.bold, neutralize(place))}  ${paint(levelColor(level), level)}  ${f.ruleId}  ${neutralize(f.message)}  ${paint(ANSI.dim, `(${neutralize(f.resource.name)})`)}\n`;
    written = true;
  }
  if (ctx.quiet) return;
  if (result.diagnostics.length > 0) {
    if (written) yield '\n';
    yield `${paint(ANSI.magenta, DIAGNOSTICS_HEADING)}\n`;
    for (const d of result.diagnostics) {
      yield `${paint(ANSI.bold, neutralize(diagnosticPlace(d)))}  ${paint(levelColor(d.severity), d.severity)}  ${paint(ANSI.magenta, `[${d.code}]`)}  ${neutralize(d.message)}\n`;
    }
    written = true;
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    if (written) yield '\n';
    yield `${neutralize(result.baseline!.file)}: ${plural(stale.length, 'baseline entry', 'baseline entries')} no longer ${stale.length === 1 ? 'matches' : 'match'} a finding (fixed, renamed or removed; write the baseline again with --write-baseline):\n`;
    for (const e of stale) yield `  ${e.ruleId}  ${neutralize(e.file)}  (${neutralize(e.resource)})\n`;
    written = true;
  }
  if (written) yield '\n';
  yield `${summaryLine(summarize(result), result.diagnostics)}\n`;
});

export function diagnosticPlace(d: Diagnostic): string {
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}

function summaryLine(s: Summary, diagnostics: Iterable<Diagnostic>): string {
  const parts = [`${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${plural(s.filesScanned, 'file')} scanned)`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`);
  if (s.baselined > 0) parts.push(`${s.baselined} in the baseline`);
  if (s.staleBaselineEntries > 0) parts.push(`${plural(s.staleBaselineEntries, 'stale baseline entry', 'stale baseline entries')}`);
  const problems: string[] = [];
  if (s.filesWithErrors > 0) problems.push(`${plural(s.filesWithErrors, 'file')} could not be read or parsed`);
  const skippedFiles = new Set<string>();
  let otherWarnings = 0;
  const notes = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' && isInputProblem(d)) skippedFiles.add(d.file);
    else if (d.severity === 'warning') otherWarnings++;
    else if (d.severity === 'note') notes.set(d.code, (notes.get(d.code) ?? 0) + 1);
  }
  const skipped = skippedFiles.size;
  if (skipped > 0) problems.push(`${plural(skipped, 'file')} skipped unread`);
  let summary = parts.join(', ');
  if (problems.length > 0) summary += `; input problems: ${problems.join(', ')}`;
  if (otherWarnings > 0) summary += `; ${plural(otherWarnings, 'warning')}`;
  if (notes.size > 0) summary += `; ${noteCounts(notes)}`;
  return summary;
}

/** Notes by code, the commonest first: `760 notes (620 module-not-followed, 140 nested-stack-not-followed)`. */
function noteCounts(notes: Map<string, number>): string {
  const byCount = [...notes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = byCount.reduce((n, [, count]) => n + count, 0);
  const shown = byCount.slice(0, MAX_NOTE_CODES).map(([code, count]) => `${count} ${code}`);
  if (byCount.length > MAX_NOTE_CODES) shown.push(plural(byCount.length - MAX_NOTE_CODES, 'other kind'));
  return `${plural(total, 'note')} (${shown.join(', ')})`;
}

/** Kinds of note the summary line names. */
const MAX_NOTE_CODES = 3;

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
