import type { Range } from '../model/range.js';
import { LineIndex } from '../model/range.js';
import type { Resource } from '../model/resource.js';
import { asMap, get } from '../model/node.js';
import type { Suppression } from './finding.js';

/**
 * Suppressions (SPEC §5), found per resource:
 *
 * - an inline comment inside the resource's extent:
 *   `# iac-lint:ignore RDS-030[,RULE…] reason…` (YAML `#`; HCL `#` or `//`);
 * - CloudFormation `Metadata: {iac-lint: {ignore: [{id: RDS-030, reason: "…"}]}}`
 *   (an item may also be the bare rule id).
 *
 * Comments are found with a line-level heuristic (documented in README):
 * a YAML `#` counts when it starts the line or follows whitespace, outside a
 * quoted scalar that starts on the same line; an HCL `#` or `//` counts
 * outside a string on the same line and outside heredocs. JSON has no
 * comments: every `#` there is inside a string and is ignored.
 */
export interface ResourceSuppression extends Suppression {
  /** Upper-case rule ids this suppression covers. */
  ruleIds: string[];
}

const DIRECTIVE = /^iac-lint:ignore(?:\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*))?[ \t]*(.*)$/;

export function sourceText(resource: Resource): string | undefined {
  const t = resource.template;
  return t.format === 'cloudformation' ? t.text : t.files.get(resource.file);
}

export function findSuppressions(resource: Resource): ResourceSuppression[] {
  return [...commentSuppressions(resource), ...metadataSuppressions(resource)];
}

export function suppressionFor(suppressions: ResourceSuppression[], ruleId: string): Suppression | undefined {
  const id = ruleId.toUpperCase();
  const s = suppressions.find((x) => x.ruleIds.includes(id));
  if (!s) return undefined;
  const out: Suppression = { via: s.via, reason: s.reason };
  if (s.range) out.range = s.range;
  return out;
}

// Resources of one file come one after another: keep the last file's index.
let lastIndex: LineIndex | undefined;
function lineIndexOf(text: string): LineIndex {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  return lastIndex;
}

function commentSuppressions(resource: Resource): ResourceSuppression[] {
  const text = sourceText(resource);
  if (text === undefined) return [];
  const { start, end } = resource.extent;
  const index = lineIndexOf(text);
  const hcl = resource.format === 'terraform' && !resource.file.endsWith('.json');
  const out: ResourceSuppression[] = [];
  let heredoc: string | undefined;
  const lineText = (line: number): string => {
    const nextStart = line < index.lineCount ? index.lineStart(line + 1) : text.length;
    return text.slice(index.lineStart(line), nextStart).replace(/\r?\n$|\r$/, '');
  };
  let last = Math.min(end.line, index.lineCount);
  // YAML: comment lines that follow the last value, indented deeper than the
  // resource's key, still belong to the resource.
  while (!hcl && last < index.lineCount && isNestedCommentOrBlank(lineText(last + 1), start.column)) last++;
  for (let line = start.line; line <= last; line++) {
    const lineStart = index.lineStart(line);
    const raw = lineText(line);
    if (hcl && heredoc !== undefined) {
      if (raw.trim() === heredoc) heredoc = undefined;
      continue;
    }
    const found = hcl ? hclComment(raw) : yamlComment(raw);
    if (hcl) heredoc = heredocStart(raw);
    if (!found) continue;
    // YAML: a full-line comment indented no deeper than the resource's key is
    // between resources, even when the parser's extent runs up to the next key.
    if (!hcl && line > start.line && raw.slice(0, found.commentStart).trim() === '' && found.commentStart < start.column) continue;
    const body = raw.slice(found.bodyStart).trim();
    const m = DIRECTIVE.exec(body);
    if (!m) continue;
    const ids = (m[1] ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    const range: Range = index.range(lineStart + found.commentStart, lineStart + raw.length);
    out.push({ via: 'comment', reason: (m[2] ?? '').trim(), range, ruleIds: ids });
  }
  return out;
}

function isNestedCommentOrBlank(line: string, keyColumn: number): boolean {
  const indent = line.length - line.trimStart().length;
  return line.trim() === '' || (line.trimStart().startsWith('#') && indent >= keyColumn);
}

interface CommentSpan {
  /** Column (0-based) where the comment marker starts. */
  commentStart: number;
  /** Column (0-based) after the marker. */
  bodyStart: number;
}

/** A YAML (or JSON) comment on one line, outside quoted scalars that start on it. */
export function yamlComment(line: string): CommentSpan | undefined {
  let quote: '"' | "'" | undefined;
  let prev = ''; // previous non-space character outside quotes
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
      continue;
    }
    if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && (prev === '' || ':-[{,?'.includes(prev))) {
      quote = c;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return { commentStart: i, bodyStart: i + 1 };
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return undefined;
}

/** An HCL `#` or `//` comment on one line, outside strings. */
export function hclComment(line: string): CommentSpan | undefined {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '#') return { commentStart: i, bodyStart: i + 1 };
    else if (c === '/' && line[i + 1] === '/') return { commentStart: i, bodyStart: i + 2 };
  }
  return undefined;
}

/** The terminator of a heredoc opened on this line (`<<EOF`, `<<-EOF`), if any. */
function heredocStart(line: string): string | undefined {
  const code = line.slice(0, hclComment(line)?.commentStart ?? line.length);
  const m = /<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(code);
  return m?.[1];
}

function metadataSuppressions(resource: Resource): ResourceSuppression[] {
  const ignore = get(asMap(get(resource.metadata, 'iac-lint')), 'ignore');
  if (!ignore) return [];
  const items = ignore.kind === 'seq' ? ignore.items : [ignore];
  const out: ResourceSuppression[] = [];
  for (const item of items) {
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      out.push({ via: 'metadata', reason: '', range: item.range, ruleIds: splitIds(item.value) });
      continue;
    }
    const id = get(item, 'id');
    if (!id || id.kind !== 'scalar' || typeof id.value !== 'string') continue;
    const reason = get(item, 'reason');
    out.push({
      via: 'metadata',
      reason: reason && reason.kind === 'scalar' && reason.value !== null ? String(reason.value) : '',
      range: item.range,
      ruleIds: splitIds(id.value),
    });
  }
  return out;
}

function splitIds(value: string): string[] {
  return value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
}
