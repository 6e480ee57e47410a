import { levelOf, type Level } from '../model/finding.js';
import type { Range } from '../model/range.js';
import { neutralizeKeepingLineBreaks } from './escape.js';
import { piecesReporter, type Reporter } from './types.js';

/**
 * GitHub Actions workflow commands, one annotation per finding that is not
 * suppressed (`::warning file=…,line=…,endLine=…,col=…,endColumn=…,title=RDS-030::message`)
 * and one per diagnostic.
 */
export const githubReporter: Reporter = piecesReporter(function* (result) {
  for (const f of result.findings) {
    if (f.suppression) continue;
    yield `${command(levelOf(f.severity), f.file, f.range, f.ruleId, `${f.message} (${f.resource.name})`)}\n`;
  }
  for (const d of result.diagnostics) {
    yield `${command(d.severity, d.file, d.range, `iac-lint ${d.code}`, d.message)}\n`;
  }
});

function command(level: Level, file: string, range: Range | undefined, title: string, message: string): string {
  const name = level === 'note' ? 'notice' : level;
  const props: [string, string | number][] = [['file', file]];
  if (range) {
    props.push(['line', range.start.line], ['endLine', range.end.line], ['col', range.start.column], ['endColumn', range.end.column]);
  }
  props.push(['title', title]);
  return `::${name} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

/** Workflow command data: `%`, CR and LF are escaped; control and bidi characters (ESC, U+202E) are shown as `\uXXXX`. */
export function escapeData(s: string): string {
  return neutralizeKeepingLineBreaks(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values: as data, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
