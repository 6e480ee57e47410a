import type { Diagnostic } from '../model/diagnostic.js';
import { asMap, get } from '../model/node.js';
import type { Range } from '../model/range.js';
import type { Resource, SourceComment, Template } from '../model/resource.js';
import type { Suppression } from '../model/finding.js';
import { work } from '../model/work.js';

/**
 * Suppressions (SPEC §5).
 *
 * - A comment `iac-lint:ignore RDS-030[,RULE…] reason…` — YAML `#`; HCL `#`,
 *   `//`, `/* *\/` — inside the resource, or on the comment lines directly
 *   above its header (no blank line between). Only real comments count, as
 *   the parser saw them (`Template.comments`): a `#` inside a block scalar, a
 *   quoted string or a heredoc is text. JSON has no comments.
 * - CloudFormation `Metadata: {iac-lint: {ignore: [{id: RDS-030, reason: "…"}]}}`
 *   (an item may also be the bare rule id), in YAML and JSON.
 *
 * In YAML a comment line after a resource's last value belongs to it when it
 * is indented deeper than the resource's key; a comment line indented no
 * deeper is above the next resource (or nothing).
 *
 * Cost: only files holding the directive text are looked at; their
 * template's resources are grouped by file once, and each resource then
 * finds its comments by binary search — linear in the input.
 */
/** One `iac-lint:ignore` (a comment or a metadata item), with what it names. */
export interface Directive {
  file: string;
  via: 'comment' | 'metadata';
  /** Upper-case rule ids, as written (maybe unknown). */
  ruleIds: string[];
  reason: string;
  range: Range;
  /** The resources it applies to (several for the instances of one module); none: it is not inside or directly above one. */
  resources: Resource[];
}

const MARKER = 'iac-lint:ignore';
const DIRECTIVE = /^\s*iac-lint:ignore(?![\w:-])[ \t]*(.*)$/s;
/** A word that is meant as a rule id: letters, a dash, letters or digits (`RDS-030`, or a typo like `RDS-03O`). */
const RULE_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+$/;

/** The ids and reason of a comment's text, or undefined when it is no directive. */
export function parseDirective(text: string): { ruleIds: string[]; reason: string } | undefined {
  const m = DIRECTIVE.exec(text.replace(/\s*\*\/\s*$/, ''));
  if (!m) return undefined;
  let rest = m[1]!.trim();
  const ruleIds: string[] = [];
  // `RDS-030`, `RDS-030,S3-001`, `RDS-030, S3-001`: a list of ids, then the reason.
  for (;;) {
    const word = /^([^\s,]+)(\s*,\s*)?/.exec(rest);
    if (!word || !RULE_ID.test(word[1]!)) break;
    ruleIds.push(word[1]!.toUpperCase());
    rest = rest.slice(word[0].length).trimStart();
    if (!word[2]) break;
  }
  return { ruleIds, reason: rest.replace(/\s+/g, ' ').trim() };
}

/** The comments of one file of a template, as its parser saw them (YAML from the yaml CST, HCL from the HCL lexer; JSON has none). */
function commentsOf(template: Template, file: string): SourceComment[] {
  if (template.format === 'cloudformation') return template.comments ?? [];
  return template.comments?.get(file) ?? [];
}

function textOf(template: Template, file: string): string | undefined {
  return template.format === 'cloudformation' ? template.text : template.files.get(file);
}

/** What a comment may belong to: a resource, or a module call whose module's findings point at it. */
interface Owner {
  range: Range;
  extent: Range;
  /** The resources a directive owned by it applies to. */
  resources: Resource[];
}

/**
 * Every directive of the templates, each tied to the resources it applies to
 * (none: it is not inside or directly above a resource), and per resource
 * the suppressions that apply to it. A file shared by several templates (the
 * instances of one module) gives each of its directives once.
 *
 * A `module` call whose module's code is outside the linted tree (a known
 * registry module, one installed under `.terraform`) is where that module's
 * findings point (SPEC §1): a directive inside or directly above the call
 * applies to every resource of the module and of the modules it calls.
 */
export function collectDirectives(templates: Template[]): { directives: Directive[]; byResource: Map<Resource, Directive[]> } {
  const directives: Directive[] = [];
  const byResource = new Map<Resource, Directive[]>();
  const tie = (d: Directive, resource: Resource): void => {
    let list = byResource.get(resource);
    if (!list) byResource.set(resource, (list = []));
    if (list.includes(d)) return;
    list.push(d);
    d.resources.push(resource);
  };
  const calls = callOwners(templates);
  const written = new Map<string, Directive>();
  for (const template of templates) {
    const files = template.format === 'cloudformation' ? [template.file] : [...template.files.keys()];
    // The template's resources by file, made once when a file holds a directive (not filtered again per file).
    let byFile: Map<string, Resource[]> | undefined;
    for (const file of files) {
      const text = textOf(template, file);
      if (text === undefined || !text.includes(MARKER)) continue;
      const comments = commentsOf(template, file);
      if (comments.length === 0) continue;
      byFile ??= resourcesByFile(template);
      const resources: Owner[] = (byFile.get(file) ?? []).map((r) => ({ range: r.range, extent: r.extent, resources: [r] }));
      const candidates = [...resources, ...(calls.get(file)?.values() ?? [])].sort((a, b) => a.range.start.offset - b.range.start.offset);
      const owners = ownersOf(comments, candidates, text, template.format === 'cloudformation');
      comments.forEach((comment, i) => {
        const parsed = comment.text.includes(MARKER) ? parseDirective(comment.text) : undefined;
        if (!parsed) return;
        const key = `${file}\u0000${comment.range.start.offset}`;
        let d = written.get(key);
        if (!d) {
          d = { file, via: 'comment', ...parsed, range: comment.range, resources: [] };
          written.set(key, d);
          directives.push(d);
        }
        for (const resource of owners[i]?.resources ?? []) tie(d, resource);
      });
    }
    for (const resource of template.resources) {
      for (const d of metadataDirectives(resource)) {
        directives.push(d);
        tie(d, resource);
      }
    }
  }
  return { directives, byResource };
}

/** A template's resources grouped by their file, in order: one pass (counted as suppression-scan work). */
function resourcesByFile(template: Template): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>();
  for (const resource of template.resources) {
    work.suppressionScan++;
    let list = out.get(resource.file);
    if (!list) out.set(resource.file, (list = []));
    list.push(resource);
  }
  return out;
}

/** The module calls that findings point at, by file and then header offset, each with the resources of the modules reached through it. */
function callOwners(templates: Template[]): Map<string, Map<number, Owner>> {
  const out = new Map<string, Map<number, Owner>>();
  for (const template of templates) {
    const site = template.format === 'terraform' ? template.reportAt : undefined;
    if (!site || template.resources.length === 0) continue;
    let byOffset = out.get(site.file);
    if (!byOffset) out.set(site.file, (byOffset = new Map()));
    let owner = byOffset.get(site.header.start.offset);
    if (!owner) byOffset.set(site.header.start.offset, (owner = { range: site.header, extent: site.extent, resources: [] }));
    owner.resources.push(...template.resources);
  }
  return out;
}

/**
 * For each comment, what it belongs to: the resource (or module call) whose
 * extent holds it, or the one whose header it sits directly above (a run of
 * comment-only lines, no blank line). `comments` and `owners` are in source
 * order.
 */
function ownersOf(comments: SourceComment[], candidates: Owner[], text: string, yaml: boolean): Array<Owner | undefined> {
  const owners: Array<Owner | undefined> = new Array(comments.length);
  for (const resource of candidates) {
    const key = resource.range.start;
    let end = resource.extent.end.offset;
    // Inside the extent (YAML: plus the comment lines after it that are indented deeper than the key).
    let i = firstAtOrAfter(comments, resource.extent.start.offset);
    for (; i < comments.length; i++) {
      work.suppressionScan++;
      const c = comments[i]!.range;
      if (c.start.offset >= end) {
        if (!yaml || c.start.column <= key.column || !blank(text, end, c.start.offset)) break;
        end = c.end.offset;
      }
      // YAML: a full-line comment inside the extent, indented no deeper than the key, is between resources.
      if (yaml && c.start.line > key.line && c.start.column <= key.column && onlyOnLine(text, c)) continue;
      owners[i] ??= resource;
    }
    // Directly above the header.
    let line = key.line - 1;
    for (let j = firstAtOrAfter(comments, key.offset) - 1; j >= 0; j--) {
      work.suppressionScan++;
      const c = comments[j]!.range;
      if (c.end.line !== line || owners[j] || !onlyOnLine(text, c)) break;
      if (yaml && c.start.column > key.column) break;
      owners[j] = resource;
      line = c.start.line - 1;
    }
  }
  return owners;
}

/** A binary search (counted as one step of work: logarithmic, where a scan from the start would be linear). */
function firstAtOrAfter(comments: SourceComment[], offset: number): number {
  work.suppressionScan++;
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid]!.range.start.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function blank(text: string, from: number, to: number): boolean {
  work.suppressionScan += to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Nothing but spaces and tabs before the comment on its first line, and after it on its last. */
function onlyOnLine(text: string, range: Range): boolean {
  for (let i = range.start.offset - 1; i >= 0; i--) {
    work.suppressionScan++;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9) return false;
  }
  for (let i = range.end.offset; i < text.length; i++) {
    work.suppressionScan++;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function metadataDirectives(resource: Resource): Directive[] {
  const ignore = get(asMap(get(resource.metadata, 'iac-lint')), 'ignore');
  if (!ignore) return [];
  const items = ignore.kind === 'seq' ? ignore.items : [ignore];
  const out: Directive[] = [];
  for (const item of items) {
    const base = { file: resource.file, via: 'metadata' as const, range: item.range, resources: [] };
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      out.push({ ...base, reason: '', ruleIds: splitIds(item.value) });
      continue;
    }
    const id = get(item, 'id');
    const reason = get(item, 'reason');
    out.push({
      ...base,
      reason: reason && reason.kind === 'scalar' && reason.value !== null ? String(reason.value) : '',
      ruleIds: id && id.kind === 'scalar' && typeof id.value === 'string' ? splitIds(id.value) : [],
    });
  }
  return out;
}

function splitIds(value: string): string[] {
  return value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
}

/** The first directive of a resource that covers the rule. */
export function directiveFor(directives: Directive[] | undefined, ruleId: string): Directive | undefined {
  const id = ruleId.toUpperCase();
  return directives?.find((x) => x.ruleIds.includes(id));
}

/** The suppression a finding carries. */
export function suppressionOf(d: Directive): Suppression {
  return { via: d.via, reason: d.reason, range: d.range };
}

interface DirectiveUse {
  /** Every known rule id (upper case). */
  known: Set<string>;
  /** The rules that ran (upper case): only their unused directives are reported. */
  ran: Set<string>;
  /** Whether the directive's resource has a finding of the rule (suppressed by it). */
  used(directive: Directive, ruleId: string): boolean;
}

/** Warnings for directives that name no rule, an unknown rule, or suppress nothing (SPEC §5). */
export function directiveWarnings(directives: Directive[], use: DirectiveUse): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (d: Directive, code: string, message: string): void => {
    out.push({ file: d.file, severity: 'warning', code, message, range: d.range });
  };
  for (const d of directives) {
    const written = d.via === 'comment' ? MARKER : 'Metadata iac-lint ignore';
    if (d.ruleIds.length === 0) {
      const how = d.via === 'comment' ? 'iac-lint:ignore RDS-030 reason' : '{id: RDS-030, reason: …}';
      warn(d, 'suppression-without-rule', `${written} names no rule, so it suppresses nothing: write the rule id, then the reason (${how})`);
      continue;
    }
    for (const id of d.ruleIds) {
      if (!use.known.has(id)) {
        const near = [...use.known].find((k) => distance(k, id) <= 2);
        warn(d, 'suppression-unknown-rule', `${written} names unknown rule ${id}${near ? ` (did you mean ${near}?)` : ''}`);
      } else if (use.ran.has(id) && !use.used(d, id)) {
        const why = d.resources[0] ? `${d.resources[0].name} has no ${id} finding` : 'it is not inside or directly above a resource';
        warn(d, 'unused-suppression', `${written} ${id} suppresses nothing: ${why}; remove it`);
      }
    }
  }
  return out;
}

const UNUSED = / (\S+) suppresses nothing: /;

/** The rule id of an `unused-suppression` warning (a module linted through several callers gives it once per caller). */
export function unusedSuppressionRule(d: Diagnostic): string | undefined {
  return d.code === 'unused-suppression' ? UNUSED.exec(d.message)?.[1] : undefined;
}

/** Levenshtein distance, for short ids. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
